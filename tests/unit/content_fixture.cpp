#include "content_fixture.h"

#include "core/language/ui_keys.h"
#include "core/storage/sqlite_db.h"
#include "tools/bundle_builder.h"

#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace kiosk::test {

fs::path temp_dir(const std::string& name) {
    static int n = 0;
    fs::path p = fs::temp_directory_path() /
                 ("kiosk-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n) + "-" + name);
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

ContentFixture::ContentFixture() : dir(temp_dir("content")) {
    plural_forms = {{"fr", "nplurals=2; plural=(n > 1);"}, {"en", "nplurals=2; plural=(n != 1);"}};
    files["bundle.yaml"] =
        "id: test\nlanguages: [fr, en]\nkiosk: {name: \"Test\", latitude: 48.85487, longitude: 2.37283}\n";
    files["sources.yaml"] =
        "- {id: s1, title: \"Source one\", url: \"https://example.org/one\", date: \"2025\"}\n";
    files["languages.yaml"] = "- {code: fr, endonym: \"Français\"}\n- {code: en, endonym: \"English\"}\n";
    files["categories.yaml"] = "- id: legal\n";
    files["hotlines.yaml"] = "- {number: \"115\", price: free, strip: 1, source: s1, pictogram: back}\n";
    files["services.yaml"] =
        "- id: near\n  name: \"Near office\"\n  categories: [legal]\n  appointment: none\n  record_date: "
        "\"2025-01\"\n"
        "  source: s1\n  free: true\n  serves: {groups: [women]}\n  languages: {codes: [fr, ar], source: "
        "s1}\n"
        "  phones: [{number: \"01 00 00 00 01\", source: s1}]\n"
        "  location: {address: \"1 rue A\", postal_code: \"75011\", city: \"Paris\", latitude: 48.855, "
        "longitude: 2.373, source: s1}\n"
        "  hours: {rule: \"Mo-Fr 09:00-17:00\", source: s1}\n"
        "  website: {url: \"https://near.example.org/contact\", source: s1}\n"
        "- id: far\n  name: \"Far office\"\n  categories: [legal]\n  record_date: \"2025-01\"\n  source: s1\n"
        "  location: {address: \"2 rue B\", city: \"Lyon\", latitude: 45.76, longitude: 4.83, source: s1}\n";
    files["local-services.yaml"] =
        "file: local.ndjson\nsource: s1\ntypes:\n  - {type: mjd, categories: "
        "[legal], audience: audience.everyone,\n      serves: {groups: [everyone], source: s1}}\n";
    files["local.ndjson"] =
        "{\"id\":\"mjd-1\",\"type\":\"mjd\",\"nom\":\"Maison de "
        "justice\",\"latitude\":\"48.86\",\"longitude\":\"2.38\","
        "\"contact_phone\":\"01 02 03 04 "
        "05\",\"update\":\"2014-05-06\",\"writeAddress\":{\"streetAddress\":[\"3 rue C\"],"
        "\"postalCode\":\"75020\",\"addressLocality\":\"Paris\"}}\n";
    files["topics.yaml"] = "- {key: help, pictogram: back, flow: help}\n";
    files["flows/help.yaml"] =
        "id: help\nstart: who\nnodes:\n"
        "  - id: who\n    kind: question\n    choices: [{value: alone, pictogram: back}, {value: family, "
        "pictogram: back},\n      {value: unknown, pictogram: back}]\n"
        "    next: [{if: \"who == family\", to: family}, {to: papers}]\n"
        "  - id: papers\n    kind: question\n    choices: [{value: has, pictogram: back}, {value: none, "
        "pictogram: back}]\n    next: [{to: "
        "alone}]\n"
        "  - id: family\n    kind: result\n    hotlines: [\"115\"]\n    sources: [s1]\n"
        "  - id: alone\n    kind: result\n    services: [near]\n    categories: [legal]\n    sources: [s1]\n";
    for (const char* key : ui_key::all) strings[key] = {std::string("fr:") + key, std::string("en:") + key};
    for (const char* key : {"topic.help.title",        "topic.help.subtitle",      "node.help.who.text",
                            "node.help.papers.text",   "node.help.family.text",    "node.help.family.title",
                            "node.help.alone.text",    "node.help.alone.title",    "choice.help.who.alone",
                            "choice.help.who.family",  "choice.help.papers.has",   "choice.help.papers.none",
                            "hotline.115.name",        "hotline.115.purpose",      "hotline.115.hours",
                            "category.legal.name",     "service.near.description", "service.near.audience",
                            "service.far.description", "service.far.audience",     "local.mjd.description",
                            "audience.everyone"})
        strings[key] = {std::string("fr:") + key, std::string("en:") + key};
    strings["language.fr.name"] = {"français", "French"}; // the languages "near" works in
    strings["language.ar.name"] = {"arabe", "Arabic"};
    strings["ui.step"] = {"Étape {step} sur {max} au plus", "Step {step} of at most {max}"};
    strings["ui.distance"] = {"À {km} km d'ici", "{km} km from here"};
    strings["ui.record_date"] = {"Information de {date}", "Information from {date}"};
}

ContentFixture::~ContentFixture() {
    fs::remove_all(dir);
}

namespace {

std::string po_quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\\\"") : c == '\n' ? std::string("\\n") : std::string(1, c);
    return out + "\"";
}

} // namespace

void ContentFixture::write() const {
    for (const auto& [path, text] : files) {
        fs::path p = dir / "db" / "content" / path;
        fs::create_directories(p.parent_path());
        std::ofstream(p) << text;
    }
    fs::create_directories(dir / "locales");
    for (const char* lang : {"fr", "en"}) {
        std::ofstream po(dir / "locales" / (std::string(lang) + ".po"));
        po << "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: " << lang
           << "\\n\"\n\"Plural-Forms: " << plural_forms.at(lang) << "\\n\"\n\n";
        for (const auto& [key, text] : strings) {
            po << "msgctxt " << po_quote(key) << "\nmsgid " << po_quote(text.first) << "\nmsgstr "
               << po_quote(std::string(lang) == "fr" ? "" : text.second) << "\n\n";
        }
    }
    fs::create_directories(dir / "assets");
    fs::copy_file(fs::path(KIOSK_SOURCE_DIR) / "assets" / "back.png", dir / "assets" / "back.png",
                  fs::copy_options::overwrite_existing);
}

std::string ContentFixture::build() const {
    write();
    BuildOptions o;
    o.sources_dir = dir.string();
    o.output = (dir / "test.kbundle").string();
    build_bundle(o);
    return o.output;
}

std::string ContentFixture::build_error() const {
    try {
        build();
    } catch (const BuildError& e) {
        return e.what();
    }
    return "";
}

void force_website(const std::string& bundle, const std::string& service, const std::string& url) {
    Db db(bundle, OpenMode::ReadWrite);
    db.exec("PRAGMA ignore_check_constraints = ON");
    Stmt(db, "UPDATE website SET url = ?1 WHERE service_id = ?2").bind(1, url).bind(2, service).run();
}

} // namespace kiosk::test
