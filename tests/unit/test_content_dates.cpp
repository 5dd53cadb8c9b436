// Content with dates (validity.h): what the kiosk shows on a Paris day, how the builder carries the
// dates, what lint says about them, and what the staff panel lists as ending soon.
#include "content_fixture.h"
#include "core/content/dated_content.h"
#include "core/content/dated_flow.h"
#include "core/lint/lint.h"
#include "core/lint/lint_dates.h"
#include "core/visit/flow_engine.h"
#include "core/visit/session.h"
#include "flow_samples.h"

#include <catch.hpp>

#include <map>

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::vector<std::string> issues(const std::vector<LintIssue>& all, const std::string& rule,
                                LintIssue::Severity severity) {
    std::vector<std::string> out;
    for (const LintIssue& i : all)
        if (i.rule == rule && i.severity == severity) out.push_back(i.message);
    return out;
}

std::vector<std::string> errors(const std::vector<LintIssue>& all, const std::string& rule) {
    return issues(all, rule, LintIssue::Severity::Error);
}

std::vector<std::string> warnings(const std::vector<LintIssue>& all, const std::string& rule) {
    return issues(all, rule, LintIssue::Severity::Warning);
}

void replace(std::string& text, const std::string& from, const std::string& to) {
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), to);
}

// help.family ends on 2099-06-30; help.family_later takes over the next day, as papers.tension
// and papers.tension_ended do in the default content.
void add_family_later(ContentFixture& c) {
    replace(c.files["flows/help.yaml"], "next: [{if: \"who == family\", to: family}, {to: papers}]",
            "next: [{if: \"who == family\", to: family}, {if: \"who == family\", to: family_later}, "
            "{to: papers}]");
    replace(c.files["flows/help.yaml"], "  - id: family\n    kind: result\n",
            "  - id: family\n    kind: result\n    valid_until: 2099-06-30\n");
    c.files["flows/help.yaml"] += "  - id: family_later\n    kind: result\n    valid_from: 2099-07-01\n"
                                  "    hotlines: [\"115\"]\n    sources: [s1]\n";
    for (const char* key : {"node.help.family_later.title", "node.help.family_later.text"})
        c.strings[key] = {std::string("fr:") + key, std::string("en:") + key};
}

int64_t paris_ms(int year, int month, int day) {
    return paris_epoch_ms(LocalTime{{year, month, day}, 10 * 60});
}

std::vector<std::string> ids(const std::vector<Service>& services) {
    std::vector<std::string> out;
    for (const Service& s : services) out.push_back(s.id);
    return out;
}

} // namespace

TEST_CASE("a content day is a Paris calendar day written YYYY-MM-DD, both ends included") {
    CHECK(parse_iso_date("2026-12-31") == CivilDate{2026, 12, 31});
    CHECK_FALSE(parse_iso_date("2026-02-30"));
    CHECK_FALSE(parse_iso_date("31/12/2026"));
    CHECK_FALSE(parse_iso_date("2026-1-01"));
    Validity v{"2026-01-01", "2026-12-31", ""};
    CHECK(v.on("2026-01-01"));
    CHECK(v.on("2026-12-31"));
    CHECK_FALSE(v.on("2027-01-01"));
    CHECK_FALSE(v.on("2025-12-31"));
    CHECK(Validity{}.on("2026-12-03"));
}

TEST_CASE("on a day, a transition to a node outside its dates falls to the next one") {
    Flow f = sample_flow(); // f.who -> (family) f.done_family | f.papers
    f.nodes[3].dates.until = "2026-12-31";
    Node later = result("f.done_later");
    later.dates.from = "2027-01-01";
    f.nodes.push_back(later);
    f.nodes[0].next.insert(f.nodes[0].next.begin() + 1, go("f.done_later", "who == family"));
    CHECK(lint_flow(f).empty());
    for (auto [day, reached] :
         {std::pair{"2026-12-31", "f.done_family"}, std::pair{"2027-01-01", "f.done_later"}}) {
        Flow on_day = flow_on(f, day);
        FlowRun run = flow_start(on_day);
        REQUIRE(flow_choose(run, 1) == ChooseResult::Moved);
        CHECK(flow_current(run).id == reached);
    }
}

TEST_CASE("on a day, an answer outside its dates is not offered, and the others keep their tap positions") {
    Flow f = sample_flow();
    f.nodes[0].choices[1].dates.until = "2026-12-31"; // family
    Flow before = flow_on(f, "2026-12-31"), after = flow_on(f, "2027-01-01");
    CHECK(before.nodes[0].choices.size() == 3);
    REQUIRE(after.nodes[0].choices.size() == 2);
    CHECK(after.nodes[0].choices[1].value == "unknown");
    CHECK(after.nodes[0].choices[1].position == 3);
}

TEST_CASE("the builder carries dates into the bundle and refuses one that is not a date") {
    ContentFixture c;
    add_family_later(c);
    replace(c.files["hotlines.yaml"], "pictogram: back}", "pictogram: back, review_by: 2099-05-01}");
    replace(c.files["services.yaml"], "- id: far\n", "- id: far\n  valid_until: 2099-06-30\n");
    replace(c.files["flows/help.yaml"], "{value: alone, pictogram: back}",
            "{value: alone, pictogram: back, valid_from: 2099-01-01}");
    ContentStore store(c.build());
    const Flow& help = *store.flow("help");
    CHECK(help.find("help.family")->dates.until == "2099-06-30");
    CHECK(help.find("help.family_later")->dates.from == "2099-07-01");
    CHECK(help.find("help.who")->choices[0].dates.from == "2099-01-01");
    CHECK(help.find("help.who")->choices[2].position == 3);
    CHECK(store.hotline("115")->dates.review_by == "2099-05-01");
    CHECK(store.service("far")->dates.until == "2099-06-30");

    replace(c.files["services.yaml"], "valid_until: 2099-06-30", "valid_until: 2099-13-01");
    CHECK(c.build_error().find("'2099-13-01' is not a date written YYYY-MM-DD") != std::string::npos);
    replace(c.files["services.yaml"], "valid_until: 2099-13-01",
            "valid_until: 2099-01-01\n  valid_from: 2099-02-01");
    CHECK(c.build_error().find("valid_until 2099-01-01 comes before valid_from 2099-02-01") !=
          std::string::npos);
}

TEST_CASE("a service outside its dates is neither named by a result nor listed") {
    ContentFixture c;
    replace(c.files["services.yaml"], "- id: near\n", "- id: near\n  valid_until: 2099-06-30\n");
    ContentStore store(c.build());
    const Node& alone = *store.flow("help")->find("help.alone"); // names near, and the nearest of legal
    CHECK(ids(store.services_for(alone, 5, "2099-06-30")).front() == "near");
    std::vector<std::string> later = ids(store.services_for(alone, 5, "2099-07-01"));
    CHECK(std::find(later.begin(), later.end(), "near") == later.end());
    CHECK_FALSE(later.empty());
    LocalTime june{{2099, 6, 30}, 600}, july{{2099, 7, 1}, 600};
    CHECK(store.count("legal", {}, june) == store.count("legal", {}, july) + 1);
    CHECK(store.nearest("legal", {}, july, 10).size() == store.count("legal", {}, july));
    for (const Service& s : store.nearest("legal", {}, july, 10)) CHECK(s.id != "near");
}

TEST_CASE("a visit sees the flow as on the kiosk's Paris day") {
    ContentFixture c;
    add_family_later(c);
    replace(c.files["flows/help.yaml"], "{value: alone, pictogram: back}",
            "{value: alone, pictogram: back, valid_until: 2099-06-30}");
    ContentStore store(c.build());
    struct Day {
        int64_t at_ms;
        size_t answers, family;
        const char* reached;
    };
    for (Day d : {Day{paris_ms(2099, 6, 30), 3, 1, "help.family"},
                  Day{paris_ms(2099, 7, 1), 2, 0, "help.family_later"}}) {
        ManualClock clock(d.at_ms);
        Session session(store, clock);
        session.apply({Intent::Kind::PickLanguage, "fr"});
        session.apply({Intent::Kind::OpenTopic, "help"});
        const Node& who = flow_current(*session.visit().flow);
        CHECK(who.choices.size() == d.answers);
        REQUIRE(who.choices[d.family].value == "family");
        session.apply({Intent::Kind::Choose, "", d.family});
        CHECK(flow_current(*session.visit().flow).id == d.reached);
    }
}

TEST_CASE("lint refuses content that had ended before the bundle was built") {
    ContentFixture c;
    add_family_later(c);
    replace(c.files["flows/help.yaml"], "valid_until: 2099-06-30", "valid_until: 2020-06-30");
    std::vector<LintIssue> found = lint(ContentStore(c.build()));
    REQUIRE(errors(found, "expired").size() == 1);
    CHECK(errors(found, "expired")[0].rfind(
              "node help.family ended on 2020-06-30, before the bundle was built on ", 0) == 0);
}

TEST_CASE("lint warns about content that ends or is due for review within 60 days of the day checked") {
    ContentFixture c;
    add_family_later(c);
    replace(c.files["hotlines.yaml"], "pictogram: back}", "pictogram: back, review_by: 2099-06-10}");
    ContentStore store(c.build());
    CHECK(
        warnings(lint(store, "2099-05-01"), "ends-soon") ==
        std::vector<std::string>{"review by 2099-06-10: hotline 115", "until 2099-06-30: node help.family"});
    CHECK(warnings(lint(store, "2099-04-01"), "ends-soon").empty());
    CHECK(warnings(lint(store, "2099-07-01"), "ends-soon") ==
          std::vector<std::string>{"review by 2099-06-10: hotline 115"}); // overdue stays listed
    CHECK_FALSE(has_errors(lint(store, "2099-05-01")));
    CHECK_FALSE(has_errors(lint(store, "2099-07-02")));
}

TEST_CASE("lint walks every flow on each day something starts or ends: no dead end, no empty result") {
    ContentFixture c;
    replace(c.files["flows/help.yaml"], "  - id: alone\n    kind: result\n",
            "  - id: alone\n    kind: result\n    valid_until: 2099-06-30\n");
    replace(c.files["hotlines.yaml"], "pictogram: back}", "pictogram: back, valid_until: 2099-08-31}");
    ContentStore store(c.build());
    CHECK(boundary_days(store, "2099-01-01") ==
          std::vector<std::string>{"2099-01-01", "2099-07-01", "2099-09-01"});
    std::vector<LintIssue> found = lint(store, "2099-01-01");
    CHECK(errors(found, "dead-end") ==
          std::vector<std::string>{"on 2099-07-01, node help.papers leads to no node shown that day",
                                   "on 2099-09-01, node help.papers leads to no node shown that day"});
    CHECK(errors(found, "empty-result") ==
          std::vector<std::string>{"on 2099-09-01, result help.family names no service, category or hotline "
                                   "shown that day"});
    // A bundle meant to be replaced before then is not walked past its last day.
    c.files["bundle.yaml"] += "valid_until: 2099-06-30\n";
    CHECK_FALSE(has_errors(lint(ContentStore(c.build()), "2099-01-01")));
}

TEST_CASE("the staff panel's list: what ends or is due for review within 60 days, soonest first") {
    std::vector<DatedItem> items{{"node papers.tension", {"", "2026-12-31", ""}},
                                 {"hotline 3039", {"", "", "2026-12-15"}},
                                 {"service later", {"", "2027-06-30", ""}},
                                 {"node papers.tension_ended", {"2027-01-01", "", ""}}};
    auto lines = [&](const std::string& day) {
        std::vector<std::string> out;
        for (const Ending& e : ending_soon(items, day, 60))
            out.push_back(e.date + (e.review ? " review " : " ends ") + e.what);
        return out;
    };
    CHECK(lines("2026-12-03") ==
          std::vector<std::string>{"2026-12-15 review hotline 3039", "2026-12-31 ends node papers.tension"});
    CHECK(lines("2027-01-02") == std::vector<std::string>{"2026-12-15 review hotline 3039"});
    CHECK(lines("2027-05-02") ==
          std::vector<std::string>{"2026-12-15 review hotline 3039", "2027-06-30 ends service later"});
}

// The staff panel names each item by what a visitor reads there: its key must be the one the
// screens use (a line's key without its spaces, "I don't know" shared by every question).
TEST_CASE("dated items carry the key of the words that name them") {
    ContentFixture c;
    replace(c.files["flows/help.yaml"], "  - id: alone\n    kind: result\n",
            "  - id: alone\n    kind: result\n    valid_until: 2099-06-30\n");
    replace(c.files["hotlines.yaml"], "number: \"115\"", "number: \"11 5\"");
    replace(c.files["hotlines.yaml"], "pictogram: back}", "pictogram: back, valid_until: 2099-08-31}");
    replace(c.files["flows/help.yaml"], "hotlines: [\"115\"]", "hotlines: [\"11 5\"]");
    ContentStore store(c.build());
    std::map<std::string, std::string> keys;
    for (const DatedItem& i : dated_content(store)) keys[i.what] = i.label_key;
    CHECK(keys["node help.alone"] == "node.help.alone.title");
    CHECK(keys["hotline 11 5"] == "hotline.115.name");
    CHECK(store.strings("fr").has(keys["hotline 11 5"]));
}
