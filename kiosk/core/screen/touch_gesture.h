// One finger on the screen, from the moment it goes down until it lifts, sampled once a frame on
// the kiosk's clock. A press that stays within a few millimetres of where it went down is a tap;
// once it goes further it is a drag for good, and a drag is never a tap. On release it tells how
// fast the finger was moving over its last tenth of a second, so a flick can coast on.
#pragma once
#include <cstdint>
#include <vector>

namespace kiosk {

constexpr float tap_slop_mm = 4;            // a finger wanders less than this while tapping
constexpr int64_t velocity_window_ms = 100; // the release speed is the finger's over this last stretch

class TouchGesture {
  public:
    explicit TouchGesture(float px_per_mm) : slop_px_(tap_slop_mm * px_per_mm) {}

    // Once a frame: where the pointer is and whether it is down, at this time on the kiosk's clock.
    void sample(int64_t now_ms, float x, float y, bool down);

    bool down() const { return down_; }
    bool pressed_now() const { return pressed_now_; }
    bool released_now() const { return released_now_; }
    bool dragging() const { return dragging_; } // went past the slop since it went down
    bool tap() const { return released_now_ && !dragging_ && !consumed_; }
    // The press stopped something moving (a coasting list): lifting it taps nothing.
    void consume() { consumed_ = true; }

    float x() const { return x_; }
    float y() const { return y_; }
    float dy() const { return dy_; } // since the previous frame, pixels; while down or on release
    float velocity_y() const;        // pixels a second at the last sample, downwards positive
    int64_t last_ms() const { return last_ms_; }

  private:
    struct Sample {
        int64_t t_ms;
        float y;
    };
    float slop_px_;
    bool down_ = false, pressed_now_ = false, released_now_ = false, dragging_ = false, consumed_ = false;
    float x_ = 0, y_ = 0, start_x_ = 0, start_y_ = 0, dy_ = 0;
    int64_t last_ms_ = 0;
    std::vector<Sample> samples_; // since the press, the oldest only as far back as the window needs
};

} // namespace kiosk
