// HSDS schedules (iCalendar-style weekly rows) to and from OpenStreetMap opening_hours rules.
// Only the weekly part travels as rows: WEEKLY, BYDAY, opens_at, closes_at. Exceptions (public
// holidays, date ranges) travel in the description as the full rule, which the reader takes
// back when it agrees with the rows.
#pragma once
#include <string>
#include <vector>

namespace kiosk {

struct HsdsSchedule {
    std::string where; // "file row N (schedule id)" or "file path (schedule id)", for warnings
    std::string freq, interval, byday, opens_at, closes_at, description;
    std::vector<std::string> restrictions; // set fields a weekly rule cannot carry: "byweekno 41,42"
};

// One rule for all of a service's schedules, verified with parse_opening_hours, or "" when
// none can be expressed. Rows left out, and restrictions dropped, are said in warnings.
std::string schedules_to_rule(const std::vector<HsdsSchedule>& rows, std::vector<std::string>& warnings);

struct WeeklyRow {
    std::string byday;               // "MO,TU,WE"
    std::string opens_at, closes_at; // "09:00"; closes_at before opens_at runs past midnight
};

// The rows of a rule's weekly part, one per (weekday set, time span); empty for a rule that
// says nothing week by week (24/7 aside) or does not parse.
std::vector<WeeklyRow> rule_to_weekly_rows(const std::string& rule);

} // namespace kiosk
