// A slip drawn for the printer by the kiosk's own text engine (FriBidi, HarfBuzz and FreeType, as
// on the screen), so Arabic joins and reads from the right, Tigrinya and Chinese have their
// glyphs, and a phone number stays in its order inside right-to-left text. One byte a dot at the
// paper's resolution, white 255: a roll's slip is one page as long as it needs, a sheet's is cut
// into pages between blocks.
#pragma once
#include "core/operations/paper.h"
#include "core/visit/slip.h"
#include "text/font_set.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct PageImage {
    int width = 0, height = 0;
    std::vector<uint8_t> gray; // width * height, rows top down, 0 black 255 white
};

// A pictogram as grey dots of this side, or nullopt when the bundle has none by that name.
using PictogramDots = std::function<std::optional<PageImage>(const std::string& name, int side)>;

std::vector<PageImage> draw_slip(const Slip& slip, const Paper& paper, FontSet& fonts,
                                 const PictogramDots& pictograms);

// The pictogram's RGBA (straight alpha, as decode_pictogram gives it) over white paper, in grey.
PageImage grey_over_white(int width, int height, const std::vector<unsigned char>& rgba);

} // namespace kiosk
