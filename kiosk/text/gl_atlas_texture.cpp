#include "text/gl_atlas_texture.h"

#include "platform/gl_api.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace kiosk {

GlAtlasTexture::~GlAtlasTexture() {
    if (texture_) glDeleteTextures(1, &texture_);
}

void GlAtlasTexture::resize(int width, int height) {
    if (!texture_) glGenTextures(1, &texture_);
    glBindTexture(GL_TEXTURE_2D, texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    // One channel at a time: OpenGL ES 3 has no GL_TEXTURE_SWIZZLE_RGBA.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_R, GL_ONE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_G, GL_ONE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_B, GL_ONE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_A, GL_RED);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, nullptr);
    // A texture made without pixels holds undefined ones: zeroed a band at a time, so no buffer of
    // zeros the texture's size is ever made (4 MB at its largest).
    constexpr int band = 64;
    std::vector<uint8_t> zeros(static_cast<size_t>(width) * static_cast<size_t>(std::min(band, height)));
    for (int y = 0; y < height; y += band)
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, y, width, std::min(band, height - y), GL_RED, GL_UNSIGNED_BYTE,
                        zeros.data());
}

void GlAtlasTexture::upload(int x, int y, int w, int h, const uint8_t* pixels) {
    glBindTexture(GL_TEXTURE_2D, texture_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexSubImage2D(GL_TEXTURE_2D, 0, x, y, w, h, GL_RED, GL_UNSIGNED_BYTE, pixels);
}

void* GlAtlasTexture::id() const {
    return reinterpret_cast<void*>(static_cast<uintptr_t>(texture_));
}

} // namespace kiosk
