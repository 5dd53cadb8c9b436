#include "ui/pictograms.h"

#include "core/content/content_store.h"
#include "platform/gl_api.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stb_image.h>
#include <stb_image_resize.h>
#include <vector>

namespace kiosk {

namespace {

// In HSL, a colour and the one with the same hue and saturation but lightness 1 - L differ by the
// same amount on every channel: 1 - max - min.
void invert_lightness(unsigned char* rgba, size_t pixels) {
    for (size_t i = 0; i < pixels; ++i) {
        unsigned char* p = rgba + 4 * i;
        int shift = 255 - std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]});
        for (int c = 0; c < 3; ++c) p[c] = static_cast<unsigned char>(std::clamp(p[c] + shift, 0, 255));
    }
}

// Half the size, each pixel the average of a 2x2 block weighted by alpha (so transparent pixels do
// not darken the edges). The bundle's 256 px pictograms shown at 128 px (a 1080p screen) need only
// this, at a tenth of the cost of stb's general resampler: start-up decodes a dozen of them.
unsigned char* halve(const unsigned char* in, int w, int h) {
    int nw = w / 2, nh = h / 2;
    auto* out =
        static_cast<unsigned char*>(std::malloc(static_cast<size_t>(nw) * static_cast<size_t>(nh) * 4));
    for (int y = 0; y < nh; ++y)
        for (int x = 0; x < nw; ++x) {
            const unsigned char* block[4] = {
                in + 4 * ((2 * y) * w + 2 * x), in + 4 * ((2 * y) * w + 2 * x + 1),
                in + 4 * ((2 * y + 1) * w + 2 * x), in + 4 * ((2 * y + 1) * w + 2 * x + 1)};
            int alpha = 0, colour[3] = {0, 0, 0};
            for (const unsigned char* p : block) {
                alpha += p[3];
                for (int c = 0; c < 3; ++c) colour[c] += p[c] * p[3];
            }
            unsigned char* o = out + 4 * (y * nw + x);
            for (int c = 0; c < 3; ++c) o[c] = static_cast<unsigned char>(alpha ? colour[c] / alpha : 0);
            o[3] = static_cast<unsigned char>(alpha / 4);
        }
    return out;
}

} // namespace

Pictograms::~Pictograms() {
    for (auto& [name, tex] : textures_)
        if (tex) glDeleteTextures(1, &tex);
}

ImTextureID Pictograms::get(const std::string& name, bool light) {
    auto it = textures_.find({name, light});
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
        while (pixels && w >= 2 * max_px_ && h >= 2 * max_px_ && w % 2 == 0 && h % 2 == 0) {
            unsigned char* half = halve(pixels, w, h);
            std::free(pixels); // stb_image allocates with malloc too
            pixels = half, w /= 2, h /= 2;
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
        if (pixels && light) invert_lightness(pixels, static_cast<size_t>(w) * static_cast<size_t>(h));
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
        it = textures_.emplace(std::make_pair(name, light), tex).first;
    }
    return it->second ? reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(it->second)) : nullptr;
}

} // namespace kiosk
