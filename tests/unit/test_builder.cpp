#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/lint/lint.h"
#include "tools/bundle_builder.h"

#include <catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

using namespace kiosk;
using namespace kiosk::test;
namespace fs = std::filesystem;

TEST_CASE("a bad content source names the file and the line") {
    ContentFixture c;
    c.files["services.yaml"] = "- id: near\n  name: \"Near\n  record_date: x\n";
    std::string e = c.build_error();
    CHECK(e.find("services.yaml:") != std::string::npos);
    c.files["services.yaml"] =
        "- id: near\n  name: Near\n  record_date: x\n  source: s1\n  appointment: maybe\n";
    CHECK(c.build_error().find("services.yaml:1: appointment must be required, none or unknown") !=
          std::string::npos);
    c.files["services.yaml"] = "- id: near\n  name: Near\n  source: s1\n";
    CHECK(c.build_error().find("services.yaml:1: missing field 'record_date'") != std::string::npos);
}

// Found by tests/fuzz/yaml_fuzz.cpp: yaml-cpp's own "operator[] call on a scalar" escaped the
// builder and reached the author without the file's name.
TEST_CASE("a list entry that is a single word instead of fields names the file and the line") {
    ContentFixture c;
    c.files["categories.yaml"] = "- legal\n";
    CHECK(c.build_error() == (c.dir / "db/content/categories.yaml").string() +
                                 ":1: expected fields such as 'id: ...' here, not a single value");
    c.files["categories.yaml"] = "- id: legal\n";
    c.files["hotlines.yaml"] = "- [115, free]\n";
    CHECK(c.build_error() == (c.dir / "db/content/hotlines.yaml").string() +
                                 ":1: expected fields such as 'number: ...' here, not a list");
}

TEST_CASE("the builder refuses out-of-range coordinates and duplicate ids") {
    ContentFixture c;
    c.files["services.yaml"] = "- id: a\n  name: A\n  record_date: x\n  source: s1\n  location: {address: x, "
                               "latitude: 123, longitude: 2, source: s1}\n";
    CHECK(c.build_error().find("coordinates of a are out of range") != std::string::npos);
    c.files["services.yaml"] =
        "- {id: a, name: A, record_date: x, source: s1}\n- {id: a, name: B, record_date: x, source: s1}\n";
    CHECK(c.build_error().find("services.yaml:2: service a is listed twice") != std::string::npos);
    // Found by tests/fuzz/yaml_fuzz.cpp: SQLite's "UNIQUE constraint failed: taxonomy_term.id".
    c.files["services.yaml"] = "- {id: a, name: A, record_date: x, source: s1}\n";
    c.files["categories.yaml"] = "- id: legal\n- id: legal\n";
    CHECK(c.build_error() ==
          (c.dir / "db/content/categories.yaml").string() + ":2: category legal is listed twice");
}

// Found by tests/fuzz/yaml_fuzz.cpp (a language listed twice): SQLite's bare "UNIQUE constraint
// failed: ui_language.code". The other lists keyed by their first field say the same.
TEST_CASE("the builder names a language, line or topic listed twice") {
    ContentFixture valid;
    auto refused = [&](const std::string& file, const std::string& text) {
        ContentFixture c;
        c.files = valid.files;
        c.files[file] = text;
        return c.build_error();
    };
    CHECK(refused("languages.yaml",
                  "- {code: fr, endonym: \"Français\"}\n- {code: en, endonym: \"English\"}\n"
                  "- {code: fr, endonym: \"Français\"}\n")
              .ends_with("languages.yaml:3: language fr is listed twice"));
    CHECK(refused("hotlines.yaml", "- {number: \"115\", price: free, strip: 1, source: s1, pictogram: back}\n"
                                   "- {number: \"115\", price: free, source: s1, pictogram: back}\n")
              .ends_with("hotlines.yaml:2: hotline 115 is listed twice"));
    CHECK(refused("topics.yaml",
                  "- {key: help, pictogram: back, flow: help}\n- {key: help, pictogram: back, flow: help}\n")
              .ends_with("topics.yaml:2: topic help is listed twice"));
}

TEST_CASE("a line costs nothing or the price of an ordinary call; 'not free' alone is refused") {
    ContentFixture c;
    auto line = [](const std::string& price) {
        return "- {number: \"115\", " + price + ", strip: 1, source: s1, pictogram: back}\n";
    };
    c.files["hotlines.yaml"] = line("price: normal");
    CHECK(ContentStore(c.build()).hotline("115")->price == CallPrice::Normal);
    c.files["hotlines.yaml"] = line("free: true"); // the older spelling still reads
    CHECK(ContentStore(c.build()).hotline("115")->price == CallPrice::Free);
    c.files["hotlines.yaml"] = line("free: false");
    CHECK(c.build_error().find("hotlines.yaml:1: 'free: false' does not say what a call costs: write "
                               "price: normal for the price of an ordinary call") != std::string::npos);
    c.files["hotlines.yaml"] = line("price: cheap");
    CHECK(c.build_error().find("hotlines.yaml:1: price must be free or normal") != std::string::npos);
}

TEST_CASE("a service's website must be a web address a phone can open") {
    ContentFixture c;
    c.files["services.yaml"] =
        "- id: a\n  name: A\n  record_date: x\n  source: s1\n  website: {url: \"www.a.org\", source: s1}\n";
    CHECK(c.build_error().find("services.yaml:5: the website of a must start with https:// or http://") !=
          std::string::npos);
    c.files["services.yaml"] =
        "- id: a\n  name: A\n  record_date: x\n  source: s1\n  website: {url: \"https://a.org/x y\", "
        "source: s1}\n";
    CHECK(c.build_error().find("the website of a must start with https:// or http://") != std::string::npos);
}

TEST_CASE("a failed build leaves no bundle behind") {
    ContentFixture c;
    c.files["topics.yaml"] = "- {key: help, pictogram: back, flow: absent}\n";
    CHECK(c.build_error().find("absent.yaml: cannot be read") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(c.dir / "test.kbundle"));
    for (const auto& e : std::filesystem::directory_iterator(c.dir))
        CHECK(e.path().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("a PO entry without its key is refused") {
    ContentFixture c;
    c.write();
    std::ofstream(c.dir / "locales" / "en.po", std::ios::app) << "msgid \"Sans clé\"\nmsgstr \"No key\"\n";
    BuildOptions o{c.dir.string(), 1, (c.dir / "b.kbundle").string(), {}};
    CHECK_THROWS_WITH(build_bundle(o), Catch::Contains("has no msgctxt"));
}

TEST_CASE("a translation of an older French text stays a draft and is reported") {
    ContentFixture c;
    c.write();
    std::ofstream(c.dir / "locales" / "en.po", std::ios::app)
        << "# reviewed-by: A. Reviewer 2026-01-01\nmsgctxt \"topic.extra\"\nmsgid \"Ancien texte\"\nmsgstr "
           "\"Old text\"\n";
    std::ofstream(c.dir / "locales" / "fr.po", std::ios::app)
        << "msgctxt \"topic.extra\"\nmsgid \"Nouveau texte\"\nmsgstr \"\"\n";
    BuildOptions o{c.dir.string(), 1, (c.dir / "b.kbundle").string(), {}};
    std::vector<std::string> warnings = build_bundle(o);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("topic.extra translates an older French text") != std::string::npos);
    ContentStore store(o.output);
    CHECK_FALSE(store.string_table("en").at("topic.extra").reviewed);
}

// A corrected fact names its source in the PO file; the result shows the node's sources, so the
// node must list it too, and the id must exist.
TEST_CASE("a string's sources exist and its node lists them") {
    ContentFixture c;
    c.files["sources.yaml"] += "- {id: s2, title: \"Source two\", url: \"https://example.org/two\", date: "
                               "\"2026-12-03\"}\n";
    auto cite = [&](const std::string& ids) {
        c.write();
        std::string po = (c.dir / "locales" / "fr.po").string();
        std::ifstream in(po);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        size_t at = text.find("msgctxt \"node.help.alone.text\"");
        REQUIRE(at != std::string::npos);
        std::ofstream(po) << text.insert(at, "#. source: " + ids + "\n");
        BuildOptions o{c.dir.string(), 1, (c.dir / "b.kbundle").string(), {}};
        try {
            build_bundle(o);
            return std::string();
        } catch (const BuildError& e) {
            return std::string(e.what());
        }
    };
    CHECK(cite("s1") == "");
    CHECK(cite("s1, s2").find("node.help.alone.text names source s2, which node help.alone does not list in "
                              "its sources") != std::string::npos);
    CHECK(cite("s9").find("node.help.alone.text names source s9, not in sources.yaml") != std::string::npos);
}

TEST_CASE("the default content builds and passes lint") {
    std::filesystem::path out = temp_dir("default") / "content.kbundle";
    BuildOptions o{KIOSK_SOURCE_DIR, 1, out.string(), {}};
    build_bundle(o);
    ContentStore store(out.string());
    auto issues = lint(store);
    for (const LintIssue& i : issues)
        if (i.severity == LintIssue::Severity::Error) FAIL(i.message);
    CHECK(store.topics().size() >= 9);
    for (const char* lang : {"fr", "en"}) CHECK(store.language(lang));
    std::filesystem::remove_all(out.parent_path());
}

TEST_CASE("whom a service welcomes must be one of the filter's groups") {
    ContentFixture c;
    c.files["services.yaml"] =
        "- id: a\n  name: A\n  record_date: x\n  source: s1\n  serves: {groups: [men]}\n";
    CHECK(c.build_error().find("services.yaml:5: 'men' is not everyone nor one of the audience groups") !=
          std::string::npos);
}

TEST_CASE("a hand-written service replaces the directory record it names") {
    ContentFixture c;
    c.files["services.yaml"] += "  replaces: [mjd-1]\n"; // on the last service, far
    ContentStore store(c.build());
    CHECK_FALSE(store.service("mjd-1"));
    CHECK(store.service("far"));
}

TEST_CASE("a directory record's phone field becomes numbers written one way") {
    ContentFixture c;
    c.files["local.ndjson"] =
        "{\"id\":\"mjd-2\",\"type\":\"mjd\",\"nom\":\"MJD\",\"latitude\":\"48.86\","
        "\"longitude\":\"2.38\",\"contact_phone\":\"03-85-21-90-88 et 06.40.48.40.23\","
        "\"update\":\"2014\",\"writeAddress\":{\"streetAddress\":[\"1 rue D\"]}}\n"
        "{\"id\":\"mjd-3\",\"type\":\"mjd\",\"nom\":\"MJD 3\",\"contact_phone\":\"0810 25 18 10 "
        "(Numéro violet ou majoré)\",\"update\":\"2014\"}\n";
    ContentStore store(c.build());
    CHECK(store.service("mjd-2")->phones == std::vector<std::string>{"03 85 21 90 88", "06 40 48 40 23"});
    auto no_place = store.service("mjd-3"); // no coordinates: kept, without a place
    REQUIRE(no_place);
    CHECK(no_place->phones == std::vector<std::string>{"0810 25 18 10"});
    CHECK_FALSE(no_place->location);
}

TEST_CASE("a glossary word needs its French term and explanation and a known source") {
    ContentFixture c;
    c.files["glossary.yaml"] = "- { id: ofii, source: s1, forms: [OFII] }\n";
    CHECK(c.build_error().find("glossary.yaml:1: glossary word ofii has no French glossary.ofii.term") !=
          std::string::npos);
    c.strings["glossary.ofii.term"] = {"OFII", "OFII"};
    CHECK(c.build_error().find("glossary word ofii has no French glossary.ofii.text") != std::string::npos);
    c.strings["glossary.ofii.text"] = {"Le service de l'État pour les étrangers.",
                                       "The State office for foreigners."};
    c.files["glossary.yaml"] = "- { id: ofii, source: nowhere }\n";
    CHECK(c.build_error().find(
              "glossary.yaml:1: glossary word ofii names source nowhere, not in sources.yaml") !=
          std::string::npos);
    c.files["glossary.yaml"] = "- { id: ofii, source: s1, forms: [\"أوفي\"] }\n";
    CHECK(c.build_error().find("glossary form 'أوفي' of ofii must be one form, written in Latin script") !=
          std::string::npos);
    c.files["glossary.yaml"] = "- { id: ofii, source: s1, forms: [\"OFII | Ofii\"] }\n";
    CHECK(c.build_error().find(
              "glossary form 'OFII | Ofii' of ofii must be one form, written in Latin script") !=
          std::string::npos);
    c.files["glossary.yaml"] = "- { id: OFII, source: s1 }\n";
    CHECK(c.build_error().find("glossary id 'OFII' must be lowercase") != std::string::npos);
}

TEST_CASE("the bundle holds the glossary words in order with their Latin forms") {
    ContentFixture c;
    c.strings["glossary.ofii.term"] = {"OFII", "OFII"};
    c.strings["glossary.ofii.text"] = {"Le service de l'État pour les étrangers.",
                                       "The State office for foreigners."};
    c.strings["glossary.b1.term"] = {"B1", "B1"};
    c.strings["glossary.b1.text"] = {"Un niveau de français.", "A level of French."};
    c.files["glossary.yaml"] =
        "- { id: ofii, source: s1, forms: [OFII, Ofii] }\n- { id: b1, source: s1, forms: [B1] }\n";
    ContentStore store(c.build());
    REQUIRE(store.glossary().size() == 2);
    CHECK(store.glossary()[0].id == "ofii");
    CHECK(store.glossary()[0].latin_forms == std::vector<std::string>{"OFII", "Ofii"});
    CHECK(store.glossary()[0].source_id == "s1");
    CHECK(store.glossary()[1].latin_forms == std::vector<std::string>{"B1"});
}

TEST_CASE("a source is a web address, a file of the repository or a named document") {
    ContentFixture c;
    std::string base = c.files["sources.yaml"];
    c.files["sources.yaml"] =
        base + "- {id: s2, title: Guide, file: \"shared/seeds/000.txt\", date: \"2025\"}\n";
    CHECK(c.build_error().find("sources.yaml:") != std::string::npos);
    CHECK(c.build_error().find("source file shared/seeds/000.txt is not in the repository") !=
          std::string::npos);
    c.files["sources.yaml"] = base + "- {id: s2, title: Guide, date: \"2025\"}\n";
    CHECK(c.build_error().find("a source needs a url, a file or a document") != std::string::npos);
    c.files["sources.yaml"] = base + "- {id: s2, title: Guide, document: \"text received 2026-11-23\"}\n";
    CHECK(c.build_error().empty());
}

// A 1 MB PNG of 16384 x 16384 pixels took 2.1 GB to decode in the kiosk: the builder reads each
// pictogram's header, and decodes it whole once it is known to be small, so none reaches a bundle.
TEST_CASE("the builder refuses a pictogram that is huge, cut short or not a PNG") {
    ContentFixture c;
    c.write();
    fs::path assets = c.dir / "assets";
    std::ifstream in(assets / "back.png", std::ios::binary);
    std::string png((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string huge = png;
    huge.replace(16, 8, std::string("\0\0\x40\0\0\0\x40\0", 8));
    std::ofstream(assets / "huge.png", std::ios::binary) << huge;
    CHECK(c.build_error().find((assets / "huge.png").string() +
                               ": pictogram huge is 16384x16384 pixels, over the limit of 512x512") !=
          std::string::npos);
    fs::remove(assets / "huge.png");
    std::ofstream(assets / "cut.png", std::ios::binary) << png.substr(0, 200);
    CHECK(c.build_error().find(
              (assets / "cut.png").string() +
              ": pictogram cut is cut short or damaged (a chunk runs past the end of the file)") !=
          std::string::npos);
    fs::remove(assets / "cut.png");
    std::string garbled = png;
    std::fill(garbled.begin() + 41, garbled.begin() + 200, '\0'); // chunks whole, pixels not
    std::ofstream(assets / "garbled.png", std::ios::binary) << garbled;
    CHECK(c.build_error().find((assets / "garbled.png").string() +
                               ": pictogram garbled cannot be decoded: it is cut short or damaged") !=
          std::string::npos);
    fs::remove(assets / "garbled.png");
    CHECK(c.build_error().empty());
}

// Found by the YAML fuzzer: a source whose whole file is one word made yaml-cpp's own error escape
// the builder, naming neither the file nor the line.
TEST_CASE("a content file that is not laid out as expected is named with its line") {
    for (const char* file : {"local-services.yaml", "bundle.yaml", "topics.yaml", "hotlines.yaml"}) {
        ContentFixture c;
        c.files[file] = "just words\n";
        std::string e = c.build_error();
        INFO(file << ": " << e);
        CHECK(e.find(std::string(file) + ":1: ") != std::string::npos);
    }
}
