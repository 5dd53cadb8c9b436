#include "core/time/civil_time.h"
#include "core/time/french_holidays.h"
#include "core/time/opening_hours.h"

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

TEST_CASE("the nth weekday of the month, from its start or its end") {
    const std::string legal_aid = "Th[2,4] 09:00-12:00; PH off";
    CHECK(at(legal_aid, "2026-12-10 10:00") == "open now, closes at 12:00");             // 2nd Thursday
    CHECK(at(legal_aid, "2026-12-17 10:00") == "closed today, opens Thursday at 09:00"); // 3rd
    CHECK(at(legal_aid, "2026-12-24 10:00") == "open now, closes at 12:00");             // 4th
    CHECK(at("We[1,3] 14:00-17:00", "2026-12-02 15:00") == "open now, closes at 17:00");
    CHECK(at("We[1,3] 14:00-17:00", "2026-12-09 15:00") == "closed today, opens Wednesday at 14:00");
    const std::string last_off = "Tu 14:00-17:00; Tu[-1] off";
    CHECK(at(last_off, "2026-12-22 15:00") == "open now, closes at 17:00");
    CHECK(at(last_off, "2026-12-29 15:00") == "closed today, opens Tuesday at 14:00"); // the last
    CHECK(at("Mo[1-2] 10:00-11:00", "2026-12-14 10:30") == "open now, closes at 11:00");
    // One list naming a weekday twice adds the occurrences up; named without [..], it is every week.
    CHECK(at("Th[2],Th[4] 09:00-12:00", "2026-11-12 10:00") == "open now, closes at 12:00"); // 2nd
    CHECK(at("Th[2],Th[4] 09:00-12:00", "2026-11-26 10:00") == "open now, closes at 12:00"); // 4th
    CHECK(at("Mo-Fr,Th[2] 09:00-12:00", "2026-11-05 10:00") == "open now, closes at 12:00"); // 1st
    CHECK(at("Th[2],Mo-Fr 09:00-12:00", "2026-11-05 10:00") == "open now, closes at 12:00");
    CHECK(parse_opening_hours("Mo-Fr[1] 10:00-11:00")
              .error.find("an nth weekday such as Th[2] names one weekday") == 0);
    CHECK(parse_opening_hours("Mo[6] 10:00-11:00").error.find("an nth weekday must be from 1 to 5") == 0);
}

TEST_CASE("ISO week numbers, with a step; 2026 has a week 53") {
    const std::string rule = "week 01-53/2 Mo 09:00-12:00";
    CHECK(at(rule, "2026-12-14 10:00") == "open now, closes at 12:00"); // week 51
    CHECK(at(rule, "2026-12-21 10:00").find("closed today") == 0);      // week 52
    CHECK(at(rule, "2026-12-28 10:00") == "open now, closes at 12:00"); // week 53
    CHECK(at(rule, "2027-01-04 10:00") == "open now, closes at 12:00"); // week 1 of 2027
    CHECK(at("week 02,04 Tu 10:00-11:00", "2027-01-12 10:30") == "open now, closes at 11:00");
}

TEST_CASE("comments: unknown unless the rule says open; shown with the state") {
    CHECK(at("Mo-Fr 09:00-12:00 \"sur rendez-vous\"", "2026-12-08 10:00") ==
          "hours unknown (\"sur rendez-vous\")");
    CHECK(at("Mo-Fr 09:00-12:00 \"sur rendez-vous\"", "2026-12-08 14:00") ==
          "closed today, opens tomorrow at 09:00 (\"sur rendez-vous\")");
    CHECK(at("Mo-Fr 09:00-12:00 open \"sur RDV\"", "2026-12-08 10:00") ==
          "open now, closes at 12:00 (\"sur RDV\")");
    CHECK(at("Mo-Fr 09:00-12:00; Sa off \"fermé; le samedi\"", "2026-12-12 10:00") ==
          "closed today, opens Monday at 09:00 (\"fermé; le samedi\")");
    CHECK(parse_opening_hours("Mo 10:00-12:00 \"sans fin").error.find("a comment must end with") == 0);
}

TEST_CASE("fallback rules apply where the rules before them say closed") {
    const std::string rule = "Mo-Fr 09:00-12:00 || \"sur rendez-vous\"";
    CHECK(at(rule, "2026-12-08 10:00") == "open now, closes at 12:00");
    CHECK(at(rule, "2026-12-08 14:00") == "hours unknown (\"sur rendez-vous\")");
    CHECK(at(rule, "2026-12-13 10:00") == "hours unknown (\"sur rendez-vous\")"); // Sunday
    CHECK(at("Mo-Fr 09:00-12:00 || Sa 10:00-12:00", "2026-12-12 11:00") == "open now, closes at 12:00");
}

TEST_CASE("a closing rule with times closes only those times") {
    CHECK(at("Mo-Fr 09:00-17:00; We 12:00-14:00 off", "2026-12-09 13:00") ==
          "closed now, opens today at 14:00");
    CHECK(at("Mo-Fr 09:00-17:00; We 12:00-14:00 off", "2026-12-09 10:00") == "open now, closes at 12:00");
}

TEST_CASE("Alsace-Moselle: Good Friday and 26 December are public holidays there") {
    OpeningHours h = parsed("Mo-Sa 09:00-17:00; PH off");
    LocalTime good_friday{{2026, 4, 3}, 10 * 60}, st_stephen{{2026, 12, 26}, 10 * 60};
    CHECK(hours_state(h, good_friday).kind == HoursState::Kind::OpenNow);
    CHECK(hours_state(h, st_stephen).kind == HoursState::Kind::OpenNow);
    h.region = holiday_region("67000"); // Strasbourg
    CHECK(hours_state(h, good_friday).kind == HoursState::Kind::ClosedToday);
    CHECK(hours_state(h, st_stephen).kind == HoursState::Kind::ClosedToday);
    CHECK(holiday_region("57000") == HolidayRegion::AlsaceMoselle); // Metz
    CHECK(holiday_region("68100") == HolidayRegion::AlsaceMoselle); // Mulhouse
    CHECK(holiday_region("75011") == HolidayRegion::France);
    CHECK(french_public_holidays(2027, HolidayRegion::AlsaceMoselle).size() == 13);
}

// Where opening_hours.js 3.15.0 errs (see tests/hours/differential.js): the Monday after the
// 23-hour Sunday of the spring clock change.
TEST_CASE("past-midnight spans after the spring clock change stay on their own night") {
    CHECK(at("Tu-Sa 22:00-02:00", "2026-03-29 01:30") == "open now, closes at 02:00");
    CHECK(at("Tu-Sa 22:00-02:00", "2026-03-30 00:30") == "closed today, opens tomorrow at 22:00"); // Monday
    CHECK(at("Su 22:00-02:00", "2026-03-30 00:30") == "open now, closes at 02:00");
}
