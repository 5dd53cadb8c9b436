#include "content_fixture.h"
#include "core/storage/state_store.h"
#include "core/time/clock.h"

#include <catch.hpp>

using namespace kiosk;

TEST_CASE("daily counters add up by day and keep nothing finer") {
    auto dir = test::temp_dir("state");
    std::string path = (dir / "state.db").string();
    {
        StateStore s(path);
        s.count("2026-11-23", "language", "ar");
        s.count("2026-11-23", "language", "ar");
        s.count("2026-11-24", "topic", "shelter");
    }
    StateStore again(path); // survives a restart
    auto c = again.counts();
    REQUIRE(c.size() == 2);
    CHECK(c[0].day == "2026-11-23");
    CHECK(c[0].count == 2);
    CHECK(c[1].what == "topic");
    Db db(path, OpenMode::ReadWrite);
    Stmt cols(db, "SELECT group_concat(name) FROM pragma_table_info('daily_counter')");
    cols.step();
    CHECK(cols.text(0) == "day,what,value,count"); // no time of day, no visit, no order
}

TEST_CASE("local_date gives the calendar day") {
    setenv("TZ", "Europe/Paris", 1);
    tzset();
    CHECK(local_date(1'700'000'000'000) == "2023-11-14"); // 23:13 in Paris
    CHECK(local_date(1'699'999'000'000) == "2023-11-14");
}
