// France's public holidays (jours fériés, Code du travail L3133-1) for any year: the eleven that
// apply everywhere in metropolitan France. Alsace-Moselle's two extra days are not included.
#pragma once
#include "civil_time.h"

#include <vector>

namespace kiosk {

CivilDate easter_sunday(int year); // Gregorian computus
std::vector<CivilDate> french_public_holidays(int year);
bool is_french_public_holiday(CivilDate d);

} // namespace kiosk
