#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/content/search_words.h"
#include "core/language/keyboard_layout.h"
#include "core/visit/session.h"

#include <catch.hpp>

#include <cstdio>
#include <set>

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("what is typed becomes the index's words, folded as the index folds them") {
    Db db(":memory:", OpenMode::Create);
    SearchWords words(db);
    using W = std::vector<std::string>;
    CHECK(words("avoca") == W{"avoca"});
    CHECK(words("  Droit  ÉTRANGERS ") == W{"droit", "etrangers"});
    CHECK(words("l'aide") == W{"l", "aide"});
    CHECK(words("a\" OR b NEAR(") == W{"a", "or", "b", "near"}); // no FTS5 syntax gets through
    CHECK(words("محام") == W{"محام"});
    CHECK(words(" ' ").empty());
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

// Found by fuzzing: a word with a typographic apostrophe (l’aide) made search fail. Any
// punctuation separates words as the plain kind does, in every script.
TEST_CASE("search reads typographic and non-Latin punctuation as the plain kind", "[search]") {
    ContentFixture c;
    c.strings["service.near.description"] = {"Permanence pour l’aide juridique", "Legal aid desk"};
    ContentStore store(c.build());
    auto ids = [&](const std::string& q) {
        std::vector<std::string> out;
        for (const Service& s : store.search(q, "fr", 10)) out.push_back(s.id);
        return out;
    };
    const std::vector<std::string> near{"near"};
    REQUIRE(ids("l'aide") == near);
    for (const char* typed :
         {"l’aide",          "l‘aide",         "« aide »",        "«aide»",   "aide—juridique",
          "aide–juridique",  "aide…",          "aide، juridique", "aide؟",    "aide。",
          "aide，juridique", "“aide”",         "aide juridique",  "\"aide\"", "aide*",
          "(aide)",          "aide:juridique", "aide^",           "-aide",    "+aide"})
        CHECK(ids(typed) == near);
    for (const char* nothing : {"’", "«»", "……", "؟،", "。，", "\"\"", "*)"}) CHECK(ids(nothing).empty());
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

// Found in the visitor walk: the Arabic keyboard had no ذ (as in ذهب), so such words could not be
// typed. Every letter of the alphabet has a key.
TEST_CASE("the Arabic and Persian keyboards have every letter of their alphabet") {
    auto missing = [](const char* lang, const std::string& alphabet) {
        std::set<std::string> keys;
        for (const auto& row : keyboard_for(lang)->rows) keys.insert(row.begin(), row.end());
        std::string out;
        for (size_t i = 0; i < alphabet.size(); i += 2) // each letter is two bytes of UTF-8
            if (!keys.count(alphabet.substr(i, 2))) out += alphabet.substr(i, 2);
        return out;
    };
    CHECK(missing("ar", "ابتثجحخدذرزسشصضطظعغفقكلمنهويءةىئؤ") == "");
    CHECK(missing("prs", "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی") == "");
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

// 150 far CAF offices, listed before the near ones, one without coordinates first of all.
static void add_caf_offices(ContentFixture& c) {
    c.files["local-services.yaml"] = "file: local.ndjson\nsource: s1\ntypes:\n"
                                     "  - {type: caf, categories: [legal], audience: audience.everyone}\n";
    auto record = [](const std::string& id, const std::string& place) {
        return "{\"id\":\"" + id + "\",\"type\":\"caf\",\"nom\":\"CAF " + id + "\"" + place + "}\n";
    };
    auto at = [](double lat, double lon) {
        return ",\"latitude\":\"" + std::to_string(lat) + "\",\"longitude\":\"" + std::to_string(lon) + "\"";
    };
    std::string ndjson = record("nowhere", "");
    for (int i = 0; i < 150; ++i) ndjson += record("far-" + std::to_string(i), at(45.0 + i * 0.01, 4.8));
    ndjson += record("paris-2", at(48.87, 2.38)) + record("paris-1", at(48.86, 2.373));
    c.files["local.ndjson"] = ndjson;
    c.strings["local.caf.description"] = {"Allocations familiales", "Family benefits"};
}

static std::vector<std::string> found(const ContentStore& store, const std::string& typed, size_t limit) {
    std::vector<std::string> out;
    for (const Service& s : store.search(typed, "fr", limit)) out.push_back(s.id);
    return out;
}

// Matches used to be taken in FTS5's order, the first few hundred, and only those sorted.
TEST_CASE("search shows the nearest matches first, over every match", "[search]") {
    ContentFixture c;
    add_caf_offices(c);
    ContentStore store(c.build());
    CHECK(found(store, "caf", 4) == std::vector<std::string>{"paris-1", "paris-2", "far-149", "far-148"});
    std::vector<std::string> all = found(store, "caf", 200);
    REQUIRE(all.size() == 153);
    CHECK(all[151] == "far-0");
    CHECK(all[152] == "nowhere"); // no coordinates: after every placed match
}

TEST_CASE("search is nearest first from a kiosk placed away from the bundle's location", "[search]") {
    ContentFixture c;
    add_caf_offices(c);
    ContentStore store(c.build());
    store.set_origin({45.0, 4.8}); // where far-0 is: the bundle's order is now nearly backwards
    CHECK(found(store, "caf", 3) == std::vector<std::string>{"far-0", "far-1", "far-2"});
    std::vector<std::string> all = found(store, "caf", 200);
    REQUIRE(all.size() == 153);
    CHECK(all[150] == "paris-1"); // 800 m nearer there than paris-2
    CHECK(all[151] == "paris-2");
    store.set_origin({48.87, 2.38}); // at paris-2, which the bundle lists after paris-1
    CHECK(found(store, "caf", 1) == std::vector<std::string>{"paris-2"});
}

TEST_CASE("search is nearest first when the bundle does not say where its kiosk is", "[search]") {
    ContentFixture c;
    add_caf_offices(c);
    c.files["bundle.yaml"] = "id: test\nlanguages: [fr, en]\n";
    ContentStore store(c.build());
    store.set_origin({48.85487, 2.37283});
    CHECK(found(store, "caf", 3) == std::vector<std::string>{"paris-1", "paris-2", "far-149"});
}

// A prefix of 4 characters or more is searched as the words it starts, up to a bound, past which
// FTS5's prefix query takes over: the same answer either way.
TEST_CASE("a long prefix finds every word it starts, however many", "[search]") {
    ContentFixture c;
    add_caf_offices(c);
    std::string ndjson;
    for (int i = 0; i <= 200; ++i) { // zonk0000 ... zonk0200, nearer the kiosk as i grows
        char name[16];
        std::snprintf(name, sizeof name, "zonk%04d", i);
        ndjson += std::string("{\"id\":\"") + name + "\",\"type\":\"caf\",\"nom\":\"" + name +
                  "\",\"latitude\":\"" + std::to_string(48.0 + i * 0.004) + "\",\"longitude\":\"2.37\"}\n";
    }
    c.files["local.ndjson"] += ndjson;
    ContentStore store(c.build());
    CHECK(found(store, "zonk01", 2) == std::vector<std::string>{"zonk0199", "zonk0198"}); // 100 words
    CHECK(found(store, "zonk", 3) == std::vector<std::string>{"zonk0200", "zonk0199", "zonk0198"}); // 201
    CHECK(found(store, "zonkx", 3).empty());
}
