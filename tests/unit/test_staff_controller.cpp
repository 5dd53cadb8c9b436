#include "app/staff_controller.h"
#include "content_fixture.h"

#include <catch.hpp>
#include <climits>

using namespace kiosk;

namespace {

const int64_t start_ms = 1'790'000'000'000; // November 2026

AppOptions options_in(const std::filesystem::path& dir) {
    AppOptions o;
    o.data_dir = dir.string();
    o.content = (dir / "none.kbundle").string(); // no content: the panel works without it
    return o;
}

KioskConfig with_pin(const std::string& pin) {
    KioskConfig c;
    c.staff_pin_hash = StaffLock::hash_pin(pin);
    return c;
}

// The staff panel as the app wires it: a state database in a data directory, no window.
struct Kiosk {
    ManualClock clock{start_ms};
    AppOptions options = options_in(test::temp_dir("staff-controller"));
    KioskConfig config = with_pin("482913");
    StaffView view;
    int reloads = 0, exits = 0, test_slips = 0, printer_checks = 0;
    bool printer_takes = true; // the printing thread takes the test slip
    ContentHost host{options, config, clock};
    StaffController staff{host,
                          clock,
                          options,
                          config,
                          view,
                          {[this] { ++reloads; }, [this] { ++exits; },
                           [this] {
                               ++test_slips;
                               return printer_takes;
                           },
                           [this] { ++printer_checks; }}};

    Kiosk() {
        host.open_state();
        staff.start();
    }
    void send(StaffIntent::Kind kind, const std::string& arg = "") {
        staff.intents().push_back({kind, arg});
        staff.apply_intents();
    }
    void type(const std::string& pin) {
        for (char c : pin) send(StaffIntent::Kind::Key, std::string(1, c));
        send(StaffIntent::Kind::Submit);
    }
    std::string last_audit() const {
        std::vector<LogEntry> log = host.state()->audit_log(1);
        return log.empty() ? "" : log.front().what + "|" + log.front().detail;
    }
};

} // namespace

TEST_CASE("the hidden corner asks for the PIN after a three-second press, not before", "[staff_controller]") {
    Kiosk k;
    k.staff.corner(true, true);
    CHECK(k.staff.press_due_ms() == start_ms + staff_press_ms);
    k.clock.advance(staff_press_ms - 1);
    k.staff.corner(false, true);
    CHECK_FALSE(k.staff.apply_intents());
    CHECK_FALSE(k.staff.open());
    k.clock.advance(1);
    k.staff.corner(false, true);
    CHECK(k.staff.apply_intents());
    CHECK(k.staff.panel().page == StaffPanel::Page::Pin);
    CHECK(k.staff.press_due_ms() == INT64_MAX);
}

TEST_CASE("a press let go early opens nothing", "[staff_controller]") {
    Kiosk k;
    k.staff.corner(true, true);
    k.clock.advance(1000);
    k.staff.corner(false, false);
    CHECK(k.staff.press_due_ms() == INT64_MAX);
    k.clock.advance(5000);
    k.staff.corner(false, false);
    CHECK_FALSE(k.staff.apply_intents());
    CHECK_FALSE(k.staff.open());
}

TEST_CASE("the right PIN opens the panel; a wrong one is refused, three lock the pad", "[staff_controller]") {
    Kiosk k;
    k.send(StaffIntent::Kind::Open);
    k.type("1234");
    CHECK(k.staff.panel().page == StaffPanel::Page::Pin);
    CHECK(k.staff.panel().message == "staff.pin_wrong");
    CHECK(k.staff.panel().typed.empty());
    k.type("1111");
    k.type("2222");
    CHECK(k.staff.panel().message == "staff.pin_locked");
    CHECK(k.staff.panel().detail == "30");
    k.type("482913"); // locked out: not even checked
    CHECK(k.staff.panel().page == StaffPanel::Page::Pin);
    k.clock.advance(30'000);
    k.type("482913");
    CHECK(k.staff.panel().page == StaffPanel::Page::Main);
    CHECK(k.view.panel == &k.staff.panel());
    CHECK(k.view.idle_seconds == k.config.times.idle_after_ms / 1000);
}

TEST_CASE("a panel left alone closes itself, and the audit log says so", "[staff_controller]") {
    Kiosk k;
    k.send(StaffIntent::Kind::Open);
    k.type("482913");
    REQUIRE(k.staff.open());
    CHECK(k.staff.timeout_due_ms() == k.clock.elapsed_ms() + staff_panel_timeout_ms);
    k.clock.advance(staff_panel_timeout_ms - 1);
    k.staff.tick();
    CHECK(k.staff.open());
    k.clock.advance(1);
    k.staff.tick();
    CHECK_FALSE(k.staff.open());
    CHECK(k.last_audit() == "panel closed|left alone");
    CHECK(k.staff.timeout_due_ms() == INT64_MAX);
}

TEST_CASE("exit is recorded, then asks the app to close its window", "[staff_controller]") {
    Kiosk k;
    k.send(StaffIntent::Kind::Open);
    k.type("482913");
    k.send(StaffIntent::Kind::Exit);
    CHECK(k.exits == 1);
    CHECK(k.last_audit() == "exit to desktop|");
}

TEST_CASE("a test slip is sent only from the open panel, recorded, and the printer read again on opening",
          "[staff_controller]") {
    Kiosk k;
    k.send(StaffIntent::Kind::Open);
    k.send(StaffIntent::Kind::PrintTest); // the PIN pad: nothing printed
    CHECK(k.test_slips == 0);
    CHECK(k.printer_checks == 0);
    k.type("482913");
    CHECK(k.printer_checks == 1); // the panel opened: its printer line is read afresh
    k.send(StaffIntent::Kind::PrintTest);
    CHECK(k.test_slips == 1);
    CHECK(k.staff.panel().message == "staff.test_slip_sent");
    CHECK(k.last_audit() == "test slip sent|");
    k.staff.note("staff.test_slip_printed", "ready"); // what became of it, from the printing thread
    CHECK(k.staff.panel().message == "staff.test_slip_printed");
    k.printer_takes = false; // one already waits: the panel says so, nothing is recorded
    k.send(StaffIntent::Kind::PrintTest);
    CHECK(k.staff.panel().message == "staff.test_slip_refused");
    CHECK(k.last_audit() == "test slip sent|");
}

TEST_CASE("rolling back to a bundle that is not installed changes nothing", "[staff_controller]") {
    Kiosk k;
    k.send(StaffIntent::Kind::Open);
    k.type("482913");
    k.send(StaffIntent::Kind::Rollback, "test-v9.kbundle");
    CHECK(k.reloads == 0);
    CHECK(k.staff.panel().message.empty());
}
