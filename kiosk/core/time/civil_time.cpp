#include "core/time/civil_time.h"

#include <cstdio>

namespace kiosk {

// Howard Hinnant's days_from_civil and civil_from_days, proleptic Gregorian calendar.
int64_t days_from_civil(CivilDate d) {
    int64_t y = d.year - (d.month <= 2 ? 1 : 0);
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t mp = (d.month + 9) % 12;
    int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(int64_t z) {
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

int weekday(CivilDate d) {
    int64_t days = days_from_civil(d);
    return static_cast<int>(((days % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
}

CivilDate add_days(CivilDate d, int64_t n) {
    return civil_from_days(days_from_civil(d) + n);
}

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

namespace {

int64_t last_sunday_0100_utc_ms(int year, int month) {
    CivilDate last{year, month, days_in_month(year, month)};
    int64_t day = days_from_civil(last) - (weekday(last) + 1) % 7; // back to Sunday
    return (day * 86400 + 3600) * 1000;
}

} // namespace

bool paris_summer_time(int64_t epoch_ms) {
    int year = civil_from_days((epoch_ms >= 0 ? epoch_ms : epoch_ms - 86399999) / 86400000).year;
    return epoch_ms >= last_sunday_0100_utc_ms(year, 3) && epoch_ms < last_sunday_0100_utc_ms(year, 10);
}

LocalTime paris_time(int64_t epoch_ms) {
    int64_t local_s = epoch_ms / 1000 + (paris_summer_time(epoch_ms) ? 7200 : 3600);
    int64_t days = (local_s >= 0 ? local_s : local_s - 86399) / 86400;
    return {civil_from_days(days), static_cast<int>((local_s - days * 86400) / 60)};
}

int64_t paris_epoch_ms(LocalTime t) {
    int64_t local_ms = (days_from_civil(t.date) * 86400 + static_cast<int64_t>(t.minute) * 60) * 1000;
    int64_t summer = local_ms - 7200 * 1000, winter = local_ms - 3600 * 1000;
    return paris_summer_time(summer) ? summer : winter;
}

bool parse_local_time(const std::string& text, LocalTime& out) {
    int y, mo, d, h, mi;
    char tail;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d %2d:%2d%c", &y, &mo, &d, &h, &mi, &tail) != 5) return false;
    if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59)
        return false;
    out = {{y, mo, d}, h * 60 + mi};
    return true;
}

} // namespace kiosk
