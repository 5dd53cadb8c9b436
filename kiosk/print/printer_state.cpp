#include "print/printer_state.h"

#include "core/language/ui_keys.h"

#include <iterator>

namespace kiosk {

namespace {

// Whether a reason with this keyword stops printing: "media-empty", "media-empty-error" and
// "-warning" do; "media-empty-report" is information only (CUPS's words: a report changes
// nothing about printing).
bool stops(const std::vector<std::string>& reasons, const std::string& keyword) {
    for (const std::string& r : reasons) {
        if (r.rfind(keyword, 0) != 0) continue;
        std::string rest = r.substr(keyword.size());
        if (rest.empty() || rest == "-error" || rest == "-warning") return true;
    }
    return false;
}

} // namespace

PrinterState printer_state(int ipp_state, bool accepting, const std::vector<std::string>& reasons) {
    if (stops(reasons, "media-empty") || stops(reasons, "media-needed")) return PrinterState::NoPaper;
    if (ipp_state == 5 || !accepting || stops(reasons, "paused")) return PrinterState::Stopped;
    // Not "connecting-to-device": network and USB backends say it at the start of every job.
    if (stops(reasons, "offline") || stops(reasons, "shutdown") || stops(reasons, "door-open") ||
        stops(reasons, "cover-open") || stops(reasons, "media-jam"))
        return PrinterState::Offline;
    for (const std::string& r : reasons) // any other error the printer reports stops the slip
        if (r.size() > 6 && r.compare(r.size() - 6, 6, "-error") == 0) return PrinterState::Offline;
    return ipp_state == 4 ? PrinterState::Busy : PrinterState::Ready;
}

bool printable(PrinterState s) {
    return s == PrinterState::Ready || s == PrinterState::Busy;
}

// Each state's staff string and its name in the log, in the enum's order.
struct StateWords {
    const char *staff, *log;
};
constexpr StateWords state_words[] = {
    {"staff.printer.not_configured", "not-configured"},
    {"staff.printer.ready", "ready"},
    {"staff.printer.busy", "busy"},
    {"staff.printer.missing", "missing"},
    {"staff.printer.stopped", "stopped"},
    {"staff.printer.no_paper", "no-paper"},
    {"staff.printer.offline", "offline"},
    {"staff.printer.no_server", "no-server"},
};
static_assert(std::size(state_words) == static_cast<size_t>(PrinterState::NoServer) + 1, "one entry a state");

const char* staff_key(PrinterState s) {
    return state_words[static_cast<size_t>(s)].staff;
}

const char* visitor_key(PrinterState s) {
    return s == PrinterState::NoPaper ? ui_key::print_no_paper : ui_key::print_unavailable;
}

const char* state_name(PrinterState s) {
    return state_words[static_cast<size_t>(s)].log;
}

} // namespace kiosk
