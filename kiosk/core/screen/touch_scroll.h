// Scrolling by touch: the area a finger went down on follows it while it drags, and after a flick
// it coasts on, slowing as if by friction, until it is too slow to see or reaches an end of its
// content. A slow drag let go stops where it is. Areas are known by a number (the UI's id for
// them); nothing here knows how they are drawn, and time is the kiosk's clock.
#pragma once
#include "core/screen/touch_gesture.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>

namespace kiosk {

constexpr float coast_time_constant_ms = 500; // speed falls to 1/e each half second, as iOS lists do
constexpr float min_fling_mm_s = 100;         // slower when let go: the finger was placing, not throwing
constexpr float max_fling_mm_s = 2000;        // so one bad sample cannot throw a list of 500 to its end
constexpr float stop_mm_s = 10;               // slower than this a list seems to have stopped
constexpr int64_t coast_frame_ms = 16;        // frames while coasting, about 60 a second

// An area let go at some speed: where it is after a while, and whether it still moves.
struct Fling {
    int64_t start_ms = 0;
    float from = 0;     // the scroll position when let go, pixels
    float velocity = 0; // pixels a second, positive towards the end of the content
    float stop = 1;     // pixels a second under which it has stopped

    float position(int64_t now_ms) const;
    bool moving(int64_t now_ms) const;
};

class TouchScroll {
  public:
    explicit TouchScroll(float px_per_mm) : px_per_mm_(px_per_mm), gesture_(px_per_mm) {}

    // Once a frame, before any area: the pointer. A new press stops every area still coasting.
    void pointer(int64_t now_ms, float x, float y, bool down);
    // Once a frame for each area drawn, pressed_here when the finger went down on it this frame:
    // the scroll position the area should take now, or nothing when it keeps its own.
    std::optional<float> area(unsigned id, bool pressed_here, float scroll, float max_scroll);
    void end_frame(); // an area not drawn this frame has left the screen: it stops coasting

    const TouchGesture& gesture() const { return gesture_; }
    float px_per_mm() const { return px_per_mm_; } // a fingertip's room is measured in millimetres
    bool coasting() const { return !flings_.empty(); }
    int64_t next_frame_ms() const { return gesture_.last_ms() + coast_frame_ms; } // while coasting

  private:
    float px_per_mm_;
    TouchGesture gesture_;
    std::optional<unsigned> owner_;    // the area the finger went down on
    std::map<unsigned, Fling> flings_; // areas coasting
    std::set<unsigned> caught_;        // areas the press of this frame stopped
    std::set<unsigned> drawn_;         // areas drawn this frame

    std::optional<float> follow(unsigned id, float scroll);
    std::optional<float> coast(unsigned id, float max_scroll);
};

} // namespace kiosk
