// The staff panel as state: closed, asking for the PIN on a numeric pad, open, or changing the
// PIN. The screens draw it and send the pad's keys; what needs the installer, the sticks or the
// window (rollback, export, exit) the app carries out and records in the audit log.
#pragma once
#include "core/operations/staff_lock.h"

#include <string>

namespace kiosk {

struct StaffPanel {
    enum class Page { Closed, Pin, Main, NewPin };
    Page page = Page::Closed;
    std::string typed;                 // digits on the pad: never stored, erased on every submit
    std::string message;               // the last outcome, a staff string key: staff.pin_wrong ...
    std::string detail;                // its argument: seconds locked, a file name, a reason
    int new_pin_step = 0;              // NewPin: 0 the current PIN, 1 the new one, 2 the new one again
    std::string current_pin, next_pin; // NewPin: held until the third entry, then erased
    int64_t last_touch_ms = 0;         // the panel closes itself when left alone

    bool open() const { return page != Page::Closed; }
};

// What the staff panel's buttons ask for; the app carries these out (see the file comment).
struct StaffIntent {
    enum class Kind { Open, Key, Backspace, Submit, Close, Rollback, Export, ChangePin, Exit, PrintTest };
    Kind kind;
    std::string arg{}; // Key: the digit; Rollback: the installed file
};

constexpr int64_t staff_panel_timeout_ms = 120'000;
constexpr int64_t staff_press_ms = 3000; // the hidden long press that asks for the PIN

void staff_open(StaffPanel& p, int64_t now_ms);
void staff_close(StaffPanel& p);
void staff_key(StaffPanel& p, char digit);
void staff_backspace(StaffPanel& p);
// The pad's OK: checks the PIN (page Pin) or moves the PIN change on (page NewPin).
void staff_submit(StaffPanel& p, StaffLock& lock);
void staff_change_pin(StaffPanel& p);
// The pad's OK when the kiosk has no state database to count tries in: refused, never checked.
void staff_unrecorded(StaffPanel& p);

} // namespace kiosk
