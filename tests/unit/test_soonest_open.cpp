#include "core/visit/soonest_open.h"

#include <catch.hpp>

using namespace kiosk;

namespace {

Service place(const std::string& id, const std::string& hours) {
    Service s;
    s.id = id;
    s.opening_hours = hours;
    return s;
}

std::vector<std::string> ids(const std::vector<Service>& list) {
    std::vector<std::string> out;
    for (const Service& s : list) out.push_back(s.id);
    return out;
}

const LocalTime sunday_10{{2026, 11, 29}, 600};

} // namespace

TEST_CASE("when nothing is open, the places that open soonest, nearer first among equals") {
    std::vector<Service> nearest_first{
        place("weekdays", "Mo-Fr 09:00-17:00"),      place("unknown", ""),
        place("sunday-afternoon", "Su 14:00-18:00"), place("also-weekdays", "Mo-Fr 09:00-12:00"),
        place("monday-early", "Mo 08:00-10:00"),     place("never", "Mo off")};
    CHECK(ids(soonest_open(nearest_first, sunday_10, 10)) ==
          std::vector<std::string>{"sunday-afternoon", "monday-early", "weekdays", "also-weekdays"});
    CHECK(ids(soonest_open(nearest_first, sunday_10, 2)) ==
          std::vector<std::string>{"sunday-afternoon", "monday-early"});
    CHECK(minutes_until_open(nearest_first[0], sunday_10) == 23 * 60); // Monday 09:00
    CHECK(minutes_until_open(nearest_first[1], sunday_10) == -1);
}

TEST_CASE("a place in Alsace-Moselle does not open on 26 December") {
    Service strasbourg = place("strasbourg", "Mo-Sa 09:00-17:00; PH off"), paris = strasbourg;
    strasbourg.postal_code = "67000";
    paris.postal_code = "75011";
    const LocalTime christmas_evening{{2026, 12, 25}, 20 * 60};
    CHECK(minutes_until_open(paris, christmas_evening) == 13 * 60);                 // Saturday 09:00
    CHECK(minutes_until_open(strasbourg, christmas_evening) == (2 * 24 + 13) * 60); // Monday 09:00
}

TEST_CASE("a span known only by its comment is not an opening") {
    const LocalTime friday_20{{2026, 11, 27}, 20 * 60};
    std::vector<Service> nearest_first{place("appointment", "Sa 10:00-12:00 \"sur rendez-vous\""),
                                       place("monday", "Mo 09:00-12:00"),
                                       place("both", "Sa 10:00-12:00 \"sur rendez-vous\"; Tu 09:00-12:00")};
    CHECK(minutes_until_open(nearest_first[0], friday_20) == -1);
    CHECK(minutes_until_open(nearest_first[2], friday_20) == (3 * 24 + 13) * 60); // Tuesday 09:00
    CHECK(ids(soonest_open(nearest_first, friday_20, 10)) == std::vector<std::string>{"monday", "both"});
}
