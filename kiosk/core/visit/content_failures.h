// A bundle that fails to be read during a visit (it went bad after its install checks, or was
// opened with --content, which has none): the screen says its information is not available, and
// the log says so once, with nothing of the visit in it (not what was typed, not what was tapped).
#pragma once
#include "core/storage/sqlite_db.h"
#include "core/visit/session.h"

#include <set>
#include <string>
#include <utility>

namespace kiosk {

// What a screen shows, named for the log: "search", "list of places".
const char* screen_subject(Screen s);

class ContentFailures {
  public:
    // The line to log the first time `what` fails with such an error, saying what visitors get
    // instead (`outcome`); empty afterwards.
    std::string report(const std::string& what, const std::string& outcome, const DbError& e);

  private:
    std::set<std::pair<std::string, int>> seen_; // (what, SQLite's extended result code)
};

} // namespace kiosk
