#include "app/slip_printer.h"

#include "core/content/pictogram_image.h"
#include "print/pdf_file.h"
#include "print/slip_page.h"

#include <chrono>
#include <cstdio>
#include <utility>

namespace kiosk {

namespace {

// A roll's slip asks for paper as long as it is; a sheet for its size.
std::string media_for(const Paper& paper, const std::vector<PageImage>& pages) {
    if (!paper.roll()) return paper.media;
    char name[64];
    std::snprintf(name, sizeof name, "Custom.%gx%.0fmm", static_cast<double>(paper.width_mm),
                  static_cast<double>(page_height_mm(pages.front(), paper)));
    return name;
}

std::vector<PageImage> draw(const SlipRequest& request, const Paper& paper) {
    FontSet fonts;
    PictogramDots pictograms = [&](const std::string& name, int side) -> std::optional<PageImage> {
        auto png = request.pictograms.find(name);
        if (png == request.pictograms.end() || !read_pictogram_header(name, png->second).error.empty())
            return std::nullopt;
        std::optional<PictogramPixels> px = decode_pictogram(png->second, side, false);
        if (!px) return std::nullopt;
        return grey_over_white(px->width, px->height, px->rgba);
    };
    return draw_slip(request.slip, paper, fonts, pictograms);
}

} // namespace

std::string slip_pdf(const SlipRequest& request, const Paper& paper) {
    return pdf_file(draw(request, paper), paper);
}

SlipPrinter::SlipPrinter(const KioskConfig& config, std::function<void()> wake)
    : printer_(config.printer), server_(config.print_server),
      paper_(paper_named(config.paper).value_or(*paper_named("80mm"))), wake_(std::move(wake)) {
    if (!configured()) return;
    check_ = true; // the state is known before anyone asks
    thread_ = std::thread([this] { loop(); });
}

SlipPrinter::~SlipPrinter() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
}

uint64_t SlipPrinter::print(SlipRequest request) {
    if (!configured()) return 0;
    uint64_t job = 0;
    {
        std::lock_guard lock(mutex_);
        if (request_) return 0;
        request_ = std::move(request);
        job = request_job_ = ++last_job_;
    }
    cv_.notify_all();
    return job;
}

void SlipPrinter::check_printer() {
    if (!configured()) return;
    {
        std::lock_guard lock(mutex_);
        check_ = true;
    }
    cv_.notify_all();
}

std::vector<PrintOutcome> SlipPrinter::take_outcomes() {
    std::lock_guard lock(mutex_);
    return std::exchange(outcomes_, {});
}

PrinterStatus SlipPrinter::printer() const {
    std::lock_guard lock(mutex_);
    return configured() ? printer_status_ : PrinterStatus{};
}

bool SlipPrinter::busy() const {
    std::lock_guard lock(mutex_);
    return request_ || check_ || working_;
}

void SlipPrinter::settle(int64_t timeout_ms) {
    std::unique_lock lock(mutex_);
    cv_.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                 [this] { return !request_ && !check_ && !working_; });
}

PrintOutcome SlipPrinter::print_now(const SlipRequest& request) {
    std::vector<PageImage> pages = draw(request, paper_);
    std::string pdf = pdf_file(pages, paper_);
    PrintOutcome out{0, false, request.test, request.slip.lang, {}};
    if (pdf.empty()) {
        out.status = {PrinterState::Offline, "the slip could not be made (out of memory)"};
        return out;
    }
    out.status = CupsQueue(printer_).print(pdf, media_for(paper_, pages), job_timeout_ms, stop_);
    out.printed = out.status.state == PrinterState::Ready;
    return out;
}

void SlipPrinter::loop() {
    if (!server_.empty()) CupsQueue::use_server(server_); // libcups keeps it per thread: this one's
    CupsQueue(printer_).purge_leftovers();
    std::unique_lock lock(mutex_);
    while (true) {
        cv_.wait(lock, [this] { return stop_ || request_ || check_; });
        if (stop_) return;
        working_ = true;
        std::optional<SlipRequest> request = std::move(request_);
        request_.reset();
        uint64_t job = request_job_;
        check_ = false;
        lock.unlock();
        std::optional<PrintOutcome> done;
        if (request) done = print_now(*request), done->job = job;
        request.reset(); // the visitor's slip is gone before anyone is told it printed
        PrinterStatus now = done && !done->printed ? done->status : CupsQueue(printer_).status();
        if (done && !done->printed)
            std::fprintf(stderr, "kiosk: slip not printed: printer %s is %s (%s)\n", printer_.c_str(),
                         state_name(now.state), now.reasons.c_str());
        lock.lock();
        printer_status_ = now;
        if (done) outcomes_.push_back(std::move(*done));
        working_ = false;
        cv_.notify_all();
        lock.unlock();
        wake_();
        lock.lock();
    }
}

} // namespace kiosk
