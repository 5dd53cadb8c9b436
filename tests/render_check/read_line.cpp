// Reads a number back from the pixels of a card: the card's lines of text are found as bands of
// ink, and each band is searched for the number as HarfBuzz's hb-view draws it, and for the number
// as right-to-left text reorders it when its isolates break: its groups backwards, the sign after
// ("+33 1 55 28 19 40" read "40 19 28 55 1 33+").
// It passes when a band at or after MIN_LINE (1 is the card's first line) holds the number clearly
// better in order than backwards. The card is read as a right-to-left one, its pictogram on the right.
//
//   read_line SHOT.png DUMP.json ITEM_ID NUMBER "FAMILY" STYLE PX MIN_LINE
// ITEM_ID may be "text:WORDS", a text the dump lists without an id (a line page's number).
#include "dump_item.h"
#include "ink_mask.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <vector>

using namespace kiosk;
using namespace kiosk::render_check;

namespace {

// The bands of rows with ink, each cropped to its own ink: one a line of text.
std::vector<Mask> bands(const Mask& m) {
    std::vector<Mask> out;
    int y = 0;
    while (y < m.h) {
        auto row_has_ink = [&](int r) {
            for (int x = 0; x < m.w; ++x)
                if (m.at(x, r)) return true;
            return false;
        };
        while (y < m.h && !row_has_ink(y)) ++y;
        int top = y;
        int gap = 0;
        while (y < m.h && gap < 4) gap = row_has_ink(y) ? 0 : gap + 1, ++y;
        int bottom = y - gap;
        if (bottom <= top) break;
        Mask band;
        int minx = m.w, maxx = -1;
        for (int r = top; r < bottom; ++r)
            for (int x = 0; x < m.w; ++x)
                if (m.at(x, r)) minx = std::min(minx, x), maxx = std::max(maxx, x);
        band.w = maxx - minx + 1, band.h = bottom - top;
        band.ink.resize(static_cast<size_t>(band.w * band.h));
        for (int r = 0; r < band.h; ++r)
            for (int x = 0; x < band.w; ++x)
                band.ink[static_cast<size_t>(r * band.w + x)] = m.at(minx + x, top + r);
        out.push_back(std::move(band));
    }
    return out;
}

// The best intersection over union of the reference laid anywhere along the band.
double best_along(const Mask& band, const Mask& ref) {
    double best = 0;
    for (int dy = -3; dy <= std::max(0, band.h - ref.h) + 3; ++dy)
        for (int dx = -2; dx <= band.w - ref.w + 2; ++dx) {
            int inter = 0, uni = 0;
            for (int y = 0; y < ref.h; ++y)
                for (int x = 0; x < ref.w; ++x) {
                    bool pr = ref.at(x, y), pb = band.at(x + dx, y + dy);
                    inter += pr && pb;
                    uni += pr || pb;
                }
            best = std::max(best, uni ? static_cast<double>(inter) / uni : 0);
        }
    return best;
}

// The number as a right-to-left paragraph lays it out without its isolate.
std::string reordered_groups(const std::string& number) {
    std::vector<std::string> groups;
    size_t start = 0;
    while (start <= number.size()) {
        size_t space = number.find(' ', start);
        std::string g = number.substr(start, space == std::string::npos ? std::string::npos : space - start);
        if (!g.empty() && g[0] == '+') g = g.substr(1) + "+";
        groups.push_back(g);
        if (space == std::string::npos) break;
        start = space + 1;
    }
    std::string out;
    for (auto it = groups.rbegin(); it != groups.rend(); ++it) out += (out.empty() ? "" : " ") + *it;
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 9) {
        std::fprintf(stderr, "usage: read_line SHOT.png DUMP.json ITEM_ID NUMBER FAMILY STYLE PX MIN_LINE\n");
        return 2;
    }
    std::string shot = argv[1], dump = argv[2], id = argv[3], number = argv[4], family = argv[5],
                style = argv[6];
    int px = std::atoi(argv[7]), min_line = std::atoi(argv[8]);
    std::optional<DumpItem> item = dump_item(dump, id);
    if (!item) return std::fprintf(stderr, "no item %s in %s\n", id.c_str(), dump.c_str()), 1;
    // A right-to-left card: its pictogram stands at the right end, level with several lines; the
    // lines' text starts left of it. A text found by its words ("text:...") is read whole.
    int width = id.rfind("text:", 0) == 0 ? item->w - 8 : item->w * 4 / 5;
    Mask card = load_ink(shot, item->x + 4, item->y + 4, width, item->h - 8);
    FontFile font = find_font(family, style);
    if (font.path.empty())
        return std::fprintf(stderr, "font %s %s not found\n", family.c_str(), style.c_str()), 1;
    std::string tmp = "/tmp/kiosk-read-line-" + std::to_string(::getpid());
    Mask ref = reference(font, px, number, tmp + "-ref.png");
    Mask control = reference(font, px, reordered_groups(number), tmp + "-control.png");
    for (const char* f : {"-ref.png", "-control.png", "-ref.png.txt", "-control.png.txt"})
        std::remove((tmp + f).c_str());
    if (card.ink.empty() || ref.ink.empty())
        return std::fprintf(stderr, "%s: no ink to read\n", id.c_str()), 1;
    std::vector<Mask> lines = bands(card);
    int found = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].w < ref.w - 4) continue; // too short to hold the number
        double in_order = best_along(lines[i], ref), backwards = best_along(lines[i], control);
        std::printf("%s line %zu: \"%s\" in order %.2f, backwards %.2f\n", id.c_str(), i + 1, number.c_str(),
                    in_order, backwards);
        if (in_order >= 0.6 && in_order - backwards >= 0.2) found = static_cast<int>(i) + 1;
    }
    bool ok = found >= min_line;
    std::printf("%s\n", ok ? "1 passed, 0 failed" : "0 passed, 1 failed");
    return ok ? 0 : 1;
}
