// The kiosk's side of the differential hours test: for each rule of a cases file, what a visitor
// is told at each instant, one letter an instant: o open now, u unknown (see the comment), c
// closed. The file's first line lists the instants (Unix milliseconds); each further line is
// "REGION<TAB>RULE", REGION a department code ("75", "67") whose public holidays PH names.
#include "core/time/civil_time.h"
#include "core/time/opening_hours.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

char letter(const kiosk::HoursState& s) {
    switch (s.kind) {
    case kiosk::HoursState::Kind::OpenNow:
        return 'o';
    case kiosk::HoursState::Kind::Unknown:
        return 'u';
    default:
        return 'c';
    }
}

std::string states(const std::string& region, const std::string& rule, const std::vector<int64_t>& instants) {
    kiosk::HoursParse p = kiosk::parse_opening_hours(rule);
    if (!p.hours) return "error: " + p.error;
    p.hours->region = kiosk::holiday_region(region);
    std::string out;
    for (int64_t ms : instants) out += letter(kiosk::hours_state(*p.hours, kiosk::paris_time(ms)));
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: hours_states CASES_FILE\n");
        return 2;
    }
    std::ifstream in(argv[1]);
    std::string line;
    if (!std::getline(in, line)) {
        std::fprintf(stderr, "hours_states: cannot read %s\n", argv[1]);
        return 2;
    }
    std::vector<int64_t> instants;
    std::istringstream words(line);
    for (int64_t ms; words >> ms;) instants.push_back(ms);
    while (std::getline(in, line)) {
        size_t tab = line.find('\t');
        if (tab == std::string::npos) continue;
        std::printf("%s\n", states(line.substr(0, tab), line.substr(tab + 1), instants).c_str());
    }
    return 0;
}
