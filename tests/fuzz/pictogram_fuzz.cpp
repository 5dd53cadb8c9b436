// A pictogram blob from a bundle's asset table, decoded the way kiosk/ui/pictograms.cpp does
// (Pictograms::get) without the GL upload: stb_image to RGBA, anything over 4096 px a side
// refused, then scaled to the largest size a screen draws (here 128 px, a 1080p screen).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stb_image.h>
#include <stb_image_resize.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    constexpr int max_px = 128;
    if (size == 0) return 0; // an absent asset is never decoded
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load_from_memory(data, static_cast<int>(size), &w, &h, &channels, 4);
    if (!pixels) return 0;
    if (w > 4096 || h > 4096) {
        stbi_image_free(pixels);
        return 0;
    }
    if (w > max_px || h > max_px) {
        int64_t side = std::max(w, h);
        int nw = static_cast<int>(std::max<int64_t>(1, int64_t{w} * max_px / side));
        int nh = static_cast<int>(std::max<int64_t>(1, int64_t{h} * max_px / side));
        auto* small = static_cast<unsigned char*>(std::malloc(static_cast<size_t>(nw * nh * 4)));
        stbir_resize_uint8_srgb(pixels, w, h, 0, small, nw, nh, 0, 4, 3, 0);
        std::free(small);
    }
    stbi_image_free(pixels);
    return 0;
}
