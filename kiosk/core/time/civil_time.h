// Calendar arithmetic and the kiosk's time zone, Europe/Paris: CET (UTC+1) in winter, CEST
// (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, the
// EU rule in force since 1996. Pure functions: no process time zone involved.
#pragma once
#include <cstdint>
#include <string>

namespace kiosk {

struct CivilDate {
    int year = 1970, month = 1, day = 1; // month 1-12
    bool operator==(const CivilDate&) const = default;
};

struct LocalTime {
    CivilDate date;
    int minute = 0; // minutes since local midnight, 0-1439
};

int64_t days_from_civil(CivilDate d); // days since 1970-01-01
CivilDate civil_from_days(int64_t days);
int weekday(CivilDate d); // 0 Monday ... 6 Sunday
CivilDate add_days(CivilDate d, int64_t n);
int days_in_month(int year, int month);

LocalTime paris_time(int64_t epoch_ms);
// The instant a Paris wall-clock time names. In the autumn's repeated hour the first one is
// taken; a time skipped in spring is read as summer time.
int64_t paris_epoch_ms(LocalTime t);
bool paris_summer_time(int64_t epoch_ms);

// "2026-11-24 10:00" -> LocalTime; false when the text is not such a date and time.
[[nodiscard]] bool parse_local_time(const std::string& text, LocalTime& out);

} // namespace kiosk
