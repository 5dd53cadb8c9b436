// France's public holidays (jours fériés, Code du travail L3133-1) for any year: the eleven that
// apply everywhere in metropolitan France, and in Alsace-Moselle (Moselle, Bas-Rhin, Haut-Rhin:
// Code du travail L3134-13, in the chapter on those departments, read on Légifrance 2026-12-03)
// Good Friday and 26 December too. The law makes Good Friday a holiday in the communes with a
// Protestant church or a mixed one; no list of them is at hand, so it is taken for the three
// departments, as opening_hours.js takes it.
// https://www.legifrance.gouv.fr/affichCode.do?idSectionTA=LEGISCTA000006178008&cidTexte=LEGITEXT000006072050
#pragma once
#include "core/time/civil_time.h"

#include <string>
#include <vector>

namespace kiosk {

enum class HolidayRegion { France, AlsaceMoselle };

CivilDate easter_sunday(int year); // Gregorian computus
std::vector<CivilDate> french_public_holidays(int year, HolidayRegion region = HolidayRegion::France);
bool is_french_public_holiday(CivilDate d, HolidayRegion region = HolidayRegion::France);
// The region of a French postcode or INSEE commune code: its first two digits are the department.
HolidayRegion holiday_region(const std::string& postcode);

} // namespace kiosk
