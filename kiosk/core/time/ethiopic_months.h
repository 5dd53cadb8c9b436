// Month names in Ethiopic script (ጥሪ, ለካቲት ... ታሕሳስ) name Gregorian months in Eritrea and
// Ethiopian-calendar months in Tigray, 8 to 10 days apart from one month to the next and with a
// year 7 or 8 behind: "31 ታሕሳስ 2026" is one day to one reader and no day at all to another. A
// text may use the names only beside the date in numbers, "31/12/2026 (31 ታሕሳስ 2026)".
#pragma once
#include <string>

namespace kiosk {

// The first month name of a text that names more months than it writes dates in numbers
// (31/12/2026 or 12/2026); empty when every name has its numbers, or there is none.
std::string month_without_numbers(const std::string& text);

} // namespace kiosk
