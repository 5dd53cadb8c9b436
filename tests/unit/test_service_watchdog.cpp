#include "app/service_watchdog.h"
#include "content_fixture.h"

#include <catch.hpp>
#include <cstdlib>
#include <optional>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// One environment variable set (or unset) for a test, as it was afterwards: other tests, and a
// test run itself under systemd, must not inherit a fake NOTIFY_SOCKET.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const std::optional<std::string>& value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        value ? ::setenv(name, value->c_str(), 1) : ::unsetenv(name);
    }
    ~ScopedEnv() { old_ ? ::setenv(name_, old_->c_str(), 1) : ::unsetenv(name_); }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    const char* name_;
    std::optional<std::string> old_;
};

// The receiving end of systemd's notification socket, closed when the test ends.
struct Socket {
    int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    Socket() = default;
    ~Socket() { ::close(fd); }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
};

// What systemd gives a Type=notify service with WatchdogSec=: a datagram socket to write to, the
// interval, and the process it is meant for. The test reads what the kiosk sent.
class FakeSystemd {
  public:
    explicit FakeSystemd(int64_t watchdog_usec)
        : path_((temp_dir("notify") / "socket").string()), notify_("NOTIFY_SOCKET", path_),
          usec_("WATCHDOG_USEC", std::to_string(watchdog_usec)),
          pid_("WATCHDOG_PID", std::to_string(::getpid())) {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        REQUIRE(path_.size() < sizeof address.sun_path);
        path_.copy(address.sun_path, path_.size());
        REQUIRE(socket_.fd >= 0);
        REQUIRE(::bind(socket_.fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
    }

    // The next message sent, or "" when none is waiting (sd_notify sends before it returns).
    std::string received() const {
        char buffer[256];
        ssize_t n = ::recv(socket_.fd, buffer, sizeof buffer, MSG_DONTWAIT);
        return n > 0 ? std::string(buffer, static_cast<size_t>(n)) : std::string();
    }

  private:
    std::string path_;
    Socket socket_;
    ScopedEnv notify_, usec_, pid_;
};

} // namespace

TEST_CASE("the watchdog is pinged at half its interval") {
    CHECK(next_watchdog_ping_ms(1000, 30'000) == 16'000);
    CHECK(next_watchdog_ping_ms(16'000, 30'000) == 31'000);
}

TEST_CASE("without a watchdog the loop is never woken for one") {
    CHECK(next_watchdog_ping_ms(1000, 0) == INT64_MAX);
}

TEST_CASE("not run by systemd, the service watchdog does nothing") {
    ScopedEnv socket("NOTIFY_SOCKET", std::nullopt), usec("WATCHDOG_USEC", std::nullopt);
    ServiceWatchdog w;
    w.ready(0);
    w.ping(1'000'000);
    CHECK(w.next_ping_ms() == INT64_MAX);
}

TEST_CASE("run by systemd, the kiosk says READY=1 once, then WATCHDOG=1 each time one is due") {
    FakeSystemd systemd(30'000'000); // WatchdogSec=30
    ServiceWatchdog w;
    w.ping(20'000);
    CHECK(systemd.received() == ""); // no frame on screen yet: systemd still waits for READY=1
    w.ready(1000);
    CHECK(systemd.received() == "READY=1");
    w.ready(2000);
    w.ping(15'999);
    CHECK(systemd.received() == "");
    w.ping(16'000);
    CHECK(systemd.received() == "WATCHDOG=1");
    CHECK(w.next_ping_ms() == 31'000);
    w.ping(30'999);
    CHECK(systemd.received() == "");
    w.ping(31'000);
    CHECK(systemd.received() == "WATCHDOG=1");
    CHECK(systemd.received() == "");
}
