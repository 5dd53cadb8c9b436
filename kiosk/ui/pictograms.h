// Pictogram textures from the bundle's PNG blobs. On first use the UI thread reads a pictogram's
// bytes and checks its header (size and format bounded before any pixel is decoded); a worker
// thread decodes and scales it (pictogram_decoder.h), and the UI thread uploads the texture once
// it is done. Until then the pictogram keeps its place on screen, drawn transparent.
#pragma once
#include "core/content/pictogram_decoder.h"

#include <functional>
#include <imgui.h>
#include <map>
#include <string>
#include <utility>

namespace kiosk {

class ContentStore;

class Pictograms {
  public:
    // wake: called from the decoder's thread when pictures are ready (glfwPostEmptyEvent).
    Pictograms(const ContentStore* store, int max_px, std::function<void()> wake);
    ~Pictograms();
    Pictograms(const Pictograms&) = delete;
    Pictograms& operator=(const Pictograms&) = delete;

    // Null when the bundle has no such image or it is refused. light: for dark themes, every
    // colour's lightness inverted and its hue kept, so dark strokes turn light.
    ImTextureID get(const std::string& name, bool light = false);

    // On the UI thread, before a frame: makes textures of what the decoder has finished (the loop
    // learns that a frame is owed from decoded_waiting(), before it decides to draw).
    void upload_decoded();
    bool decoded_waiting() const { return decoder_.has_done(); }
    void wait_decoded(); // every pictogram asked for decoded and uploaded: for scripted frames

  private:
    const ContentStore* store_;
    int max_px_;
    std::map<std::pair<std::string, bool>, unsigned>
        textures_;         // (name, light) -> GL texture; 0: missing or refused; pending_: being decoded
    unsigned pending_ = 0; // one transparent pixel, drawn in a pictogram's place until it is decoded
    PictogramDecoder decoder_;

    unsigned pending_texture();
};

} // namespace kiosk
