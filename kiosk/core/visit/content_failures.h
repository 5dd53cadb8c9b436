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

class ContentFailures {
  public:
    // The line to log the first time such a failure happens on such a screen; empty afterwards.
    std::string report(Screen screen, const DbError& e);

  private:
    std::set<std::pair<Screen, int>> seen_; // (screen, SQLite's extended result code)
};

} // namespace kiosk
