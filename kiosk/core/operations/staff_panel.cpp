#include "core/operations/staff_panel.h"

#include "core/update/signature.h"

namespace kiosk {

namespace {

void say(StaffPanel& p, const char* key, std::string detail = "") {
    p.message = key;
    p.detail = std::move(detail);
}

void submit_pin(StaffPanel& p, StaffLock& lock) {
    switch (lock.try_pin(p.typed)) {
    case PinCheck::Accepted:
        p.page = StaffPanel::Page::Main;
        say(p, "");
        break;
    case PinCheck::Wrong:
        if (lock.locked_for_ms() > 0)
            say(p, "staff.pin_locked", std::to_string((lock.locked_for_ms() + 999) / 1000));
        else
            say(p, "staff.pin_wrong");
        break;
    case PinCheck::LockedOut:
        say(p, "staff.pin_locked", std::to_string((lock.locked_for_ms() + 999) / 1000));
        break;
    case PinCheck::NoPin:
        say(p, "staff.no_pin");
        break;
    case PinCheck::NotRecorded:
        say(p, "staff.disk_unsaved");
        break;
    }
}

void submit_new_pin(StaffPanel& p, StaffLock& lock) {
    if (p.new_pin_step == 0) {
        p.current_pin = p.typed;
        p.new_pin_step = 1;
        say(p, "staff.pin_new");
    } else if (p.new_pin_step == 1) {
        p.next_pin = p.typed;
        p.new_pin_step = 2;
        say(p, "staff.pin_again");
    } else {
        std::string error = p.typed == p.next_pin ? lock.change_pin(p.current_pin, p.next_pin) : "";
        if (p.typed != p.next_pin)
            say(p, "staff.pin_mismatch");
        else if (!error.empty())
            say(p, "staff.pin_refused", error);
        else
            say(p, "staff.pin_changed");
        wipe_secret(p.current_pin);
        wipe_secret(p.next_pin);
        p.new_pin_step = 0;
        p.page = StaffPanel::Page::Main;
    }
}

} // namespace

void staff_open(StaffPanel& p, int64_t now_ms) {
    staff_close(p);
    p.page = StaffPanel::Page::Pin;
    p.last_touch_ms = now_ms;
}

void staff_close(StaffPanel& p) {
    wipe_secret(p.typed);
    wipe_secret(p.current_pin);
    wipe_secret(p.next_pin);
    p = StaffPanel{};
}

void staff_key(StaffPanel& p, char digit) {
    if (digit >= '0' && digit <= '9' && p.typed.size() < 8) p.typed += digit;
}

void staff_backspace(StaffPanel& p) {
    if (!p.typed.empty()) p.typed.pop_back();
}

void staff_submit(StaffPanel& p, StaffLock& lock) {
    if (p.page == StaffPanel::Page::Pin)
        submit_pin(p, lock);
    else if (p.page == StaffPanel::Page::NewPin)
        submit_new_pin(p, lock);
    wipe_secret(p.typed);
}

void staff_unrecorded(StaffPanel& p) {
    say(p, "staff.disk_unsaved");
    wipe_secret(p.typed);
}

void staff_change_pin(StaffPanel& p) {
    p.page = StaffPanel::Page::NewPin;
    p.new_pin_step = 0;
    say(p, "staff.pin_current");
}

} // namespace kiosk
