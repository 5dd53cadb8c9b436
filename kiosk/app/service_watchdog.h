// systemd's service protocol (Type=notify, WatchdogSec=): READY=1 once the first frame is on
// screen, then WATCHDOG=1 from the frame loop. The loop sleeps when idle, so it must also wake for
// the next ping. Not run by systemd (no NOTIFY_SOCKET, no WATCHDOG_USEC): it does nothing and
// never wakes the loop.
#pragma once
#include <cstdint>

namespace kiosk {

// When the next ping is due: half the interval after the last one, as sd_watchdog_enabled(3)
// advises, so a late wake-up still lands inside the interval. INT64_MAX without a watchdog.
int64_t next_watchdog_ping_ms(int64_t last_ping_ms, int64_t interval_ms);

class ServiceWatchdog {
  public:
    ServiceWatchdog();          // reads WATCHDOG_USEC for this process
    void ready(int64_t now_ms); // the first frame is presented
    void ping(int64_t now_ms);  // from the frame loop: sends WATCHDOG=1 when due
    int64_t next_ping_ms() const { return next_watchdog_ping_ms(last_ping_ms_, interval_ms_); }

  private:
    int64_t interval_ms_ = 0; // 0: no watchdog
    int64_t last_ping_ms_ = 0;
    bool ready_ = false;
};

} // namespace kiosk
