// Opening hours in the OpenStreetMap opening_hours syntax, the subset services need:
//   24/7                          Mo-Fr 09:00-12:00,14:00-17:00      Sa 10:00-12:00; Su off
//   Mo,We,Fr 08:30-16:30          Mo-Fr 22:00-02:00 (past midnight)   PH off    Mo-Fr,PH 10:00-12:00
//   Jan-Mar Mo-Fr 09:00-12:00     Dec 24-Dec 26 off    2026 Aug 01-2026 Aug 31 off
// Rules are separated by ';'; a later rule replaces what earlier ones said about the days it
// names. PH is a French public holiday. Times are local to the kiosk (Europe/Paris).
#pragma once
#include "civil_time.h"

#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct TimeSpan {
    int from = 0, to = 0; // minutes from the day's midnight; to may exceed 1440 (past midnight)
};

struct DateRange { // inclusive; year 0 means every year
    int from_year = 0, from_month = 1, from_day = 1;
    int to_year = 0, to_month = 12, to_day = 31;
};

struct HoursRule {
    bool always = false;          // 24/7
    std::vector<DateRange> dates; // empty: any date
    uint8_t weekdays = 0;         // bit 0 Monday ... bit 6 Sunday; 0 with !holidays: any day
    bool holidays = false;        // PH
    bool off = false;             // off / closed
    std::vector<TimeSpan> spans;  // empty with !off: the whole day (weekday-only rules)
};

struct OpeningHours {
    std::vector<HoursRule> rules;
};

struct HoursParse {
    std::optional<OpeningHours> hours;
    std::string error; // one plain sentence saying what is wrong and where
};

HoursParse parse_opening_hours(const std::string& text);

// The spans a day has once every rule has had its say (sorted, may run past midnight).
std::vector<TimeSpan> spans_on(const OpeningHours& h, CivilDate day);

// What a visitor is told at a given local time.
struct HoursState {
    enum class Kind { OpenNow, OpensToday, ClosedToday, Unknown } kind = Kind::Unknown;
    int closes_at = 0;     // OpenNow: minutes from today's midnight (may exceed 1440); -1 open day and night
    int opens_at = 0;      // OpensToday, ClosedToday with next_in_days >= 1: minutes from that day's midnight
    int next_in_days = -1; // ClosedToday: days until it next opens (1 = tomorrow); -1 if not within a week
    int next_weekday = 0;  // 0 Monday ... 6 Sunday, of that day
    int close_weekday = 0; // OpenNow: the weekday it closes on, when that is after tomorrow
};

HoursState hours_state(const OpeningHours& h, LocalTime at);

// The state in plain English, as `kiosk-content hours` prints it: "open now, closes at 17:00".
std::string describe(const HoursState& s);

} // namespace kiosk
