#include "clock.h"

#include <chrono>
#include <ctime>

namespace kiosk {

int64_t SystemClock::now_ms() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

int64_t SystemClock::elapsed_ms() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

std::string local_date(int64_t epoch_ms) {
    time_t t = static_cast<time_t>(epoch_ms / 1000);
    tm local{};
    localtime_r(&t, &local);
    char buf[16];
    strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

} // namespace kiosk
