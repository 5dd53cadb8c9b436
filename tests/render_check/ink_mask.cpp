#include "ink_mask.h"

#include "core/language/i18n.h"

#include <stb_image.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace kiosk::render_check {

// Dark pixels are ink; the button's fill and its light grey border are not. With first_line_only,
// only the first band of rows with ink counts (a button's label, not the smaller line beneath it).
Mask load_ink(const std::string& path, int x0, int y0, int cw, int ch, bool first_line_only) {
    int w, h, n;
    unsigned char* px = stbi_load(path.c_str(), &w, &h, &n, 4);
    Mask m;
    if (!px) return m;
    if (cw <= 0) x0 = 0, y0 = 0, cw = w, ch = h;
    int minx = cw, miny = ch, maxx = -1, maxy = -1;
    std::vector<uint8_t> ink(static_cast<size_t>(cw * ch));
    for (int y = 0; y < ch; ++y)
        for (int x = 0; x < cw; ++x) {
            const unsigned char* p = px + 4 * ((y0 + y) * w + (x0 + x));
            float alpha = p[3] / 255.f;
            float lum = alpha * (0.299f * p[0] + 0.587f * p[1] + 0.114f * p[2]) + (1 - alpha) * 255.f;
            if (lum < 128) {
                ink[static_cast<size_t>(y * cw + x)] = 1;
                minx = std::min(minx, x), maxx = std::max(maxx, x), miny = std::min(miny, y),
                maxy = std::max(maxy, y);
            }
        }
    stbi_image_free(px);
    if (maxx < 0) return m;
    if (first_line_only) { // the first band ends at a gap of 8 empty rows
        int gap = 0;
        for (int y = miny; y <= maxy; ++y) {
            bool any = false;
            for (int x = 0; x < cw && !any; ++x) any = ink[static_cast<size_t>(y * cw + x)];
            gap = any ? 0 : gap + 1;
            if (gap == 8) {
                maxy = y - gap;
                break;
            }
        }
        minx = cw, maxx = -1;
        for (int y = miny; y <= maxy; ++y)
            for (int x = 0; x < cw; ++x)
                if (ink[static_cast<size_t>(y * cw + x)]) minx = std::min(minx, x), maxx = std::max(maxx, x);
    }
    m.w = maxx - minx + 1, m.h = maxy - miny + 1; // cropped to the ink's bounding box
    m.ink.resize(static_cast<size_t>(m.w * m.h));
    for (int y = 0; y < m.h; ++y)
        for (int x = 0; x < m.w; ++x)
            m.ink[static_cast<size_t>(y * m.w + x)] = ink[static_cast<size_t>((miny + y) * cw + minx + x)];
    return m;
}

// Intersection over union of two ink masks aligned at their top-left, best over a 2-pixel shift.
double overlap(const Mask& a, const Mask& b) {
    double best = 0;
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx) {
            int inter = 0, uni = 0;
            for (int y = 0; y < std::max(a.h, b.h) + 2; ++y)
                for (int x = 0; x < std::max(a.w, b.w) + 2; ++x) {
                    bool pa = a.at(x, y), pb = b.at(x + dx, y + dy);
                    inter += pa && pb;
                    uni += pa || pb;
                }
            best = std::max(best, uni ? static_cast<double>(inter) / uni : 0);
        }
    return best;
}

Mask reference(const FontFile& font, int px, const std::string& text, const std::string& out) {
    std::string txt = out + ".txt";
    std::ofstream(txt) << text;
    std::string cmd = "hb-view --font-size=" + std::to_string(px) +
                      " --face-index=" + std::to_string(font.index) + " --margin=4 -O png -o '" + out +
                      "' --text-file='" + txt + "' '" + font.path + "'";
    if (std::system(cmd.c_str()) != 0) return {};
    return load_ink(out, 0, 0, 0, 0);
}

std::string reversed_utf8(const std::string& s) {
    std::vector<std::string> chars;
    for (size_t i = 0; i < s.size();) {
        size_t len = utf8_length(static_cast<unsigned char>(s[i]));
        chars.push_back(s.substr(i, len));
        i += len;
    }
    std::string out;
    for (auto it = chars.rbegin(); it != chars.rend(); ++it) out += *it;
    return out;
}

} // namespace kiosk::render_check
