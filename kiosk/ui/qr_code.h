// QR codes drawn as dark squares straight into the draw list (no texture), encoded with
// libqrencode once per text and kept while the text is on screen.
#pragma once
#include "core/visit/qr_matrix.h"
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
    std::map<std::string, QrMatrix> cache_;
    const QrMatrix& encode(const std::string& text);
};

} // namespace kiosk
