#include "content_fixture.h"
#include "content_store.h"
#include "keyboard_layout.h"
#include "session.h"

#include <catch.hpp>

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("what is typed becomes a safe prefix query") {
    CHECK(fts_query("avoca") == "\"avoca\"*");
    CHECK(fts_query("  droit  étrangers ") == "\"droit\"* \"étrangers\"*");
    CHECK(fts_query("l'aide") == "\"l\"* \"aide\"*");
    CHECK(fts_query("a\" OR b NEAR(") == "\"a\"* \"OR\"* \"b\"* \"NEAR\"*"); // no FTS5 syntax gets through
    CHECK(fts_query("محام") == "\"محام\"*");
    CHECK(fts_query(" ' ").empty());
}

TEST_CASE("search finds services by their words in the visitor's language, ignoring case and accents") {
    ContentFixture c;
    c.strings["service.near.description"] = {"Permanence d'avocats gratuite", "Free lawyers' desk"};
    c.strings["category.legal.name"] = {"Aide juridique", "Legal help"};
    ContentStore store(c.build());
    auto ids = [&](const std::string& q, const std::string& lang) {
        std::vector<std::string> out;
        for (const Service& s : store.search(q, lang, 10)) out.push_back(s.id);
        return out;
    };
    CHECK(ids("avoc", "fr") == std::vector<std::string>{"near"});
    CHECK(ids("AVOCATS", "fr") == std::vector<std::string>{"near"});
    CHECK(ids("lawy", "en") == std::vector<std::string>{"near"});
    CHECK(ids("lawy", "fr").empty());          // each language searches its own words
    CHECK(ids("juridique", "fr").size() == 3); // the category's name finds every legal service
    CHECK(ids("maison", "fr") == std::vector<std::string>{"mjd-1"});
    CHECK(ids("paris avoc", "fr") == std::vector<std::string>{"near"}); // every word must match
    CHECK(ids("", "fr").empty());
}

TEST_CASE("keyboards by language, and backspace removes a whole character") {
    REQUIRE(keyboard_for("fr"));
    CHECK(keyboard_for("fr")->rows[1][0] == "a"); // AZERTY
    CHECK(keyboard_for("ar")->rows[1][0] == "ض");
    CHECK(keyboard_for("ps")->rows.back().front() == "ټ");
    CHECK(keyboard_for("uk")->rows[1].back() == "ї");
    CHECK(keyboard_for("ti") == nullptr); // browse by category
    CHECK(keyboard_for("zh-Hans") == nullptr);
    CHECK(without_last_character("abc") == "ab");
    CHECK(without_last_character("محام") == "محا");
    CHECK(without_last_character("") == "");
}

TEST_CASE("typed words belong to the visit and to its language") {
    ContentFixture c;
    ContentStore store(c.build());
    ManualClock clock(0);
    Session s(store, clock);
    s.apply({Intent::Kind::PickLanguage, "fr"});
    s.apply({Intent::Kind::OpenSearch});
    CHECK(s.screen() == Screen::Search);
    s.apply({Intent::Kind::TypeKey, "a"});
    s.apply({Intent::Kind::TypeKey, "v"});
    CHECK(s.visit().query == "av");
    s.apply({Intent::Kind::Backspace});
    CHECK(s.visit().query == "a");
    s.apply({Intent::Kind::BrowseCategory, "legal"});
    CHECK(s.visit().query.empty());
    CHECK(s.screen() == Screen::List); // a category opens its list
    CHECK(s.visit().subject() == "legal");
    s.apply({Intent::Kind::Back});
    s.apply({Intent::Kind::TypeKey, "x"});
    s.apply({Intent::Kind::OpenLanguages});
    s.apply({Intent::Kind::PickLanguage, "en"});
    CHECK(s.screen() == Screen::Search); // the same step
    CHECK(s.visit().query.empty());      // but not the other script's letters
    s.apply({Intent::Kind::TypeKey, "y"});
    s.apply({Intent::Kind::EndVisit});
    CHECK(s.visit().query.empty()); // nothing typed outlives the visit
}
