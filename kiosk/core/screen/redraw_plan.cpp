#include "core/screen/redraw_plan.h"

#include <algorithm>
#include <utility>

namespace kiosk {

void RedrawPlanner::set_can_copy(bool can_copy) {
    can_copy_ = can_copy;
}

RenderStep RedrawPlanner::render(const FrameChange& change, const PixelBox& screen, bool partial_ok) {
    if (!partial_ok || !can_copy_) {
        back_holds_frame_ = true;
        swap_ = true;
        window_lacks_ = {};
        return {RenderStep::Kind::Everything, screen};
    }
    PixelBox changed = !window_known_ || change.kind == FrameChange::Kind::Everything ? screen : change.area;
    if (!swap_) window_lacks_ = window_lacks_.unite(changed);
    bool large = changed.area() * largest_part_divisor > screen.area();
    if (back_holds_frame_ && !large) {
        if (changed.empty()) return {RenderStep::Kind::Nothing, {}};
        return {RenderStep::Kind::Area, changed};
    }
    // After a swap the back buffer holds nothing known: the frame is drawn whole, though the
    // window may lack only the change.
    back_holds_frame_ = true;
    return {RenderStep::Kind::Everything, screen};
}

ShowStep RedrawPlanner::show() {
    window_known_ = true;
    if (swap_) {
        swap_ = false;
        back_holds_frame_ = false; // a swap leaves the back buffer undefined
        return {ShowStep::Kind::Swap, {}};
    }
    if (window_lacks_.empty()) return {ShowStep::Kind::Nothing, {}};
    return {ShowStep::Kind::Copy, std::exchange(window_lacks_, {})};
}

void RedrawPlanner::forget() {
    back_holds_frame_ = false;
    window_known_ = false;
    swap_ = false;
    window_lacks_ = {};
}

} // namespace kiosk
