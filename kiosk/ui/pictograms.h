// Pictogram textures, decoded from the bundle's PNG blobs with stb_image on first use and
// scaled down to the largest size the screens draw them at, so each costs no more memory
// than it shows.
#pragma once
#include <imgui.h>
#include <map>
#include <string>

namespace kiosk {

class ContentStore;

class Pictograms {
  public:
    Pictograms(const ContentStore* store, int max_px) : store_(store), max_px_(max_px) {}
    ~Pictograms();
    Pictograms(const Pictograms&) = delete;
    Pictograms& operator=(const Pictograms&) = delete;

    ImTextureID get(const std::string& name); // null when the bundle has no such image

  private:
    const ContentStore* store_;
    int max_px_;
    std::map<std::string, unsigned> textures_; // name -> GL texture, 0 for a missing or broken image
};

} // namespace kiosk
