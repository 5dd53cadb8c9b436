#include "ui/pictograms.h"

#include "core/content/content_store.h"
#include "platform/gl_api.h"

#include <cstdint>
#include <cstdio>

namespace kiosk {

namespace {

unsigned make_texture(int w, int h, const unsigned char* rgba) {
    unsigned tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    return tex;
}

} // namespace

Pictograms::Pictograms(const ContentStore* store, int max_px, std::function<void()> wake)
    : store_(store), max_px_(max_px), decoder_(std::move(wake)) {}

Pictograms::~Pictograms() {
    for (auto& [name, tex] : textures_)
        if (tex && tex != pending_) glDeleteTextures(1, &tex);
    if (pending_) glDeleteTextures(1, &pending_);
}

unsigned Pictograms::pending_texture() {
    static const unsigned char transparent[4] = {0, 0, 0, 0};
    if (!pending_) pending_ = make_texture(1, 1, transparent);
    return pending_;
}

ImTextureID Pictograms::get(const std::string& name, bool light) {
    auto it = textures_.find({name, light});
    if (it == textures_.end()) {
        unsigned tex = 0;
        std::vector<unsigned char> png;
        try {
            if (store_) png = store_->asset(name);
        } catch (const DbError& e) { // a bundle damaged after its checks: drawn without it, said once
            std::fprintf(stderr,
                         "kiosk: pictogram %s cannot be read from the content bundle (SQLite code %d); it is "
                         "left out\n",
                         name.c_str(), e.code);
        }
        PictogramHeader h = png.empty() ? PictogramHeader{} : read_pictogram_header(name, png);
        if (!png.empty() && !h.error.empty()) {
            std::fprintf(stderr, "kiosk: %s; it is left out\n", h.error.c_str());
        } else if (!png.empty()) {
            decoder_.submit({name, light, std::move(png), max_px_});
            tex = pending_texture();
        }
        it = textures_.emplace(std::make_pair(name, light), tex).first;
    }
    return it->second ? reinterpret_cast<ImTextureID>(static_cast<uintptr_t>(it->second)) : nullptr;
}

void Pictograms::upload_decoded() {
    std::vector<DecodedPictogram> done = decoder_.take_done();
    for (DecodedPictogram& d : done) {
        unsigned& tex = textures_[{d.name, d.light}];
        if (d.pixels) {
            tex = make_texture(d.pixels->width, d.pixels->height, d.pixels->rgba.data());
        } else {
            tex = 0;
            std::fprintf(stderr, "kiosk: pictogram %s cannot be decoded; it is left out\n", d.name.c_str());
        }
    }
}

void Pictograms::wait_decoded() {
    decoder_.wait_idle();
    upload_decoded();
}

} // namespace kiosk
