#include "core/screen/touch_gesture.h"

#include <catch.hpp>

using namespace kiosk;

namespace {

// A finger moving in a straight line from y0 to y1 over ms, sampled in `steps` frames, as the
// script driver's drag does; it is still down at the end.
void move(TouchGesture& g, int64_t& t, float y0, float y1, int64_t ms, int steps) {
    for (int i = 1; i <= steps; ++i) {
        t += ms / steps;
        g.sample(t, 100, y0 + (y1 - y0) * static_cast<float>(i) / static_cast<float>(steps), true);
    }
}

} // namespace

TEST_CASE("a press that wanders less than the slop is a tap, on release only") {
    TouchGesture g(4); // 4 px a millimetre: the slop is 16 px
    g.sample(0, 100, 100, true);
    CHECK(g.pressed_now());
    CHECK_FALSE(g.tap());
    g.sample(50, 108, 110, true); // 12.8 px away
    CHECK_FALSE(g.dragging());
    g.sample(100, 108, 110, false);
    CHECK(g.released_now());
    CHECK(g.tap());
    g.sample(116, 108, 110, false);
    CHECK_FALSE(g.tap()); // once
}

TEST_CASE("a press that went past the slop is a drag for good, never a tap") {
    TouchGesture g(4);
    g.sample(0, 100, 100, true);
    g.sample(30, 100, 120, true); // 20 px: 5 mm
    CHECK(g.dragging());
    CHECK(g.dy() == 20);
    g.sample(60, 100, 100, true); // back where it started
    CHECK(g.dragging());
    g.sample(90, 100, 100, false);
    CHECK_FALSE(g.tap());
    g.sample(200, 300, 300, true); // the next press starts afresh
    CHECK_FALSE(g.dragging());
    g.sample(250, 300, 300, false);
    CHECK(g.tap());
}

TEST_CASE("the slop is in millimetres, whatever the screen's density") {
    TouchGesture dense(10); // 10 px a millimetre: 20 px is 2 mm
    dense.sample(0, 100, 100, true);
    dense.sample(30, 100, 120, true);
    dense.sample(60, 100, 120, false);
    CHECK(dense.tap());
}

TEST_CASE("a consumed press taps nothing") {
    TouchGesture g(4);
    g.sample(0, 100, 100, true);
    g.consume();
    g.sample(50, 100, 100, false);
    CHECK(g.released_now());
    CHECK_FALSE(g.tap());
}

TEST_CASE("the release speed is the finger's over its last tenth of a second") {
    int64_t t = 1000;
    SECTION("a flick: 300 px up in 96 ms") {
        TouchGesture g(4);
        g.sample(t, 100, 800, true);
        move(g, t, 800, 500, 100, 12); // 8 ms a step
        g.sample(t, 100, 500, false);
        CHECK(g.velocity_y() == Approx(-300 / 0.096));
    }
    SECTION("a slow drag: 25 px every 250 ms") {
        TouchGesture g(4);
        g.sample(t, 100, 800, true);
        move(g, t, 800, 500, 3000, 12);
        g.sample(t, 100, 500, false);
        CHECK(g.velocity_y() == Approx(-100));
    }
    SECTION("a finger that stopped before lifting throws nothing") {
        TouchGesture g(4);
        g.sample(t, 100, 800, true);
        move(g, t, 800, 500, 100, 12);
        g.sample(t + 300, 100, 500, false);
        CHECK(g.velocity_y() == 0);
    }
    SECTION("only the last stretch counts") {
        TouchGesture g(4);
        g.sample(t, 100, 800, true);
        move(g, t, 800, 500, 100, 10); // fast, then slow for the last 200 ms
        move(g, t, 500, 480, 200, 10);
        g.sample(t, 100, 480, false);
        CHECK(g.velocity_y() == Approx(-100));
    }
}
