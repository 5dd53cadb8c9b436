#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/content/service_filter.h"
#include "core/visit/session.h"

#include <catch.hpp>

using namespace kiosk;
using namespace kiosk::test;

namespace {

const LocalTime tuesday_10{{2026, 11, 24}, 600};
const LocalTime sunday_10{{2026, 11, 29}, 600};

ServiceFilter open_now() {
    ServiceFilter f;
    f.open_now = true;
    return f;
}
ServiceFilter free_only() {
    ServiceFilter f;
    f.free = true;
    return f;
}
ServiceFilter walk_in() {
    ServiceFilter f;
    f.no_appointment = true;
    return f;
}
ServiceFilter speaks(const std::string& lang) {
    ServiceFilter f;
    f.language = lang;
    return f;
}
ServiceFilter welcomes(const std::string& group) {
    ServiceFilter f;
    f.audience = group;
    return f;
}

std::vector<std::string> ids(const std::vector<Service>& services) {
    std::vector<std::string> out;
    for (const Service& s : services) out.push_back(s.id);
    return out;
}

} // namespace

TEST_CASE("open now on Good Friday: closed in Alsace-Moselle, open elsewhere") {
    Service sv;
    sv.opening_hours = "Mo-Sa 09:00-17:00; PH off";
    const LocalTime good_friday{{2026, 4, 3}, 600};
    sv.postal_code = "57000"; // Metz
    CHECK_FALSE(passes(open_now(), sv, good_friday));
    sv.postal_code = "69003"; // Lyon
    CHECK(passes(open_now(), sv, good_friday));
}

TEST_CASE("a filter keeps only services known to match") {
    Service s;
    s.free = true;
    s.appointment = "none";
    s.languages = {"ar", "fr"};
    s.audiences = {"families", "women"};
    s.opening_hours = "Mo-Fr 09:00-17:00";
    CHECK(passes({}, s, sunday_10));
    CHECK(passes({true, true, true, "ar", "women"}, s, tuesday_10));
    CHECK_FALSE(passes(open_now(), s, sunday_10)); // closed on Sunday
    CHECK_FALSE(passes(speaks("ps"), s, tuesday_10));
    CHECK_FALSE(passes(welcomes("under-25"), s, tuesday_10));

    Service unknown; // nothing said: no filter keeps it
    unknown.appointment = "unknown";
    CHECK(passes({}, unknown, tuesday_10));
    CHECK_FALSE(passes(free_only(), unknown, tuesday_10));
    CHECK_FALSE(passes(walk_in(), unknown, tuesday_10));
    CHECK_FALSE(passes(open_now(), unknown, tuesday_10)); // hours unknown is not "open now"
    unknown.free = false;
    CHECK_FALSE(passes(free_only(), unknown, tuesday_10));
    unknown.opening_hours = "Mo-Fr 09:00-1x:00"; // a broken rule is not "open now" either
    CHECK_FALSE(passes(open_now(), unknown, tuesday_10));
}

TEST_CASE("lists are nearest first and filtered") {
    ContentFixture c;
    ContentStore store(c.build());
    auto list = [&](ServiceFilter f, LocalTime at = tuesday_10, size_t n = 10) {
        return ids(store.nearest("legal", f, at, n));
    };
    using V = std::vector<std::string>;
    CHECK(list({}) == V{"near", "mjd-1", "far"}); // Paris 20 m, Paris 800 m, Lyon
    CHECK(list({}, tuesday_10, 2) == V{"near", "mjd-1"});
    CHECK(list(open_now()) == V{"near"}); // Mo-Fr 09:00-17:00; the others have no hours
    CHECK(list(open_now(), sunday_10).empty());
    CHECK(list(open_now(), {{2026, 11, 24}, 1080}).empty()); // Tuesday 18:00
    CHECK(list(free_only()) == V{"near"});
    CHECK(list(walk_in()) == V{"near"});
    CHECK(list(speaks("ar")) == V{"near"});
    CHECK(list(speaks("ps")).empty());
    CHECK(list(welcomes("women")) == V{"near", "mjd-1"}); // mjd serves everyone
    CHECK(list(welcomes("families")) == V{"mjd-1"});
    CHECK(store.nearest("victims", {}, tuesday_10, 10).empty()); // no such category
}

TEST_CASE("services with no address come after every placed one") {
    ContentFixture c;
    c.files["services.yaml"] += "- id: nowhere\n  name: \"Helpline office\"\n  categories: [legal]\n"
                                "  record_date: \"2025\"\n  source: s1\n";
    c.strings["service.nowhere.description"] = {"fr", "en"};
    c.strings["service.nowhere.audience"] = {"fr", "en"};
    ContentStore store(c.build());
    CHECK(ids(store.nearest("legal", {}, tuesday_10, 10)) ==
          std::vector<std::string>{"near", "mjd-1", "far", "nowhere"});
    CHECK(ids(store.nearest("legal", {}, tuesday_10, 1)) == std::vector<std::string>{"near"});
}

TEST_CASE("a service's languages and audience are read with it") {
    ContentFixture c;
    ContentStore store(c.build());
    auto near = store.service("near");
    REQUIRE(near);
    CHECK(near->languages == std::vector<std::string>{"ar", "fr"});
    CHECK(near->audiences == std::vector<std::string>{"women"});
    auto mjd = store.service("mjd-1");
    REQUIRE(mjd);
    CHECK(mjd->audiences.size() == audience_groups.size()); // everyone: every group
    CHECK(store.service("far")->audiences.empty());         // not said
}

TEST_CASE("filters belong to the visit") {
    ContentFixture c;
    ContentStore store(c.build());
    ManualClock clock(0);
    Session s(store, clock);
    s.apply({Intent::Kind::PickLanguage, "fr"});
    s.apply({Intent::Kind::OpenList, "legal"});
    CHECK(s.screen() == Screen::List);
    CHECK(s.visit().subject() == "legal");
    s.apply({Intent::Kind::ToggleFilter, "open-now"});
    s.apply({Intent::Kind::ToggleFilter, "free"});
    s.apply({Intent::Kind::ToggleFilter, "my-language"});
    s.apply({Intent::Kind::ToggleFilter, "women"});
    CHECK(s.visit().filter.open_now);
    CHECK(s.visit().filter.free);
    CHECK(s.visit().filter.language == "fr");
    CHECK(s.visit().filter.audience == "women");
    s.apply({Intent::Kind::ToggleFilter, "families"}); // one group at a time
    CHECK(s.visit().filter.audience == "families");
    s.apply({Intent::Kind::ToggleFilter, "families"});
    CHECK(s.visit().filter.audience.empty());
    s.apply({Intent::Kind::ToggleFilter, "free"});
    CHECK_FALSE(s.visit().filter.free);
    s.apply({Intent::Kind::ToggleFilter, "nonsense"}); // ignored
    s.apply({Intent::Kind::OpenLanguages});
    s.apply({Intent::Kind::PickLanguage, "en"});
    CHECK(s.screen() == Screen::List);
    CHECK(s.visit().filter.language == "en"); // "my language" follows the visitor's
    s.apply({Intent::Kind::EndVisit});
    CHECK_FALSE(s.visit().filter.any()); // forgotten with the visit
}

TEST_CASE("a visitor may also see the services nobody recorded the asked facts for, each marked") {
    Service unknown; // nothing recorded
    unknown.appointment = "unknown";
    Service known_no;
    known_no.free = false;
    known_no.appointment = "required";
    known_no.languages = {"fr"};
    known_no.audiences = {"families"};
    known_no.opening_hours = "Mo-Fr 09:00-17:00";
    for (ServiceFilter f : {free_only(), walk_in(), speaks("ar"), welcomes("women"), open_now()}) {
        f.unrecorded = true;
        CHECK(passes(f, unknown, sunday_10));            // nobody said: shown, on request
        CHECK(passes_unrecorded(f, unknown, sunday_10)); // and marked so
        CHECK_FALSE(passes(f, known_no, sunday_10));     // a known "no" stays out
        CHECK_FALSE(passes_unrecorded(f, known_no, sunday_10));
    }
    Service broken = unknown;
    broken.opening_hours = "Mo-Fr 09:00-1x:00"; // unreadable hours are not recorded hours
    ServiceFilter f = open_now();
    f.unrecorded = true;
    CHECK(passes_unrecorded(f, broken, tuesday_10));
    Service yes;
    yes.free = true;
    f = free_only();
    f.unrecorded = true;
    CHECK(passes(f, yes, tuesday_10));
    CHECK_FALSE(passes_unrecorded(f, yes, tuesday_10));      // known to match: no mark
    CHECK_FALSE(passes_unrecorded({}, unknown, tuesday_10)); // no filter asked: nothing to mark
}

TEST_CASE("the list's SQL keeps what passes() keeps, with and without the unrecorded ones") {
    ContentFixture c;
    ContentStore store(c.build());
    for (ServiceFilter f : {free_only(), walk_in(), speaks("ar"), speaks("ps"), welcomes("women"),
                            welcomes("families"), open_now()})
        for (bool unrecorded : {false, true}) {
            f.unrecorded = unrecorded;
            std::vector<std::string> expected;
            for (const Service& s : store.nearest("legal", {}, tuesday_10, 10))
                if (passes(f, s, tuesday_10)) expected.push_back(s.id);
            INFO("unrecorded " << unrecorded);
            CHECK(ids(store.nearest("legal", f, tuesday_10, 10)) == expected);
        }
    for (ServiceFilter f : {free_only(), speaks("ar"), open_now()})
        for (bool unrecorded : {false, true}) {
            f.unrecorded = unrecorded;
            CHECK(store.count("legal", f, tuesday_10) == store.nearest("legal", f, tuesday_10, 10).size());
        }
    ServiceFilter f = free_only();
    f.unrecorded = true;
    CHECK(store.count("legal", f, tuesday_10) > store.count("legal", free_only(), tuesday_10));
}

TEST_CASE("showing the unrecorded places lasts only while a filter asks something") {
    ContentFixture c;
    ContentStore store(c.build());
    ManualClock clock(0);
    Session s(store, clock);
    s.apply({Intent::Kind::PickLanguage, "fr"});
    s.apply({Intent::Kind::OpenList, "legal"});
    s.apply({Intent::Kind::ToggleFilter, "free"});
    s.apply({Intent::Kind::ToggleFilter, "unrecorded"});
    CHECK(s.visit().filter.unrecorded);
    s.apply({Intent::Kind::ToggleFilter, "free"}); // nothing asked any more
    CHECK_FALSE(s.visit().filter.unrecorded);
    s.apply({Intent::Kind::ToggleFilter, "open-now"}); // a new question keeps the unrecorded out again
    CHECK_FALSE(s.visit().filter.unrecorded);
}
