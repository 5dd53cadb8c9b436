#include "core/screen/touch_scroll.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

// Friction makes the speed decay exponentially; it stops when it falls under `stop`.
float coast_ms(const Fling& f) {
    float speed = std::abs(f.velocity);
    return speed > f.stop ? coast_time_constant_ms * std::log(speed / f.stop) : 0;
}

} // namespace

// The distance is the speed's integral: v * tau * (1 - e^(-t/tau)), computed from the start rather
// than frame by frame, so where a list ends up does not depend on how many frames were drawn.
float Fling::position(int64_t now_ms) const {
    float t = std::clamp(static_cast<float>(now_ms - start_ms), 0.f, coast_ms(*this));
    return from + velocity * coast_time_constant_ms / 1000 * (1 - std::exp(-t / coast_time_constant_ms));
}

bool Fling::moving(int64_t now_ms) const {
    return static_cast<float>(now_ms - start_ms) < coast_ms(*this);
}

void TouchScroll::pointer(int64_t now_ms, float x, float y, bool down) {
    gesture_.sample(now_ms, x, y, down);
    if (!gesture_.pressed_now()) return;
    owner_.reset();
    for (const auto& [id, fling] : flings_) caught_.insert(id);
    flings_.clear();
}

std::optional<float> TouchScroll::area(unsigned id, bool pressed_here, float scroll, float max_scroll) {
    drawn_.insert(id);
    if (pressed_here) {
        owner_ = id;
        if (caught_.count(id)) gesture_.consume(); // the touch that stops a list taps nothing
    }
    std::optional<float> to = owner_ == id ? follow(id, scroll) : std::nullopt;
    if (std::optional<float> coasting = coast(id, max_scroll)) to = coasting;
    if (to) to = std::clamp(*to, 0.f, std::max(0.f, max_scroll));
    return to;
}

// The content moves with the finger once it is a drag; let go fast enough, it coasts on.
std::optional<float> TouchScroll::follow(unsigned id, float scroll) {
    if (!gesture_.dragging() || !(gesture_.down() || gesture_.released_now())) return std::nullopt;
    float to = scroll - gesture_.dy(); // a finger moving up brings what is further down into view
    if (gesture_.released_now()) {
        owner_.reset();
        float speed = -gesture_.velocity_y(), limit = max_fling_mm_s * px_per_mm_;
        if (std::abs(speed) >= min_fling_mm_s * px_per_mm_)
            flings_[id] =
                Fling{gesture_.last_ms(), to, std::clamp(speed, -limit, limit), stop_mm_s * px_per_mm_};
    }
    return to;
}

std::optional<float> TouchScroll::coast(unsigned id, float max_scroll) {
    auto it = flings_.find(id);
    if (it == flings_.end()) return std::nullopt;
    const Fling& f = it->second;
    float at = f.position(gesture_.last_ms());
    bool at_end = (f.velocity < 0 && at <= 0) || (f.velocity > 0 && at >= max_scroll);
    if (at_end || !f.moving(gesture_.last_ms())) flings_.erase(it);
    return at;
}

void TouchScroll::end_frame() {
    std::erase_if(flings_, [&](const auto& entry) { return !drawn_.count(entry.first); });
    drawn_.clear();
    caught_.clear();
}

} // namespace kiosk
