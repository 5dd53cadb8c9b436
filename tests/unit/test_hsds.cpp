// import-hsds and export-hsds. The examples under KIOSK_HSDS_EXAMPLES are the Open Referral HSDS 3.0
// example records, licensed CC BY-SA 4.0 by Open Referral (https://openreferral.org).
#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/lint/lint.h"
#include "tools/bundle_builder.h"
#include "tools/hsds_reader.h"
#include "tools/hsds_schedule.h"
#include "tools/hsds_writer.h"

#include <algorithm>
#include <catch.hpp>
#include <fstream>

using namespace kiosk;
using namespace kiosk::test;

namespace {

const std::string examples = KIOSK_HSDS_EXAMPLES;
const std::string counselling = "ac148810-d857-441c-9679-408f346de14b";

bool has_warning(const HsdsRead& r, const std::string& text) {
    return std::any_of(r.warnings.begin(), r.warnings.end(),
                       [&](const std::string& w) { return w.find(text) != std::string::npos; });
}

// The facts every shape of the example carries the same way.
void check_counselling(const HsdsRead& r) {
    REQUIRE(r.imported.services.size() == 1);
    const ImportedService& s = r.imported.services.front();
    CHECK(s.id == counselling);
    CHECK(s.name == "Community Counselling");
    CHECK(s.organization == "Example Organization Inc.");
    CHECK(s.description.rfind("Counselling Services provided by trained professionals.", 0) == 0);
    CHECK(s.audience.find("aged 12 and over") != std::string::npos);
    CHECK(s.phones == std::vector<std::string>{"+44 1234 234567"});
    CHECK(s.website == "http://example.com/counselling");
    CHECK(s.languages == std::vector<std::string>{"ur"});
    CHECK(s.opening_hours == "Th,Fr 10:00-18:00");
    CHECK_FALSE(s.place); // latitude 100
    CHECK_FALSE(s.free);  // 35 gbp for under 18s and over 60s: nothing said about the others
    CHECK(s.record_date == "2005-01-01");
    CHECK(has_warning(r, "(location 3a19ff88-4620-4d17-9830-ac1d859eb5d5): latitude 100 is out of range "
                         "(-90 to 90); the location is left out"));
    CHECK(has_warning(r, "byweekno 41,42"));
}

std::string read_error(const std::string& path) {
    try {
        read_hsds(path);
    } catch (const HsdsError& e) {
        return e.what();
    }
    return "";
}

HsdsSchedule weekly(const std::string& byday, const std::string& opens, const std::string& closes) {
    return {"schedules.csv row 2 (schedule x)", "WEEKLY", "", byday, opens, closes, "", {}};
}

// HSDS writes the month's nth weekdays (2TH, -1FR) with freq MONTHLY.
HsdsSchedule monthly(const std::string& byday, const std::string& opens, const std::string& closes) {
    HsdsSchedule s = weekly(byday, opens, closes);
    s.freq = "MONTHLY";
    return s;
}

} // namespace

TEST_CASE("the HSDS example CSV package is read, its bad coordinates refused") {
    HsdsRead r = read_hsds(examples + "/csv");
    check_counselling(r);
    CHECK(has_warning(r, examples +
                             "/csv/locations.csv row 2 (location 3a19ff88-4620-4d17-9830-ac1d859eb5d5): "
                             "latitude 100 is out of range (-90 to 90); the location is left out"));
    CHECK(r.imported.url.find("csv") != std::string::npos);
    CHECK(r.imported.date == "2005-01-01");
}

TEST_CASE("each nested JSON example is read") {
    for (const char* file :
         {"service_full.json", "organization_full.json", "service_at_location_full.json"}) {
        INFO(file);
        check_counselling(read_hsds(examples + "/" + file));
    }
    HsdsRead r = read_hsds(examples + "/service_full.json");
    CHECK(has_warning(r, "service_full.json service_at_locations[0].location (location 3a19ff88"));
    HsdsRead location = read_hsds(examples + "/location.json");
    CHECK(location.imported.services.empty());
    CHECK(has_warning(location, "latitude 100 is out of range"));
    CHECK(has_warning(location, "a location with no service; nothing to import"));
}

TEST_CASE("HSDS schedules become one opening_hours rule") {
    std::vector<std::string> w;
    CHECK(schedules_to_rule({weekly("MO,TU,WE,TH,FR", "09:00", "12:00"),
                             weekly("MO,TU,WE,TH,FR", "14:00:00", "17:00"), weekly("SA", "10:00", "12:00")},
                            w) == "Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00");
    // Overlapping day sets are split so that no later rule erases an earlier one.
    CHECK(schedules_to_rule({weekly("MO,TU", "09:00", "12:00"), weekly("MO", "14:00", "17:00")}, w) ==
          "Mo 09:00-12:00,14:00-17:00; Tu 09:00-12:00");
    CHECK(schedules_to_rule({weekly("FR", "22:00", "02:00")}, w) == "Fr 22:00-02:00");
    CHECK(w.empty());
    CHECK(schedules_to_rule(
              {monthly("MO", "09:00", "12:00"), weekly("1XY", "09:00", "12:00"), weekly("TU", "9h", "12:00")},
              w)
              .empty());
    REQUIRE(w.size() == 3);
    CHECK(w[0] ==
          "schedules.csv row 2 (schedule x): freq MONTHLY needs the month's nth weekdays (2TH, -1FR), "
          "not 'MO'; this schedule is left out");
    CHECK(w[1].find("byday '1XY' is not a list of weekdays (MO, TU ..., 2TH, -1FR)") != std::string::npos);
    CHECK(w[2].find("opens_at '9h' is not a time") != std::string::npos);
    // A description that is itself the rule and agrees with the rows keeps its exceptions.
    HsdsSchedule with_holidays = weekly("MO,TU,WE,TH,FR", "09:00", "17:00");
    with_holidays.description = "Mo-Fr 09:00-17:00; PH off";
    CHECK(schedules_to_rule({with_holidays}, w) == "Mo-Fr 09:00-17:00; PH off");
    std::vector<WeeklyRow> rows = rule_to_weekly_rows("Mo-Fr 09:00-12:00,14:00-17:00; We off; PH off");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].byday == "MO,TU,TH,FR");
    CHECK(rows[1].opens_at == "14:00");
    CHECK(rows[1].closes_at == "17:00");
}

TEST_CASE("HSDS MONTHLY schedules with the month's nth weekdays import to Th[2,4]") {
    std::vector<std::string> w;
    CHECK(schedules_to_rule({monthly("2TH,4TH", "09:00", "12:00")}, w) == "Th[2,4] 09:00-12:00");
    CHECK(schedules_to_rule({monthly("2TH", "09:00", "12:00"), monthly("4th", "09:00:00", "12:00")}, w) ==
          "Th[2,4] 09:00-12:00");
    CHECK(schedules_to_rule({weekly("MO,TU", "14:00", "17:00"), monthly("-1FR", "09:00", "12:00")}, w) ==
          "Mo,Tu 14:00-17:00; Fr[-1] 09:00-12:00");
    // HSDS schedules add up: the 2nd Thursday keeps every Thursday's afternoon.
    CHECK(schedules_to_rule({weekly("TH", "14:00", "17:00"), monthly("2TH", "09:00", "12:00")}, w) ==
          "Th 14:00-17:00; Th[2] 09:00-12:00,14:00-17:00");
    CHECK(w.empty());
    HsdsSchedule every_other_month = monthly("2TH", "09:00", "12:00");
    // From a std::string: GCC 12's -O2 arm64 build sees a bogus overlap (-Wrestrict) in assigning a literal.
    every_other_month.interval = std::string("2");
    CHECK(schedules_to_rule({every_other_month}, w).empty());
    REQUIRE(w.size() == 1);
    CHECK(w[0] == "schedules.csv row 2 (schedule x): it repeats every 2 months; this schedule is left out");
    w.clear();
    // Ordinals under WEEKLY do not conform to HSDS, but can only mean the month's nth weekdays.
    CHECK(schedules_to_rule({weekly("2TH,4TH", "09:00", "12:00")}, w) == "Th[2,4] 09:00-12:00");
    REQUIRE(w.size() == 1);
    CHECK(w[0] == "schedules.csv row 2 (schedule x): byday '2TH,4TH' names the month's nth weekdays under "
                  "freq WEEKLY, where HSDS wants MONTHLY; read as the month's nth weekdays");
    w.clear();
    CHECK(schedules_to_rule({monthly("6TH", "09:00", "12:00")}, w).empty());
    CHECK(w.size() == 1);
    // Such a rule is not every week's: it travels in the description, not as weekly rows.
    std::vector<WeeklyRow> rows = rule_to_weekly_rows("Mo-Fr 09:00-12:00; Th[2,4] 14:00-17:00");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].byday == "MO,TU,WE,TH,FR");
}

TEST_CASE("malformed HSDS input is an error naming the file and row") {
    std::filesystem::path dir = temp_dir("hsds-bad");
    auto services = [&](const std::string& text) { std::ofstream(dir / "services.csv") << text; };
    services("id,description\n1,x\n");
    CHECK(read_error(dir.string()) == (dir / "services.csv").string() + " row 1: missing column 'name'");
    services("id,name\n1,A\n,B\n");
    CHECK(read_error(dir.string()) == (dir / "services.csv").string() + " row 3: missing id");
    services("id,name\n1,A\n2,\"B\"x\n");
    CHECK(read_error(dir.string()).find("services.csv row 3: not valid CSV") != std::string::npos);
    services("id,name\n1,A,extra\n");
    CHECK(read_error(dir.string()).find("services.csv row 2: has 3 fields, the header has 2") !=
          std::string::npos);
    std::filesystem::remove(dir / "services.csv");
    CHECK(read_error(dir.string()).find("no services.csv") != std::string::npos);
    std::ofstream(dir / "x.json") << "{\"id\": \"a\", \"name\": ";
    CHECK(read_error((dir / "x.json").string()).find("x.json: not valid JSON") != std::string::npos);
    std::ofstream(dir / "y.json") << "{\"name\": \"A\"}";
    CHECK(read_error((dir / "y.json").string()) == (dir / "y.json").string() + ": missing id");
    std::ofstream(dir / "z.json") << "[{\"id\": \"a\", \"name\": \"A\"}, {\"name\": \"B\"}]";
    CHECK(read_error((dir / "z.json").string()) == (dir / "z.json").string() + " [1]: missing id");
}

// nlohmann::json reports a number it cannot hold as its own out_of_range error, with neither the
// file nor the place in it: an author with a dozen files could not find it.
TEST_CASE("an HSDS JSON number too large to read is an error naming the file and the field") {
    std::filesystem::path dir = temp_dir("hsds-overflow");
    std::ofstream(dir / "big.json")
        << "[{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\", \"service_at_locations\": "
           "[{\"id\": \"p\"}, {\"location\": {\"id\": \"l\", \"latitude\": 1e400}}]}]";
    CHECK(read_error((dir / "big.json").string()) ==
          (dir / "big.json").string() +
              " [1].service_at_locations[1].location.latitude: the number 1e400 is too large to read");
    std::ofstream(dir / "top.json") << "-1e999";
    CHECK(read_error((dir / "top.json").string()) ==
          (dir / "top.json").string() + ": the number -1e999 is too large to read");
}

TEST_CASE("an HSDS service url a phone could not open is left out with a warning") {
    std::filesystem::path dir = temp_dir("hsds-url");
    std::ofstream(dir / "services.csv") << "id,name,url\n1,A,www.a.org\n2,B,https://b.org\n";
    HsdsRead r = read_hsds(dir.string());
    REQUIRE(r.imported.services.size() == 2);
    CHECK(r.imported.services[0].website.empty());
    CHECK(r.imported.services[1].website == "https://b.org");
    CHECK(has_warning(r, "service 1: url \"www.a.org\" is not a web address (https:// or http://); "
                         "it is left out"));
}

TEST_CASE("a bundle exported as HSDS and imported again keeps its services") {
    ContentFixture c;
    ContentStore original(c.build());
    std::filesystem::path out = c.dir / "hsds";
    REQUIRE(export_hsds((c.dir / "test.kbundle").string(), out.string()) == 3);
    for (const char* f : {"organizations.csv", "services.csv", "locations.csv", "addresses.csv",
                          "service_at_location.csv", "phones.csv", "schedules.csv", "languages.csv",
                          "taxonomy_terms.csv", "attributes.csv", "datapackage.json", "services.json"})
        CHECK(std::filesystem::exists(out / f));

    for (const std::string& input : {out.string(), (out / "services.json").string()}) {
        INFO(input);
        HsdsRead r = read_hsds(input);
        CHECK(r.warnings.empty());
        REQUIRE(r.imported.services.size() == 3);
        r.imported.lang = "fr";
        BuildOptions o;
        o.sources_dir = c.dir.string();
        o.output = (c.dir / "round.kbundle").string();
        o.imported = r.imported;
        for (const std::string& w : build_bundle(o)) CHECK(w.find("HSDS") == std::string::npos);
        ContentStore again(o.output);
        for (const char* id : {"near", "far", "mjd-1"}) {
            INFO(id);
            std::optional<Service> a = original.service(id), b = again.service(std::string("hsds-") + id);
            REQUIRE(a);
            REQUIRE(b);
            CHECK(b->name == a->name);
            CHECK(b->phones == a->phones);
            CHECK(b->website == a->website);
            CHECK(b->address == a->address);
            CHECK(b->postal_code == a->postal_code);
            CHECK(b->city == a->city);
            REQUIRE(b->location.has_value() == a->location.has_value());
            CHECK(b->location->latitude == a->location->latitude);
            CHECK(b->location->longitude == a->location->longitude);
            CHECK(b->opening_hours == a->opening_hours);
            CHECK(b->languages == a->languages);
            CHECK(b->free == a->free);
            CHECK(b->record_date == a->record_date);
            CHECK(again.strings("fr").get(b->description_key) ==
                  original.strings("fr").get(a->description_key));
            Stmt category(again.db(), "SELECT taxonomy_term_id FROM service_taxonomy WHERE service_id = ?1");
            category.bind(1, b->id);
            REQUIRE(category.step());
            CHECK(category.text(0) == "legal");
        }
        CHECK(again.source("hsds-import"));
    }
}

TEST_CASE("an imported bundle passes lint, and its translations come from the PO files") {
    ContentFixture c;
    c.strings["language.ur.name"] = {"ourdou", "Urdu"}; // the example works in Urdu: lint wants its name
    c.build();
    HsdsRead r = read_hsds(examples + "/service_full.json"); // CC BY-SA 4.0, Open Referral
    BuildOptions o;
    o.sources_dir = c.dir.string();
    o.output = (c.dir / "imported.kbundle").string();
    o.imported = r.imported;
    std::vector<std::string> warnings = build_bundle(o);
    CHECK(std::count(
              warnings.begin(), warnings.end(),
              "1 HSDS taxonomy term(s) match no kiosk category id (such as 'code') and were ignored") == 1);
    // The import brought English only: French visitors read it in English until it is translated.
    std::vector<LintIssue> issues = lint(ContentStore(o.output));
    CHECK_FALSE(has_errors(issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].rule == "untranslated-service");
    CHECK(issues[0].message ==
          "language fr shows 2 service text(s) in French or English until they are translated");

    std::string key = "service.hsds-" + counselling;
    c.strings[key + ".description"] = {"Conseil psychologique", "Counselling, reviewed"};
    c.strings[key + ".audience"] = {"Dès 12 ans", "From 12 years old"};
    c.write();
    build_bundle(o);
    ContentStore store(o.output);
    CHECK_FALSE(has_errors(lint(store)));
    CHECK(store.strings("en").get(key + ".description") == "Counselling, reviewed"); // the PO file wins
    std::optional<Service> s = store.service("hsds-" + counselling);
    REQUIRE(s);
    CHECK(s->opening_hours == "Th,Fr 10:00-18:00");
    CHECK(s->phones == std::vector<std::string>{"+44 1234 234567"});
    CHECK_FALSE(s->location);
    CHECK(store.source("hsds-import")->publisher == "Open Referral HSDS");
}
