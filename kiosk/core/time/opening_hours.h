// Opening hours in the OpenStreetMap opening_hours syntax, the subset services publish:
//   24/7                          Mo-Fr 09:00-12:00,14:00-17:00      Sa 10:00-12:00; Su off
//   Mo,We,Fr 08:30-16:30          Mo-Fr 22:00-02:00 (past midnight)   PH off    Mo-Fr,PH 10:00-12:00
//   Jan-Mar Mo-Fr 09:00-12:00     Dec 24-Dec 26 off    2026 Aug 01-2026 Aug 31 off
//   Th[2,4] 09:00-12:00 (the month's 2nd and 4th Thursday)   Tu[-1] off (its last Tuesday)
//   week 01-53/2 Mo 09:00-12:00 (ISO weeks, every other one)  Mo 12:00-14:00 off
//   Mo-Fr 09:00-12:00 "sur rendez-vous" (a comment: the state is unknown unless 'open' is written)
//   Mo-Fr 09:00-12:00 || "sur rendez-vous" (a fallback: it applies where the rules before say closed)
// Rules are separated by ';' or '||' and read as opening_hours.js, the reference implementation,
// reads them: a rule naming days replaces what earlier ones said about those days, unless it
// closes (then it closes only its own times). PH is a public holiday of the place's region.
#pragma once
#include "core/time/civil_time.h"
#include "core/time/french_holidays.h"

#include <array>
#include <cstdint>
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

struct WeekRange { // ISO 8601 week numbers, inclusive, every `step` weeks from `from`
    int from = 1, to = 53, step = 1;
};

enum class HoursMode : uint8_t { Open, Closed, Unknown };

struct HoursRule {
    bool always = false;          // 24/7
    std::vector<DateRange> dates; // empty: any date
    std::vector<WeekRange> weeks; // empty: any week
    uint8_t weekdays = 0;         // bit 0 Monday ... bit 6 Sunday; 0 with !holidays: any day
    // Per weekday, which of the month's occurrences: bit n-1 the nth (1-5), bit 4+n the nth from
    // the end (-1 ... -5); 0: every one.
    std::array<uint16_t, 7> nth{};
    bool holidays = false; // PH
    HoursMode mode = HoursMode::Open;
    std::string comment;         // "sur rendez-vous", as written, without the quotes
    bool fallback = false;       // after '||'
    std::vector<TimeSpan> spans; // empty: the whole day

    bool names_dates() const { return !dates.empty() || !weeks.empty() || weekdays != 0 || holidays; }
};

struct OpeningHours {
    std::vector<HoursRule> rules;
    HolidayRegion region = HolidayRegion::France; // whose public holidays PH names: the place's
};

struct HoursParse {
    std::optional<OpeningHours> hours;
    std::string error; // one plain sentence saying what is wrong and where
};

[[nodiscard]] HoursParse parse_opening_hours(const std::string& text);

// A stretch of one day in one state, and the rule that says so (-1: no rule, closed).
struct DaySegment {
    int from = 0, to = 0; // minutes from the day's midnight, to <= 1440
    HoursMode mode = HoursMode::Closed;
    int rule = -1;
};

// The whole day, midnight to midnight, once every rule has had its say (with the part of the
// day before's spans that runs past midnight).
std::vector<DaySegment> day_segments(const OpeningHours& h, CivilDate day);

// What a visitor is told at a given local time.
struct HoursState {
    enum class Kind { OpenNow, OpensToday, ClosedToday, Unknown } kind = Kind::Unknown;
    int closes_at = 0;     // OpenNow: minutes from today's midnight (may exceed 1440); -1 open day and night
    int opens_at = 0;      // OpensToday, ClosedToday with next_in_days >= 1: minutes from that day's midnight
    int next_in_days = -1; // ClosedToday: days until it next opens (1 = tomorrow); -1 if not within a week
    int next_weekday = 0;  // 0 Monday ... 6 Sunday, of that day
    int close_weekday = 0; // OpenNow: the weekday it closes on, when that is after tomorrow
    std::string comment;   // the rule's comment now, or else that of the next opening
};

// What "opens at" looks ahead for: any span that is not closed (as a card tells it, a span known
// only by its comment with that comment), or only the spans that say open.
enum class Ahead { AnySpan, OpeningsOnly };
HoursState hours_state(const OpeningHours& h, LocalTime at, Ahead ahead = Ahead::AnySpan);

// The state in plain English, as `kiosk-content hours` prints it: "open now, closes at 17:00".
std::string describe(const HoursState& s);

} // namespace kiosk
