#include "core/screen/touch_scroll.h"

#include <catch.hpp>
#include <cmath>

using namespace kiosk;

namespace {

constexpr unsigned list = 1, other = 2;

// The kiosk's frames for one scrolling area on virtual time: the pointer, then the area, as
// begin_scroll_area sees them. `scroll` is what the area shows.
struct Screen {
    TouchScroll touch{4}; // 4 px a millimetre
    int64_t t = 10'000;
    float scroll = 0, max_scroll = 5000;
    bool drawn = true;

    void frame(float y, bool down, bool pressed_here = false) {
        touch.pointer(t, 500, y, down);
        if (drawn)
            if (std::optional<float> to = touch.area(list, pressed_here, scroll, max_scroll)) scroll = *to;
        touch.end_frame();
    }
    // The script driver's drag: press, `steps` moves over ms, release where it ended.
    void drag(float y0, float y1, int64_t ms, int steps = 12) {
        frame(y0, false);
        frame(y0, true, true);
        for (int i = 1; i <= steps; ++i) {
            t += ms / steps;
            frame(y0 + (y1 - y0) * static_cast<float>(i) / static_cast<float>(steps), true);
        }
        frame(y1, false);
    }
    // Frames every 16 ms while the area coasts, at most for ms.
    void wait(int64_t ms) {
        for (int64_t end = t + ms; t < end;) {
            t = touch.coasting() ? std::min(end, touch.next_frame_ms()) : end;
            frame(500, false);
        }
    }
};

} // namespace

TEST_CASE("a drag moves the content with the finger") {
    Screen s;
    s.drag(800, 500, 400);
    CHECK(s.scroll == 300); // the finger went up 300 px: 300 px further down is in view
    s.drag(500, 700, 400);
    CHECK(s.scroll == 100);
}

TEST_CASE("a flick coasts on, slowing down, further than the finger went, then stops") {
    Screen s;
    s.drag(800, 500, 100); // 300 px in 96 ms: about 780 mm a second
    CHECK(s.scroll == 300);
    REQUIRE(s.touch.coasting());
    float last = s.scroll, last_step = 1e9f;
    int frames = 0;
    while (s.touch.coasting() && frames < 1000) {
        s.wait(16);
        float step = s.scroll - last;
        CHECK(step > 0);
        CHECK(step <= last_step); // friction: each frame moves less than the one before
        last = s.scroll, last_step = step;
        ++frames;
    }
    CHECK_FALSE(s.touch.coasting());
    CHECK(s.scroll > 3 * 300);
    // v * tau * (1 - stop / v): the speed at release times half a second, nearly
    float v = 300 / 0.096f;
    CHECK(s.scroll == Approx(300 + v * 0.5f * (1 - stop_mm_s * 4 / v)).epsilon(0.001));
    float stopped = s.scroll;
    s.wait(5000);
    CHECK(s.scroll == stopped);
}

TEST_CASE("where a flick ends does not depend on how many frames were drawn") {
    Screen every_frame, one_frame;
    every_frame.drag(800, 500, 100);
    one_frame.drag(800, 500, 100);
    every_frame.wait(4000);
    one_frame.t += 4000;
    one_frame.frame(500, false);
    CHECK(one_frame.scroll == Approx(every_frame.scroll));
    CHECK_FALSE(one_frame.touch.coasting());
}

TEST_CASE("a slow drag let go stops where it is") {
    Screen s;
    s.drag(800, 500, 3000); // 100 px a second: 25 mm a second
    CHECK(s.scroll == 300);
    CHECK_FALSE(s.touch.coasting());
    s.wait(3000);
    CHECK(s.scroll == 300);
}

TEST_CASE("a flick stops at the content's ends") {
    Screen down;
    down.max_scroll = 600;
    down.drag(800, 500, 100);
    down.wait(200);
    CHECK(down.scroll == 600);
    CHECK_FALSE(down.touch.coasting());

    Screen up;
    up.scroll = 400;
    up.drag(500, 800, 100); // towards the top, from 100 px below it
    CHECK(up.scroll == 100);
    up.wait(200);
    CHECK(up.scroll == 0);
    CHECK_FALSE(up.touch.coasting());

    Screen fits; // nothing to scroll: the content fits
    fits.max_scroll = 0;
    fits.drag(800, 500, 100);
    CHECK(fits.scroll == 0);
    CHECK_FALSE(fits.touch.coasting());
}

TEST_CASE("a drag that started on a button is not a tap; a press that stops a coasting list neither") {
    Screen s;
    s.drag(800, 500, 400);
    CHECK_FALSE(s.touch.gesture().tap()); // released after a drag
    s.drag(800, 500, 100);                // a flick
    s.wait(100);
    float caught_at = s.scroll;
    s.frame(600, true, true); // a finger on the moving list
    CHECK_FALSE(s.touch.coasting());
    s.t += 50;
    s.frame(600, false);
    CHECK(s.touch.gesture().released_now());
    CHECK_FALSE(s.touch.gesture().tap()); // it stopped the list: it opens nothing
    CHECK(s.scroll == caught_at);
    s.t += 50;
    s.frame(600, true, true); // the list is still now: the next press taps
    s.t += 50;
    s.frame(600, false);
    CHECK(s.touch.gesture().tap());
}

TEST_CASE("only the area the finger went down on scrolls") {
    TouchScroll touch(4);
    touch.pointer(0, 500, 800, true);
    touch.area(other, true, 0, 1000);
    CHECK_FALSE(touch.area(list, false, 0, 1000));
    touch.end_frame();
    touch.pointer(50, 500, 600, true);
    CHECK(touch.area(other, false, 0, 1000) == 200.f);
    CHECK_FALSE(touch.area(list, false, 0, 1000));
}

TEST_CASE("an area that leaves the screen stops coasting") {
    Screen s;
    s.drag(800, 500, 100);
    REQUIRE(s.touch.coasting());
    s.drawn = false; // another screen
    s.wait(16);
    CHECK_FALSE(s.touch.coasting());
}

TEST_CASE("fling speed has a ceiling") {
    Screen s;
    s.max_scroll = 100'000;
    s.drag(1000, 0, 16, 2); // 1000 px in 16 ms: a glitch, not a finger
    s.wait(10'000);
    CHECK(s.scroll <= 1000 + max_fling_mm_s * 4 * coast_time_constant_ms / 1000);
}
