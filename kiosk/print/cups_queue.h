// One CUPS queue, through libcups: its state, and a slip sent to it as a PDF job that the kiosk
// follows to its end. Every call blocks (a connection is opened, with a 5 s limit, for each): only
// the printing thread calls them (app/slip_printer.h), never the frame loop.
// Privacy: a job is named "slip", carries no banner page, and is cancelled with its document
// purged when it cannot print; what cupsd keeps after a job is up to its PreserveJobHistory and
// PreserveJobFiles (README, "Printing").
#pragma once
#include "print/printer_state.h"

#include <atomic>
#include <string>

namespace kiosk {

struct PrinterStatus {
    PrinterState state = PrinterState::NotConfigured;
    std::string reasons; // printer-state-reasons as CUPS gives them, for staff and the log
};

class CupsQueue {
  public:
    explicit CupsQueue(std::string printer) : printer_(std::move(printer)) {}

    static void use_server(const std::string& server); // before the first call: libcups keeps it per process
    PrinterStatus status() const;

    // Sends the PDF and waits for CUPS to finish the job (at most timeout_ms). Returns Ready when it
    // printed; otherwise the job is cancelled and purged and the state says why.
    PrinterStatus print(const std::string& pdf, const std::string& media, int timeout_ms,
                        const std::atomic<bool>& stop) const;

  private:
    std::string printer_;
};

} // namespace kiosk
