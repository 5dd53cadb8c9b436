#include "core/screen/touch_gesture.h"

#include <cmath>

namespace kiosk {

void TouchGesture::sample(int64_t now_ms, float x, float y, bool down) {
    pressed_now_ = down && !down_;
    released_now_ = !down && down_;
    dy_ = 0;
    if (pressed_now_) {
        start_x_ = x, start_y_ = y;
        dragging_ = consumed_ = false;
        samples_.clear();
    } else if (down || released_now_) {
        dy_ = y - y_;
    }
    if (down || released_now_) {
        if (std::hypot(x - start_x_, y - start_y_) >= slop_px_) dragging_ = true;
        samples_.push_back({now_ms, y});
        // One sample older than the window is enough to know where the finger was when it opened.
        size_t older = 0;
        while (older + 1 < samples_.size() && samples_[older + 1].t_ms <= now_ms - velocity_window_ms)
            ++older;
        samples_.erase(samples_.begin(), samples_.begin() + static_cast<std::ptrdiff_t>(older));
        x_ = x, y_ = y;
    }
    down_ = down;
    last_ms_ = now_ms;
}

// Frames come only while something happens: a finger held still sends nothing, so the path
// between two samples is taken as straight and the window's start is read off it. A finger that
// stopped before lifting has moved nothing over the window, and throws nothing.
float TouchGesture::velocity_y() const {
    if (samples_.size() < 2) return 0;
    const Sample& last = samples_.back();
    int64_t from = last.t_ms - velocity_window_ms;
    Sample start = samples_.front();
    if (start.t_ms < from) {
        const Sample& next = samples_[1];
        float k = static_cast<float>(from - start.t_ms) / static_cast<float>(next.t_ms - start.t_ms);
        start = {from, start.y + (next.y - start.y) * k};
    }
    if (last.t_ms <= start.t_ms) return 0;
    return (last.y - start.y) * 1000.f / static_cast<float>(last.t_ms - start.t_ms);
}

} // namespace kiosk
