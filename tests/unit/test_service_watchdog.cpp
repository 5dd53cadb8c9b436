#include "service_watchdog.h"

#include <catch.hpp>
#include <cstdlib>

using namespace kiosk;

TEST_CASE("the watchdog is pinged at half its interval") {
    CHECK(next_watchdog_ping_ms(1000, 30'000) == 16'000);
    CHECK(next_watchdog_ping_ms(16'000, 30'000) == 31'000);
}

TEST_CASE("without a watchdog the loop is never woken for one") {
    CHECK(next_watchdog_ping_ms(1000, 0) == INT64_MAX);
}

TEST_CASE("not run by systemd, the service watchdog does nothing") {
    unsetenv("NOTIFY_SOCKET");
    unsetenv("WATCHDOG_USEC");
    ServiceWatchdog w;
    w.ready(0);
    w.ping(1'000'000);
    CHECK(w.next_ping_ms() == INT64_MAX);
}
