#include "core/screen/attract_welcome.h"

namespace kiosk {

AttractStep attract_step(int64_t since_ms, int64_t now_ms, size_t count, int64_t period_ms) {
    if (count < 2 || period_ms <= 0) return {};
    int64_t periods = now_ms > since_ms ? (now_ms - since_ms) / period_ms : 0;
    return {static_cast<size_t>(periods % static_cast<int64_t>(count)), since_ms + (periods + 1) * period_ms};
}

} // namespace kiosk
