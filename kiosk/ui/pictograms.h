// Pictogram textures, decoded from the bundle's PNG blobs with stb_image on first use.
#pragma once
#include <imgui.h>
#include <map>
#include <string>

namespace kiosk {

class ContentStore;

class Pictograms {
  public:
    explicit Pictograms(const ContentStore* store) : store_(store) {}
    ~Pictograms();
    Pictograms(const Pictograms&) = delete;
    Pictograms& operator=(const Pictograms&) = delete;

    ImTextureID get(const std::string& name); // null when the bundle has no such image

  private:
    const ContentStore* store_;
    std::map<std::string, unsigned> textures_; // name -> GL texture, 0 for a missing or broken image
};

} // namespace kiosk
