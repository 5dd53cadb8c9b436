#include "core/screen/attract_welcome.h"

#include <catch.hpp>

using namespace kiosk;

TEST_CASE("the attract welcome shows each language in turn from when the picker was left alone") {
    const int64_t since = 50'000;
    CHECK(attract_step(since, since, 3).index == 0);
    CHECK(attract_step(since, since, 3).next_change_ms == since + 3000);
    CHECK(attract_step(since, since + 2999, 3).index == 0);
    CHECK(attract_step(since, since + 3000, 3).index == 1);
    CHECK(attract_step(since, since + 3000, 3).next_change_ms == since + 6000);
    CHECK(attract_step(since, since + 8999, 3).index == 2);
    CHECK(attract_step(since, since + 9000, 3).index == 0); // round again
    CHECK(attract_step(since, since + 9000, 3).next_change_ms == since + 12'000);
}

TEST_CASE("the attract welcome never wakes the loop for one language or none") {
    CHECK(attract_step(0, 10'000, 1).index == 0);
    CHECK(attract_step(0, 10'000, 1).next_change_ms == INT64_MAX);
    CHECK(attract_step(0, 10'000, 0).next_change_ms == INT64_MAX);
}

TEST_CASE("the attract welcome is not thrown by a clock read before it started") {
    AttractStep s = attract_step(5000, 4000, 4);
    CHECK(s.index == 0);
    CHECK(s.next_change_ms == 8000);
}
