#include "content_fixture.h"
#include "core/operations/staff_lock.h"
#include "core/storage/state_store.h"
#include "core/time/clock.h"

#include <catch.hpp>

using namespace kiosk;

namespace {

const int64_t start_ms = 1'790'000'000'000; // November 2026

struct Kiosk {
    std::string path = (test::temp_dir("staff") / "state.db").string();
    ManualClock clock{start_ms};
};

void fail(StaffLock& lock, int times) {
    for (int i = 0; i < times; ++i) REQUIRE(lock.try_pin("0000") == PinCheck::Wrong);
}

} // namespace

TEST_CASE("a PIN hash is Argon2id and only its PIN verifies", "[staff]") {
    std::string h = StaffLock::hash_pin("482913");
    CHECK(h.rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0) == 0);
    CHECK(StaffLock::verify_pin(h, "482913"));
    CHECK_FALSE(StaffLock::verify_pin(h, "482914"));
    CHECK_FALSE(StaffLock::verify_pin("not a hash", "482913"));
    CHECK(StaffLock::hash_pin("482913") != h); // salted
    CHECK_THROWS_AS(StaffLock::hash_pin("12a4"), std::invalid_argument);
}

TEST_CASE("a PIN is 4 to 8 ASCII digits", "[staff]") {
    CHECK(StaffLock::valid_pin("0000"));
    CHECK(StaffLock::valid_pin("12345678"));
    CHECK_FALSE(StaffLock::valid_pin("123"));
    CHECK_FALSE(StaffLock::valid_pin("123456789"));
    CHECK_FALSE(StaffLock::valid_pin("12 4"));
    CHECK_FALSE(StaffLock::valid_pin("١٢٣٤")); // Arabic-Indic digits are not ASCII
}

TEST_CASE("lock-outs: three free tries, then 30 s doubling up to an hour", "[staff]") {
    CHECK(lock_duration_ms(2) == 0);
    CHECK(lock_duration_ms(3) == 30'000);
    CHECK(lock_duration_ms(4) == 60'000);
    CHECK(lock_duration_ms(9) == 1'920'000);
    CHECK(lock_duration_ms(10) == 3'600'000);
    CHECK(lock_duration_ms(1'000'000) == 3'600'000);

    Kiosk k;
    StateStore store(k.path);
    StaffLock lock(store, k.clock, StaffLock::hash_pin("482913"));
    fail(lock, 2);
    CHECK(lock.locked_for_ms() == 0);
    fail(lock, 1);
    CHECK(lock.locked_for_ms() == 30'000);
    CHECK(lock.try_pin("482913") == PinCheck::LockedOut); // not checked, not counted
    CHECK(lock.failures() == 3);
    k.clock.advance(29'999);
    CHECK(lock.locked_for_ms() == 1);
    k.clock.advance(1);
    CHECK(lock.locked_for_ms() == 0);
    fail(lock, 1);
    CHECK(lock.locked_for_ms() == 60'000);
    k.clock.advance(60'000);
    fail(lock, 1);
    CHECK(lock.locked_for_ms() == 120'000);
}

TEST_CASE("a lock-out survives a restart", "[staff]") {
    Kiosk k;
    std::string h = StaffLock::hash_pin("482913");
    {
        StateStore store(k.path);
        StaffLock lock(store, k.clock, h);
        fail(lock, 3);
        k.clock.advance(30'000);
        fail(lock, 1);
        CHECK(lock.locked_for_ms() == 60'000);
    }
    k.clock.advance(10'000);
    StateStore store(k.path);
    StaffLock lock(store, k.clock, h);
    CHECK(lock.failures() == 4);
    CHECK(lock.locked_for_ms() == 50'000);
    CHECK(lock.try_pin("482913") == PinCheck::LockedOut);
}

TEST_CASE("a try is counted before the PIN is checked", "[staff]") {
    // A check killed half-way (here: never finished) still leaves the failure behind.
    Kiosk k;
    StateStore store(k.path);
    StaffLock lock(store, k.clock, StaffLock::hash_pin("482913"));
    fail(lock, 2);
    CHECK(store.setting("staff.failures") == "2");
    CHECK(store.setting("staff.last_failure_ms") == std::to_string(start_ms));
}

TEST_CASE("the right PIN resets the count", "[staff]") {
    Kiosk k;
    StateStore store(k.path);
    StaffLock lock(store, k.clock, StaffLock::hash_pin("482913"));
    fail(lock, 2);
    CHECK(lock.try_pin("482913") == PinCheck::Accepted);
    CHECK(lock.failures() == 0);
    fail(lock, 2); // two free tries again
    CHECK(lock.locked_for_ms() == 0);
}

TEST_CASE("a clock set back does not stretch a lock-out", "[staff]") {
    Kiosk k;
    StateStore store(k.path);
    StaffLock lock(store, k.clock, StaffLock::hash_pin("482913"));
    fail(lock, 3);
    k.clock.advance(-86'400'000);
    CHECK(lock.locked_for_ms() == 30'000);
    CHECK(lock.try_pin("482913") == PinCheck::LockedOut); // restarts the lock from now
    k.clock.advance(30'000);
    CHECK(lock.try_pin("482913") == PinCheck::Accepted);
}

TEST_CASE("the configured hash is used only while none is stored", "[staff]") {
    Kiosk k;
    StateStore store(k.path);
    CHECK(StaffLock(store, k.clock).try_pin("482913") == PinCheck::NoPin);
    CHECK_FALSE(StaffLock(store, k.clock).has_pin());

    std::string from_config = StaffLock::hash_pin("111111");
    StaffLock lock(store, k.clock, from_config);
    CHECK(lock.has_pin());
    CHECK_FALSE(store.setting("staff.pin_hash")); // the configuration stays the source until a change
    REQUIRE(lock.change_pin("111111", "222222").empty());

    StaffLock after_restart(store, k.clock, from_config);
    CHECK(after_restart.try_pin("111111") == PinCheck::Wrong);
    CHECK(after_restart.try_pin("222222") == PinCheck::Accepted);
}

TEST_CASE("changing the PIN", "[staff]") {
    Kiosk k;
    StateStore store(k.path);
    CHECK(StaffLock(store, k.clock).change_pin("1234", "5678") ==
          "no PIN is set yet; set the first one in the kiosk's configuration");

    StaffLock lock(store, k.clock, StaffLock::hash_pin("482913"));
    CHECK(lock.change_pin("482913", "123") == "a PIN is 4 to 8 digits");
    CHECK(lock.change_pin("482913", "12345a") == "a PIN is 4 to 8 digits");
    CHECK(lock.failures() == 0); // a bad new PIN is refused before the current one is tried
    CHECK(lock.change_pin("000000", "5678") == "the current PIN is wrong");
    CHECK(lock.failures() == 1); // the current PIN counts as a try
    REQUIRE(lock.change_pin("482913", "5678").empty());
    CHECK(lock.try_pin("482913") == PinCheck::Wrong);
    CHECK(lock.try_pin("5678") == PinCheck::Accepted);

    fail(lock, 3);
    CHECK(lock.change_pin("5678", "9999") == "too many wrong PINs; try again in 30 seconds");
    for (int i = 0; i < 7; ++i) {
        k.clock.advance(lock.locked_for_ms());
        fail(lock, 1);
    }
    CHECK(lock.change_pin("5678", "9999") == "too many wrong PINs; try again in 60 minutes");
}

TEST_CASE("staff actions are audited without the PIN", "[staff]") {
    Kiosk k;
    StateStore store(k.path);
    StaffLock lock(store, k.clock, StaffLock::hash_pin("482913"));
    REQUIRE(lock.try_pin("482913") == PinCheck::Accepted);
    REQUIRE(lock.try_pin("765432") == PinCheck::Wrong);
    REQUIRE(lock.try_pin("765432") == PinCheck::Wrong);
    REQUIRE(lock.try_pin("765432") == PinCheck::Wrong);
    REQUIRE(lock.try_pin("765432") == PinCheck::LockedOut);
    k.clock.advance(30'000);
    REQUIRE(lock.change_pin("482913", "918273").empty());

    std::vector<LogEntry> log = store.audit_log(100); // newest first
    std::vector<std::string> actions;
    for (const LogEntry& e : log) {
        actions.push_back(e.what);
        for (const char* pin : {"482913", "765432", "918273"}) {
            CHECK(e.what.find(pin) == std::string::npos);
            CHECK(e.detail.find(pin) == std::string::npos);
        }
    }
    CHECK(actions == std::vector<std::string>{"pin changed", "pin accepted", "pin locked out", "pin refused",
                                              "pin refused", "pin refused", "pin accepted"});
    CHECK(log[3].detail == "3 wrong in a row");
    CHECK(log[2].detail == "for 30 seconds");
    CHECK(log.back().at == utc_timestamp(start_ms));
}

namespace {

// Another connection holding the write lock: every write of the store fails (SQLITE_BUSY) while
// reads still work, as on a full or failing disk where state.db opened but cannot grow.
struct WritesRefused {
    Db other;
    explicit WritesRefused(const std::string& path) : other(path, OpenMode::ReadWrite) {
        other.exec("BEGIN IMMEDIATE");
    }
    ~WritesRefused() { other.exec("ROLLBACK"); }
};

} // namespace

TEST_CASE("a PIN try that cannot be recorded is refused unchecked, the right PIN included", "[staff]") {
    Kiosk k;
    StateStore store(k.path);
    StaffLock lock(store, k.clock, StaffLock::hash_pin("482913"));
    fail(lock, 3);
    k.clock.advance(30'000);
    {
        WritesRefused full(k.path);
        // Checked, a try held only in memory would be a free guess after every restart.
        CHECK(lock.try_pin("0000") == PinCheck::NotRecorded);
        CHECK(lock.try_pin("482913") == PinCheck::NotRecorded);
        CHECK(lock.failures() == 3);
        CHECK(store.setting("staff.failures") == "3"); // nothing lost, nothing reset
        CHECK(lock.locked_for_ms() == 0);
    }
    CHECK(lock.try_pin("0000") == PinCheck::Wrong); // the disk is back: counted and checked again
    CHECK(store.setting("staff.failures") == "4");
    CHECK(lock.locked_for_ms() == 60'000);
    k.clock.advance(60'000);
    CHECK(lock.try_pin("482913") == PinCheck::Accepted);
    CHECK(store.setting("staff.failures") == "0");
}

TEST_CASE("a lock-out holds while the state cannot be written", "[staff]") {
    Kiosk k;
    StateStore store(k.path);
    StaffLock lock(store, k.clock, StaffLock::hash_pin("482913"));
    fail(lock, 3);
    k.clock.advance(-86'400'000); // a clock set back: its correction cannot be saved either
    WritesRefused full(k.path);
    CHECK(lock.try_pin("482913") == PinCheck::LockedOut);
    CHECK(lock.locked_for_ms() == 30'000);
}

TEST_CASE("a new PIN that cannot be saved leaves the old one in force", "[staff]") {
    Kiosk k;
    StateStore store(k.path);
    StaffLock lock(store, k.clock, StaffLock::hash_pin("482913"));
    {
        WritesRefused full(k.path);
        // The current PIN is a try, and a try that cannot be counted is not checked.
        CHECK(lock.change_pin("482913", "135791") ==
              "the kiosk cannot save this try (its disk is full or failing), so the PIN was not checked");
    }
    CHECK(lock.try_pin("135791") == PinCheck::Wrong);
    CHECK(lock.try_pin("482913") == PinCheck::Accepted);
}
