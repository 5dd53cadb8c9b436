// A date from the content (a record's or a source's: "2026-12-31", "2026-12" or "2026") as a
// visitor reads it. In numbers only, never with a month's name: the Tigrinya names ጥሪ ... ታሕሳስ
// are Gregorian months in Eritrea but Ethiopian-calendar months in Tigray, where "31 ታሕሳስ 2026"
// is another day (and one that does not exist), so a date in words would be read wrong.
#pragma once
#include <string>

namespace kiosk {

// Day, month, year ("31/12/2026", "12/2026", "2026"); in Chinese year, month, day with 年月日
// ("2026年12月31日"). Text that is not such a date comes back as it was.
std::string shown_date(const std::string& date, const std::string& lang);

} // namespace kiosk
