#include "app/service_watchdog.h"

#include <systemd/sd-daemon.h>

namespace kiosk {

int64_t next_watchdog_ping_ms(int64_t last_ping_ms, int64_t interval_ms) {
    return interval_ms > 0 ? last_ping_ms + interval_ms / 2 : INT64_MAX;
}

ServiceWatchdog::ServiceWatchdog() {
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0) interval_ms_ = static_cast<int64_t>(usec / 1000);
}

void ServiceWatchdog::ready(int64_t now_ms) {
    if (ready_) return;
    ready_ = true;
    last_ping_ms_ = now_ms;
    sd_notify(0, "READY=1"); // without NOTIFY_SOCKET: does nothing
}

void ServiceWatchdog::ping(int64_t now_ms) {
    if (!ready_ || now_ms < next_ping_ms()) return;
    last_ping_ms_ = now_ms;
    sd_notify(0, "WATCHDOG=1");
}

} // namespace kiosk
