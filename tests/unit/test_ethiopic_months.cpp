#include "content_fixture.h"
#include "core/lint/lint.h"
#include "core/time/ethiopic_months.h"

#include <catch.hpp>

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("a month named in Ethiopic script needs its date in numbers beside it") {
    CHECK(month_without_numbers("ክሳብ 31 ታሕሳስ 2026 ጥራይ።") == "ታሕሳስ");
    CHECK(month_without_numbers("ሕግታት ብ1 ጥሪ 2026 ተቐይሮም።") == "ጥሪ");
    CHECK(month_without_numbers("ካብ ጥሪ 2025 ጀሚሩ") == "ጥሪ");
    CHECK(month_without_numbers("ብጥሪ ይጅምር") == "ብጥሪ"); // "in January", the preposition written on
    CHECK(month_without_numbers("ክሳብ 31/12/2026 (31 ታሕሳስ 2026) ይከኣል ነይሩ።").empty());
    CHECK(month_without_numbers("ካብ 01/2025 (ጥሪ 2025) ጀሚሩ").empty());
    // Two months and one date in numbers: one of them is still read as another date.
    CHECK(month_without_numbers("ካብ 2 ግንቦት 2025፣ ክሳብ 31/12/2026 (31 ታሕሳስ 2026)") == "ግንቦት");
    // Words that only contain a month's letters, dates that are not day/month/year, no month at all.
    CHECK(month_without_numbers("ሰነድ ኣምጽኡ").empty());
    CHECK(month_without_numbers("ንግዳያት ዓመጽ 24/7").empty());
    CHECK(month_without_numbers("Until 31 December 2026").empty());
}

TEST_CASE("lint warns about a month named in Ethiopic script without its date in numbers") {
    ContentFixture c;
    c.strings["hotline.115.purpose"] = {"Jusqu'au 31/12/2026.", "ክሳብ 31 ታሕሳስ 2026።"};
    auto month_warnings = [&] {
        ContentStore store(c.build());
        std::vector<std::string> out;
        for (const LintIssue& i : lint(store))
            if (i.rule == "month-in-words" && i.severity == LintIssue::Severity::Warning)
                out.push_back(i.message);
        return out;
    };
    CHECK(month_warnings() ==
          std::vector<std::string>{"language en, hotline.115.purpose: names the month ታሕሳስ without the date "
                                   "in numbers (such as 31/12/2026), and Tigray reads it in the Ethiopian "
                                   "calendar"});
    c.strings["hotline.115.purpose"] = {"Jusqu'au 31/12/2026.", "ክሳብ 31/12/2026 (31 ታሕሳስ 2026)።"};
    CHECK(month_warnings().empty());
}
