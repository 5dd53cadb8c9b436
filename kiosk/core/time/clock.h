// One clock for the whole kiosk. The app runs on the system clock; tests and the script driver
// run on a manual one and move it forward, so idle resets are tested without sleeping.
// Wall time (dates, opening hours) and elapsed time (timers) are apart: setting the system
// clock back must not delay the erasure of a visit.
#pragma once
#include <cstdint>
#include <string>

namespace kiosk {

struct Clock {
    virtual ~Clock() = default;
    virtual int64_t now_ms() const = 0;     // milliseconds since the Unix epoch
    virtual int64_t elapsed_ms() const = 0; // a monotonic count of milliseconds, for timers
};

struct SystemClock : Clock {
    int64_t now_ms() const override;
    int64_t elapsed_ms() const override;
};

struct ManualClock : Clock {
    int64_t t_ms;
    explicit ManualClock(int64_t start_ms) : t_ms(start_ms) {}
    int64_t now_ms() const override { return t_ms; }
    int64_t elapsed_ms() const override { return t_ms; }
    void advance(int64_t ms) { t_ms += ms; }
};

std::string local_date(int64_t epoch_ms);    // YYYY-MM-DD in Paris: the daily counters' day
std::string utc_timestamp(int64_t epoch_ms); // "2026-11-23T15:04:05Z": staff actions and updates

} // namespace kiosk
