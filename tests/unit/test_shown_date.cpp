#include "core/time/shown_date.h"

#include <catch.hpp>

using namespace kiosk;

TEST_CASE("content dates are shown in numbers day first") {
    CHECK(shown_date("2026-12-31", "ti") == "31/12/2026");
    CHECK(shown_date("2015-11-03", "ar") == "03/11/2015");
    CHECK(shown_date("2026-11", "prs") == "11/2026");
    CHECK(shown_date("2025", "fr") == "2025");
}

TEST_CASE("content dates are shown in Chinese with year and month and day characters") {
    CHECK(shown_date("2026-12-31", "zh-Hans") == "2026年12月31日");
    CHECK(shown_date("2015-11-03", "zh-Hans") == "2015年11月3日");
    CHECK(shown_date("2026-11", "zh-Hans") == "2026年11月");
    CHECK(shown_date("2025", "zh-Hans") == "2025年");
}

TEST_CASE("what is not a date that exists is shown as written") {
    CHECK(shown_date("2026-13", "ti") == "2026-13");
    CHECK(shown_date("2026-02-30", "ti") == "2026-02-30");
    CHECK(shown_date("juin 2025", "fr") == "juin 2025");
    CHECK(shown_date("", "en").empty());
}
