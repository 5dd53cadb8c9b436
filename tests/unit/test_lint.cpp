#include "content_fixture.h"
#include "core/lint/lint.h"
#include "core/storage/sqlite_db.h"
#include "flow_samples.h"

#include <algorithm>
#include <catch.hpp>

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::vector<std::string> errors(const std::vector<LintIssue>& issues, const std::string& rule) {
    std::vector<std::string> out;
    for (const LintIssue& i : issues)
        if (i.rule == rule && i.severity == LintIssue::Severity::Error) out.push_back(i.message);
    return out;
}

std::vector<std::string> warnings(const std::vector<LintIssue>& issues, const std::string& rule) {
    std::vector<std::string> out;
    for (const LintIssue& i : issues)
        if (i.rule == rule && i.severity == LintIssue::Severity::Warning) out.push_back(i.message);
    return out;
}

void replace(std::string& text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
}

std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

std::vector<LintIssue> lint_built(const ContentFixture& c) {
    ContentStore store(c.build());
    return lint(store);
}

} // namespace

TEST_CASE("a sound flow passes lint") {
    CHECK(lint_flow(sample_flow()).empty());
}

TEST_CASE("lint names an unreachable node") {
    Flow f = sample_flow();
    f.nodes.push_back(result("f.orphan"));
    CHECK(errors(lint_flow(f), "unreachable-node") ==
          std::vector<std::string>{"node f.orphan cannot be reached from f.who"});
}

TEST_CASE("lint names a dangling target") {
    Flow f = sample_flow();
    f.nodes[2].next = {go("f.nowhere")};
    CHECK(errors(lint_flow(f), "dangling-target") ==
          std::vector<std::string>{"node f.age leads to f.nowhere, which does not exist"});
    f.start = "f.missing";
    CHECK(errors(lint_flow(f), "dangling-target") ==
          std::vector<std::string>{"flow f starts at f.missing, which does not exist"});
}

TEST_CASE("lint names the nodes of a cycle") {
    Flow f = sample_flow();
    f.nodes[2].next = {go("f.papers", "age == minor"), go("f.done")};
    CHECK(errors(lint_flow(f), "cycle") ==
          std::vector<std::string>{"flow f loops: f.papers -> f.age -> f.papers"});
}

TEST_CASE("lint rejects a leaf without a service or hotline, and a dead end") {
    Flow f = sample_flow();
    f.nodes[3].hotlines.clear();
    CHECK(errors(lint_flow(f), "leaf-without-help") ==
          std::vector<std::string>{"result f.done_family names no service, category or hotline"});
    f = sample_flow();
    f.nodes[2].next.clear();
    CHECK(errors(lint_flow(f), "dead-end").size() == 1);
}

TEST_CASE("lint rejects advice without a source") {
    Flow f = sample_flow();
    f.nodes[4].sources.clear();
    CHECK(errors(lint_flow(f), "missing-source") ==
          std::vector<std::string>{"result f.done gives advice without a source"});
}

TEST_CASE("lint checks conditions against the questions of the flow") {
    Flow f = sample_flow();
    f.nodes[0].next = {go("f.done_family", "who == famly"), go("f.papers")};
    CHECK(errors(lint_flow(f), "bad-condition") ==
          std::vector<std::string>{"node f.who: question \"who\" offers no value \"famly\""});
    f.nodes[0].next = {go("f.done_family", "status == x"), go("f.papers")};
    CHECK(errors(lint_flow(f), "bad-condition").size() == 1);
    f.nodes[0].next = {go("f.done_family", "who = x"), go("f.papers")};
    CHECK(errors(lint_flow(f), "bad-condition")[0].find("does not parse") != std::string::npos);
}

TEST_CASE("lint warns about more than three choices plus I don't know") {
    Flow f = sample_flow();
    f.nodes[1].choices = {{"a", ""}, {"b", ""}, {"c", ""}, {"d", ""}, {"unknown", ""}};
    auto issues = lint_flow(f);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].severity == LintIssue::Severity::Warning);
    CHECK(issues[0].rule == "too-many-choices");
    f.nodes[1].choices = {{"a", ""}, {"b", ""}, {"c", ""}, {"unknown", ""}};
    CHECK(lint_flow(f).empty());
}

TEST_CASE("lint refuses a topic, a choice or a hotline without its pictogram") {
    ContentFixture c;
    replace(c.files["topics.yaml"], "pictogram: back", "pictogram: ghost");
    replace(c.files["flows/help.yaml"], "{value: family, pictogram: back}", "{value: family}");
    replace(c.files["flows/help.yaml"], "{value: unknown, pictogram: back}", "{value: unknown}");
    replace(c.files["flows/help.yaml"], "{value: none, pictogram: back}", "{value: none, pictogram: ghost}");
    replace(c.files["hotlines.yaml"], ", pictogram: back", "");
    CHECK(errors(lint_built(c), "missing-pictogram") ==
          std::vector<std::string>{
              "topic help shows pictogram ghost, which is not in the assets",
              "choice help.who.family has no pictogram", "choice help.who.unknown has no pictogram",
              "choice help.papers.none shows pictogram ghost, which is not in the assets",
              "hotline 115 has no pictogram"});
}

// A bundle on a stick is not made by the builder: lint, which install runs, checks each pictogram's
// header and decodes it, so a huge or damaged image never reaches the screen.
TEST_CASE("lint refuses a pictogram in the bundle that is not a small sound PNG") {
    ContentFixture c;
    std::string bundle = c.build();
    auto with_back = [&](const std::vector<unsigned char>& data) {
        Db db(bundle, OpenMode::ReadWrite);
        Stmt(db, "UPDATE asset SET data = ?1 WHERE name = 'back'").bind_blob(1, data).run();
        return errors(lint(ContentStore(bundle)), "bad-pictogram");
    };
    std::vector<unsigned char> tga(83, 0);
    tga[2] = 10, tga[13] = tga[15] = 0x40, tga[16] = 32;
    CHECK(with_back(tga) == std::vector<std::string>{"pictogram back is not a PNG image"});
    std::vector<unsigned char> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0,
                                      13,   'I', 'H', 'D', 'R',  0,    0,    0x40, 0, 0, 0,
                                      0x40, 0,   8,   6,   0,    0,    0,    0,    0, 0, 0};
    CHECK(with_back(png) ==
          std::vector<std::string>{"pictogram back is 16384x16384 pixels, over the limit of 512x512"});
}

TEST_CASE("lint warns about a question too long for its script, counting what a reader sees") {
    ContentFixture c;
    auto long_questions = [&] { return warnings(lint_built(c), "long-question"); };
    // French, with accents of one code point and of two (e + combining acute): 80 characters.
    c.strings["node.help.who.text"] = {"Où " + repeat("e\u0301", 75) + " ?", "Who?"};
    CHECK(long_questions().empty());
    c.strings["node.help.who.text"].first += "!";
    CHECK(long_questions() == std::vector<std::string>{"question help.who is 81 characters long in fr (Latin "
                                                       "or another alphabet: keep to 80)"});
    // The script decides, not the language: Chinese in the English slot is held to 30 characters.
    c.strings["node.help.who.text"] = {"Qui ?", repeat("字", 30)};
    CHECK(long_questions().empty());
    c.strings["node.help.who.text"].second += "？";
    CHECK(long_questions() == std::vector<std::string>{"question help.who is 31 characters long in en "
                                                       "(Chinese, Japanese or Korean: keep to 30)"});
    // Arabic vowel signs sit on their letter and are not counted.
    c.strings["node.help.who.text"] = {"Qui ?", repeat("بَ", 65)};
    CHECK(long_questions().empty());
    c.strings["node.help.who.text"].second += "ب";
    CHECK(long_questions() ==
          std::vector<std::string>{"question help.who is 66 characters long in en (Arabic: keep to 65)"});
    c.strings["node.help.who.text"] = {"Qui ?", repeat("ሰ", 51)};
    CHECK(long_questions() ==
          std::vector<std::string>{"question help.who is 51 characters long in en (Ethiopic: keep to 50)"});
    // Results and information are not questions: their advice may be longer.
    c.strings["node.help.who.text"] = {"Qui ?", "Who?"};
    c.strings["node.help.alone.text"].first = repeat("a", 300);
    CHECK(long_questions().empty());
}

TEST_CASE("the fixture's content is clean") {
    ContentFixture c;
    CHECK(lint_built(c).empty());
}

TEST_CASE("lint rejects a string missing in an enabled language") {
    ContentFixture c;
    c.strings["node.help.alone.text"].second = "";
    CHECK(errors(lint_built(c), "missing-string") ==
          std::vector<std::string>{"language en lacks 1 string(s): node.help.alone.text"});
}

TEST_CASE("a line's hours may be left out where no source gives them, but not half translated") {
    ContentFixture c;
    c.strings.erase("hotline.115.hours"); // the kiosk says to ask at the front desk
    CHECK(errors(lint_built(c), "missing-string").empty());
    c.strings["hotline.115.hours"] = {"24 h sur 24", ""};
    CHECK(errors(lint_built(c), "missing-string") ==
          std::vector<std::string>{"language en lacks 1 string(s): hotline.115.hours"});
}

TEST_CASE("lint refuses a language code that has no name to show") {
    ContentFixture c;
    c.files["hotlines.yaml"] =
        "- {number: \"115\", price: free, strip: 1, source: s1, pictogram: back, languages: [fr, kab]}\n";
    CHECK(errors(lint_built(c), "unnamed-language") ==
          std::vector<std::string>{"language code kab (hotline 115) has no name: add language.kab.name"});
    c.strings["language.kab.name"] = {"kabyle", "Kabyle"};
    CHECK(errors(lint_built(c), "unnamed-language").empty());
    c.files["services.yaml"].replace(c.files["services.yaml"].find("[fr, ar]"), 8, "[fr, ar, tr]");
    CHECK(errors(lint_built(c), "unnamed-language") ==
          std::vector<std::string>{"language code tr (service near) has no name: add language.tr.name"});
}

TEST_CASE("an untranslated service text falls back with a warning; one with no fallback is an error") {
    ContentFixture c;
    c.strings["service.far.description"].second = ""; // French only: English visitors read French
    auto issues = lint_built(c);
    CHECK(errors(issues, "missing-string").empty());
    bool warned = std::any_of(issues.begin(), issues.end(), [](const LintIssue& i) {
        return i.rule == "untranslated-service" &&
               i.message ==
                   "language en shows 1 service text(s) in French or English until they are translated";
    });
    CHECK(warned);
    c.strings["service.far.description"].first = ""; // nothing to show at all
    CHECK(errors(lint_built(c), "missing-string") ==
          std::vector<std::string>{"1 service text(s) have no French or English to fall back on: "
                                   "service.far.description"});
}

TEST_CASE("lint rejects a phone, an address or a rule without a source") {
    ContentFixture c;
    c.files["services.yaml"] =
        "- id: near\n  name: \"Near\"\n  categories: [legal]\n  record_date: \"2025\"\n  source: s1\n"
        "  phones: [{number: \"01 00\", source: nope}]\n"
        "  location: {address: \"1 rue A\", latitude: 48.8, longitude: 2.3, source: nope}\n"
        "  hours: {rule: \"Mo 10:00-12:00\", source: nope}\n"
        "  website: {url: \"https://near.example.org\", source: nope}\n"
        "- id: far\n  name: \"Far\"\n  record_date: \"2025\"\n  source: nope\n";
    auto e = errors(lint_built(c), "missing-source");
    CHECK(e == std::vector<std::string>{
                   "service far has no source", "phone 01 00 of service near has no source",
                   "address 1 rue A (near) has no source", "opening hours of service near have no source",
                   "website https://near.example.org of service near has no source"});
}

TEST_CASE("lint rejects a bundle's website that a phone could not open as a web address") {
    ContentFixture c;
    std::string bundle = c.build();
    force_website(bundle, "near", "tel:+33899000000");
    CHECK(errors(lint(ContentStore(bundle)), "bad-website") ==
          std::vector<std::string>{
              "service near: website \"tel:+33899000000\" is not an https:// or http:// address"});
    force_website(bundle, "near", "\nAppelez le 0899 00 00 00");
    CHECK(errors(lint(ContentStore(bundle)), "bad-website").size() == 1);
    force_website(bundle, "near", "https://near.example.org/contact");
    CHECK(errors(lint(ContentStore(bundle)), "bad-website").empty());
}

TEST_CASE("lint refuses a result that names a service with no phone, street address or website") {
    ContentFixture c;
    c.files["services.yaml"] += "- id: bare\n  name: \"Bare\"\n  record_date: \"2025\"\n  source: s1\n";
    c.strings["service.bare.description"] = {"a", "b"};
    c.strings["service.bare.audience"] = {"a", "b"};
    replace(c.files["flows/help.yaml"], "services: [near]", "services: [near, bare]");
    CHECK(errors(lint_built(c), "unreachable-service") ==
          std::vector<std::string>{
              "result help.alone names service bare, which has no phone, street address or website"});
    c.files["services.yaml"] += "  website: {url: \"https://bare.example.org/contact\", source: s1}\n";
    CHECK(errors(lint_built(c), "unreachable-service").empty());
}

TEST_CASE("lint rejects references to things that do not exist") {
    ContentFixture c;
    c.files["flows/help.yaml"] +=
        "  - id: extra\n    kind: result\n    services: [ghost]\n    categories: [nothing]\n"
        "    hotlines: [\"999\"]\n    sources: [s9]\n";
    c.files["flows/help.yaml"].replace(c.files["flows/help.yaml"].find("{to: alone}"), 11,
                                       "{if: \"papers == none\", to: extra}, {to: alone}");
    c.strings["node.help.extra.text"] = {"a", "b"};
    c.strings["node.help.extra.title"] = {"a", "b"};
    auto issues = lint_built(c);
    CHECK(errors(issues, "unknown-service").size() == 1);
    CHECK(errors(issues, "unknown-category").size() == 1);
    CHECK(errors(issues, "unknown-hotline").size() == 1);
    CHECK(errors(issues, "missing-source") ==
          std::vector<std::string>{"result help.extra cites source s9, which is not in the sources"});
}

TEST_CASE("lint rejects a translation that drops or changes a phone number") {
    ContentFixture c;
    c.strings["hotline.115.purpose"] = {"Appelez le 115 ou le 01 00 00 00 01.",
                                        "Call 115 or 01 00 00 00 01."};
    CHECK(errors(lint_built(c), "changed-number").empty());
    c.strings["hotline.115.purpose"] = {"Appelez le 115 ou le 01 00 00 00 01.",
                                        "Call 115 or 01 00 00 00 10."};
    CHECK(errors(lint_built(c), "changed-number") ==
          std::vector<std::string>{
              "language en, hotline.115.purpose: the phone number 0100000001 of the French text is missing"});
    c.strings["hotline.115.purpose"] = {"Ouvert de 9 h à 19 h.",
                                        "Open 9 am to 7 pm."}; // hours may be written the local way
    CHECK(errors(lint_built(c), "changed-number").empty());
}

// Found on the SPADA card in Arabic, Dari and Pashto: "01 42 500 900" read "900 500 42 01".
TEST_CASE("lint refuses a number whose groups a right-to-left language would reverse") {
    ContentFixture c;
    c.files["languages.yaml"] =
        "- {code: fr, endonym: \"Français\"}\n- {code: en, endonym: \"English\", rtl: true}\n";
    c.strings["hotline.115.purpose"] = {"Appelez le 01 00 00 00 01.", "Call 01 00 00 00 01, 3 000 times."};
    CHECK(errors(lint_built(c), "rtl-number-order") ==
          std::vector<std::string>{
              "language en, hotline.115.purpose: \"01 00 00 00 01\" would read backwards right to left; put "
              "it between U+2066 and U+2069 (an LTR isolate)",
              "language en, hotline.115.purpose: \"3 000\" would read backwards right to left; put it "
              "between U+2066 and U+2069 (an LTR isolate)"});
    // A bundle already installed only warns: a software update must not leave the kiosk without content.
    ContentStore installed(c.build());
    CHECK(warnings(lint(installed, "", LintOf::Installed), "rtl-number-order").size() == 2);
    CHECK(errors(lint(installed, "", LintOf::Installed), "rtl-number-order").empty());
    // Isolated (LRI, or FSI as the kiosk's isolate() writes), kept whole by dots and hyphens, or
    // one group: nothing to reverse.
    c.strings["hotline.115.purpose"] = {"Appelez le 01 00 00 00 01.",
                                        "Call \u2066"
                                        "01 00 00 00 01\u2069, \u2068"
                                        "3 000\u2069, 01.00.00, 09:00-17:00, 115 or 3039."};
    CHECK(errors(lint_built(c), "rtl-number-order").empty());
    c.files["languages.yaml"] = "- {code: fr, endonym: \"Français\"}\n- {code: en, endonym: \"English\"}\n";
    c.strings["hotline.115.purpose"] = {"Appelez le 01 00 00 00 01.",
                                        "Call 01 00 00 00 01."}; // left to right
    CHECK(errors(lint_built(c), "rtl-number-order").empty());
}

TEST_CASE("lint rejects opening hours that do not parse") {
    ContentFixture c;
    c.files["services.yaml"].replace(c.files["services.yaml"].find("Mo-Fr 09:00-17:00"), 17, "Mo-Fr 9h-17h");
    CHECK(errors(lint_built(c), "bad-hours") ==
          std::vector<std::string>{"service near: opening hours \"Mo-Fr 9h-17h\": expected ':' in a time "
                                   "such as 09:30 at position 8 ('h-17h')"});
}

TEST_CASE("lint refuses a question whose last transition has a condition: some answers would lead nowhere") {
    Flow f = sample_flow();
    f.nodes[0].next = {go("f.done_family", "who == family"), go("f.papers", "who == alone")};
    CHECK(errors(lint_flow(f), "no-fallback").size() == 1);
}
