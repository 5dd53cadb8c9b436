// The kiosk's own small database, beside the bundles in --data-dir: anonymous daily counters,
// the bundles installed (for "newer than any before" and rollback), what happened to bundles found
// on sticks, staff settings (the PIN's hash, lock-out counters) and the staff audit log. Nothing
// about a visitor but the daily counters.
#pragma once
#include "core/storage/sqlite_db.h"
#include "core/time/clock.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kiosk {

struct DailyCount {
    std::string day, what, value;
    int64_t count = 0;
};

struct InstallRecord {
    std::string at;        // UTC, "2026-11-23T15:04:05Z"
    std::string bundle_id; // as signed
    int64_t version = 0;
    std::string bundle_date, file, how; // how: usb, rollback, found at start
};

struct LogEntry {
    std::string at, what, detail; // at: UTC; what: applied, rejected, or a staff action
};

class StateStore {
  public:
    explicit StateStore(const std::string& path); // created and migrated when missing
    ~StateStore();

    void count(const std::string& day, const std::string& what, const std::string& value);
    std::vector<DailyCount> counts() const;

    void record_install(const InstallRecord& r);
    std::vector<InstallRecord> installs() const; // newest first
    int64_t highest_version() const;             // of any bundle ever installed; 0 if none

    void log_update(const std::string& at, const std::string& what, const std::string& detail);
    std::vector<LogEntry> update_log(size_t limit) const; // newest first
    void audit(const std::string& at, const std::string& action, const std::string& detail);
    std::vector<LogEntry> audit_log(size_t limit) const; // newest first

    std::optional<std::string> setting(const std::string& key) const;
    void set_setting(const std::string& key, const std::string& value);
    // All of them or none, in one transaction.
    void set_settings(const std::vector<std::pair<std::string, std::string>>& key_values);

  private:
    struct Queries;
    Db db_;
    std::unique_ptr<Queries> q_;
};

} // namespace kiosk
