#include "tools/bundle_builder.h"

#include "core/content/content.h"
#include "core/content/content_store.h"
#include "core/content/geo.h"
#include "core/content/pictogram_image.h"
#include "core/content/service_filter.h"
#include "core/content/wav_file.h"
#include "core/content/web_address.h"
#include "core/language/glossary.h"
#include "core/language/plural_rule.h"
#include "core/speech/read_aloud.h"
#include "core/storage/sqlite_db.h"
#include "tools/mislocated_records.h"
#include "tools/po_file.h"
#include "tools/postal_address.h"
#include "tools/record_name.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

namespace fs = std::filesystem;

namespace kiosk {

namespace {

// A YAML document with its file name, so every error can say where.
struct Doc {
    std::string file;
    YAML::Node root;
};

Doc load_yaml(const fs::path& path) {
    try {
        return {path.string(), YAML::LoadFile(path.string())};
    } catch (const YAML::BadFile&) {
        throw BuildError(path.string() + ": cannot be read");
    } catch (const YAML::Exception& e) {
        throw BuildError(path.string() + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
    }
}

[[noreturn]] void fail(const Doc& doc, const YAML::Node& at, const std::string& what) {
    int line = at.IsDefined() && !at.IsNull() ? at.Mark().line + 1 : 0;
    throw BuildError(doc.file + ":" + std::to_string(line) + ": " + what);
}

// Where fields are read, an entry written as a single word or a list: said here with the file,
// where yaml-cpp's own error would name neither the file nor what was expected.
void require_fields(const Doc& doc, const YAML::Node& map, const char* field) {
    if (map.IsScalar() || map.IsSequence())
        fail(doc, map,
             std::string("expected fields such as '") + field + ": ...' here, not " +
                 (map.IsSequence() ? "a list" : "a single value"));
}

std::string text(const Doc& doc, const YAML::Node& map, const char* field, bool required = true) {
    require_fields(doc, map, field);
    YAML::Node v = map[field];
    if (!v) {
        if (required) fail(doc, map, std::string("missing field '") + field + "'");
        return "";
    }
    if (!v.IsScalar()) fail(doc, v, std::string("'") + field + "' must be a single value");
    return v.as<std::string>();
}

std::vector<std::string> list(const Doc& doc, const YAML::Node& map, const char* field) {
    std::vector<std::string> out;
    require_fields(doc, map, field);
    YAML::Node v = map[field];
    if (!v) return out;
    if (!v.IsSequence()) fail(doc, v, std::string("'") + field + "' must be a list");
    for (const YAML::Node& item : v) out.push_back(item.as<std::string>());
    return out;
}

std::optional<bool> tristate(const Doc& doc, const YAML::Node& map, const char* field) {
    require_fields(doc, map, field);
    YAML::Node v = map[field];
    if (!v) return std::nullopt;
    try {
        return v.as<bool>();
    } catch (const YAML::Exception&) {
        fail(doc, v, std::string("'") + field + "' must be true or false");
    }
}

double number(const Doc& doc, const YAML::Node& map, const char* field) {
    require_fields(doc, map, field);
    try {
        return map[field].as<double>();
    } catch (const YAML::Exception&) {
        fail(doc, map, std::string("'") + field + "' must be a number");
    }
}

// What a call costs: `price: free | normal`, or the older `free: true`. "Not free" alone would
// show a visitor "paid" with no idea how much, so `free: false` is refused with what to write.
std::optional<std::string> call_price(const Doc& doc, const YAML::Node& line) {
    if (line["price"] && line["free"]) fail(doc, line, "give price or free, not both");
    if (line["price"]) {
        std::string price = text(doc, line, "price");
        if (price != "free" && price != "normal") fail(doc, line["price"], "price must be free or normal");
        return price;
    }
    std::optional<bool> free = tristate(doc, line, "free");
    if (free == false)
        fail(doc, line["free"],
             "'free: false' does not say what a call costs: write price: normal for the "
             "price of an ordinary call");
    if (free) return "free";
    return std::nullopt;
}

void bind_tristate(Stmt& s, int i, std::optional<bool> v) {
    if (v)
        s.bind(i, int64_t(*v ? 1 : 0));
    else
        s.bind_null(i);
}

// valid_from, valid_until, review_by: Paris days written YYYY-MM-DD, the end not before the start.
Validity dates(const Doc& doc, const YAML::Node& map) {
    Validity v{text(doc, map, "valid_from", false), text(doc, map, "valid_until", false),
               text(doc, map, "review_by", false)};
    for (const std::string* day : {&v.from, &v.until, &v.review_by})
        if (!day->empty() && !parse_iso_date(*day))
            fail(doc, map, "'" + *day + "' is not a date written YYYY-MM-DD");
    if (!v.from.empty() && !v.until.empty() && v.until < v.from)
        fail(doc, map, "valid_until " + v.until + " comes before valid_from " + v.from);
    return v;
}

Stmt& bind_dates(Stmt& s, int first, const Validity& v) {
    return s.bind(first, v.from).bind(first + 1, v.until).bind(first + 2, v.review_by);
}

void require_sequence(const Doc& doc) {
    if (!doc.root.IsSequence()) fail(doc, doc.root, "expected a list");
}

// A record's phone field as numbers written one way: "03-85-21-90-88 et 06.40.48.40.23" becomes
// "03 85 21 90 88" and "06 40 48 40 23", so they read and dial alike and lint can compare them.
std::vector<std::string> phone_list(const std::string& field) {
    std::vector<std::string> out;
    std::string number;
    int digits = 0;
    auto flush = [&] {
        while (!number.empty() && number.back() == ' ') number.pop_back();
        if (digits >= 3) out.push_back(number);
        number.clear();
        digits = 0;
    };
    for (size_t i = 0; i < field.size(); ++i) {
        char c = field[i];
        bool between_digits = i > 0 && i + 1 < field.size() &&
                              std::isdigit(static_cast<unsigned char>(field[i - 1])) &&
                              std::isdigit(static_cast<unsigned char>(field[i + 1]));
        if (std::isdigit(static_cast<unsigned char>(c)) || (c == '+' && number.empty()))
            number += c, digits += c != '+';
        else if ((c == ' ' || c == '-' || c == '.') && between_digits)
            number += ' ';
        else if (c == ' ' || c == '(' || c == ')')
            number += number.empty() || number.back() == ' ' ? "" : " ";
        else
            flush(); // a letter, comma or slash: "et", "ou", "/" separate numbers
    }
    flush();
    return out;
}

class Builder {
  public:
    Builder(const BuildOptions& o, Db& db)
        : opt_(o), db_(db), content_(fs::path(o.sources_dir) / "db" / "content") {}

    // yaml-cpp throws its own errors where a file is shaped otherwise than the code reads it (a
    // scalar where a map goes): they are said with the file being read and the line.
    std::vector<std::string> run() {
        try {
            return load_all();
        } catch (const YAML::Exception& e) {
            throw BuildError(reading_ + ":" + std::to_string(e.mark.line + 1) +
                             ": not laid out as expected (" + e.msg + ")");
        }
    }

  private:
    std::vector<std::string> load_all() {
        load_bundle_yaml();
        load_sources();
        load_languages();
        load_categories();
        load_hotlines();
        load_services();
        load_local_services();
        load_imported();
        load_topics_and_flows();
        load_strings();
        load_glossary();
        load_imported_strings();
        load_assets();
        load_voice_clips();
        index_search();
        db_.exec("INSERT INTO location_rtree SELECT rowid, latitude, latitude, longitude, longitude FROM "
                 "location");
        return warnings_;
    }

    const BuildOptions& opt_;
    Db& db_;
    fs::path content_;
    std::vector<std::string> languages_;
    std::vector<std::string> warnings_;
    std::string reading_; // the YAML file being read, for yaml-cpp's own errors

    Doc yaml(const fs::path& path) {
        reading_ = path.string();
        return load_yaml(path);
    }

    void meta(const std::string& key, const std::string& value) {
        Stmt(db_, "INSERT INTO meta (key, value) VALUES (?1, ?2)").bind(1, key).bind(2, value).run();
    }

    void load_bundle_yaml() {
        Doc d = yaml(content_ / "bundle.yaml");
        languages_ = list(d, d.root, "languages");
        if (languages_.empty() || languages_.front() != "fr")
            fail(d, d.root, "'languages' must start with fr, the source language");
        std::string langs;
        for (const std::string& l : languages_) langs += (langs.empty() ? "" : ",") + l;
        char created[32];
        time_t now = time(nullptr);
        tm utc{};
        gmtime_r(&now, &utc);
        strftime(created, sizeof created, "%Y-%m-%dT%H:%M:%SZ", &utc);
        meta("bundle_id", text(d, d.root, "id"));
        meta("version", std::to_string(opt_.version));
        meta("created", created);
        meta("schema_version", std::to_string(bundle_schema_version));
        meta("languages", langs);
        if (std::string until = dates(d, d.root).until; !until.empty()) meta("valid_until", until);
        YAML::Node k = d.root["kiosk"];
        if (k) {
            GeoPoint p{number(d, k, "latitude"), number(d, k, "longitude")};
            if (!is_valid(p)) fail(d, k, "the kiosk's coordinates are out of range");
            meta("kiosk_name", text(d, k, "name"));
            meta("kiosk_latitude", std::to_string(p.latitude));
            meta("kiosk_longitude", std::to_string(p.longitude));
        }
    }

    void load_sources() {
        Doc d = yaml(content_ / "sources.yaml");
        require_sequence(d);
        Stmt ins(db_, "INSERT INTO source (id, title, publisher, url, date) VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const YAML::Node& s : d.root) {
            // Where a reader finds it: a web address, a file of this repository, or a document
            // without an address (named as it was received). Never a path outside the repository.
            std::string url = text(d, s, "url", false), file = text(d, s, "file", false),
                        document = text(d, s, "document", false);
            if (url.empty() && file.empty() && document.empty())
                fail(d, s, "a source needs a url, a file or a document");
            if (!file.empty() && !fs::is_regular_file(fs::path(opt_.sources_dir) / file))
                fail(d, s, "source file " + file + " is not in the repository");
            try {
                ins.bind(1, text(d, s, "id"))
                    .bind(2, text(d, s, "title"))
                    .bind(3, text(d, s, "publisher", false))
                    .bind(4, !url.empty()    ? url
                             : !file.empty() ? file
                                             : document)
                    .bind(5, text(d, s, "date", false))
                    .run();
            } catch (const DbError&) {
                fail(d, s, "source " + text(d, s, "id") + " is listed twice");
            }
        }
    }

    // An entry's key, refused with its file and line if an earlier entry of the list had it (the
    // table's key would otherwise stop the build with a bare SQLite message).
    std::string once(std::set<std::string>& seen, const Doc& d, const YAML::Node& n, const char* key,
                     const std::string& what) {
        std::string value = text(d, n, key);
        if (!seen.insert(value).second) fail(d, n, what + " " + value + " is listed twice");
        return value;
    }

    void load_languages() {
        Doc d = yaml(content_ / "languages.yaml");
        require_sequence(d);
        Stmt ins(db_, "INSERT INTO ui_language (code, endonym, rtl, position) VALUES (?1, ?2, ?3, ?4)");
        int64_t pos = 0;
        std::set<std::string> seen;
        for (const YAML::Node& l : d.root)
            ins.bind(1, once(seen, d, l, "code", "language"))
                .bind(2, text(d, l, "endonym"))
                .bind(3, int64_t(tristate(d, l, "rtl").value_or(false)))
                .bind(4, pos++)
                .run();
    }

    void load_categories() {
        Doc d = yaml(content_ / "categories.yaml");
        require_sequence(d);
        Stmt ins(db_, "INSERT INTO taxonomy_term (id, position) VALUES (?1, ?2)");
        int64_t pos = 0;
        std::set<std::string> seen; // else SQLite's UNIQUE constraint would say it without the file
        for (const YAML::Node& c : d.root) {
            std::string id = text(d, c, "id");
            if (!seen.insert(id).second) fail(d, c, "category " + id + " is listed twice");
            ins.bind(1, id).bind(2, pos++).run();
        }
    }

    void load_hotlines() {
        Doc d = yaml(content_ / "hotlines.yaml");
        require_sequence(d);
        Stmt ins(db_, "INSERT INTO hotline (number, price, strip, languages, source_id, pictogram, "
                      "valid_from, valid_until, review_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        std::set<std::string> seen;
        for (const YAML::Node& h : d.root) {
            std::string number = text(d, h, "number");
            // "116 006" and "116006" are one line to the screens (hotline.116006): listed twice.
            if (!seen.insert(hotline_item_id(number)).second)
                fail(d, h, "hotline " + number + " is listed twice");
            if (number.find_first_not_of("0123456789 ") != std::string::npos)
                fail(d, h, "hotline number " + number + " must be digits and spaces");
            std::string langs;
            for (const std::string& l : list(d, h, "languages")) langs += (langs.empty() ? "" : ",") + l;
            ins.bind(1, number);
            if (std::optional<std::string> price = call_price(d, h))
                ins.bind(2, *price);
            else
                ins.bind_null(2);
            if (h["strip"])
                ins.bind(3, int64_t(h["strip"].as<int>()));
            else
                ins.bind_null(3);
            ins.bind(4, langs).bind(5, text(d, h, "source")).bind(6, text(d, h, "pictogram", false));
            bind_dates(ins, 7, dates(d, h)).run();
        }
    }

    void insert_service(const std::string& id, const std::string& name, const std::string& description_key,
                        const std::string& audience_key, std::optional<bool> free,
                        const std::string& appointment, const std::string& record_date,
                        const std::string& source, const std::string& organization = "") {
        Stmt(db_, "INSERT INTO organization (id, name) VALUES (?1, ?2)")
            .bind(1, id)
            .bind(2, organization.empty() ? name : organization)
            .run();
        Stmt s(db_, "INSERT INTO service (id, organization_id, name, description_key, audience_key, free, "
                    "appointment, "
                    "record_date, source_id) VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        s.bind(1, id).bind(2, name).bind(3, description_key).bind(4, audience_key);
        bind_tristate(s, 5, free);
        s.bind(6, appointment).bind(7, record_date).bind(8, source).run();
    }

    void insert_category(const std::string& service, const std::string& category) {
        Stmt(db_, "INSERT OR IGNORE INTO service_taxonomy (service_id, taxonomy_term_id) VALUES (?1, ?2)")
            .bind(1, service)
            .bind(2, category)
            .run();
    }

    void insert_phone(const std::string& service, int64_t pos, const std::string& number,
                      const std::string& source) {
        Stmt(db_, "INSERT INTO phone (service_id, number, position, source_id) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, service)
            .bind(2, number)
            .bind(3, pos)
            .bind(4, source)
            .run();
    }

    void insert_location(const std::string& service, const std::string& address, const std::string& postal,
                         const std::string& city, GeoPoint p, const std::string& source,
                         bool postal_only = false) {
        Stmt(db_, "INSERT INTO location (id, address_1, postal_code, city, latitude, longitude, source_id, "
                  "postal_only) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
            .bind(1, service)
            .bind(2, address)
            .bind(3, postal)
            .bind(4, city)
            .bind(5, p.latitude)
            .bind(6, p.longitude)
            .bind(7, source)
            .bind(8, int64_t(postal_only))
            .run();
        Stmt(db_, "INSERT INTO service_at_location (service_id, location_id) VALUES (?1, ?1)")
            .bind(1, service)
            .run();
    }

    // website: { url: "https://...", source: id }: what a phone opens from the QR code, so it must
    // be a whole web address with nothing a browser would stop at.
    void insert_website(const Doc& d, const YAML::Node& w, const std::string& service) {
        std::string url = text(d, w, "url");
        if (!is_web_address(url))
            fail(d, w, "the website of " + service + " must start with https:// or http://");
        insert_website_row(service, url, text(d, w, "source"));
    }

    void insert_website_row(const std::string& service, const std::string& url, const std::string& source) {
        Stmt(db_, "INSERT INTO website (service_id, url, source_id) VALUES (?1, ?2, ?3)")
            .bind(1, service)
            .bind(2, url)
            .bind(3, source)
            .run();
    }

    void insert_schedule(const std::string& service, const std::string& rule, const std::string& source) {
        Stmt(db_, "INSERT INTO schedule (service_id, opening_hours, source_id) VALUES (?1, ?2, ?3)")
            .bind(1, service)
            .bind(2, rule)
            .bind(3, source)
            .run();
    }

    // serves: { groups: [everyone] or some of audience_groups, source: id }; the source defaults
    // to the service's own.
    void insert_audience(const Doc& d, const YAML::Node& owner, const std::string& service,
                         const std::string& service_source) {
        YAML::Node serves = owner["serves"];
        if (!serves) return;
        std::string source = text(d, serves, "source", false);
        Stmt ins(db_, "INSERT OR IGNORE INTO service_audience (service_id, audience, source_id) VALUES (?1, "
                      "?2, ?3)");
        for (const std::string& g : list(d, serves, "groups")) {
            if (g != "everyone" && !is_audience_group(g))
                fail(d, serves, "'" + g + "' is not everyone nor one of the audience groups");
            for (const char* group : audience_groups)
                if (g == "everyone" || g == group)
                    ins.bind(1, service)
                        .bind(2, group)
                        .bind(3, source.empty() ? service_source : source)
                        .run();
        }
    }

    // languages: { codes: [fr, en], source: id }; the source defaults to the service's own.
    void insert_languages(const Doc& d, const YAML::Node& owner, const std::string& service,
                          const std::string& service_source) {
        YAML::Node langs = owner["languages"];
        if (!langs) return;
        std::string source = text(d, langs, "source", false);
        Stmt ins(db_, "INSERT OR IGNORE INTO service_language (service_id, language, source_id) VALUES (?1, "
                      "?2, ?3)");
        for (const std::string& code : list(d, langs, "codes"))
            ins.bind(1, service).bind(2, code).bind(3, source.empty() ? service_source : source).run();
    }

    void load_services() {
        Doc d = yaml(content_ / "services.yaml");
        require_sequence(d);
        for (const YAML::Node& s : d.root) {
            std::string id = text(d, s, "id");
            std::string appointment = text(d, s, "appointment", false);
            if (appointment.empty()) appointment = "unknown";
            if (appointment != "required" && appointment != "none" && appointment != "unknown")
                fail(d, s, "appointment must be required, none or unknown");
            try {
                insert_service(id, text(d, s, "name"), "service." + id + ".description",
                               "service." + id + ".audience", tristate(d, s, "free"), appointment,
                               text(d, s, "record_date"), text(d, s, "source"));
            } catch (const DbError&) {
                fail(d, s, "service " + id + " is listed twice");
            }
            Stmt dated(db_,
                       "UPDATE service SET valid_from = ?1, valid_until = ?2, review_by = ?3 WHERE id = ?4");
            bind_dates(dated, 1, dates(d, s)).bind(4, id).run();
            for (const std::string& c : list(d, s, "categories")) insert_category(id, c);
            int64_t pos = 0;
            if (YAML::Node phones = s["phones"])
                for (const YAML::Node& p : phones)
                    insert_phone(id, pos++, text(d, p, "number"), text(d, p, "source"));
            if (YAML::Node l = s["location"]) {
                GeoPoint p{number(d, l, "latitude"), number(d, l, "longitude")};
                if (!is_valid(p)) fail(d, l, "coordinates of " + id + " are out of range");
                insert_location(id, text(d, l, "address"), text(d, l, "postal_code", false),
                                text(d, l, "city", false), p, text(d, l, "source"));
            }
            if (YAML::Node h = s["hours"]) insert_schedule(id, text(d, h, "rule"), text(d, h, "source"));
            if (YAML::Node w = s["website"]) insert_website(d, w, id);
            insert_audience(d, s, id, text(d, s, "source"));
            insert_languages(d, s, id, text(d, s, "source"));
            for (const std::string& r : list(d, s, "replaces")) replaced_.insert(r);
        }
    }

    struct LocalType {
        std::vector<std::string> categories;
        std::string audience;
        YAML::Node node; // its serves and languages, applied to every record of the type
    };
    std::set<std::string> replaced_; // DILA records a hand-written service supersedes

    // A correction of corrections.yaml: which records (ids, or a type narrowed by a word of the
    // name or the start of the phone number), then hide them or replace their description or phones.
    struct Correction {
        std::set<std::string> ids;
        std::string type, name_contains, phone_starts;
        std::string hide, description; // hide: why, for the report; description: a string key
        std::vector<std::string> phones;
        std::string source, where;
        int matched = 0;
    };
    std::vector<Correction> corrections_;

    void load_corrections() {
        fs::path path = content_ / "corrections.yaml";
        if (!fs::exists(path)) return;
        Doc d = yaml(path);
        require_sequence(d);
        for (const YAML::Node& c : d.root) {
            std::vector<std::string> ids = list(d, c, "ids");
            Correction k{{ids.begin(), ids.end()},
                         text(d, c, "type", false),
                         text(d, c, "name_contains", false),
                         text(d, c, "phone_starts", false),
                         text(d, c, "hide", false),
                         text(d, c, "description", false),
                         list(d, c, "phones"),
                         text(d, c, "source"),
                         d.file + ":" + std::to_string(c.Mark().line + 1),
                         0};
            if (k.ids.empty() == k.type.empty()) fail(d, c, "a correction names either ids or a type");
            if (k.hide.empty() == (k.description.empty() && k.phones.empty()))
                fail(d, c, "a correction either hides records or gives a description or phones");
            if (!Stmt(db_, "SELECT 1 FROM source WHERE id = ?1").bind(1, k.source).step())
                fail(d, c, "unknown source '" + k.source + "'");
            corrections_.push_back(std::move(k));
        }
    }

    static std::string digits(const std::string& s) {
        std::string out;
        for (char c : s)
            if (std::isdigit(static_cast<unsigned char>(c))) out += c;
        return out;
    }

    static bool matches(const Correction& k, const nlohmann::json& r) {
        if (!k.ids.empty()) return k.ids.count(field(r, "id")) > 0;
        return field(r, "type") == k.type && field(r, "nom").find(k.name_contains) != std::string::npos &&
               digits(field(r, "contact_phone")).compare(0, k.phone_starts.size(), k.phone_starts) == 0;
    }

    struct Record {
        nlohmann::json json;
        std::string where;               // "file:line: "
        std::string description_key;     // a correction's, else the type's
        std::vector<std::string> phones; // a correction's, else the record's
        std::string phones_source;
    };

    void load_local_services() {
        load_corrections();
        Doc d = yaml(content_ / "local-services.yaml");
        std::map<std::string, LocalType> types;
        for (const YAML::Node& t : d.root["types"])
            types[text(d, t, "type")] = {list(d, t, "categories"), text(d, t, "audience"), t};
        std::string source = text(d, d.root, "source");
        std::vector<Record> records = read_records(content_ / text(d, d.root, "file"));
        std::set<std::string> mislocated = withhold_mislocated(records);
        for (Record& r : records)
            if (!mislocated.count(field(r.json, "id")) && apply_corrections(r))
                add_local_service(d, r, types, source);
        for (const Correction& k : corrections_)
            if (k.matched == 0) warnings_.push_back(k.where + ": the correction matches no record");
    }

    static std::vector<Record> read_records(const fs::path& file) {
        std::ifstream in(file);
        if (!in) throw BuildError(file.string() + ": cannot be read");
        std::vector<Record> records;
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (line.empty()) continue;
            std::string where = file.string() + ":" + std::to_string(number) + ": ";
            nlohmann::json r = nlohmann::json::parse(line, nullptr, false);
            if (r.is_discarded() || !r.is_object()) throw BuildError(where + "not a JSON object");
            records.push_back({std::move(r), where, "", {}, ""});
        }
        return records;
    }

    static std::optional<GeoPoint> coordinates(const nlohmann::json& r) {
        GeoPoint p{std::atof(field(r, "latitude").c_str()), std::atof(field(r, "longitude").c_str())};
        if (field(r, "latitude").empty() || field(r, "longitude").empty() || !is_valid(p))
            return std::nullopt;
        return p;
    }

    void withhold(const std::string& id, const std::string& reason, const std::string& source) {
        Stmt ins(db_, "INSERT OR IGNORE INTO withheld_record (id, reason, source_id) VALUES (?1, ?2, ?3)");
        ins.bind(1, id).bind(2, reason);
        if (source.empty())
            ins.bind_null(3);
        else
            ins.bind(3, source);
        ins.run();
    }

    // Records whose coordinates contradict their own commune code and postcode are left out of
    // every distance and list, and reported; the whole file is their reference geography.
    std::set<std::string> withhold_mislocated(const std::vector<Record>& records) {
        std::vector<PlacedRecord> placed;
        std::map<std::string, std::string> where;
        for (const Record& r : records)
            if (std::optional<GeoPoint> p = coordinates(r.json)) {
                const nlohmann::json& a = r.json.value("writeAddress", nlohmann::json::object());
                placed.push_back(
                    {field(r.json, "id"), field(r.json, "codeinsee"), field(a, "postalCode"), *p});
                where[placed.back().id] = r.where;
            }
        std::set<std::string> out;
        for (const Mislocation& m : find_mislocated(placed)) {
            if (replaced_.count(m.id)) continue;
            warnings_.push_back(where[m.id] + "record " + m.id + " left out: coordinates " + m.reason);
            withhold(m.id, "coordinates " + m.reason, "");
            out.insert(m.id);
        }
        return out;
    }

    // Applies the corrections that match; false when one hides the record.
    bool apply_corrections(Record& r) {
        std::string id = field(r.json, "id");
        for (Correction& k : corrections_) {
            if (!matches(k, r.json)) continue;
            ++k.matched;
            if (!k.hide.empty()) {
                if (!replaced_.count(id))
                    warnings_.push_back(r.where + "record " + id + " hidden: " + k.hide);
                withhold(id, k.hide, k.source);
                return false;
            }
            if (!k.description.empty()) r.description_key = k.description;
            if (!k.phones.empty()) r.phones = k.phones, r.phones_source = k.source;
        }
        return true;
    }

    static std::string field(const nlohmann::json& r, const char* name) {
        auto it = r.find(name);
        return it != r.end() && it->is_string() ? it->get<std::string>() : std::string();
    }

    void add_local_service(const Doc& d, const Record& record, const std::map<std::string, LocalType>& types,
                           const std::string& source) {
        const nlohmann::json& r = record.json;
        const std::string& where = record.where;
        std::string id = field(r, "id"), type = field(r, "type");
        if (replaced_.count(id)) return;
        auto t = types.find(type);
        if (t == types.end()) {
            warnings_.push_back(where + "type '" + type + "' has no mapping; record " + id + " skipped");
            return;
        }
        try {
            insert_service(id, record_name(field(r, "nom")),
                           record.description_key.empty() ? "local." + type + ".description"
                                                          : record.description_key,
                           t->second.audience, std::nullopt, "unknown", field(r, "update"), source);
        } catch (const DbError&) {
            throw BuildError(where + "record " + id + " is listed twice");
        }
        for (const std::string& c : t->second.categories) insert_category(id, c);
        insert_audience(d, t->second.node, id, source);
        insert_languages(d, t->second.node, id, source);
        int64_t pos = 0;
        if (!record.phones.empty())
            for (const std::string& phone : record.phones)
                insert_phone(id, pos++, phone, record.phones_source);
        else
            for (const std::string& phone : phone_list(field(r, "contact_phone")))
                insert_phone(id, pos++, phone, source);
        const nlohmann::json& a = r.value("writeAddress", nlohmann::json::object());
        std::vector<std::string> lines;
        if (a.contains("streetAddress") && a["streetAddress"].is_array())
            for (const auto& part : a["streetAddress"])
                if (part.is_string()) lines.push_back(part.get<std::string>());
        if (std::optional<GeoPoint> p = coordinates(r)) {
            WalkAddress w = walk_address(lines, field(a, "postalCode"), field(a, "addressLocality"));
            insert_location(id, w.street, w.postcode, w.city, *p, source, w.postal_only);
        } else {
            warnings_.push_back(where + "record " + id + " has no usable coordinates; kept without a place");
        }
        if (std::string hours = field(r, "opening_hours");
            !hours.empty()) // DILA 2016 has none; other feeds may
            insert_schedule(id, hours, source);
    }

    static constexpr const char* import_source = "hsds-import";

    // Imported services get an "hsds-" prefix so they cannot take a hand-written id, and cite
    // one source row naming the import.
    void load_imported() {
        const ImportedServices& im = opt_.imported;
        if (im.services.empty()) return;
        if (std::find(languages_.begin(), languages_.end(), im.lang) == languages_.end())
            throw BuildError("--lang " + im.lang + " is not one of the bundle's languages");
        std::string date = im.date.empty() ? today() : im.date;
        Stmt(db_,
             "INSERT INTO source (id, title, publisher, url, date) VALUES (?1, ?2, 'Open Referral HSDS', "
             "?3, ?4)")
            .bind(1, import_source)
            .bind(2, im.title)
            .bind(3, im.url)
            .bind(4, date)
            .run();
        std::vector<std::string> ids = column("SELECT id FROM taxonomy_term");
        std::set<std::string> categories(ids.begin(), ids.end()), unmatched;
        for (const ImportedService& s : im.services) {
            insert_imported(s, date);
            for (const ImportedTerm& term : s.taxonomy_terms)
                if (categories.count(term.code))
                    insert_category("hsds-" + s.id, term.code);
                else if (categories.count(term.name))
                    insert_category("hsds-" + s.id, term.name);
                else
                    unmatched.insert(term.code.empty() ? term.name : term.code);
        }
        if (!unmatched.empty())
            warnings_.push_back(std::to_string(unmatched.size()) +
                                " HSDS taxonomy term(s) match no kiosk "
                                "category id (such as '" +
                                *unmatched.begin() + "') and were ignored");
    }

    void insert_imported(const ImportedService& s, const std::string& date) {
        std::string id = "hsds-" + s.id;
        try {
            insert_service(id, s.name, "service." + id + ".description", "service." + id + ".audience",
                           s.free, "unknown", s.record_date.empty() ? date : s.record_date, import_source,
                           s.organization);
        } catch (const DbError&) {
            throw BuildError("imported service " + s.id + " is listed twice");
        }
        int64_t pos = 0;
        for (const std::string& written : s.phones)
            for (const std::string& number : phone_list(written))
                insert_phone(id, pos++, number, import_source);
        if (s.place)
            insert_location(id, s.place->address, s.place->postal_code, s.place->city,
                            {s.place->latitude, s.place->longitude}, import_source);
        if (!s.opening_hours.empty()) insert_schedule(id, s.opening_hours, import_source);
        if (!s.website.empty()) insert_website_row(id, s.website, import_source);
        Stmt lang(
            db_,
            "INSERT OR IGNORE INTO service_language (service_id, language, source_id) VALUES (?1, ?2, ?3)");
        for (const std::string& code : s.languages)
            lang.bind(1, id).bind(2, code).bind(3, import_source).run();
    }

    // After the PO files, so a translation an author added for an imported key takes precedence
    // over the imported draft.
    void load_imported_strings() {
        Stmt ins(db_, "INSERT OR IGNORE INTO strings (key, lang, text, status) VALUES (?1, ?2, ?3, 'draft')");
        for (const ImportedService& s : opt_.imported.services) {
            std::string key = "service.hsds-" + s.id;
            if (!s.description.empty())
                ins.bind(1, key + ".description").bind(2, opt_.imported.lang).bind(3, s.description).run();
            if (!s.audience.empty())
                ins.bind(1, key + ".audience").bind(2, opt_.imported.lang).bind(3, s.audience).run();
        }
    }

    std::vector<std::string> column(const char* sql) {
        std::vector<std::string> out;
        Stmt s(db_, sql);
        while (s.step()) out.push_back(s.text(0));
        return out;
    }

    static std::string today() {
        char day[16];
        time_t now = time(nullptr);
        tm utc{};
        gmtime_r(&now, &utc);
        strftime(day, sizeof day, "%Y-%m-%d", &utc);
        return day;
    }

    void load_topics_and_flows() {
        Doc d = yaml(content_ / "topics.yaml");
        require_sequence(d);
        Stmt ins(db_, "INSERT INTO topic (key, position, pictogram, flow_id) VALUES (?1, ?2, ?3, ?4)");
        int64_t pos = 0;
        std::set<std::string> seen;
        for (const YAML::Node& t : d.root) {
            std::string flow = text(d, t, "flow");
            ins.bind(1, once(seen, d, t, "key", "topic"))
                .bind(2, pos++)
                .bind(3, text(d, t, "pictogram"))
                .bind(4, flow)
                .run();
            load_flow(content_ / "flows" / (flow + ".yaml"));
        }
    }

    void load_flow(const fs::path& path) {
        Doc d = yaml(path);
        std::string flow = text(d, d.root, "id");
        std::string start = flow + "." + text(d, d.root, "start");
        try {
            Stmt(db_, "INSERT INTO flow (id, start_node) VALUES (?1, ?2)").bind(1, flow).bind(2, start).run();
        } catch (const DbError&) {
            fail(d, d.root, "flow " + flow + " is used by two topics");
        }
        int64_t pos = 0;
        for (const YAML::Node& n : d.root["nodes"]) load_node(d, flow, n, pos++);
    }

    void insert_list(const char* sql, const std::string& node, const std::vector<std::string>& items) {
        Stmt ins(db_, sql);
        int64_t pos = 0;
        for (const std::string& item : items) ins.bind(1, node).bind(2, item).bind(3, pos++).run();
    }

    void load_node(const Doc& d, const std::string& flow, const YAML::Node& n, int64_t pos) {
        std::string local = text(d, n, "id"), kind = text(d, n, "kind");
        std::string id = flow + "." + local;
        if (kind != "question" && kind != "info" && kind != "result")
            fail(d, n, "kind must be question, info or result");
        std::string var = kind == "question" ? text(d, n, "var", false) : "";
        if (kind == "question" && var.empty()) var = local;
        try {
            Stmt ins(db_, "INSERT INTO node (id, flow_id, kind, var, position, valid_from, valid_until, "
                          "review_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            ins.bind(1, id).bind(2, flow).bind(3, kind).bind(4, var).bind(5, pos);
            bind_dates(ins, 6, dates(d, n)).run();
        } catch (const DbError&) {
            fail(d, n, "node " + id + " is defined twice");
        }
        Stmt choice(db_, "INSERT INTO choice (node_id, position, value, pictogram, valid_from, valid_until, "
                         "review_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        int64_t c = 1;
        for (const YAML::Node& ch : n["choices"]) {
            choice.bind(1, id)
                .bind(2, c++)
                .bind(3, text(d, ch, "value"))
                .bind(4, text(d, ch, "pictogram", false));
            bind_dates(choice, 5, dates(d, ch)).run();
        }
        Stmt next(db_,
                  "INSERT INTO transition (node_id, position, condition, target) VALUES (?1, ?2, ?3, ?4)");
        int64_t t = 0;
        for (const YAML::Node& tr : n["next"])
            next.bind(1, id)
                .bind(2, t++)
                .bind(3, text(d, tr, "if", false))
                .bind(4, flow + "." + text(d, tr, "to"))
                .run();
        insert_list("INSERT INTO node_service (node_id, service_id, position) VALUES (?1, ?2, ?3)", id,
                    list(d, n, "services"));
        insert_list("INSERT INTO node_category (node_id, taxonomy_term_id, position) VALUES (?1, ?2, ?3)", id,
                    list(d, n, "categories"));
        insert_list("INSERT INTO node_hotline (node_id, number, position) VALUES (?1, ?2, ?3)", id,
                    list(d, n, "hotlines"));
        Stmt src(db_, "INSERT OR IGNORE INTO node_source (node_id, source_id) VALUES (?1, ?2)");
        for (const std::string& s : list(d, n, "sources")) src.bind(1, id).bind(2, s).run();
    }

    struct FrenchText {
        std::string singular, plural; // msgid and msgid_plural: what a translation must translate
    };

    void load_strings() {
        fs::path dir = fs::path(opt_.sources_dir) / "locales";
        std::map<std::string, FrenchText> french; // key -> source text, to spot stale translations
        StringInserts ins{
            Stmt(db_, "INSERT INTO strings (key, lang, text, status) VALUES (?1, ?2, ?3, ?4)"),
            Stmt(db_, "INSERT INTO plural_form (key, lang, form, text) VALUES (?1, ?2, ?3, ?4)"), ""};
        for (const std::string& lang : languages_) {
            fs::path po = dir / (lang + ".po");
            PoCatalog catalog;
            try {
                catalog = read_po(po.string());
            } catch (const PoError& e) {
                throw BuildError(e.what());
            }
            bool source_language = lang == languages_.front();
            PluralRule rule = plural_rule(po.string(), catalog, source_language);
            Stmt(db_, "INSERT INTO plural_rule (lang, plural_forms) VALUES (?1, ?2)")
                .bind(1, lang)
                .bind(2, rule.text())
                .run();
            if (source_language) check_string_sources(po.string(), catalog.entries);
            for (const PoEntry& e : catalog.entries) {
                if (source_language) french[e.key] = {e.msgid, e.msgid_plural};
                std::vector<std::string> forms = plural_texts(po.string(), e, rule, source_language);
                std::string text = source_language ? e.msgid : e.msgstr;
                if (text.empty() || (!e.msgid_plural.empty() && forms.empty()))
                    continue; // untranslated: lint reports it as missing
                ins.status = status(po.string(), lang, e, french);
                insert_string(ins, po.string(), lang, e, text, forms);
            }
        }
    }

    // The glossary (optional file): each word names its source and has its French term and
    // explanation, the strings every other language translates; its own forms are Latin script,
    // as they are matched in every language's texts.
    void load_glossary() {
        fs::path path = content_ / "glossary.yaml";
        if (!fs::exists(path)) return;
        Doc d = yaml(path);
        require_sequence(d);
        Stmt known(db_, "SELECT 1 FROM source WHERE id = ?1");
        Stmt french(db_, "SELECT 1 FROM strings WHERE key = ?1 AND lang = ?2");
        Stmt ins(db_, "INSERT INTO glossary (id, forms, source_id, position) VALUES (?1, ?2, ?3, ?4)");
        int64_t pos = 0;
        for (const YAML::Node& w : d.root) {
            std::string id = text(d, w, "id"), source = text(d, w, "source");
            if (id.empty() ||
                id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
                fail(d, w, "glossary id '" + id + "' must be lowercase letters, digits and hyphens");
            bool exists = known.bind(1, source).step();
            known.reset();
            if (!exists)
                fail(d, w, "glossary word " + id + " names source " + source + ", not in sources.yaml");
            for (const std::string& key : {glossary_term_key(id), glossary_text_key(id)}) {
                bool has = french.bind(1, key).bind(2, languages_.front()).step();
                french.reset();
                if (!has) fail(d, w, "glossary word " + id + " has no French " + key + " in locales/fr.po");
            }
            std::string forms;
            for (const std::string& f : list(d, w, "forms")) {
                std::u32string cps = utf8_codepoints(f);
                if (cps.empty() || f.find('|') != std::string::npos ||
                    std::any_of(cps.begin(), cps.end(), [](char32_t c) { return c >= 0x250; }))
                    fail(d, w,
                         "glossary form '" + f + "' of " + id + " must be one form, written in Latin script");
                forms += (forms.empty() ? "" : " | ") + f;
            }
            try {
                ins.bind(1, id).bind(2, forms).bind(3, source).bind(4, pos++).run();
            } catch (const DbError&) {
                fail(d, w, "glossary word " + id + " is listed twice");
            }
        }
    }

    // A translation is stale when the French it records is no longer the French of fr.po, or a
    // tool marked it fuzzy: the kiosk shows it as missing until a translator confirms it.
    std::string status(const std::string& po, const std::string& lang, const PoEntry& e,
                       const std::map<std::string, FrenchText>& french) {
        if (lang == languages_.front()) return e.reviewed ? "reviewed" : "draft";
        auto it = french.find(e.key);
        bool changed =
            it != french.end() && (it->second.singular != e.msgid || it->second.plural != e.msgid_plural);
        if (changed || e.fuzzy) {
            warnings_.push_back(po + ": language " + lang + ", " + e.key +
                                (changed ? " translates an older French text" : " is marked fuzzy") +
                                "; shown in French until a translator confirms it");
            return "stale";
        }
        return e.reviewed ? "reviewed" : "draft";
    }

    // The header's rule, refused when it does not parse or names a form the language lacks for
    // some count up to 1000. The source language's plural entries have two forms, msgid and
    // msgid_plural, so its rule must have two.
    static PluralRule plural_rule(const std::string& po, const PoCatalog& catalog, bool source_language) {
        bool has_plurals = std::any_of(catalog.entries.begin(), catalog.entries.end(),
                                       [](const PoEntry& e) { return !e.msgid_plural.empty(); });
        if (catalog.plural_forms.empty()) {
            if (has_plurals) throw BuildError(po + ": plural entries need a Plural-Forms header");
            return {};
        }
        std::string error;
        PluralRule rule = PluralRule::parse(catalog.plural_forms, error);
        if (error.empty()) error = rule.check(1000);
        if (!error.empty()) throw BuildError(po + ": Plural-Forms: " + error);
        if (source_language && has_plurals && rule.forms() != 2)
            throw BuildError(po +
                             ": the source language's plural entries have two forms, msgid and "
                             "msgid_plural, but its Plural-Forms says nplurals=" +
                             std::to_string(rule.forms()));
        return rule;
    }

    // A plural entry's forms in the language's order: French msgid and msgid_plural, a
    // translation's msgstr[0..N-1]. Empty for an entry without plural, or an untranslated one.
    std::vector<std::string> plural_texts(const std::string& po, const PoEntry& e, const PluralRule& rule,
                                          bool source_language) {
        if (e.msgid_plural.empty()) return {};
        if (source_language) return {e.msgid, e.msgid_plural};
        if (e.msgstr_plural.size() != static_cast<size_t>(rule.forms()))
            throw BuildError(
                po + ": " + e.key + " has " + std::to_string(e.msgstr_plural.size()) +
                " plural forms, but its Plural-Forms says nplurals=" + std::to_string(rule.forms()));
        size_t empty = std::count(e.msgstr_plural.begin(), e.msgstr_plural.end(), std::string());
        if (empty == e.msgstr_plural.size()) return {};
        if (empty > 0) {
            warnings_.push_back(po + ": " + e.key + " leaves a plural form empty; shown as untranslated");
            return {};
        }
        return e.msgstr_plural;
    }

    struct StringInserts {
        Stmt text, form;
        std::string status;
    };

    static void insert_string(StringInserts& ins, const std::string& po, const std::string& lang,
                              const PoEntry& e, const std::string& text,
                              const std::vector<std::string>& forms) {
        try {
            ins.text.bind(1, e.key).bind(2, lang).bind(3, text).bind(4, ins.status).run();
        } catch (const DbError&) {
            throw BuildError(po + ": key " + e.key + " appears twice");
        }
        for (size_t i = 0; i < forms.size(); ++i)
            ins.form.bind(1, e.key).bind(2, lang).bind(3, static_cast<int64_t>(i)).bind(4, forms[i]).run();
    }

    // A string's "#. source:" names the sources of its facts. They must exist, and a node's text
    // must list them among the node's sources too: those are the ones the visitor and staff see
    // under the advice, so a corrected fact shows where its correction comes from.
    void check_string_sources(const std::string& po, const std::vector<PoEntry>& entries) {
        Stmt known(db_, "SELECT 1 FROM source WHERE id = ?1");
        Stmt cited(db_, "SELECT 1 FROM node_source WHERE node_id = ?1 AND source_id = ?2");
        for (const PoEntry& e : entries)
            for (const std::string& id : e.sources) {
                bool exists = known.bind(1, id).step();
                known.reset();
                if (!exists)
                    throw BuildError(po + ": " + e.key + " names source " + id + ", not in sources.yaml");
                std::string node = node_of_text(e.key);
                if (node.empty()) continue;
                bool listed = cited.bind(1, node).bind(2, id).step();
                cited.reset();
                if (!listed)
                    throw BuildError(po + ": " + e.key + " names source " + id + ", which node " + node +
                                     " does not list in its sources");
            }
    }

    // "node.papers.tension.text" -> "papers.tension"; "" for any other key.
    static std::string node_of_text(const std::string& key) {
        if (key.rfind("node.", 0) != 0) return "";
        size_t last = key.rfind('.');
        std::string field = key.substr(last + 1);
        if (field != "text" && field != "title") return "";
        return key.substr(5, last - 5);
    }

    // The kiosk location as the kiosk reads it back from meta, so both measure from one point.
    std::optional<UnitVector> stored_kiosk_location() {
        std::map<std::string, std::string> m;
        Stmt q(db_, "SELECT key, value FROM meta WHERE key IN ('kiosk_latitude', 'kiosk_longitude')");
        while (q.step()) m[q.text(0)] = q.text(1);
        if (m.size() < 2) return std::nullopt;
        return unit_vector({std::atof(m["kiosk_latitude"].c_str()), std::atof(m["kiosk_longitude"].c_str())});
    }

    // search_place: every service nearest the kiosk location first (at equal distance the newer
    // record first: an older one is likelier out of date), then the unplaced, newer first too.
    void rank_places() {
        std::optional<UnitVector> kiosk = stored_kiosk_location();
        struct Place {
            double chord;
            std::string record_date;
            int64_t service;
            std::optional<GeoPoint> at;
        };
        std::vector<Place> places;
        Stmt q(
            db_,
            "SELECT s.rowid, l.latitude, l.longitude, s.record_date FROM service s LEFT JOIN location l ON "
            "l.id = "
            "(SELECT location_id FROM service_at_location WHERE service_id = s.id LIMIT 1) ORDER BY s.rowid");
        while (q.step()) {
            GeoPoint p{q.real(1), q.real(2)};
            bool placed = !q.is_null(1) && is_valid(p);
            double d = placed && kiosk ? chord(*kiosk, unit_vector(p)) : HUGE_VAL;
            places.push_back({d, q.text(3), q.integer(0), placed ? std::optional(p) : std::nullopt});
        }
        std::stable_sort(places.begin(), places.end(), [](const Place& a, const Place& b) {
            return a.chord != b.chord ? a.chord < b.chord : a.record_date > b.record_date; // newer first
        });
        Stmt ins(
            db_,
            "INSERT INTO search_place (rank, service_rowid, latitude, longitude) VALUES (?1, ?2, ?3, ?4)");
        for (size_t rank = 0; rank < places.size(); ++rank) {
            const Place& p = places[rank];
            ins.bind(1, static_cast<int64_t>(rank)).bind(2, p.service);
            if (p.at) ins.bind(3, p.at->latitude).bind(4, p.at->longitude);
            ins.run();
        }
    }

    // One row per service and language: everything a visitor might type to find it (not a stale
    // translation, which the kiosk does not show), at the
    // language's position * 2^32 + the service's rank, in rowid order (FTS5 writes out what it
    // holds whenever a rowid goes back). Then the index is merged into one segment (the bundle is
    // never written again) and its words listed for prefixes longer than the prefix index's.
    void index_search() {
        rank_places();
        db_.exec(
            "INSERT INTO service_search (rowid, text) "
            "SELECT (l.position << 32) + p.rank, s.name || ' ' || "
            "coalesce(d.text, '') || ' ' || "
            "  coalesce(a.text, '') || ' ' || "
            "  coalesce((SELECT group_concat(c.text, ' ') FROM service_taxonomy st JOIN strings c "
            "            ON c.key = 'category.' || st.taxonomy_term_id || '.name' AND c.lang = l.code "
            "            AND c.status <> 'stale' "
            "            WHERE st.service_id = s.id), '') || ' ' || "
            "  coalesce((SELECT lo.city FROM service_at_location sl JOIN location lo ON lo.id = "
            "sl.location_id "
            "            WHERE sl.service_id = s.id LIMIT 1), '') "
            "FROM ui_language l CROSS JOIN search_place p JOIN service s ON s.rowid = p.service_rowid "
            "LEFT JOIN strings d ON d.key = s.description_key AND d.lang = l.code AND d.status <> 'stale' "
            "LEFT JOIN strings a ON a.key = s.audience_key AND a.lang = l.code AND a.status <> 'stale'");
        db_.exec("INSERT INTO service_search (service_search) VALUES ('optimize')");
        db_.exec("CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, service_search, row);"
                 "INSERT INTO search_term SELECT term FROM temp.search_vocabulary;"
                 "DROP TABLE temp.search_vocabulary");
    }

    // voice/<lang>/clips.yaml: recorded clips for a language espeak-ng has no voice for. Each
    // entry: key (the string it reads), file (a WAVE beside the list), source, status, and
    // optionally words ("ms:begin-end ..."). A kiosk without them shows no speaker button there.
    void load_voice_clips() {
        fs::path root = fs::path(opt_.sources_dir) / "voice";
        if (!fs::is_directory(root)) return;
        Stmt ins(db_, "INSERT INTO voice_clip (lang, key, sound, words, source_id, status) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        for (const std::string& lang : languages_) {
            fs::path list = root / lang / "clips.yaml";
            if (!fs::exists(list)) continue;
            Doc d = yaml(list);
            require_sequence(d);
            int rate = 0;
            for (const YAML::Node& c : d.root) {
                Pcm pcm;
                std::vector<unsigned char> sound = clip_sound(d, c, root / lang, rate, pcm);
                std::string words = text(d, c, "words", false), status = text(d, c, "status");
                if (std::string e = parse_clip_words(words, duration_ms(pcm)).error; !e.empty())
                    fail(d, c,
                         text(d, c, "file") +
                             ": 'words' must read \"ms:begin-end ...\", in time order "
                             "within the clip: " +
                             e);
                if (status != "draft" && status != "reviewed")
                    fail(d, c, "'status' must be draft or reviewed");
                std::string source = text(d, c, "source");
                if (!Stmt(db_, "SELECT 1 FROM source WHERE id = ?1").bind(1, source).step())
                    fail(d, c, "unknown source '" + source + "'");
                ins.bind(1, lang).bind(2, text(d, c, "key")).bind_blob(3, sound).bind(4, words);
                ins.bind(5, source).bind(6, status).run();
            }
        }
    }

    // A clip's WAVE file, checked: 16-bit mono, and one sample rate for all of a language's clips;
    // its sound in `pcm`, for the word timings to be checked against its length.
    static std::vector<unsigned char> clip_sound(const Doc& d, const YAML::Node& c, const fs::path& dir,
                                                 int& rate, Pcm& pcm) {
        fs::path file = dir / text(d, c, "file");
        std::ifstream in(file, std::ios::binary);
        if (!in) fail(d, c, file.string() + " cannot be read");
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        try {
            pcm = read_wav(bytes);
        } catch (const std::runtime_error& e) {
            fail(d, c, file.string() + ": " + e.what());
        }
        if (rate != 0 && pcm.sample_rate != rate)
            fail(d, c,
                 file.string() + " is at " + std::to_string(pcm.sample_rate) + " Hz, the others at " +
                     std::to_string(rate) + " Hz");
        rate = pcm.sample_rate;
        return std::vector<unsigned char>(bytes.begin(), bytes.end());
    }

    void load_assets() {
        fs::path dir = fs::path(opt_.sources_dir) / "assets";
        Stmt ins(db_, "INSERT INTO asset (name, mime, data) VALUES (?1, 'image/png', ?2)");
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.path().extension() == ".png") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const fs::path& f : files) {
            std::ifstream in(f, std::ios::binary);
            std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)),
                                            std::istreambuf_iterator<char>());
            // Bounded from the header, then decoded once: the kiosk need never meet a huge or damaged image.
            if (std::string bad = check_pictogram(f.stem().string(), data); !bad.empty())
                throw BuildError(f.string() + ": " + bad);
            ins.bind(1, f.stem().string()).bind_blob(2, data).run();
        }
    }
};

void sync_file(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

std::vector<std::string> build_bundle(const BuildOptions& o) {
    if (o.output.empty()) throw BuildError("no output file given (-o BUNDLE)");
    std::string tmp = o.output + ".tmp-" + std::to_string(::getpid());
    fs::remove(tmp);
    std::vector<std::string> warnings;
    try {
        Db db(tmp, OpenMode::Create);
        db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
        db.exec(bundle_schema_sql());
        in_transaction(db, [&] {
            Builder b(o, db);
            warnings = b.run();
        });
        db.exec("VACUUM");
    } catch (...) {
        fs::remove(tmp);
        throw;
    }
    sync_file(tmp);
    fs::rename(tmp, o.output);
    sync_file(fs::path(o.output).parent_path().empty() ? "." : fs::path(o.output).parent_path().string());
    return warnings;
}

} // namespace kiosk
