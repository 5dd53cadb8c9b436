#include "core/screen/frame_schedule.h"

#include <algorithm>
#include <cassert>

namespace kiosk {

int64_t FrameTimers::next_on_screen() const {
    return std::min({visit, staff_press, staff_timeout, scroll, reading, welcome, notice, print});
}

FrameDecision decide(const FrameInputs& in, const FrameTimers& t) {
    assert(in.frames_owed >= 0);
    if (in.frames_owed > 0 || in.pictures_ready) {
        bool whole = in.full_redraw || in.finger_down; // a finger down: this frame sees input
        return {whole ? FrameDecision::Kind::Draw : FrameDecision::Kind::PartialDraw};
    }
    int64_t next = std::min(t.next_on_screen(), t.watchdog);
    return {FrameDecision::Kind::Sleep, next == no_timer ? -1 : std::max<int64_t>(0, next)};
}

int frames_owed_after_frame(int owed, bool frame_saw_input) {
    assert(owed >= 0); // 0: a frame drawn only to show decoded pictograms
    return frame_saw_input ? frames_after_input : std::max(owed - 1, 0);
}

int frames_owed_after_wake(const FrameTimers& t, bool content_changed) {
    bool shown_due = t.next_on_screen() <= 0;
    bool watchdog_due = t.watchdog <= 0;
    // Woken with nothing due: an event (a touch, a stick found, a voice ready) to be seen.
    return content_changed || shown_due || !watchdog_due ? 1 : 0;
}

bool draw_in_part(const FrameDecision& d, bool frame_saw_input) {
    assert(d.kind != FrameDecision::Kind::Sleep);
    return d.kind == FrameDecision::Kind::PartialDraw && !frame_saw_input;
}

} // namespace kiosk
