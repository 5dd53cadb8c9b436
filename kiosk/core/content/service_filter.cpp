#include "core/content/service_filter.h"

#include "core/time/opening_hours.h"

#include <algorithm>

namespace kiosk {

bool is_audience_group(const std::string& group) {
    return std::find(audience_groups.begin(), audience_groups.end(), group) != audience_groups.end();
}

static bool has(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

namespace {

enum class Match { Yes, No, Unrecorded };

Match hours_match(const std::string& rule, HolidayRegion region, LocalTime now) {
    std::optional<OpeningHours> hours = rule.empty() ? std::nullopt : parse_opening_hours(rule).hours;
    if (!hours) return Match::Unrecorded;
    hours->region = region;
    HoursState::Kind k = hours_state(*hours, now).kind;
    return k == HoursState::Kind::OpenNow   ? Match::Yes
           : k == HoursState::Kind::Unknown ? Match::Unrecorded
                                            : Match::No;
}

// The weakest answer over every filter asked: one known mismatch rules a service out, as does a
// day outside the service's dates.
Match match(const ServiceFilter& f, const Service& s, LocalTime now) {
    if (!s.dates.on(iso_date(now.date))) return Match::No;
    Match m = Match::Yes;
    auto take = [&](Match one) {
        if (one == Match::No || m == Match::No)
            m = Match::No;
        else if (one == Match::Unrecorded)
            m = Match::Unrecorded;
    };
    if (f.free) take(!s.free ? Match::Unrecorded : *s.free ? Match::Yes : Match::No);
    if (f.no_appointment)
        take(s.appointment == "none"       ? Match::Yes
             : s.appointment == "required" ? Match::No
                                           : Match::Unrecorded);
    if (!f.language.empty())
        take(has(s.languages, f.language) ? Match::Yes : s.languages.empty() ? Match::Unrecorded : Match::No);
    if (!f.audience.empty())
        take(has(s.audiences, f.audience) ? Match::Yes : s.audiences.empty() ? Match::Unrecorded : Match::No);
    if (f.open_now && m != Match::No)
        take(hours_match(s.opening_hours, holiday_region(s.postal_code), now)); // last: the only costly test
    return m;
}

} // namespace

bool open_at(const std::string& rule, HolidayRegion region, LocalTime now) {
    return hours_match(rule, region, now) == Match::Yes;
}

bool closed_at(const std::string& rule, HolidayRegion region, LocalTime now) {
    return hours_match(rule, region, now) == Match::No;
}

bool passes(const ServiceFilter& f, const Service& s, LocalTime now) {
    Match m = match(f, s, now);
    return m == Match::Yes || (f.unrecorded && m == Match::Unrecorded);
}

bool passes_unrecorded(const ServiceFilter& f, const Service& s, LocalTime now) {
    return f.any() && match(f, s, now) == Match::Unrecorded;
}

} // namespace kiosk
