// The staff panel's PIN: an Argon2id hash in the state database, and lock-outs that grow with each
// wrong PIN. A failure is saved before the PIN is checked, so killing the kiosk during a check (or
// restarting it) gives no free try. Every attempt and change goes into the audit log, never the PIN.
// When the state cannot be written (a full or failing disk), no try is checked, the right PIN
// included: a full disk must not lift the lock-out, nor give a free guess after each restart.
// Staff are told the disk is full and to call maintenance.
#pragma once
#include "core/storage/state_store.h"
#include "core/time/clock.h"

#include <cstdint>
#include <string>

namespace kiosk {

// NotRecorded: the try could not be saved nor checked (the state cannot be written or read).
enum class PinCheck { Accepted, Wrong, LockedOut, NoPin, NotRecorded };

class StaffLock {
  public:
    static constexpr int free_tries = 3;
    static constexpr int64_t first_lock_ms = 30'000;
    static constexpr int64_t longest_lock_ms = 3'600'000;

    // initial_hash comes from the kiosk's configuration ([staff] pin_hash); it is used only while
    // the database holds no hash, that is until staff change the PIN. Empty: none.
    StaffLock(StateStore& store, const Clock& clock, std::string initial_hash = {});

    bool has_pin() const;
    // While locked, answers LockedOut without checking or counting.
    [[nodiscard]] PinCheck try_pin(const std::string& pin);
    int64_t locked_for_ms() const; // 0 when a PIN may be tried
    int failures() const;          // wrong PINs since the last right one

    // Empty on success, else one plain sentence. The current PIN counts as a try.
    [[nodiscard]] std::string change_pin(const std::string& current, const std::string& next);

    [[nodiscard]] static bool valid_pin(const std::string& pin); // 4 to 8 ASCII digits
    static std::string hash_pin(const std::string& pin);
    [[nodiscard]] static bool verify_pin(const std::string& hash, const std::string& pin);

  private:
    std::string hash() const;
    int64_t last_failure_ms() const;
    PinCheck check(const std::string& pin);
    bool record_failure(int count, int64_t now_ms);
    void accept();
    void audit(const std::string& action, const std::string& detail);

    StateStore& store_;
    const Clock& clock_;
    std::string initial_hash_;
};

// How long the lock lasts after that many wrong PINs in a row: 0 for the free tries, then 30 s,
// doubling with each further failure up to an hour.
int64_t lock_duration_ms(int failures);

} // namespace kiosk
