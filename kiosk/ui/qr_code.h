// QR codes drawn as dark squares straight into the draw list (no texture), encoded with
// libqrencode once per text and kept while the text is on screen.
#pragma once
#include "ui/ui_frame.h"

#include <map>
#include <string>
#include <vector>

namespace kiosk {

class QrCodes {
  public:
    // Draws the code for text in a square of side size at pos (with its quiet zone), registers it
    // under id. Returns false when the text is too long for a QR code.
    bool draw(UiFrame& f, const std::string& id, const std::string& text, ImVec2 pos, float size);

  private:
    struct Code {
        int width = 0;
        std::vector<unsigned char> dark; // width * width, 1 for a dark module
    };
    std::map<std::string, Code> cache_;
    const Code& encode(const std::string& text);
};

} // namespace kiosk
