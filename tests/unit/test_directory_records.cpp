// How the builder treats the directory's records: coordinates that contradict the record's own
// commune code and postcode, mail-only addresses, sourced corrections, and older records ranked
// below newer ones at equal distance.
#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/storage/sqlite_db.h"
#include "core/visit/service_text.h"
#include "tools/bundle_builder.h"
#include "tools/mislocated_records.h"
#include "tools/postal_address.h"
#include "tools/record_name.h"

#include <algorithm>
#include <catch.hpp>
#include <sstream>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// One DILA-shaped record of type mjd.
std::string record(const std::string& id, const std::string& commune, const std::string& postcode, double lat,
                   double lon, const std::string& street = "\"1 rue A\"",
                   const std::string& locality = "Ville", const std::string& update = "2014-01-01",
                   const std::string& phone = "01 02 03 04 05") {
    std::ostringstream o;
    o.precision(9);
    o << "{\"id\":\"" << id << "\",\"type\":\"mjd\",\"nom\":\"MJD " << id << "\",\"codeinsee\":\"" << commune
      << "\",\"latitude\":\"" << lat << "\",\"longitude\":\"" << lon << "\",\"update\":\"" << update
      << "\",\"contact_phone\":\"" << phone << "\",\"writeAddress\":{\"streetAddress\":[" << street
      << "],\"postalCode\":\"" << postcode << "\",\"addressLocality\":\"" << locality << "\"}}\n";
    return o.str();
}

std::vector<std::string> ids(const std::vector<Service>& services) {
    std::vector<std::string> out;
    for (const Service& s : services) out.push_back(s.id);
    return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

std::vector<std::string> withheld(const std::string& bundle) {
    Db db(bundle, OpenMode::ReadOnlyUntrusted);
    std::vector<std::string> out;
    Stmt q(db, "SELECT id FROM withheld_record ORDER BY id");
    while (q.step()) out.push_back(q.text(0));
    return out;
}

// Paris (11e, 19e, 20e) and Guyane (Cayenne, Matoury), four records each, plus `extra`.
std::string directory(const std::string& extra) {
    std::string out;
    const double paris[][2] = {{48.858, 2.379}, {48.861, 2.381}, {48.856, 2.376}, {48.859, 2.383}};
    for (int i = 0; i < 4; ++i)
        out += record("mjd-751" + std::to_string(11 + i), "7511" + std::to_string(1 + i),
                      "7501" + std::to_string(1 + i), paris[i][0], paris[i][1]);
    const double guyane[][2] = {{4.93, -52.33}, {4.94, -52.32}, {4.85, -52.33}, {4.92, -52.31}};
    for (int i = 0; i < 4; ++i)
        out += record("mjd-9730" + std::to_string(2 + i), "9730" + std::to_string(2 + i), "97300",
                      guyane[i][0], guyane[i][1]);
    return out + extra;
}

} // namespace

TEST_CASE("a record placed far from every record of its department is left out and reported") {
    ContentFixture c;
    // Matoury (Guyane, 973) placed in central Paris, 1.8 km from the kiosk: the CAF of the issue.
    c.files["local.ndjson"] = directory(record("mjd-97307", "97307", "97351", 48.853294, 2.348679));
    BuildOptions o{c.dir.string(), 1, (c.dir / "b.kbundle").string(), {}};
    c.write();
    std::vector<std::string> warnings = build_bundle(o);
    ContentStore store(o.output);
    CHECK_FALSE(store.service("mjd-97307"));
    CHECK_FALSE(contains(ids(store.nearest("legal", {}, LocalTime{}, 50)), "mjd-97307"));
    CHECK(withheld(o.output) == std::vector<std::string>{"mjd-97307"});
    REQUIRE(std::count_if(warnings.begin(), warnings.end(), [](const std::string& w) {
                return w.find("mjd-97307 left out") != std::string::npos;
            }) == 1);
    for (const char* kept : {"mjd-75111", "mjd-97302"}) CHECK(store.service(kept));
}

TEST_CASE("a record placed in another commune's midst is left out; one whose postcode agrees is kept") {
    ContentFixture c;
    // The 19th arrondissement's desk placed 3 km south, among the 11th/12th records.
    std::string paris;
    const double east[][2] = {{48.883, 2.383}, {48.884, 2.385}, {48.882, 2.381}};
    for (int i = 0; i < 3; ++i)
        paris += record("mjd-75119-0" + std::to_string(i), "75119", "75019", east[i][0], east[i][1]);
    for (int a = 11; a <= 16; ++a)
        for (int i = 0; i < 3; ++i)
            paris +=
                record("mjd-751" + std::to_string(a) + "-0" + std::to_string(i), "751" + std::to_string(a),
                       "750" + std::to_string(a), 48.852 - 0.004 * (a - 11) + 0.001 * i, 2.370 + 0.001 * i);
    paris += record("mjd-75119-09", "75119", "75019", 48.849963, 2.368309);
    c.files["local.ndjson"] = paris;
    ContentStore store(c.build());
    CHECK_FALSE(store.service("mjd-75119-09"));
    CHECK(store.service("mjd-75119-00"));
    CHECK(store.service("mjd-75112-00"));
}

TEST_CASE("the default content's mislocated records are named, left out and reported") {
    std::filesystem::path out = temp_dir("mislocated") / "content.kbundle";
    BuildOptions o{KIOSK_SOURCE_DIR, 1, out.string(), {}};
    build_bundle(o);
    std::vector<std::string> left_out = withheld(o.output);
    // Named in the issue: Paris (or Saint-Denis 93) coordinates for records of Guyane, Aveyron,
    // Creuse, Savoie, Réunion and Saône-et-Loire, and the 19th arrondissement's legal-aid desk
    // placed 0.6 km from the kiosk though 53 rue Compans is about 3.5 km away.
    for (const char* id : {"caf-97307-01", "sous_pref-12145-01", "pole_emploi-23008-01", "caf-73065-01",
                           "pole_emploi-97411-01", "pif-71540-01", "permanence_juridique-75119-01"}) {
        INFO(id);
        CHECK(contains(left_out, id));
    }
    ContentStore store(out.string());
    CHECK_FALSE(store.service("caf-97307-01"));
    CHECK_FALSE(contains(ids(store.nearest("social-benefits", {}, LocalTime{}, 20)), "caf-97307-01"));
    CHECK_FALSE(contains(ids(store.nearest("legal", {}, LocalTime{}, 20)), "permanence_juridique-75101-01"));
    std::filesystem::remove_all(out.parent_path());
}

TEST_CASE("a mail-only address line is not shown as where to walk") {
    ContentFixture c;
    c.files["local.ndjson"] = record("mjd-1", "01053", "01011", 46.2, 5.22, "\"BP 306\",\"4 rue du Palais\"",
                                     "BOURG EN BRESSE CEDEX") +
                              record("mjd-2", "13055", "13421", 43.3, 5.4,
                                     "\"Service courrier\",\"CS 70001\"", "Marseille Cedex 20");
    ContentStore store(c.build());
    Strings fr{"fr", store.string_table("fr"), store.string_table("fr"), store.string_table("en")};
    auto street = store.service("mjd-1");
    REQUIRE(street);
    CHECK(address_text(*street).find("4 rue du Palais") != std::string::npos);
    CHECK(address_text(*street).find("BP") == std::string::npos);
    CHECK(address_text(*street).find("01011") ==
          std::string::npos); // a Cedex postcode names a sorting office
    CHECK(address_text(*street).find("CEDEX") == std::string::npos);
    auto postal = store.service("mjd-2");
    REQUIRE(postal);
    std::vector<std::string> lines = service_card_lines(*postal, fr, {});
    CHECK(lines.front().find("CS 70001") != std::string::npos); // shown as written, and said to be mail only
    CHECK(lines.front().find("fr:ui.postal_only") != std::string::npos);
    CHECK(service_card_lines(*street, fr, {}).front().find("ui.postal_only") == std::string::npos);
}

TEST_CASE("a sourced correction hides a record or replaces its description and phones") {
    ContentFixture c;
    c.files["local.ndjson"] = record("mjd-old", "75101", "75001", 48.86, 2.34) +
                              record("mjd-paris", "75101", "75001", 48.861, 2.341) +
                              record("mjd-call", "75101", "75001", 48.862, 2.342, "\"1 rue A\"", "Paris",
                                     "2014-01-01", "08 10 25 59 80");
    c.files["corrections.yaml"] =
        "- {ids: [mjd-old], hide: \"moved in 2018\", source: s1}\n"
        "- {ids: [mjd-paris], description: service.mjd-paris.description, source: s1}\n"
        "- {type: mjd, phone_starts: \"0810\", phones: [\"3230\"], source: s1}\n";
    c.strings["service.mjd-paris.description"] = {"Note de Paris", "Paris note"};
    std::string bundle = c.build();
    ContentStore store(bundle);
    CHECK_FALSE(store.service("mjd-old"));
    CHECK(store.service("mjd-paris")->description_key == "service.mjd-paris.description");
    CHECK(store.service("mjd-call")->phones == std::vector<std::string>{"3230"});
    CHECK(store.service("mjd-paris")->phones == std::vector<std::string>{"01 02 03 04 05"});
    Db db(bundle, OpenMode::ReadOnlyUntrusted);
    Stmt q(db, "SELECT reason, source_id FROM withheld_record WHERE id = 'mjd-old'");
    REQUIRE(q.step());
    CHECK(q.text(0) == "moved in 2018");
    CHECK(q.text(1) == "s1");
}

TEST_CASE("a correction without a source, or matching nothing, is refused or reported") {
    ContentFixture c;
    c.files["corrections.yaml"] = "- {ids: [mjd-1], hide: \"gone\"}\n";
    CHECK(c.build_error().find("corrections.yaml:1: missing field 'source'") != std::string::npos);
    c.files["corrections.yaml"] = "- {ids: [mjd-1], hide: \"gone\", source: nowhere}\n";
    CHECK(c.build_error().find("unknown source 'nowhere'") != std::string::npos);
    c.files["corrections.yaml"] = "- {ids: [mjd-typo], hide: \"gone\", source: s1}\n";
    c.write();
    BuildOptions o{c.dir.string(), 1, (c.dir / "b.kbundle").string(), {}};
    std::vector<std::string> warnings = build_bundle(o);
    CHECK(std::any_of(warnings.begin(), warnings.end(),
                      [](const std::string& w) { return w.find("matches no record") != std::string::npos; }));
}

TEST_CASE("at equal distance the newer record comes first") {
    ContentFixture c;
    // Same point; the older one's id sorts first, and it comes first in the file.
    c.files["local.ndjson"] =
        record("mjd-a", "75120", "75020", 48.87, 2.40, "\"1 rue A\"", "Paris", "2012-06-04") +
        record("mjd-b", "75120", "75020", 48.87, 2.40, "\"1 rue A\"", "Paris", "2016-02-08");
    ContentStore store(c.build());
    std::vector<std::string> order = ids(store.nearest("legal", {}, LocalTime{}, 10));
    auto a = std::find(order.begin(), order.end(), "mjd-a"),
         b = std::find(order.begin(), order.end(), "mjd-b");
    REQUIRE(a != order.end());
    REQUIRE(b != order.end());
    CHECK(b < a);
    std::vector<std::string> found = ids(store.search("mjd", "fr", 10));
    a = std::find(found.begin(), found.end(), "mjd-a"), b = std::find(found.begin(), found.end(), "mjd-b");
    REQUIRE(a != found.end());
    REQUIRE(b != found.end());
    CHECK(b < a);
}

TEST_CASE("a department comes from the commune code or the postcode, Corsica and overseas included") {
    CHECK(department_of_commune("75119") == "75");
    CHECK(department_of_commune("2A004") == "2A");
    CHECK(department_of_commune("97411") == "974");
    CHECK(department_of_commune("98818") == "988");
    CHECK(department_of_commune("7511") == "");
    CHECK(department_of_postcode("20169") == "2A");
    CHECK(department_of_postcode("20408") == "2B");
    CHECK(department_of_postcode("97490") == "974");
    CHECK(department_of_postcode("75656") == "75"); // a Cedex postcode still names its department
    CHECK(department_of_postcode("7500") == "");
}

TEST_CASE("a walkable address keeps the street lines and drops the mail-only ones") {
    WalkAddress a =
        walk_address({"Caisse d'allocations familiales de l'Ain", "CS 50314", "4 rue Aristide-Briand"},
                     "01014", "Bourg-en-Bresse Cedex");
    CHECK(a.street == "4 rue Aristide-Briand, Caisse d'allocations familiales de l'Ain");
    CHECK(a.postcode.empty());
    CHECK(a.city == "Bourg-en-Bresse");
    CHECK_FALSE(a.postal_only);
    a = walk_address({"4 avenue du Président Kennedy - BP 27"}, "20000", "AJACCIO CEDEX 1");
    CHECK(a.street == "4 avenue du Président Kennedy");
    CHECK(a.city == "AJACCIO");
    a = walk_address({"53 rue Compans (escalier 45)"}, "75019", "PARIS");
    CHECK(a.street == "53 rue Compans (escalier 45)");
    CHECK(a.postcode == "75019");
    a = walk_address({"Caisse d'allocations familiales des Bouches-du-Rhône", "Service courrier"}, "13421",
                     "Marseille Cedex 20");
    CHECK(a.postal_only);
    CHECK(a.postcode == "13421"); // the mail address as written
    for (const char* line : {"BP 306", "B.P. 12", "CS 50314", "TSA 62207", "Cedex 9", "bp 7015"})
        CHECK(is_postal_line(line));
    for (const char* line : {"4 rue du Palais", "Boulevard Paul-Peytral", "Bâtiment B", "Csillag"})
        CHECK_FALSE(is_postal_line(line));
}

TEST_CASE("an accented way such as Allée or Montée is a street line") {
    for (const char* line :
         {"Allée Hélène-Boucher", "ALLÉE des Tilleuls", "Montée du Château", "Allee des Pins"}) {
        WalkAddress a = walk_address({line}, "06210", "Mandelieu");
        CHECK_FALSE(a.postal_only);
        CHECK(a.street == line);
        CHECK(a.postcode == "06210");
    }
}

TEST_CASE(
    "an address is mail-only when it carries a postal marker and no street line, not merely no number") {
    for (const char* line :
         {"Hôtel de ville", "Espace Boudeville", "Maison des services au public La Chalp"}) {
        WalkAddress a = walk_address({line}, "05100", "Briançon");
        CHECK_FALSE(a.postal_only);
        CHECK(a.street == line);
        CHECK(a.city == "Briançon");
    }
    CHECK(walk_address({"Hôtel de ville", "BP 12"}, "05100", "Briançon").postal_only);
    CHECK(walk_address({"Préfecture"}, "13282", "Marseille Cedex 20").postal_only);
    WalkAddress a = walk_address({"Préfecture", "TSA 62207"}, "13282", "Marseille Cedex 20");
    CHECK(a.postal_only);
    CHECK(a.street == "Préfecture, TSA 62207"); // the mail address as written
}

TEST_CASE("a record's name loses its double spaces and its stray ones at the ends") {
    CHECK(record_name("Maison de justice et du droit  de Paris") == "Maison de justice et du droit de Paris");
    CHECK(record_name(" CDAD\tde l'Ain \n") == "CDAD de l'Ain");
    CHECK(record_name("") == "");
    CHECK(record_name("   ") == "");
    CHECK(record_name("Point-justice") == "Point-justice");
}
