#include "content_fixture.h"
#include "core/content/content_store.h"

#include <catch.hpp>
#include <fstream>

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("the store loads meta, languages, topics, flows and hotlines") {
    ContentFixture c;
    ContentStore store(c.build());
    CHECK(store.meta().bundle_id == "test");
    CHECK(store.meta().languages == std::vector<std::string>{"fr", "en"});
    CHECK(store.meta().kiosk_location.has_value());
    CHECK(store.languages().size() == 2);
    CHECK(store.topic("help")->flow_id == "help");
    const Flow* f = store.flow("help");
    REQUIRE(f);
    CHECK(f->start == "help.who");
    CHECK(f->find("help.who")->choices.size() == 3);
    CHECK(f->find("help.who")->choices[2].pictogram == "back");
    CHECK(f->find("help.who")->next[0].condition_text == "who == family");
    CHECK(f->find("help.alone")->services == std::vector<std::string>{"near"});
    CHECK(store.hotline("115")->price == CallPrice::Free);
    CHECK(store.hotline("115")->strip == 1);
    CHECK(store.hotline("115")->pictogram == "back");
}

TEST_CASE("a result lists its named services, then the nearest of its categories") {
    ContentFixture c;
    ContentStore store(c.build());
    std::vector<Service> s = store.services_for(*store.flow("help")->find("help.alone"), 5, "2026-12-03");
    REQUIRE(s.size() == 3);
    CHECK(s[0].id == "near");
    CHECK(s[1].id == "mjd-1"); // 1 km away, before Lyon
    CHECK(s[2].id == "far");
    CHECK(s[1].distance_m < s[2].distance_m);
    CHECK(s[0].phones == std::vector<std::string>{"01 00 00 00 01"});
    CHECK(s[0].opening_hours == "Mo-Fr 09:00-17:00");
    CHECK(s[1].record_date == "2014-05-06");
    CHECK(s[1].address == "3 rue C");
    CHECK(s[0].website == "https://near.example.org/contact");
    CHECK(s[2].website.empty());
    // One per category, not counting the ones the result names already.
    std::vector<Service> one = store.services_for(*store.flow("help")->find("help.alone"), 1, "2026-12-03");
    REQUIRE(one.size() == 2);
    CHECK(one[1].id == "mjd-1");
}

TEST_CASE("strings fall back to French, then English, then the key") {
    ContentFixture c;
    c.strings["topic.help.subtitle"].second = "";
    ContentStore store(c.build());
    Strings en = store.strings("en");
    CHECK(en.get("topic.help.title") == "en:topic.help.title");
    CHECK(en.get("topic.help.subtitle") == "fr:topic.help.subtitle");
    CHECK(en.get("no.such.key") == "no.such.key");
    auto cov = store.coverage();
    REQUIRE(cov.size() == 2);
    CHECK(cov[1].lang == "en");
    CHECK(cov[1].translated == cov[1].total - 1);
    CHECK(cov[1].reviewed == 0);
}

TEST_CASE("a file that is not a bundle is refused with a reason") {
    auto dir = temp_dir("bad");
    std::ofstream(dir / "junk.kbundle") << "this is not SQLite";
    CHECK_THROWS_WITH(ContentStore((dir / "junk.kbundle").string()), Catch::Contains("not a content bundle"));
    CHECK_THROWS_AS(ContentStore((dir / "missing.kbundle").string()), DbError);
    {
        Db db((dir / "empty.kbundle").string(), OpenMode::Create);
        db.exec(
            "CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('schema_version', '99');");
    }
    CHECK_THROWS_WITH(ContentStore((dir / "empty.kbundle").string()),
                      Catch::Contains("bundle schema version 99"));
}

TEST_CASE("the bundle is opened read-only and runs no triggers") {
    ContentFixture c;
    ContentStore store(c.build());
    Db& db = const_cast<Db&>(store.db());
    CHECK_THROWS_AS(db.exec("INSERT INTO meta VALUES ('x', 'y')"), DbError);
    db.exec("CREATE TEMP TABLE a (x); CREATE TEMP TABLE b (x);"
            "CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); END; INSERT INTO a "
            "VALUES (1);");
    Stmt fired(db, "SELECT count(*) FROM b");
    fired.step();
    CHECK(fired.integer(0) == 0);
}

TEST_CASE("broken coordinates in a bundle leave distances unknown instead of wrong") {
    ContentFixture c;
    std::string path = c.build();
    {
        Db db(path, OpenMode::ReadWrite);
        db.exec("UPDATE location SET latitude = 9e999 WHERE id = 'near'; UPDATE meta SET value = 'nan' WHERE "
                "key = 'kiosk_latitude';");
    }
    ContentStore store(path);
    CHECK_FALSE(store.meta().kiosk_location);
    std::optional<Service> near = store.service("near");
    REQUIRE(near);
    CHECK_FALSE(near->location);
    CHECK(near->distance_m < 0);
}

TEST_CASE("a bundle's website that is not a web address is dropped, so no card or QR code shows it") {
    ContentFixture c;
    std::string bundle = c.build();
    for (const char* url : {"tel:+33899000000", "\nAppelez le 0899 00 00 00", "https://near.example.org/a b",
                            "javascript:alert(1)"}) {
        force_website(bundle, "near", url);
        ContentStore store(bundle);
        std::optional<Service> near = store.service("near");
        REQUIRE(near);
        CHECK(near->website.empty());
        std::vector<Service> listed =
            store.services_for(*store.flow("help")->find("help.alone"), 5, "2026-12-03");
        for (const Service& s : listed) CHECK(s.website.empty());
    }
}
