// Printing slips, the app's side: one thread of its own draws the slip (its own FontSet: the
// screen's is the frame loop's), makes the PDF and follows the CUPS job to its end, so the screen
// never waits for a printer. One slip at a time. Nothing of a slip is kept once it is done: the
// request, the drawing and the PDF are freed, and only a count of slips printed goes back.
#pragma once
#include "core/operations/kiosk_config.h"
#include "core/operations/paper.h"
#include "core/visit/slip.h"
#include "print/cups_queue.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace kiosk {

struct SlipRequest {
    Slip slip;
    std::map<std::string, std::vector<unsigned char>> pictograms{}; // PNG by name, from the bundle
    bool test = false; // the staff's test slip: no visitor waits for it, and it is not counted
};

struct PrintOutcome {
    uint64_t job = 0; // as print() numbered it
    bool printed = false;
    bool test = false;
    std::string lang;       // the slip's: what the daily counter counts by
    PrinterStatus status{}; // why not, when it did not print
};

class SlipPrinter {
  public:
    // wake is called from the thread when a slip is done or the printer's state was read.
    SlipPrinter(const KioskConfig& config, std::function<void()> wake);
    ~SlipPrinter(); // a slip under way is cancelled (its CUPS job purged), then the thread joins
    SlipPrinter(const SlipPrinter&) = delete;
    SlipPrinter& operator=(const SlipPrinter&) = delete;

    bool configured() const { return !printer_.empty(); }
    // The slip's number, its outcome's; 0 when one already waits (one printing, one waiting at most).
    uint64_t print(SlipRequest request);
    void check_printer();                      // reads the printer's state on the thread (the staff panel)
    std::vector<PrintOutcome> take_outcomes(); // the slips done since the last call
    PrinterStatus printer() const;             // the state last read
    bool busy() const;
    void settle(int64_t timeout_ms); // waits until nothing is under way (the script driver)

    static constexpr int job_timeout_ms = 60'000; // a receipt prints in seconds; a minute means stuck

  private:
    std::string printer_, server_;
    Paper paper_;
    std::function<void()> wake_;
    mutable std::mutex mutex_;
    std::condition_variable cv_;
    std::optional<SlipRequest> request_;
    uint64_t request_job_ = 0, last_job_ = 0;
    std::vector<PrintOutcome> outcomes_;
    PrinterStatus printer_status_;
    bool check_ = false, working_ = false;
    std::atomic<bool> stop_{false};
    std::thread thread_;

    void loop();
    PrintOutcome print_now(const SlipRequest& request);
};

// The PDF of a slip, as the thread makes it (bench/print_bench.cpp times it).
std::string slip_pdf(const SlipRequest& request, const Paper& paper);

} // namespace kiosk
