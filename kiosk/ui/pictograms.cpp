#include "pictograms.h"

#include "content_store.h"

#include <GL/gl.h>
#include <cstdint>
#include <cstdio>
#include <stb_image.h>

namespace kiosk {

Pictograms::~Pictograms() {
    for (auto& [name, tex] : textures_)
        if (tex) glDeleteTextures(1, &tex);
}

ImTextureID Pictograms::get(const std::string& name) {
    auto it = textures_.find(name);
    if (it == textures_.end()) {
        unsigned tex = 0;
        std::vector<unsigned char> png = store_ ? store_->asset(name) : std::vector<unsigned char>();
        int w = 0, h = 0, channels = 0;
        unsigned char* pixels = png.empty() ? nullptr
                                            : stbi_load_from_memory(png.data(), static_cast<int>(png.size()),
                                                                    &w, &h, &channels, 4);
        if (pixels) {
            glGenTextures(1, &tex);
            glBindTexture(GL_TEXTURE_2D, tex);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
            stbi_image_free(pixels);
        } else if (!png.empty()) {
            std::fprintf(stderr, "kiosk: pictogram %s cannot be decoded; it is left out\n", name.c_str());
        }
        it = textures_.emplace(name, tex).first;
    }
    return it->second ? reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(it->second)) : nullptr;
}

} // namespace kiosk
