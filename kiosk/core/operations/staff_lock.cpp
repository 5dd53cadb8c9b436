#include "core/operations/staff_lock.h"

#include <algorithm>
#include <charconv>
#include <sodium.h>
#include <stdexcept>

namespace kiosk {

namespace {

const char* const hash_key = "staff.pin_hash";
const char* const failures_key = "staff.failures";
const char* const last_failure_key = "staff.last_failure_ms";

// Argon2id with 19 MiB and 2 passes (libsodium's parallelism is 1): the minimum OWASP recommends,
// https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
constexpr unsigned long long pin_opslimit = 2;
constexpr size_t pin_memlimit = 19 * 1024 * 1024;

void init_sodium() {
    static const bool ok = sodium_init() >= 0;
    if (!ok) throw std::runtime_error("the cryptography library could not start");
}

int64_t read_int(const std::optional<std::string>& s) {
    int64_t v = 0;
    if (s) std::from_chars(s->data(), s->data() + s->size(), v);
    return v;
}

// "30 seconds", "2 minutes": rounded up, so the kiosk never says a wait is over before it is.
std::string wait_text(int64_t ms) {
    int64_t seconds = (ms + 999) / 1000;
    std::string out;
    if (seconds < 60) {
        out += std::to_string(seconds);
        out += seconds == 1 ? " second" : " seconds";
    } else {
        int64_t minutes = (seconds + 59) / 60;
        out += std::to_string(minutes);
        out += minutes == 1 ? " minute" : " minutes";
    }
    return out;
}

} // namespace

int64_t lock_duration_ms(int failures) {
    if (failures < StaffLock::free_tries) return 0;
    int doublings = std::min(failures - StaffLock::free_tries, 16); // 30 s << 16 is far past the cap
    return std::min(StaffLock::first_lock_ms << doublings, StaffLock::longest_lock_ms);
}

StaffLock::StaffLock(StateStore& store, const Clock& clock, std::string initial_hash)
    : store_(store), clock_(clock), initial_hash_(std::move(initial_hash)) {}

std::string StaffLock::hash() const {
    return store_.setting(hash_key).value_or(initial_hash_);
}

bool StaffLock::has_pin() const {
    return !hash().empty();
}

int StaffLock::failures() const {
    return static_cast<int>(read_int(store_.setting(failures_key)));
}

int64_t StaffLock::last_failure_ms() const {
    return read_int(store_.setting(last_failure_key));
}

int64_t StaffLock::locked_for_ms() const {
    try {
        int64_t lock = lock_duration_ms(failures());
        int64_t since = clock_.now_ms() - last_failure_ms();
        if (since < 0) return lock; // the clock was set back: the whole lock, restarted by the next try
        return std::max<int64_t>(0, lock - since);
    } catch (const DbError&) {
        return longest_lock_ms; // the count cannot be read: no try until it can
    }
}

PinCheck StaffLock::try_pin(const std::string& pin) {
    try {
        return check(pin);
    } catch (const DbError&) {
        return PinCheck::NotRecorded; // the hash or the count could not be read
    }
}

PinCheck StaffLock::check(const std::string& pin) {
    std::string stored = hash();
    if (stored.empty()) return PinCheck::NoPin;
    int64_t now = clock_.now_ms();
    if (locked_for_ms() > 0) {
        // Without this, a clock set back a day would keep the panel locked for a day. Unsaved, the
        // lock simply runs its whole length again: longer, never shorter.
        if (now < last_failure_ms()) record_failure(failures(), now);
        return PinCheck::LockedOut;
    }
    // Counted before checking, with its time in one transaction, so its lock runs from this try.
    // A try that cannot be counted is not checked: held only in memory, it would be a free guess
    // after each restart, and a full disk must not lift the lock-out.
    int count = failures() + 1;
    if (!record_failure(count, now)) return PinCheck::NotRecorded;
    if (valid_pin(pin) && verify_pin(stored, pin)) {
        accept();
        return PinCheck::Accepted;
    }
    std::string detail = std::to_string(count);
    detail += " wrong in a row";
    audit("pin refused", detail);
    if (int64_t lock = lock_duration_ms(count)) {
        std::string for_how_long = "for ";
        for_how_long += wait_text(lock);
        audit("pin locked out", for_how_long);
    }
    return PinCheck::Wrong;
}

// The count and its time go together, or neither: false when the state cannot be written.
bool StaffLock::record_failure(int count, int64_t now_ms) {
    try {
        store_.set_settings(
            {{last_failure_key, std::to_string(now_ms)}, {failures_key, std::to_string(count)}});
    } catch (const DbError&) {
        return false;
    }
    return true;
}

// The saved count goes back to 0 only if that can be written.
void StaffLock::accept() {
    try {
        store_.set_setting(failures_key, "0");
    } catch (const DbError&) {
        // The saved count stays as it was: a full disk may make the next lock come sooner, never later.
    }
    audit("pin accepted", "");
}

std::string StaffLock::change_pin(const std::string& current, const std::string& next) {
    if (!valid_pin(next)) return "a PIN is 4 to 8 digits";
    switch (try_pin(current)) {
    case PinCheck::NoPin:
        return "no PIN is set yet; set the first one in the kiosk's configuration";
    case PinCheck::LockedOut: {
        std::string sentence = "too many wrong PINs; try again in ";
        sentence += wait_text(locked_for_ms());
        return sentence;
    }
    case PinCheck::Wrong:
        return "the current PIN is wrong";
    case PinCheck::NotRecorded:
        return "the kiosk cannot save this try (its disk is full or failing), so the PIN was not checked";
    case PinCheck::Accepted:
        break;
    }
    try {
        store_.set_setting(hash_key, hash_pin(next));
    } catch (const DbError&) {
        return "the new PIN could not be saved (the kiosk's disk is full or failing): the old PIN stays";
    }
    audit("pin changed", "");
    return {};
}

bool StaffLock::valid_pin(const std::string& pin) {
    return pin.size() >= 4 && pin.size() <= 8 &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string StaffLock::hash_pin(const std::string& pin) {
    if (!valid_pin(pin)) throw std::invalid_argument("a PIN is 4 to 8 digits");
    init_sodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.data(), pin.size(), pin_opslimit, pin_memlimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("there is not enough memory to protect the PIN");
    return out;
}

bool StaffLock::verify_pin(const std::string& hash, const std::string& pin) {
    init_sodium();
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

void StaffLock::audit(const std::string& action, const std::string& detail) {
    try {
        store_.audit(utc_timestamp(clock_.now_ms()), action, detail);
    } catch (const DbError&) {
        // A line of the audit log is lost; the saved count, checked before any PIN, is what protects.
    }
}

} // namespace kiosk
