#include "core/visit/content_failures.h"

namespace kiosk {

namespace {

const char* screen_name(Screen s) {
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

} // namespace

// SQLite's own sentence for the code, not the error's message: an FTS5 message quotes its query.
std::string ContentFailures::report(Screen screen, const DbError& e) {
    if (!seen_.emplace(screen, e.code).second) return "";
    return std::string("the content bundle could not be read for the ") + screen_name(screen) +
           " (SQLite: " + sqlite3_errstr(e.code) + ", code " + std::to_string(e.code) +
           "); visitors are told the information is not available";
}

} // namespace kiosk
