// One CUPS queue, through libcups: its state, and a slip sent to it as a PDF job that the kiosk
// follows to its end. Every call blocks (a connection is opened, with a 5 s limit, for each): only
// the printing thread calls them (app/slip_printer.h), never the frame loop.
// Privacy: a job is named "slip", carries no banner page, and is purged (document and history)
// once it ends, printed or not; what cupsd logs is up to its configuration (README, "Printing").
#pragma once
#include "print/printer_state.h"

#include <atomic>
#include <string>

typedef struct _http_s http_t;

namespace kiosk {

struct PrinterStatus {
    PrinterState state = PrinterState::NotConfigured;
    std::string reasons; // printer-state-reasons as CUPS gives them, for staff and the log
};

class CupsQueue {
  public:
    explicit CupsQueue(std::string printer) : printer_(std::move(printer)) {}

    // libcups keeps the server per thread: the thread that calls the others calls this first.
    static void use_server(const std::string& server);
    PrinterStatus status() const;

    // Sends the PDF and waits for CUPS to finish the job (at most timeout_ms). Returns Ready when it
    // printed; otherwise the job is cancelled and purged and the state says why.
    PrinterStatus print(const std::string& pdf, const std::string& media, int timeout_ms,
                        const std::atomic<bool>& stop) const;
    // Purges the kiosk's own slips still waiting in the queue: a kiosk killed mid-job (the watchdog
    // restarts it) must not leave a visitor's slip to print after they left.
    void purge_leftovers() const;

  private:
    std::string printer_;

    PrinterStatus follow(http_t* http, int job, int timeout_ms, const std::atomic<bool>& stop) const;
};

} // namespace kiosk
