// What a visitor sees of a slip being printed: "Printing..." over the screen while it prints, then
// "Take your slip" or, when it cannot print, to ask at the front desk. The message stays long
// enough to be read (or until tapped away), and goes with the visit.
#pragma once
#include <cstdint>
#include <string>

namespace kiosk {

struct PrintNotice {
    enum class Stage { None, Printing, Done, Failed };
    Stage stage = Stage::None;
    std::string message;  // Failed: the string key saying why (ui.print_no_paper ...)
    int64_t since_ms = 0; // when the stage began (elapsed time)
    uint64_t job = 0;     // the slip's number: a slip of an earlier visit does not answer this one's
};

constexpr int64_t print_done_shown_ms = 12'000;   // "Take your slip": time to find the printer's slot
constexpr int64_t print_failed_shown_ms = 20'000; // what to do instead: longer, it is read more slowly

// When the notice comes down by itself; INT64_MAX while printing or when there is none.
int64_t print_notice_until(const PrintNotice& n);
// Tapped: a finished notice comes down; one still printing stays (the slip is coming).
void dismiss(PrintNotice& n);

} // namespace kiosk
