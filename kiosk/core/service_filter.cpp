#include "service_filter.h"

#include "opening_hours.h"

#include <algorithm>

namespace kiosk {

bool is_audience_group(const std::string& group) {
    return std::find(audience_groups.begin(), audience_groups.end(), group) != audience_groups.end();
}

static bool has(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

bool open_at(const std::string& rule, LocalTime now) {
    if (rule.empty()) return false;
    std::optional<OpeningHours> hours = parse_opening_hours(rule).hours;
    return hours && hours_state(*hours, now).kind == HoursState::Kind::OpenNow;
}

bool passes(const ServiceFilter& f, const Service& s, LocalTime now) {
    if (f.free && s.free != true) return false;
    if (f.no_appointment && s.appointment != "none") return false;
    if (!f.language.empty() && !has(s.languages, f.language)) return false;
    if (!f.audience.empty() && !has(s.audiences, f.audience)) return false;
    return !f.open_now || open_at(s.opening_hours, now); // last: the only costly test
}

} // namespace kiosk
