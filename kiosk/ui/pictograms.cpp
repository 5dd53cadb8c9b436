#include "pictograms.h"

#include "content_store.h"

#include <GL/gl.h>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stb_image.h>
#include <stb_image_resize.h>
#include <vector>

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
        if (pixels && (w > 4096 || h > 4096)) { // a pictogram, not a poster: refuse what could exhaust memory
            stbi_image_free(pixels);
            pixels = nullptr;
        }
        if (pixels && (w > max_px_ || h > max_px_)) {
            int64_t side = std::max(w, h);
            int nw = static_cast<int>(std::max<int64_t>(1, int64_t{w} * max_px_ / side));
            int nh = static_cast<int>(std::max<int64_t>(1, int64_t{h} * max_px_ / side));
            auto* small = static_cast<unsigned char*>(std::malloc(static_cast<size_t>(nw * nh * 4)));
            stbir_resize_uint8_srgb(pixels, w, h, 0, small, nw, nh, 0, 4, 3, 0);
            stbi_image_free(pixels);
            pixels = small, w = nw, h = nh;
        }
        if (pixels) {
            glGenTextures(1, &tex);
            glBindTexture(GL_TEXTURE_2D, tex);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
            std::free(pixels); // stb_image allocates with malloc
        } else if (!png.empty()) {
            std::fprintf(stderr, "kiosk: pictogram %s cannot be decoded; it is left out\n", name.c_str());
        }
        it = textures_.emplace(name, tex).first;
    }
    return it->second ? reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(it->second)) : nullptr;
}

} // namespace kiosk
