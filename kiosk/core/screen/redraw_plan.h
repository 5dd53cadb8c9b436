// Drawing only what changed. The software rasteriser takes 17 ms of CPU to fill a 1920x1080 frame,
// so when the picker's welcome line changes every few seconds only that line is drawn again and
// shown, the rest of the screen staying as it is in the window and in the back buffer.
//
// What changed is found from the triangles two frames draw, in drawing order: a pixel that none of
// the triangles between their common start and their common end can touch is blended from the
// same triangles in the same order in both frames, so it is the same. The planner then keeps track
// of what the back buffer holds (a swap leaves it undefined) and of what the window still lacks.
#pragma once
#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>

namespace kiosk {

// Pixels [x0, x1) x [y0, y1), y downwards from the top of the frame.
struct PixelBox {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    int64_t area() const { return empty() ? 0 : int64_t{x1 - x0} * (y1 - y0); }
    // Inline: drawing code calls these for every triangle of every frame.
    PixelBox unite(const PixelBox& o) const { // the box holding both
        if (empty()) return o;
        if (o.empty()) return *this;
        return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1), std::max(y1, o.y1)};
    }
    PixelBox clip(const PixelBox& o) const { // what both hold
        PixelBox b{std::max(x0, o.x0), std::max(y0, o.y0), std::min(x1, o.x1), std::min(y1, o.y1)};
        return b.empty() ? PixelBox{} : b;
    }
    bool operator==(const PixelBox&) const = default;
};

struct FrameChange {
    enum class Kind { None, Area, Everything };
    Kind kind = Kind::Everything;
    PixelBox area; // for Area: every pixel that may differ
};

// What differs between two frames of the same size and clear colour, drawn as `before` and `after`
// triangles: same(i, j) tells whether before's i-th triangle draws exactly what after's j-th does
// (same vertices, texture and clip rectangle); box_before(i) and box_after(j) give every pixel a
// triangle can touch. The triangles are compared from both ends, so only the differing run between
// the common start and the common end is boxed.
template <class Same, class BoxBefore, class BoxAfter>
FrameChange frame_change(size_t before, size_t after, const PixelBox& screen, Same same, BoxBefore box_before,
                         BoxAfter box_after) {
    size_t shorter = std::min(before, after), head = 0, tail = 0;
    while (head < shorter && same(head, head)) ++head;
    while (tail < shorter - head && same(before - 1 - tail, after - 1 - tail)) ++tail;
    assert(head + tail <= shorter); // the common start and end never overlap
    PixelBox area;
    for (size_t i = head; i < before - tail; ++i) area = area.unite(box_before(i));
    for (size_t j = head; j < after - tail; ++j) area = area.unite(box_after(j));
    area = area.clip(screen);
    // Triangles that differ but touch no pixel (clipped away) change nothing on screen.
    if (area.empty()) return {FrameChange::Kind::None, {}};
    return {FrameChange::Kind::Area, area};
}

// A frame is rendered into the back buffer, then shown: by a swap (the whole frame, in step with the
// display, after which the back buffer's contents are undefined) or by copying a part of the back
// buffer to the window (which leaves the back buffer as it was).
struct RenderStep {
    enum class Kind { Nothing, Area, Everything };
    Kind kind = Kind::Everything;
    PixelBox area; // for Area: only these pixels are cleared and drawn again
};

struct ShowStep {
    enum class Kind { Nothing, Copy, Swap };
    Kind kind = Kind::Swap;
    PixelBox area; // for Copy: the part of the back buffer copied to the window
};

class RedrawPlanner {
  public:
    // Past this share of the screen a change is drawn whole: restricting the draw saves little.
    static constexpr int64_t largest_part_divisor = 4;

    // can_copy: the window can be given part of the back buffer (GLX_MESA_copy_sub_buffer).
    explicit RedrawPlanner(bool can_copy = false) : can_copy_(can_copy) {}
    void set_can_copy(bool can_copy);

    // partial_ok: false for frames drawn while a finger is on the screen. They are drawn whole and
    // swapped, as every frame is without partial copies: the swap keeps them in step with the
    // display instead of the loop spinning. Other frames are copied to the window, the back buffer
    // keeping them, so the next change can be drawn alone.
    RenderStep render(const FrameChange& change, const PixelBox& screen, bool partial_ok);
    ShowStep show();
    void forget(); // the back buffer and the window hold nothing known (new textures)

  private:
    bool can_copy_;
    bool back_holds_frame_ = false; // the back buffer holds the last frame rendered, all of it
    bool window_known_ = false;     // the window shows the last frame shown
    bool swap_ = false;             // the next show is a swap
    PixelBox window_lacks_;         // else what the window lacks of the last frame rendered
};

} // namespace kiosk
