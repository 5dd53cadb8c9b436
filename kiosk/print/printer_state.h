// What a printer's state means for the kiosk: the staff panel names it, a visitor is told only
// whether to take a slip or to ask at the front desk. Decided from what CUPS answers, without
// CUPS, so every case is tested.
#pragma once
#include <string>
#include <vector>

namespace kiosk {

enum class PrinterState {
    NotConfigured, // no [print] printer: no Print button
    Ready,
    Busy,     // printing another slip: the next one waits its turn
    Missing,  // CUPS has no queue by that name
    Stopped,  // the queue is stopped or refuses jobs (cupsdisable, cupsreject, a backend that gave up)
    NoPaper,  // media-empty, media-needed
    Offline,  // the printer does not answer, or reports an error of its own
    NoServer, // no CUPS server answers
};

// From Get-Printer-Attributes: printer-state (3 idle, 4 processing, 5 stopped), whether it accepts
// jobs, and printer-state-reasons ("media-empty-error", "offline-report", "none").
PrinterState printer_state(int ipp_state, bool accepting, const std::vector<std::string>& reasons);

bool printable(PrinterState s);          // Ready or Busy: a job sent now will print
const char* staff_key(PrinterState s);   // staff.printer.ready ...
const char* visitor_key(PrinterState s); // ui.print_no_paper, else ui.print_unavailable
const char* state_name(PrinterState s);  // "ready", "no-paper" ...: for the log

} // namespace kiosk
