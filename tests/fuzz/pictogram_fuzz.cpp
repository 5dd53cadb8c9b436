// A pictogram blob from a bundle's asset table, taken the way the kiosk takes it: the byte cap,
// the header check (kiosk/ui/pictograms.cpp on the UI thread), then the decoder thread's decode,
// scaled to a 1080p screen's 128 px and, for a dark theme, with its lightness inverted. Only a
// blob that passes the header check is decoded, as in the kiosk; run with -malloc_limit_mb so
// that an image which gets past the check and still allocates too much is a finding.
#include "core/content/pictogram_image.h"

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0; // an absent asset is never decoded
    if (!kiosk::pictogram_bytes_error("fuzz", size).empty()) return 0;
    std::vector<unsigned char> png(data, data + size);
    kiosk::PictogramHeader h = kiosk::read_pictogram_header("fuzz", png);
    if (!h.error.empty()) return 0;
    bool light = size % 2 == 1; // both themes, without spending an input byte on the choice
    auto pixels = kiosk::decode_pictogram(png, 128, light);
    if (pixels) {
        // The decode keeps the header's promise: never larger than the limit, RGBA, top down.
        if (pixels->width < 1 || pixels->height < 1 || pixels->width > 128 || pixels->height > 128 ||
            pixels->rgba.size() != static_cast<size_t>(pixels->width) * pixels->height * 4)
            __builtin_trap();
    }
    return 0;
}
