// The kiosk's own small database, beside the bundles in --data-dir: anonymous daily counters
// (and, later, installed bundle history, staff PIN and audit log). Nothing about a visitor.
#pragma once
#include "sqlite_db.h"

#include <memory>
#include <string>
#include <vector>

namespace kiosk {

struct DailyCount {
    std::string day, what, value;
    int64_t count = 0;
};

class StateStore {
  public:
    explicit StateStore(const std::string& path); // created and migrated when missing
    ~StateStore();

    void count(const std::string& day, const std::string& what, const std::string& value);
    std::vector<DailyCount> counts() const;

  private:
    struct Queries;
    Db db_;
    std::unique_ptr<Queries> q_;
};

} // namespace kiosk
