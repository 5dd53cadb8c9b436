#include "print/cups_queue.h"

#include <chrono>
#include <cups/cups.h>
#include <memory>
#include <thread>
#include <vector>

namespace kiosk {

namespace {

struct HttpClose {
    void operator()(http_t* h) const { httpClose(h); }
};
struct IppDelete {
    void operator()(ipp_t* i) const { ippDelete(i); }
};
using Http = std::unique_ptr<http_t, HttpClose>;
using Ipp = std::unique_ptr<ipp_t, IppDelete>;

// cupsServer(): the [print] server, else CUPS_SERVER, client.conf or the local socket.
Http connect() {
    return Http(
        httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1, 5000, nullptr));
}

std::string printer_uri(const std::string& printer) {
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0, "/printers/%s",
                     printer.c_str());
    return uri;
}

PrinterStatus query(http_t* http, const std::string& printer) {
    static const char* const wanted[] = {"printer-state", "printer-state-reasons",
                                         "printer-is-accepting-jobs"};
    ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 printer_uri(printer).c_str());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, wanted);
    Ipp response(cupsDoRequest(http, request, "/")); // frees the request
    ipp_status_t status = cupsLastError();
    if (status == IPP_STATUS_ERROR_NOT_FOUND) return {PrinterState::Missing, ""};
    if (!response || status > IPP_STATUS_OK_EVENTS_COMPLETE)
        return {PrinterState::NoServer, cupsLastErrorString()};
    int state = ippGetInteger(ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM), 0);
    ipp_attribute_t* accepting =
        ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN);
    std::vector<std::string> reasons;
    std::string joined;
    ipp_attribute_t* r = ippFindAttribute(response.get(), "printer-state-reasons", IPP_TAG_KEYWORD);
    for (int i = 0; r && i < ippGetCount(r); ++i) {
        reasons.push_back(ippGetString(r, i, nullptr));
        joined += (joined.empty() ? "" : ",") + reasons.back();
    }
    return {printer_state(state, !accepting || ippGetBoolean(accepting, 0), reasons), joined};
}

// The job's state (IPP_JSTATE_*), or 0 once CUPS no longer knows it: without history, a finished
// job is forgotten as soon as it is done.
int job_state(http_t* http, int job) {
    static const char* const wanted[] = {"job-state"};
    ipp_t* request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0, "/jobs/%d", job);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri);
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 1, nullptr, wanted);
    Ipp response(cupsDoRequest(http, request, "/"));
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE) return 0;
    return ippGetInteger(ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM), 0);
}

int submit(http_t* http, const std::string& printer, const std::string& pdf, const std::string& media) {
    cups_option_t* options = nullptr;
    int n = 0;
    n = cupsAddOption("job-sheets", "none,none", n, &options); // no banner page naming the job
    if (!media.empty()) n = cupsAddOption("media", media.c_str(), n, &options);
    n = cupsAddOption("print-scaling", "none", n, &options); // the slip is drawn at the printer's dots
    int job = cupsCreateJob(http, printer.c_str(), "slip", n, options);
    cupsFreeOptions(n, options);
    if (job <= 0) return 0;
    bool sent =
        cupsStartDocument(http, printer.c_str(), job, "slip", "application/pdf", 1) == HTTP_STATUS_CONTINUE &&
        cupsWriteRequestData(http, pdf.data(), pdf.size()) == HTTP_STATUS_CONTINUE;
    if (cupsFinishDocument(http, printer.c_str()) > IPP_STATUS_OK_EVENTS_COMPLETE || !sent) {
        cupsCancelJob2(http, printer.c_str(), job, 1);
        return 0;
    }
    return job;
}

} // namespace

void CupsQueue::use_server(const std::string& server) {
    cupsSetServer(server.c_str());
}

PrinterStatus CupsQueue::status() const {
    Http http = connect();
    if (!http) return {PrinterState::NoServer, cupsLastErrorString()};
    return query(http.get(), printer_);
}

PrinterStatus CupsQueue::print(const std::string& pdf, const std::string& media, int timeout_ms,
                               const std::atomic<bool>& stop) const {
    Http http = connect();
    if (!http) return {PrinterState::NoServer, cupsLastErrorString()};
    // A stopped queue would keep the visitor's slip until someone starts it again, perhaps after
    // they left: it is not sent at all.
    PrinterStatus before = query(http.get(), printer_);
    if (!printable(before.state)) return before;
    int job = submit(http.get(), printer_, pdf, media);
    if (job == 0) {
        PrinterStatus now = query(http.get(), printer_);
        return printable(now.state) ? PrinterStatus{PrinterState::Offline, cupsLastErrorString()} : now;
    }
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (!stop && std::chrono::steady_clock::now() < until) {
        int state = job_state(http.get(), job);
        if (state == IPP_JSTATE_COMPLETED) return {PrinterState::Ready, ""};
        PrinterStatus now = query(http.get(), printer_);
        if (state == 0) // forgotten: finished, unless the printer now says it could not
            return printable(now.state) ? PrinterStatus{PrinterState::Ready, ""} : now;
        if (state == IPP_JSTATE_ABORTED || state == IPP_JSTATE_CANCELED || !printable(now.state)) {
            cupsCancelJob2(http.get(), printer_.c_str(), job, 1);
            return printable(now.state) ? PrinterStatus{PrinterState::Offline, "job aborted"} : now;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    cupsCancelJob2(http.get(), printer_.c_str(), job, 1);
    return {PrinterState::Offline, stop ? "kiosk closing" : "the job did not finish in time"};
}

} // namespace kiosk
