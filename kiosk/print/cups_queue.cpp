#include "print/cups_queue.h"

#include <chrono>
#include <cstdio>
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
        const char* reason = ippGetString(r, i, nullptr);
        if (!reason) continue;
        reasons.push_back(reason);
        joined += (joined.empty() ? "" : ",") + reasons.back();
    }
    return {printer_state(state, !accepting || ippGetBoolean(accepting, 0), reasons), joined};
}

// The job's state (IPP_JSTATE_*); 0 when CUPS no longer knows the job (a server keeping no
// history forgets it the moment it ends), -1 when it could not be asked.
int job_state(http_t* http, int job) {
    static const char* const wanted[] = {"job-state"};
    ipp_t* request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0, "/jobs/%d", job);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri);
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 1, nullptr, wanted);
    Ipp response(cupsDoRequest(http, request, "/"));
    if (cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND) return 0;
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE) return -1;
    return ippGetInteger(ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM), 0);
}

// Cancels the job and purges it (its document, and its history when CUPS keeps one), on this
// connection or, when that one failed, on a new one: a visitor's slip must not print after they left.
void purge(http_t* http, const std::string& printer, int job) {
    if (cupsCancelJob2(http, printer.c_str(), job, 1) <= IPP_STATUS_OK_EVENTS_COMPLETE) return;
    Http again = connect();
    if (again && cupsCancelJob2(again.get(), printer.c_str(), job, 1) <= IPP_STATUS_OK_EVENTS_COMPLETE)
        return;
    std::fprintf(stderr, "kiosk: the slip's job %d could not be cancelled on %s: %s\n", job, printer.c_str(),
                 cupsLastErrorString());
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
        purge(http, printer, job);
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
        std::string why = cupsLastErrorString(); // before the next request replaces it
        PrinterStatus now = query(http.get(), printer_);
        return printable(now.state) ? PrinterStatus{PrinterState::Offline, why} : now;
    }
    return follow(http.get(), job, timeout_ms, stop);
}

// Until the job ends. A printer that stops or runs out of paper ends it at once, as does a job
// CUPS holds, stops or aborts. Troubles that may pass (a request the server did not answer, a
// printer reporting an error or not reached yet: backends say "connecting-to-device" at every
// job's start) end it only once they have lasted. Whatever ends it, the job is purged: a slip that
// printed leaves no history behind it either (a server keeping a short history lets its end be
// read, as completed rather than aborted).
PrinterStatus CupsQueue::follow(http_t* http, int job, int timeout_ms, const std::atomic<bool>& stop) const {
    using clock = std::chrono::steady_clock;
    auto until = clock::now() + std::chrono::milliseconds(timeout_ms);
    clock::time_point troubled_since = clock::time_point::max(); // max: no trouble now
    constexpr auto grace = std::chrono::seconds(10);
    while (!stop && clock::now() < until) {
        int state = job_state(http, job);
        std::string job_error = state < 0 ? cupsLastErrorString() : "";
        PrinterStatus now = query(http, printer_);
        if (state == IPP_JSTATE_COMPLETED) {
            purge(http, printer_, job);
            return {PrinterState::Ready, ""};
        }
        // Forgotten as soon as it ended: it printed, unless the printer now says why it could not.
        if (state == 0) return printable(now.state) ? PrinterStatus{PrinterState::Ready, ""} : now;
        bool ended = state == IPP_JSTATE_HELD || state == IPP_JSTATE_STOPPED || state == IPP_JSTATE_ABORTED ||
                     state == IPP_JSTATE_CANCELED || now.state == PrinterState::Stopped ||
                     now.state == PrinterState::NoPaper || now.state == PrinterState::Missing;
        bool troubled = state < 0 || !printable(now.state) ||
                        now.reasons.find("connecting-to-device") != std::string::npos ||
                        now.reasons.find("offline") != std::string::npos;
        if (!troubled) troubled_since = clock::time_point::max();
        if (troubled && troubled_since == clock::time_point::max()) troubled_since = clock::now();
        if (ended || (troubled_since != clock::time_point::max() && clock::now() - troubled_since > grace)) {
            purge(http, printer_, job);
            if (!printable(now.state)) return now;
            return {PrinterState::Offline, state < 0 ? job_error
                                           : ended   ? "the job did not print"
                                                     : now.reasons};
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    purge(http, printer_, job);
    return {PrinterState::Offline, stop ? "kiosk closing" : "the job did not finish in time"};
}

void CupsQueue::purge_leftovers() const {
    Http http = connect();
    if (!http) return;
    cups_job_t* jobs = nullptr;
    int n = cupsGetJobs2(http.get(), &jobs, printer_.c_str(), 1, CUPS_WHICHJOBS_ACTIVE);
    for (int i = 0; i < n; ++i)
        if (jobs[i].title && std::string(jobs[i].title) == "slip") purge(http.get(), printer_, jobs[i].id);
    cupsFreeJobs(n, jobs);
}

} // namespace kiosk
