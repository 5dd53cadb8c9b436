// Text as ink: the dark pixels of a screenshot or of a reference rendering by HarfBuzz's hb-view,
// cropped to their bounding box, and how well two such masks overlap. Shared by the render checks.
#pragma once
#include "text/font_set.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::render_check {

struct Mask {
    int w = 0, h = 0;
    std::vector<uint8_t> ink; // 1 where the pixel is text
    bool at(int x, int y) const {
        return x >= 0 && y >= 0 && x < w && y < h && ink[static_cast<size_t>(y * w + x)];
    }
};

// Dark pixels of a region (all of the image when cw <= 0) are ink, cropped to the ink's box. With
// first_line_only, only the first band of rows with ink counts.
Mask load_ink(const std::string& path, int x0, int y0, int cw, int ch, bool first_line_only = false);
// Intersection over union of two ink masks aligned at their top-left, best over a 2-pixel shift.
double overlap(const Mask& a, const Mask& b);
// hb-view's rendering of text in this font at this size, as ink; out is a scratch file name.
Mask reference(const FontFile& font, int px, const std::string& text, const std::string& out);
std::string reversed_utf8(const std::string& s);

} // namespace kiosk::render_check
