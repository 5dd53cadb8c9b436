#include "tools/hsds_schedule.h"

#include "core/time/opening_hours.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <map>
#include <utility>

namespace kiosk {

namespace {

// A week as opening_hours describes it: per weekday (0 Monday), sorted spans in minutes.
using Week = std::array<std::vector<std::pair<int, int>>, 7>;
// The month's nth weekdays (2TH, -1FR): per weekday, per nth (1-5, -1 to -5), spans in minutes.
using NthDays = std::array<std::map<int, std::vector<std::pair<int, int>>>, 7>;

const char* const osm_days[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
const char* const ical_days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

std::string upper(std::string s) {
    for (char& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// One weekday of an iCalendar BYDAY list: "TH" every Thursday, "2TH" the month's second, "-1FR"
// its last (nth 0: every one).
struct ByDay {
    int day, nth;
};

// The list's weekdays; empty when one of them is not a weekday.
std::vector<ByDay> parse_byday(const std::string& byday) {
    std::vector<ByDay> out;
    size_t start = 0;
    while (start <= byday.size()) {
        size_t end = std::min(byday.find(',', start), byday.size());
        std::string item = upper(trim(byday.substr(start, end - start)));
        start = end + 1;
        if (item.size() < 2) return {};
        auto it = std::find(std::begin(ical_days), std::end(ical_days), item.substr(item.size() - 2));
        std::string prefix = item.substr(0, item.size() - 2);
        bool from_end = !prefix.empty() && prefix[0] == '-';
        if (!prefix.empty() && (prefix[0] == '-' || prefix[0] == '+')) prefix.erase(0, 1);
        int nth = prefix.empty()                                               ? 0
                  : prefix.size() == 1 && prefix[0] >= '1' && prefix[0] <= '5' ? prefix[0] - '0'
                                                                               : -9;
        if (it == std::end(ical_days) || nth < 0) return {};
        out.push_back({static_cast<int>(it - std::begin(ical_days)), from_end ? -nth : nth});
    }
    return out;
}

// "10:00" or "10:00:00" (HSDS writes both) in minutes from midnight; -1 if not a time.
int minutes(const std::string& text) {
    std::string t = trim(text);
    auto digits = [&](size_t i) {
        return std::isdigit(static_cast<unsigned char>(t[i])) &&
               std::isdigit(static_cast<unsigned char>(t[i + 1]));
    };
    bool shape = (t.size() == 5 || (t.size() == 8 && t[5] == ':' && t.compare(6, 2, "00") == 0)) &&
                 digits(0) && t[2] == ':' && digits(3);
    if (!shape) return -1;
    int h = std::stoi(t.substr(0, 2)), m = std::stoi(t.substr(3, 2));
    return h > 24 || m > 59 || (h == 24 && m > 0) ? -1 : h * 60 + m;
}

std::string hhmm(int minute) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minute / 60 % 100, minute % 60);
    return buf;
}

Week week_of(const OpeningHours& h) {
    Week w;
    for (const HoursRule& r : h.rules) {
        bool every_week = r.dates.empty() && r.weeks.empty() && !r.fallback && r.mode != HoursMode::Unknown &&
                          std::all_of(r.nth.begin(), r.nth.end(), [](uint16_t n) { return n == 0; });
        if (!every_week || (r.holidays && r.weekdays == 0)) continue; // exceptions, not the week
        unsigned days = r.always || r.weekdays == 0 ? 0x7f : r.weekdays;
        for (int d = 0; d < 7; ++d) {
            if (!(days >> d & 1)) continue;
            w[d].clear(); // a later rule replaces what earlier ones said about its days
            if (r.mode == HoursMode::Closed) continue;
            if (r.always || r.spans.empty()) w[d].push_back({0, 1440});
            for (const TimeSpan& s : r.spans) w[d].push_back({s.from, s.to});
        }
    }
    for (auto& spans : w) std::sort(spans.begin(), spans.end());
    return w;
}

// Weekdays sharing the same spans, in the order of their first day.
std::vector<unsigned> day_groups(const Week& w) {
    std::vector<unsigned> groups;
    unsigned done = 0;
    for (int d = 0; d < 7; ++d) {
        if (w[d].empty() || done >> d & 1) continue;
        unsigned g = 0;
        for (int e = d; e < 7; ++e)
            if (w[e] == w[d]) g |= 1u << e;
        done |= g;
        groups.push_back(g);
    }
    return groups;
}

// Mo-We,Fr: runs of three days or more as ranges.
std::string osm_day_list(unsigned mask) {
    std::string out;
    for (int d = 0; d < 7;) {
        if (!(mask >> d & 1)) {
            ++d;
            continue;
        }
        int end = d;
        while (end + 1 < 7 && mask >> (end + 1) & 1) ++end;
        if (!out.empty()) out += ',';
        out += osm_days[d];
        if (end - d >= 2) {
            out += '-';
            out += osm_days[end];
        } else if (end > d) {
            out += ',';
            out += osm_days[end];
        }
        d = end + 1;
    }
    return out;
}

std::string span_text(std::pair<int, int> s) {
    std::string out = hhmm(s.first);
    out += '-';
    out += hhmm(s.second == 1440 ? 1440 : s.second % 1440);
    return out;
}

std::string rule_of(const Week& w) {
    std::string rule;
    for (unsigned g : day_groups(w)) {
        if (!rule.empty()) rule += "; ";
        rule += osm_day_list(g);
        rule += ' ';
        int first = __builtin_ctz(g);
        for (size_t i = 0; i < w[first].size(); ++i) {
            if (i > 0) rule += ',';
            rule += span_text(w[first][i]);
        }
    }
    return rule;
}

bool has_weekly_fields(const HsdsSchedule& s) {
    return !trim(s.freq).empty() || !trim(s.byday).empty() || !trim(s.opens_at).empty() ||
           !trim(s.closes_at).empty();
}

// Which weekdays a row names, by its freq: WEEKLY plain ones (MO), MONTHLY the month's nth ones
// (2TH, -1FR), as HSDS has it. Ordinals under WEEKLY can only mean the month's nth weekdays: read
// so, with a warning. Empty, with `why`, when the row cannot be expressed.
std::vector<ByDay> row_days(const HsdsSchedule& s, std::string& why, std::vector<std::string>& warnings) {
    std::string freq = upper(trim(s.freq)), interval = trim(s.interval);
    std::vector<ByDay> days = parse_byday(s.byday);
    auto nth = [](const ByDay& d) { return d.nth != 0; };
    if (freq != "WEEKLY" && freq != "MONTHLY")
        why = "freq is '" + s.freq + "', not WEEKLY or MONTHLY";
    else if (!interval.empty() && interval != "1")
        why = "it repeats every " + interval + (freq == "WEEKLY" ? " weeks" : " months");
    else if (days.empty())
        why = "byday '" + s.byday + "' is not a list of weekdays (MO, TU ..., 2TH, -1FR)";
    else if (freq == "MONTHLY" && !std::all_of(days.begin(), days.end(), nth))
        why = "freq MONTHLY needs the month's nth weekdays (2TH, -1FR), not '" + s.byday + "'";
    else if (freq == "WEEKLY" && std::any_of(days.begin(), days.end(), nth))
        warnings.push_back(s.where + ": byday '" + s.byday +
                           "' names the month's nth weekdays under freq WEEKLY, where HSDS wants MONTHLY; "
                           "read as the month's nth weekdays");
    return why.empty() ? days : std::vector<ByDay>{};
}

// Adds one row to the week (or to the month's nth weekdays), or says why it cannot be expressed.
std::string add_row(const HsdsSchedule& s, Week& w, NthDays& nth, std::vector<std::string>& warnings) {
    std::string why;
    std::vector<ByDay> days = row_days(s, why, warnings);
    if (days.empty()) return why;
    int from = minutes(s.opens_at), to = minutes(s.closes_at);
    if (from < 0 || from >= 1440) return "opens_at '" + s.opens_at + "' is not a time";
    if (to < 0) return "closes_at '" + s.closes_at + "' is not a time";
    if (to <= from) to += 1440; // past midnight, as opening_hours reads 22:00-02:00
    for (const ByDay& d : days) (d.nth == 0 ? w[d.day] : nth[d.day][d.nth]).push_back({from, to});
    return "";
}

std::string spans_text(const std::vector<std::pair<int, int>>& spans) {
    std::string out;
    for (const auto& s : spans) {
        if (!out.empty()) out += ',';
        out += span_text(s); // appended, never "," + a temporary: GCC 12 warns falsely (-Wrestrict)
    }
    return out;
}

// "Th[2,4] 09:00-12:00": a rule per weekday and set of spans, after the week's. Those days keep
// the week's spans too: an HSDS schedule adds to the others, an opening_hours rule replaces.
std::string nth_rules(const Week& w, const NthDays& nth) {
    std::string rules;
    for (int d = 0; d < 7; ++d) {
        std::vector<std::pair<std::vector<std::pair<int, int>>, std::string>> groups; // spans, "2,4"
        for (int n : {1, 2, 3, 4, 5, -1, -2, -3, -4, -5}) {
            auto it = nth[d].find(n);
            if (it == nth[d].end()) continue;
            std::vector<std::pair<int, int>> spans = it->second;
            spans.insert(spans.end(), w[d].begin(), w[d].end());
            std::sort(spans.begin(), spans.end());
            spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
            auto same =
                std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == spans; });
            if (same == groups.end())
                groups.push_back({spans, std::to_string(n)});
            else
                same->second.append(",").append(std::to_string(n));
        }
        for (const auto& [spans, which] : groups) {
            if (!rules.empty()) rules += "; ";
            rules.append(osm_days[d]).append("[").append(which).append("] ").append(spans_text(spans));
        }
    }
    return rules;
}

void dedupe(Week& w) {
    for (auto& spans : w) {
        std::sort(spans.begin(), spans.end());
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    }
}

// The rows' shared description, when it is itself a rule saying the same week: it keeps the
// exceptions (PH off, date ranges) that rows cannot carry.
std::string description_rule(const std::vector<HsdsSchedule>& rows, const Week& w) {
    const std::string& d = rows.front().description;
    for (const HsdsSchedule& s : rows)
        if (s.description != d) return "";
    HoursParse p = parse_opening_hours(d);
    return p.hours && week_of(*p.hours) == w ? d : "";
}

} // namespace

std::string schedules_to_rule(const std::vector<HsdsSchedule>& rows, std::vector<std::string>& warnings) {
    if (rows.empty()) return "";
    Week w;
    NthDays nth;
    for (const HsdsSchedule& s : rows) {
        if (!has_weekly_fields(s)) continue;
        if (std::string why = add_row(s, w, nth, warnings); !why.empty()) {
            warnings.push_back(s.where + ": " + why + "; this schedule is left out");
            continue;
        }
        if (s.restrictions.empty()) continue;
        std::string list;
        for (const std::string& r : s.restrictions) list += (list.empty() ? "" : ", ") + r;
        warnings.push_back(s.where + ": " + list + " not carried over; only the weekdays and times are kept");
    }
    dedupe(w);
    std::string monthly = nth_rules(w, nth);
    std::string rule = monthly.empty() ? description_rule(rows, w) : "";
    if (rule.empty()) rule = rule_of(w);
    if (!monthly.empty()) rule += (rule.empty() ? "" : "; ") + monthly;
    if (rule.empty()) return "";
    if (HoursParse p = parse_opening_hours(rule); !p.hours) {
        warnings.push_back(rows.front().where + ": the hours \"" + rule + "\" do not make a valid rule (" +
                           p.error + "); the schedules are left out");
        return "";
    }
    return rule;
}

std::vector<WeeklyRow> rule_to_weekly_rows(const std::string& rule) {
    HoursParse p = parse_opening_hours(rule);
    if (!p.hours) return {};
    Week w = week_of(*p.hours);
    std::vector<WeeklyRow> rows;
    for (unsigned g : day_groups(w)) {
        std::string byday;
        for (int d = 0; d < 7; ++d)
            if (g >> d & 1) {
                if (!byday.empty()) byday += ',';
                byday += ical_days[d];
            }
        for (const auto& s : w[__builtin_ctz(g)])
            rows.push_back({byday, hhmm(s.first), hhmm(s.second == 1440 ? 1440 : s.second % 1440)});
    }
    return rows;
}

} // namespace kiosk
