// The picker is also the attract screen: while nobody is using the kiosk, a welcome above the
// language buttons shows one language after another. Which one shows is a function of time, so
// the frame loop only has to wake at the next change.
#pragma once
#include <cstddef>
#include <cstdint>

namespace kiosk {

constexpr int64_t attract_period_ms = 3000;

struct AttractStep {
    size_t index = 0;                   // of the welcome to show
    int64_t next_change_ms = INT64_MAX; // when another one shows; INT64_MAX if never
};

// since_ms: when the picker was last left alone (it starts at index 0); count: the welcomes.
AttractStep attract_step(int64_t since_ms, int64_t now_ms, size_t count,
                         int64_t period_ms = attract_period_ms);

} // namespace kiosk
