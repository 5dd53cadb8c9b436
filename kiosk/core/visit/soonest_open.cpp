#include "core/visit/soonest_open.h"

#include "core/time/opening_hours.h"

#include <algorithm>
#include <utility>

namespace kiosk {

int minutes_until_open(const Service& s, LocalTime now) {
    HoursParse p = parse_opening_hours(s.opening_hours);
    if (s.opening_hours.empty() || !p.hours) return -1;
    p.hours->region = holiday_region(s.postal_code);
    HoursState st = hours_state(*p.hours, now, Ahead::OpeningsOnly); // "sur rendez-vous" is no opening
    if (st.kind == HoursState::Kind::OpensToday) return st.opens_at - now.minute;
    if (st.kind == HoursState::Kind::ClosedToday && st.next_in_days > 0)
        return st.next_in_days * 1440 + st.opens_at - now.minute;
    return -1;
}

std::vector<Service> soonest_open(std::vector<Service> places, LocalTime now, size_t n) {
    std::vector<std::pair<int, Service>> waiting;
    for (Service& s : places)
        if (int wait = minutes_until_open(s, now); wait >= 0) waiting.emplace_back(wait, std::move(s));
    std::stable_sort(waiting.begin(), waiting.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; }); // stable: nearer first
    std::vector<Service> out;
    for (size_t i = 0; i < waiting.size() && i < n; ++i) out.push_back(std::move(waiting[i].second));
    return out;
}

} // namespace kiosk
