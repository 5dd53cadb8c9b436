#include "core/content/geo.h"

#include <catch.hpp>

using namespace kiosk;

TEST_CASE("distance and bearing between two places") {
    GeoPoint ofii{48.85487, 2.37283}, bastille{48.8532, 2.3692};
    CHECK(distance_m(ofii, bastille) == Approx(315).margin(10));
    CHECK(distance_m(ofii, ofii) == 0);
    CHECK(distance_m({0, 0}, {0, 1}) == Approx(111195).margin(50)); // a degree of the equator
    CHECK(bearing_deg({0, 0}, {1, 0}) == Approx(0).margin(0.01));
    CHECK(bearing_deg({0, 0}, {0, 1}) == Approx(90).margin(0.01));
    CHECK(bearing_deg({0, 0}, {-1, 0}) == Approx(180).margin(0.01));
    CHECK(bearing_deg({0, 0}, {0, -1}) == Approx(270).margin(0.01));
    CHECK(bearing_deg(ofii, bastille) == Approx(235).margin(3)); // south-west
    CHECK_FALSE(is_valid({91, 0}));
}

TEST_CASE("compass points, walking time, and where a place is for a visitor facing the screen") {
    CHECK(compass_point(0) == Compass::N);
    CHECK(compass_point(22) == Compass::N);
    CHECK(compass_point(23) == Compass::NE);
    CHECK(compass_point(235) == Compass::SW);
    CHECK(compass_point(350) == Compass::N);
    CHECK(walking_minutes(10) == 1);
    CHECK(walking_minutes(350) == 5); // 350 m straight, about 440 m of streets
    CHECK(walking_minutes(2000) == 31);
    // The screen faces south (180): a visitor reading it looks south, so east is on their left.
    CHECK(relative_direction(180, 180) == Relative::Ahead);
    CHECK(relative_direction(90, 180) == Relative::Left);
    CHECK(relative_direction(270, 180) == Relative::Right);
    CHECK(relative_direction(0, 180) == Relative::Behind);
    CHECK(relative_direction(10, 350) == Relative::Ahead); // across north
}
