#include "core/visit/content_failures.h"

namespace kiosk {

const char* screen_subject(Screen s) {
    switch (s) {
    case Screen::Language:
        return "language picker";
    case Screen::Topics:
        return "topics";
    case Screen::Flow:
        return "topic's questions and result";
    case Screen::Service:
        return "service page";
    case Screen::Hotline:
        return "phone line page";
    case Screen::Search:
        return "search";
    case Screen::List:
        return "list of places";
    }
    return "screen";
}

// SQLite's own sentence for the code, not the error's message: an FTS5 message quotes its query.
std::string ContentFailures::report(const std::string& what, const std::string& outcome, const DbError& e) {
    if (!seen_.emplace(what, e.code).second) return "";
    return "the content bundle could not be read for the " + what + " (SQLite: " + sqlite3_errstr(e.code) +
           ", code " + std::to_string(e.code) + "); " + outcome;
}

} // namespace kiosk
