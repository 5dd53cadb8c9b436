#include "civil_time.h"
#include "french_holidays.h"
#include "opening_hours.h"

#include <catch.hpp>

using namespace kiosk;

namespace {

OpeningHours parsed(const std::string& rule) {
    HoursParse p = parse_opening_hours(rule);
    INFO(rule << ": " << p.error);
    REQUIRE(p.hours);
    return *p.hours;
}

std::string at(const std::string& rule, const std::string& when) {
    LocalTime t;
    REQUIRE(parse_local_time(when, t));
    return describe(hours_state(parsed(rule), t));
}

} // namespace

TEST_CASE("calendar arithmetic") {
    CHECK(days_from_civil({1970, 1, 1}) == 0);
    CHECK(civil_from_days(days_from_civil({2026, 11, 24})) == CivilDate{2026, 11, 24});
    CHECK(weekday({2026, 11, 24}) == 1); // a Tuesday
    CHECK(weekday({2000, 1, 1}) == 5);   // a Saturday
    CHECK(add_days({2024, 2, 28}, 1) == CivilDate{2024, 2, 29});
    CHECK(add_days({2023, 12, 31}, 1) == CivilDate{2024, 1, 1});
}

TEST_CASE("Paris time follows daylight saving on the EU dates") {
    // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
    int64_t before = (days_from_civil({2026, 3, 29}) * 86400 + 3600 - 1) * 1000;
    CHECK_FALSE(paris_summer_time(before));
    CHECK(paris_summer_time(before + 1000));
    CHECK(paris_time(before).minute == 2 * 60 + 59 - 60); // 01:59 CET
    CHECK(paris_time(before + 1000).minute == 3 * 60);    // 03:00 CEST: 02:xx never happens
    int64_t end = (days_from_civil({2026, 10, 25}) * 86400 + 3600) * 1000;
    CHECK(paris_summer_time(end - 1000));
    CHECK_FALSE(paris_summer_time(end));
    CHECK(paris_time(end - 1000).minute == 2 * 60 + 59); // 02:59 CEST, then 02:00 CET again
    CHECK(paris_time(end).minute == 2 * 60);
    CHECK(paris_time((days_from_civil({2026, 12, 31}) * 86400 + 23 * 3600) * 1000).date ==
          CivilDate{2027, 1, 1});
}

TEST_CASE("French public holidays for any year") {
    CHECK(easter_sunday(2024) == CivilDate{2024, 3, 31});
    CHECK(easter_sunday(2026) == CivilDate{2026, 4, 5});
    CHECK(easter_sunday(2038) == CivilDate{2038, 4, 25});
    CHECK(is_french_public_holiday({2026, 4, 6}));  // Easter Monday
    CHECK(is_french_public_holiday({2026, 5, 14})); // Ascension
    CHECK(is_french_public_holiday({2026, 5, 25})); // Whit Monday
    CHECK(is_french_public_holiday({2026, 7, 14}));
    CHECK(is_french_public_holiday({2026, 11, 11}));
    CHECK_FALSE(is_french_public_holiday({2026, 11, 24}));
    CHECK(french_public_holidays(2027).size() == 11);
}

TEST_CASE("weekdays, several spans a day, and the state at a time") {
    const std::string rule = "Mo-Fr 09:00-12:00,14:00-17:00";
    CHECK(at(rule, "2026-11-24 10:00") == "open now, closes at 12:00"); // Tuesday
    CHECK(at(rule, "2026-11-24 12:30") == "closed now, opens today at 14:00");
    CHECK(at(rule, "2026-11-24 08:00") == "closed now, opens today at 09:00");
    CHECK(at(rule, "2026-11-24 17:00") == "closed today, opens tomorrow at 09:00");
    CHECK(at(rule, "2026-11-28 11:00") == "closed today, opens Monday at 09:00"); // Saturday
}

TEST_CASE("later rules replace earlier ones for the days they name; off; PH") {
    const std::string rule = "Mo-Sa 09:00-18:00; Sa 10:00-12:00; PH off";
    CHECK(at(rule, "2026-11-28 11:00") == "open now, closes at 12:00");             // Saturday's own hours
    CHECK(at(rule, "2026-11-11 10:00") == "closed today, opens tomorrow at 09:00"); // Armistice, a Wednesday
    CHECK(at(rule, "2026-04-06 10:00") == "closed today, opens tomorrow at 09:00"); // Easter Monday
    CHECK(at("Mo-Fr 09:00-17:00; We off", "2026-11-25 10:00") == "closed today, opens tomorrow at 09:00");
    CHECK(at("Mo-Fr,PH 10:00-12:00", "2026-11-01 11:00") ==
          "open now, closes at 12:00"); // All Saints', a Sunday
}

TEST_CASE("spans past midnight and 24/7") {
    CHECK(at("Mo-Su 22:00-02:00", "2026-11-24 23:00") == "open now, closes tomorrow at 02:00");
    CHECK(at("Mo-Su 22:00-02:00", "2026-11-24 01:00") == "open now, closes at 02:00");
    CHECK(at("Fr 22:00-02:00", "2026-11-28 01:30") ==
          "open now, closes at 02:00"); // Friday's night, Saturday morning
    CHECK(at("Fr 22:00-02:00", "2026-11-28 03:00") == "closed today, opens Friday at 22:00");
    CHECK(at("24/7", "2026-12-25 03:00") == "open now, day and night");
    CHECK(at("Mo-Su 18:00-24:00", "2026-11-24 20:00") == "open now, until midnight");
    CHECK(at("Mo-Fr 00:00-24:00", "2026-11-26 12:00") ==
          "open now, closes Saturday at 00:00"); // Thursday noon
    CHECK(at("Mo-Fr 09:00-12:00,12:00-14:00", "2026-11-24 11:00") ==
          "open now, closes at 14:00"); // touching spans
}

TEST_CASE("date and month ranges") {
    CHECK(at("Jan-Mar Mo-Fr 09:00-12:00; Apr-Dec Mo-Fr 14:00-16:00", "2026-02-03 10:00") ==
          "open now, closes at 12:00");
    CHECK(at("Jan-Mar Mo-Fr 09:00-12:00; Apr-Dec Mo-Fr 14:00-16:00", "2026-11-24 10:00") ==
          "closed now, opens today at 14:00");
    CHECK(at("Mo-Fr 09:00-17:00; Dec 24-26 off", "2026-12-24 10:00") ==
          "closed today, opens Monday at 09:00");
    CHECK(at("Mo-Fr 09:00-17:00; Dec 24-Dec 26 off", "2026-12-23 10:00") == "open now, closes at 17:00");
    CHECK(at("Mo-Fr 09:00-17:00; 2026 Aug 01-2026 Aug 31 off", "2026-08-10 10:00") ==
          "closed today, and not open in the next seven days");
    CHECK(at("Mo-Fr 09:00-17:00; 2026 Aug 01-2026 Aug 31 off", "2027-08-10 10:00") ==
          "open now, closes at 17:00");
    CHECK(at("Dec-Jan Mo-Fr 09:00-12:00", "2027-01-05 10:00") ==
          "open now, closes at 12:00"); // over New Year
}

TEST_CASE("malformed rules give one plain sentence with the position") {
    CHECK(parse_opening_hours("Mo-Fr 9h-17h").error ==
          "expected ':' in a time such as 09:30 at position 8 ('h-17h')");
    CHECK(parse_opening_hours("Mo-Xy 09:00-17:00").error ==
          "expected a weekday after '-' at position 4 ('Xy 09:00-17:')");
    CHECK(parse_opening_hours("Mo-Fr 09:00").error ==
          "expected '-' between two times at position 12 (the end)");
    CHECK(parse_opening_hours("Mo-Fr 09:00-17:00;").error == "an empty rule at position 19");
    CHECK(parse_opening_hours("soon").error ==
          "expected days, times, 'off' or '24/7' at position 1 ('soon')");
    CHECK(parse_opening_hours("Mo 10:00-12:00 x").error.find("unexpected text") == 0);
    CHECK(parse_opening_hours("Mo 25:00-26:00").error.find("a span must start before 24:00") == 0);
    CHECK(parse_opening_hours("").error == "an empty rule at position 1");
    CHECK(parse_opening_hours("24/7 Mo").error.find("nothing may follow 24/7") == 0);
    CHECK_FALSE(parse_local_time("2026-02-30 10:00", *std::make_unique<LocalTime>()));
}
