#include "core/time/french_holidays.h"

#include <algorithm>

namespace kiosk {

CivilDate easter_sunday(int y) { // the anonymous Gregorian algorithm (Meeus/Jones/Butcher)
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return {y, month, day};
}

std::vector<CivilDate> french_public_holidays(int y, HolidayRegion region) {
    CivilDate easter = easter_sunday(y);
    std::vector<CivilDate> days{{y, 1, 1},            // Jour de l'an
                                add_days(easter, 1),  // Lundi de Pâques
                                {y, 5, 1},            // Fête du travail
                                {y, 5, 8},            // Victoire 1945
                                add_days(easter, 39), // Ascension
                                add_days(easter, 50), // Lundi de Pentecôte
                                {y, 7, 14},           // Fête nationale
                                {y, 8, 15},           // Assomption
                                {y, 11, 1},           // Toussaint
                                {y, 11, 11},          // Armistice
                                {y, 12, 25}};         // Noël
    if (region == HolidayRegion::AlsaceMoselle) {
        days.push_back(add_days(easter, -2)); // Vendredi saint
        days.push_back({y, 12, 26});          // Saint-Étienne
    }
    return days;
}

bool is_french_public_holiday(CivilDate d, HolidayRegion region) {
    std::vector<CivilDate> days = french_public_holidays(d.year, region);
    return std::find(days.begin(), days.end(), d) != days.end();
}

HolidayRegion holiday_region(const std::string& postcode) {
    std::string department = postcode.substr(0, 2);
    return department == "57" || department == "67" || department == "68" ? HolidayRegion::AlsaceMoselle
                                                                          : HolidayRegion::France;
}

} // namespace kiosk
