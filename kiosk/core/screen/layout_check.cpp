#include "core/screen/layout_check.h"

#include <algorithm>
#include <cstdio>

namespace kiosk {

namespace {

constexpr float slack = 1.5f; // rounding of sub-pixel layouts

std::string name_of(const Item& i) {
    std::string label = i.label.size() > 60 ? i.label.substr(0, 57) + "..." : i.label;
    return i.id.empty() ? "text \"" + label + "\"" : i.id;
}

float overlap_area(const Rect& a, const Rect& b) {
    float w = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
    float h = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
    return w > 0 && h > 0 ? w * h : 0;
}

void check_bounds(const Item& i, float width, float height, std::vector<std::string>& out) {
    const Rect& f = i.full;
    bool sideways = f.x < -slack || f.x + f.w > width + slack;
    bool up_down = !i.scrolls && (f.y < -slack || f.y + f.h > height + slack);
    if (sideways || up_down) out.push_back(name_of(i) + " runs off the screen");
}

// A line box is taller than its ink (leading, the font's descent): a few percent past a button's
// edge is empty space, not a cut glyph.
void check_cut(const Item& i, std::vector<std::string>& out) {
    if (i.label.empty()) return;
    bool sideways = i.full.w - i.rect.w > slack;
    bool up_down = !i.scrolls && i.full.h - i.rect.h > std::max(slack, 0.05f * i.full.h);
    if (sideways || up_down) out.push_back(name_of(i) + " is cut off");
}

// Where a scrolling area cuts a target, its visible part says nothing of its size: there only
// the width counts, and the height is measured where the target shows whole.
void check_target_size(const Item& i, float px_per_mm, std::vector<std::string>& out) {
    float min = min_target_mm * px_per_mm - slack;
    bool whole = !i.scrolls || i.rect.h >= i.full.h - slack;
    if (i.rect.w < min || (whole && i.rect.h < min)) {
        char size[64];
        std::snprintf(size, sizeof size, " is %.0f x %.0f px, under %.0f mm (%.0f px)", i.rect.w, i.rect.h,
                      min_target_mm, min + slack);
        out.push_back(name_of(i) + size);
    }
}

} // namespace

std::vector<std::string> layout_problems(const std::vector<Item>& items, float width, float height,
                                         float px_per_mm) {
    std::vector<std::string> out;
    std::vector<const Item*> tappable;
    for (const Item& i : items) {
        if (i.full.w <= 0 || i.full.h <= 0) continue;
        check_bounds(i, width, height, out);
        if (i.id.empty())
            check_cut(i, out);
        else if (i.rect.w > 0 && i.rect.h > 0) {
            tappable.push_back(&i);
            check_target_size(i, px_per_mm, out);
        }
    }
    for (size_t a = 0; a < tappable.size(); ++a)
        for (size_t b = a + 1; b < tappable.size(); ++b)
            if (overlap_area(tappable[a]->rect, tappable[b]->rect) > 4)
                out.push_back(name_of(*tappable[a]) + " overlaps " + name_of(*tappable[b]));
    return out;
}

} // namespace kiosk
