#include "app/slip_printer.h"

#include "core/content/pictogram_image.h"
#include "print/pdf_file.h"
#include "print/slip_page.h"

#include <chrono>
#include <cstdio>

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
    : printer_(config.printer), paper_(paper_named(config.paper).value_or(*paper_named("80mm"))),
      wake_(std::move(wake)) {
    if (!configured()) return;
    if (!config.print_server.empty()) CupsQueue::use_server(config.print_server);
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

bool SlipPrinter::print(SlipRequest request) {
    if (!configured()) return false;
    {
        std::lock_guard lock(mutex_);
        if (request_ || printing_) return false;
        request_ = std::move(request);
        outcome_.reset();
    }
    cv_.notify_all();
    return true;
}

void SlipPrinter::check_printer() {
    if (!configured()) return;
    {
        std::lock_guard lock(mutex_);
        check_ = true;
    }
    cv_.notify_all();
}

std::optional<PrintOutcome> SlipPrinter::take_outcome() {
    std::lock_guard lock(mutex_);
    std::optional<PrintOutcome> out = std::move(outcome_);
    outcome_.reset();
    return out;
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
    if (pdf.empty())
        return {false,
                request.test,
                request.slip.lang,
                {PrinterState::Offline, "the slip could not be made (out of memory)"}};
    PrinterStatus s = CupsQueue(printer_).print(pdf, media_for(paper_, pages), job_timeout_ms, stop_);
    return {s.state == PrinterState::Ready, request.test, request.slip.lang, s};
}

void SlipPrinter::loop() {
    std::unique_lock lock(mutex_);
    while (true) {
        cv_.wait(lock, [this] { return stop_ || request_ || check_; });
        if (stop_) return;
        working_ = true;
        printing_ = request_.has_value();
        std::optional<SlipRequest> request = std::move(request_);
        request_.reset();
        check_ = false;
        lock.unlock();
        std::optional<PrintOutcome> done;
        if (request) done = print_now(*request);
        request.reset(); // the visitor's slip is gone before anyone is told it printed
        PrinterStatus now = done && !done->printed ? done->status : CupsQueue(printer_).status();
        if (done && !done->printed)
            std::fprintf(stderr, "kiosk: slip not printed: printer %s is %s (%s)\n", printer_.c_str(),
                         state_name(now.state), now.reasons.c_str());
        lock.lock();
        printer_status_ = now;
        if (done) outcome_ = done;
        working_ = printing_ = false;
        cv_.notify_all();
        lock.unlock();
        wake_();
        lock.lock();
    }
}

} // namespace kiosk
