#include "core/screen/frame_schedule.h"

#include <catch.hpp>

using namespace kiosk;

namespace {

using Kind = FrameDecision::Kind;

FrameInputs idle() {
    FrameInputs in;
    in.frames_owed = 0;
    return in;
}

} // namespace

TEST_CASE("idle with nothing due sleeps until the next timer", "[frame_schedule]") {
    FrameTimers t;
    t.welcome = 2500;
    t.visit = 40'000;
    t.watchdog = 10'000;
    CHECK(decide(idle(), t) == FrameDecision{Kind::Sleep, 2500});
}

TEST_CASE("idle with no timer at all sleeps until an event", "[frame_schedule]") {
    CHECK(decide(idle(), FrameTimers{}) == FrameDecision{Kind::Sleep, -1});
}

TEST_CASE("the watchdog's ping bounds the sleep", "[frame_schedule]") {
    FrameTimers t;
    t.visit = 60'000;
    t.watchdog = 15'000;
    CHECK(decide(idle(), t) == FrameDecision{Kind::Sleep, 15'000});
}

TEST_CASE("a timer already past sleeps not at all", "[frame_schedule]") {
    FrameTimers t;
    t.notice = -40;
    CHECK(decide(idle(), t) == FrameDecision{Kind::Sleep, 0});
}

TEST_CASE("the first frames after start are drawn", "[frame_schedule]") {
    FrameInputs in; // as the loop starts
    CHECK(in.frames_owed == frames_after_input);
    CHECK(decide(in, FrameTimers{}).kind != Kind::Sleep);
}

TEST_CASE("an event draws at once: one frame on waking before any timer", "[frame_schedule]") {
    FrameTimers t; // measured on waking: nothing due yet
    t.welcome = 1200;
    t.watchdog = 9000;
    FrameInputs in = idle();
    in.frames_owed = frames_owed_after_wake(t, false);
    CHECK(in.frames_owed == 1);
    CHECK(decide(in, t).kind == Kind::PartialDraw);
}

TEST_CASE("a frame that saw input asks for more frames and is drawn whole", "[frame_schedule]") {
    CHECK(frames_owed_after_frame(1, true) == frames_after_input);
    CHECK_FALSE(draw_in_part(FrameDecision{Kind::PartialDraw}, true));
}

TEST_CASE("frames after input run out, then the loop sleeps", "[frame_schedule]") {
    int owed = frames_owed_after_frame(1, true);
    for (int i = 0; i < frames_after_input; ++i) owed = frames_owed_after_frame(owed, false);
    CHECK(owed == 0);
    FrameInputs in = idle();
    in.frames_owed = owed;
    FrameTimers t;
    t.visit = 90'000;
    CHECK(decide(in, t) == FrameDecision{Kind::Sleep, 90'000});
}

TEST_CASE("a finger held on the screen keeps drawing whole frames", "[frame_schedule]") {
    FrameInputs in;
    in.frames_owed = frames_owed_after_frame(2, true); // a held finger is input every frame
    in.finger_down = true;
    CHECK(decide(in, FrameTimers{}).kind == Kind::Draw);
}

TEST_CASE("an animation keeps drawing: a coasting list's next frame is a timer", "[frame_schedule]") {
    FrameTimers t;
    t.scroll = 16;
    t.watchdog = 10'000;
    FrameDecision d = decide(idle(), t);
    CHECK(d == FrameDecision{Kind::Sleep, 16});
    t.scroll = 0; // woken when it is due
    CHECK(frames_owed_after_wake(t, false) == 1);
}

TEST_CASE("the word read aloud moves on: a frame when its timer is due", "[frame_schedule]") {
    FrameTimers t;
    t.reading = -3;
    t.watchdog = 5000;
    CHECK(frames_owed_after_wake(t, false) == 1);
}

TEST_CASE("only the welcome line changed: drawn in part", "[frame_schedule]") {
    FrameTimers t;
    t.welcome = 0;
    t.watchdog = 4000;
    FrameInputs in = idle();
    in.frames_owed = frames_owed_after_wake(t, false);
    FrameDecision d = decide(in, t);
    CHECK(d.kind == Kind::PartialDraw);
    CHECK(draw_in_part(d, false));
}

TEST_CASE("waking for the watchdog alone draws nothing", "[frame_schedule]") {
    FrameTimers t;
    t.watchdog = 0;
    t.welcome = 800;
    CHECK(frames_owed_after_wake(t, false) == 0);
    FrameInputs in = idle();
    in.frames_owed = 0;
    CHECK(decide(in, t).kind == Kind::Sleep);
}

TEST_CASE("the watchdog and a shown timer due together draw", "[frame_schedule]") {
    FrameTimers t;
    t.watchdog = -5;
    t.staff_timeout = 0;
    CHECK(frames_owed_after_wake(t, false) == 1);
}

TEST_CASE("full redraw draws every frame whole", "[frame_schedule]") {
    FrameInputs in;
    in.full_redraw = true;
    FrameDecision d = decide(in, FrameTimers{});
    CHECK(d.kind == Kind::Draw);
    CHECK_FALSE(draw_in_part(d, false));
}

TEST_CASE("every timer that shows counts towards the next one", "[frame_schedule]") {
    int64_t FrameTimers::*shown[] = {
        &FrameTimers::visit,   &FrameTimers::staff_press, &FrameTimers::staff_timeout, &FrameTimers::scroll,
        &FrameTimers::reading, &FrameTimers::welcome,     &FrameTimers::notice};
    for (auto timer : shown) {
        FrameTimers t;
        t.*timer = 700;
        CHECK(t.next_on_screen() == 700);
        CHECK(decide(idle(), t) == FrameDecision{Kind::Sleep, 700});
    }
    FrameTimers watchdog_only;
    watchdog_only.watchdog = 700;
    CHECK(watchdog_only.next_on_screen() == no_timer);
}

TEST_CASE("pictograms decoded off the loop are drawn in part, once", "[frame_schedule]") {
    FrameTimers t;
    t.watchdog = 4000;
    FrameInputs in = idle();
    in.pictures_ready = true;
    FrameDecision d = decide(in, t);
    CHECK(d.kind == Kind::PartialDraw);
    CHECK(frames_owed_after_frame(in.frames_owed, false) == 0);
    in.pictures_ready = false;
    CHECK(decide(in, t).kind == Kind::Sleep);
}

TEST_CASE("new content taken on a watchdog wake is drawn at once", "[frame_schedule]") {
    FrameTimers t;
    t.watchdog = 0; // only the watchdog's ping was due
    CHECK(frames_owed_after_wake(t, false) == 0);
    CHECK(frames_owed_after_wake(t, true) == 1);
    FrameInputs in = idle();
    in.frames_owed = frames_owed_after_wake(t, true);
    CHECK(decide(in, t).kind != Kind::Sleep);
}
