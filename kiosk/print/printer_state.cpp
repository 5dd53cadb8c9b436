#include "print/printer_state.h"

#include "core/language/ui_keys.h"

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

const char* staff_key(PrinterState s) {
    switch (s) {
    case PrinterState::NotConfigured:
        return "staff.printer.not_configured";
    case PrinterState::Ready:
        return "staff.printer.ready";
    case PrinterState::Busy:
        return "staff.printer.busy";
    case PrinterState::Missing:
        return "staff.printer.missing";
    case PrinterState::Stopped:
        return "staff.printer.stopped";
    case PrinterState::NoPaper:
        return "staff.printer.no_paper";
    case PrinterState::Offline:
        return "staff.printer.offline";
    case PrinterState::NoServer:
        return "staff.printer.no_server";
    }
    return "staff.printer.offline";
}

const char* visitor_key(PrinterState s) {
    return s == PrinterState::NoPaper ? ui_key::print_no_paper : ui_key::print_unavailable;
}

const char* state_name(PrinterState s) {
    switch (s) {
    case PrinterState::NotConfigured:
        return "not-configured";
    case PrinterState::Ready:
        return "ready";
    case PrinterState::Busy:
        return "busy";
    case PrinterState::Missing:
        return "missing";
    case PrinterState::Stopped:
        return "stopped";
    case PrinterState::NoPaper:
        return "no-paper";
    case PrinterState::Offline:
        return "offline";
    case PrinterState::NoServer:
        return "no-server";
    }
    return "offline";
}

} // namespace kiosk
