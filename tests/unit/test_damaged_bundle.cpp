// A bundle gone bad after its install checks, or opened with --content, which has none: what it
// cannot give is an error the screens catch ("not available"), and the visit goes on.
#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/visit/content_failures.h"
#include "core/visit/session.h"
#include "damage_bundle.h"

#include <catch.hpp>

using namespace kiosk;
using namespace kiosk::test;

namespace {

bool corrupt(const DbError& e) {
    return (e.code & 0xFF) == SQLITE_CORRUPT;
}

} // namespace

TEST_CASE("a damaged bundle's reads fail as SQLite errors, which the screens catch", "[damaged]") {
    ContentFixture c;
    std::string bundle = c.build();
    unindex_place(bundle, "far");
    damage_search_index(bundle);
    add_places(bundle, 300);
    damage_place_index(bundle);
    make_category_large(bundle, "legal", 4000); // its list is then read through the R*Tree
    ContentStore store(bundle);
    try {
        store.service("far");
        FAIL("the service's row was read");
    } catch (const DbError& e) {
        CHECK(corrupt(e));
    }
    CHECK_THROWS_AS(store.search("office", "fr", 10), DbError);
    CHECK_THROWS_AS(store.nearest("legal", {}, LocalTime{{2026, 12, 3}, 600}, 10), DbError);
    CHECK(store.service("mjd-1")); // the rest reads as before
}

// A search that meets one unreadable service throws at that row, its statements half-stepped:
// the next search, for anyone, must read as before rather than fail with SQLITE_MISUSE.
TEST_CASE("a search that meets one unreadable service leaves later searches working", "[damaged]") {
    ContentFixture c;
    std::string bundle = c.build();
    unindex_place(bundle, "far");
    ContentStore store(bundle);
    auto failure = [&](const char* typed) { // SQLite's primary code, SQLITE_OK when nothing failed
        try {
            store.search(typed, "fr", 10);
        } catch (const DbError& e) {
            return e.code & 0xFF;
        }
        return SQLITE_OK;
    };
    CHECK(failure("far") == SQLITE_CORRUPT);
    std::vector<Service> found;
    REQUIRE_NOTHROW(found = store.search("near", "fr", 10));
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == "near");
    CHECK(failure("far office") == SQLITE_CORRUPT); // the same failure again, not SQLITE_MISUSE
    CHECK(failure("near") == SQLITE_OK);
}

// The result of a topic names its places: one that cannot be read must not hide the others.
TEST_CASE("a result's readable places are given when one of them cannot be read", "[damaged]") {
    ContentFixture c;
    std::string bundle = c.build();
    unindex_place(bundle, "far");
    ContentStore store(bundle);
    Node result = *store.flow("help")->find("help.alone");
    result.services = {"far", "near"};
    result.categories.clear();
    CHECK_THROWS_AS(store.services_for(result, 5, "2026-12-03"), DbError);
    std::vector<DbError> unreadable;
    std::vector<Service> shown = store.services_for(result, 5, "2026-12-03", &unreadable);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].id == "near");
    REQUIRE(unreadable.size() == 1);
    CHECK(corrupt(unreadable[0]));
}

TEST_CASE("a visit goes on when a service its topic or a tap names cannot be read", "[damaged]") {
    ContentFixture c;
    std::string bundle = c.build();
    unindex_place(bundle, "near"); // named by the result "alone"
    ContentStore store(bundle);
    ManualClock clock{1'700'000'000'000};
    Session s(store, clock);
    s.apply({Intent::Kind::PickLanguage, "fr"});
    REQUIRE_NOTHROW(s.apply({Intent::Kind::OpenTopic, "help"}));
    CHECK(s.screen() == Screen::Flow);
    REQUIRE_NOTHROW(s.apply({Intent::Kind::OpenService, "near"}));
    CHECK(s.screen() == Screen::Service); // its page says the information is not available
    s.apply({Intent::Kind::Back});
    CHECK(s.screen() == Screen::Flow);
    s.apply({Intent::Kind::OpenService, "nowhere"}); // an id the bundle does not have opens nothing
    CHECK(s.screen() == Screen::Flow);
}

TEST_CASE("a failure is logged once per subject and kind, with nothing of the visit", "[damaged]") {
    ContentFailures failures;
    DbError typed("fts5: syntax error near \"avocat rue\"", SQLITE_ERROR); // FTS5 quotes the query
    const std::string told = "visitors are told the information is not available";
    std::string line = failures.report(screen_subject(Screen::Search), told, typed);
    CHECK(line == "the content bundle could not be read for the search (SQLite: SQL logic error, code 1); "
                  "visitors are told the information is not available");
    CHECK(failures.report("search", told, typed).empty()); // the same tap again
    DbError corrupt_page("database disk image is malformed", SQLITE_CORRUPT);
    CHECK(failures.report(screen_subject(Screen::List), told, corrupt_page)
              .find("list of places (SQLite: database disk image is "
                    "malformed, code 11)") != std::string::npos);
    CHECK(failures.report("list of places", told, corrupt_page).empty());
}
