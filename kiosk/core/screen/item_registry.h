// What the last frame showed: every tappable item with its stable id, and every visible text.
// The screens fill it while drawing; the script driver and the tests read it.
#pragma once
#include <string>
#include <vector>

namespace kiosk {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    bool contains(float px, float py) const { return px >= x && py >= y && px < x + w && py < y + h; }
    bool overlaps(const Rect& o) const {
        return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }
};

struct Item {
    std::string id;        // empty for plain text
    std::string label;     // the text it shows
    Rect rect;             // the part that is visible
    Rect full;             // all of it, text included: larger than rect where something is cut off
    bool scrolls = false;  // inside a scrolling area: cut off at its top and bottom on purpose
    std::string pictogram; // the picture drawn on it, for those who do not read; empty if none

    // Nothing of it hidden, give or take the rounding of a sub-pixel layout to the clip rectangles.
    bool whole() const { return rect.w >= full.w - 1.5f && rect.h >= full.h - 1.5f; }
};

struct ItemRegistry {
    std::vector<Item> items; // tappable, in drawing order
    std::vector<Item> texts; // all visible text, labels of items included

    void clear();
    void add_item(std::string id, std::string label, Rect r) {
        add_item(std::move(id), std::move(label), r, r, false);
    }
    void add_item(std::string id, std::string label, Rect visible, Rect full, bool scrolls);
    void add_text(std::string text, Rect r) { add_text(std::move(text), r, r, false); }
    void add_text(std::string text, Rect visible, Rect full, bool scrolls);

    // A sheet drawn over this part of the screen: what was under it can be neither tapped nor read.
    void cover(const Rect& r);
    const Item* find_id(const std::string& id) const;       // the last drawn wins: it is on top
    const Item* find_label(const std::string& label) const; // an item whose label is exactly this
    bool shows_text(const std::string& text) const;         // any visible text containing this
    std::string to_json() const; // [{id, label, x, y, w, h, full: [x, y, w, h], scrolls}]
};

std::string json_escape(const std::string& s);

} // namespace kiosk
