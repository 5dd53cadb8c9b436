#include "core/time/clock.h"

#include "core/time/civil_time.h"

#include <chrono>
#include <cstdio>
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

// The day in Paris, by the same rules as the opening hours, whatever the process's time zone.
std::string local_date(int64_t epoch_ms) {
    CivilDate d = paris_time(epoch_ms).date;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string utc_timestamp(int64_t epoch_ms) {
    time_t t = static_cast<time_t>(epoch_ms / 1000);
    tm utc{};
    gmtime_r(&t, &utc);
    char out[32];
    strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return out;
}

} // namespace kiosk
