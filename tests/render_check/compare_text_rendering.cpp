// Checks that the kiosk draws a string as a reference shaper does: HarfBuzz's hb-view renders the
// same string with the same font at the same size, and the ink of both images must match.
// Unshaped Arabic (isolated letters) or reversed text would not. A control run renders the string
// with its characters reversed and must match clearly worse, so the check can tell them apart.
//
//   compare_text_rendering SHOT.png DUMP.json ITEM_ID "FAMILY" STYLE PX
//
// The item's label (from the dump) is the text compared.
#include "font_set.h"
#include "i18n.h"

#include <nlohmann/json.hpp>
#include <stb_image.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace kiosk;

namespace {

struct Mask {
    int w = 0, h = 0;
    std::vector<uint8_t> ink; // 1 where the pixel is text
    bool at(int x, int y) const {
        return x >= 0 && y >= 0 && x < w && y < h && ink[static_cast<size_t>(y * w + x)];
    }
};

// Dark pixels are ink; the button's fill and its light grey border are not. With first_line_only,
// only the first band of rows with ink counts (a button's label, not the smaller line beneath it).
Mask load_ink(const std::string& path, int x0, int y0, int cw, int ch, bool first_line_only = false) {
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

} // namespace

int main(int argc, char** argv) {
    if (argc != 7) {
        std::fprintf(stderr, "usage: compare_text_rendering SHOT.png DUMP.json ITEM_ID FAMILY STYLE PX\n");
        return 2;
    }
    std::string shot = argv[1], dump = argv[2], id = argv[3], family = argv[4], style = argv[5];
    int px = std::atoi(argv[6]);
    nlohmann::json items = nlohmann::json::parse(std::ifstream(dump), nullptr, false);
    const nlohmann::json* item = nullptr;
    if (items.is_array())
        for (const auto& i : items)
            if (i.value("id", "") == id) item = &i;
    if (!item) return std::fprintf(stderr, "no item %s in %s\n", id.c_str(), dump.c_str()), 1;
    std::string text = item->value("label", "");
    Mask kiosk = load_ink(shot, (*item)["x"].get<int>() + 4, (*item)["y"].get<int>() + 4,
                          (*item)["w"].get<int>() - 8, (*item)["h"].get<int>() - 8, true);
    FontFile font = find_font(family, style);
    if (font.path.empty())
        return std::fprintf(stderr, "font %s %s not found\n", family.c_str(), style.c_str()), 1;
    std::string tmp = "/tmp/kiosk-render-" + std::to_string(::getpid());
    Mask ref = reference(font, px, text, tmp + "-ref.png");
    Mask control = reference(font, px, reversed_utf8(text), tmp + "-control.png");
    std::remove((tmp + "-ref.png").c_str()), std::remove((tmp + "-control.png").c_str());
    std::remove((tmp + "-ref.png.txt").c_str()), std::remove((tmp + "-control.png.txt").c_str());
    if (kiosk.ink.empty() || ref.ink.empty())
        return std::fprintf(stderr, "%s: no ink to compare\n", id.c_str()), 1;
    double same = overlap(kiosk, ref), reversed = overlap(kiosk, control);
    bool size_ok = std::abs(kiosk.w - ref.w) <= 3 && std::abs(kiosk.h - ref.h) <= 3;
    std::printf("%s \"%s\": kiosk ink %dx%d, hb-view %dx%d; overlap with hb-view %.2f, with the reversed "
                "control %.2f\n",
                id.c_str(), text.c_str(), kiosk.w, kiosk.h, ref.w, ref.h, same, reversed);
    bool ok = size_ok && same >= 0.70 && same - reversed >= 0.15;
    std::printf("%s\n", ok ? "1 passed, 0 failed" : "0 passed, 1 failed");
    return ok ? 0 : 1;
}
