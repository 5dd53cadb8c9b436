#include "core/content/pictogram_image.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <stb_image.h>
#include <stb_image_resize.h>

namespace kiosk {

namespace {

constexpr unsigned char png_signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

uint32_t big_endian(const unsigned char* p) {
    return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | uint32_t{p[3]};
}

struct StbFree {
    void operator()(unsigned char* p) const { stbi_image_free(p); }
};
using StbPixels = std::unique_ptr<unsigned char, StbFree>;

// In HSL, a colour and the one with the same hue and saturation but lightness 1 - L differ by the
// same amount on every channel: 1 - max - min.
void invert_lightness(std::vector<unsigned char>& rgba) {
    for (size_t i = 0; i + 3 < rgba.size(); i += 4) {
        unsigned char* p = rgba.data() + i;
        int shift = 255 - std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]});
        for (int c = 0; c < 3; ++c) p[c] = static_cast<unsigned char>(std::clamp(p[c] + shift, 0, 255));
    }
}

// Half the size, each pixel the average of a 2x2 block weighted by alpha (so transparent pixels do
// not darken the edges). The bundle's 256 px pictograms shown at 128 px (a 1080p screen) need only
// this, at a tenth of the cost of stb's general resampler.
PictogramPixels halve(const PictogramPixels& in) {
    PictogramPixels out{in.width / 2, in.height / 2, {}};
    out.rgba.resize(static_cast<size_t>(out.width) * static_cast<size_t>(out.height) * 4);
    auto at = [&](int x, int y) { return in.rgba.data() + 4 * (static_cast<size_t>(y) * in.width + x); };
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x) {
            const unsigned char* block[4] = {at(2 * x, 2 * y), at(2 * x + 1, 2 * y), at(2 * x, 2 * y + 1),
                                             at(2 * x + 1, 2 * y + 1)};
            int alpha = 0, colour[3] = {0, 0, 0};
            for (const unsigned char* p : block) {
                alpha += p[3];
                for (int c = 0; c < 3; ++c) colour[c] += p[c] * p[3];
            }
            unsigned char* o = out.rgba.data() + 4 * (static_cast<size_t>(y) * out.width + x);
            for (int c = 0; c < 3; ++c) o[c] = static_cast<unsigned char>(alpha ? colour[c] / alpha : 0);
            o[3] = static_cast<unsigned char>(alpha / 4);
        }
    return out;
}

PictogramPixels fit(PictogramPixels p, int max_px) {
    while (p.width >= 2 * max_px && p.height >= 2 * max_px && p.width % 2 == 0 && p.height % 2 == 0)
        p = halve(p);
    if (p.width <= max_px && p.height <= max_px) return p;
    int side = std::max(p.width, p.height);
    PictogramPixels small{std::max(1, p.width * max_px / side), std::max(1, p.height * max_px / side), {}};
    small.rgba.resize(static_cast<size_t>(small.width) * static_cast<size_t>(small.height) * 4);
    stbir_resize_uint8_srgb(p.rgba.data(), p.width, p.height, 0, small.rgba.data(), small.width, small.height,
                            0, 4, 3, 0);
    return small;
}

// Every chunk (length, type, data, CRC) lies inside the file, up to IEND. stb_image believes a
// chunk's length and allocates for it before reading: a 1.6 KB file whose image data chunk said
// 1 GB cost 1 GB.
bool chunks_fit(const std::vector<unsigned char>& png) {
    size_t at = 8;
    while (at + 12 <= png.size()) {
        uint32_t length = big_endian(&png[at]);
        if (length > png.size() - at - 12) return false;
        if (std::equal(png.begin() + at + 4, png.begin() + at + 8, "IEND")) return true;
        at += 12 + size_t{length};
    }
    return false; // no IEND: cut short
}

} // namespace

std::string pictogram_bytes_error(const std::string& name, size_t bytes) {
    if (bytes <= pictogram_max_bytes) return "";
    return "pictogram " + name + " is " + std::to_string(bytes) + " bytes, over the limit of " +
           std::to_string(pictogram_max_bytes);
}

PictogramHeader read_pictogram_header(const std::string& name, const std::vector<unsigned char>& png) {
    PictogramHeader h;
    std::string what = "pictogram " + name;
    if (h.error = pictogram_bytes_error(name, png.size()); !h.error.empty()) return h;
    if (png.size() < 8 || !std::equal(png_signature, png_signature + 8, png.begin())) {
        h.error = what + " is not a PNG image";
        return h;
    }
    // The first chunk of every PNG is IHDR: length 13, then width and height, big-endian.
    if (png.size() < 33 || big_endian(&png[8]) != 13 ||
        !std::equal(png.begin() + 12, png.begin() + 16, "IHDR")) {
        h.error = what + " is cut short or damaged (no PNG header)";
        return h;
    }
    uint32_t width = big_endian(&png[16]), height = big_endian(&png[20]);
    if (width > pictogram_max_px || height > pictogram_max_px) {
        h.error = what + " is " + std::to_string(width) + "x" + std::to_string(height) +
                  " pixels, over the limit of " + std::to_string(pictogram_max_px) + "x" +
                  std::to_string(pictogram_max_px);
        return h;
    }
    if (!chunks_fit(png)) {
        h.error = what + " is cut short or damaged (a chunk runs past the end of the file)";
        return h;
    }
    // stb_image must see the same PNG, so that what it decodes is what was bounded here.
    int w = 0, hh = 0, channels = 0;
    if (!stbi_info_from_memory(png.data(), static_cast<int>(png.size()), &w, &hh, &channels) ||
        w != static_cast<int>(width) || hh != static_cast<int>(height) || w == 0 || hh == 0) {
        h.error = what + " is cut short or damaged (no PNG header)";
        return h;
    }
    h.width = w, h.height = hh;
    return h;
}

std::optional<PictogramPixels> decode_pictogram(const std::vector<unsigned char>& png, int max_px,
                                                bool light) {
    PictogramPixels p;
    int channels = 0;
    StbPixels pixels(
        stbi_load_from_memory(png.data(), static_cast<int>(png.size()), &p.width, &p.height, &channels, 4));
    if (!pixels || p.width > pictogram_max_px || p.height > pictogram_max_px) return std::nullopt;
    p.rgba.assign(pixels.get(),
                  pixels.get() + static_cast<size_t>(p.width) * static_cast<size_t>(p.height) * 4);
    pixels.reset();
    p = fit(std::move(p), std::max(1, max_px));
    if (light) invert_lightness(p.rgba);
    return p;
}

std::string check_pictogram(const std::string& name, const std::vector<unsigned char>& png) {
    PictogramHeader h = read_pictogram_header(name, png);
    if (!h.error.empty()) return h.error;
    if (!decode_pictogram(png, pictogram_max_px, false))
        return "pictogram " + name + " cannot be decoded: it is cut short or damaged";
    return "";
}

} // namespace kiosk
