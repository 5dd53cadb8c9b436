// Pictogram textures, decoded from the bundle's PNG blobs with stb_image on first use and
// scaled down to the largest size the screens draw them at, so each costs no more memory
// than it shows.
#pragma once
#include <imgui.h>
#include <map>
#include <string>
#include <utility>

namespace kiosk {

class ContentStore;

class Pictograms {
  public:
    Pictograms(const ContentStore* store, int max_px) : store_(store), max_px_(max_px) {}
    ~Pictograms();
    Pictograms(const Pictograms&) = delete;
    Pictograms& operator=(const Pictograms&) = delete;

    // Null when the bundle has no such image. light: for dark themes, every colour's lightness
    // inverted and its hue kept, so dark strokes turn light and the accents stay as they are.
    ImTextureID get(const std::string& name, bool light = false);

  private:
    const ContentStore* store_;
    int max_px_;
    std::map<std::pair<std::string, bool>, unsigned>
        textures_; // (name, light) -> GL texture, 0 for a missing or broken image
};

} // namespace kiosk
