#include "tools/hsds_writer.h"

#include "core/storage/sqlite_db.h"
#include "tools/csv_file.h"
#include "tools/hsds_schedule.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;

namespace kiosk {

namespace {

struct Place {
    std::string id, address, postal_code, city;
    double latitude = 0, longitude = 0;
};

struct Service {
    std::string id, organization_id, name, description, audience, record_date, opening_hours, website;
    std::optional<bool> free;
    std::vector<std::string> phones, languages, categories;
    std::vector<Place> places;
};

struct Category {
    std::string id, name;
};

// What the export needs from a bundle, read once; all of the export's SQL is here.
struct Model {
    std::string lang; // the bundle's source language
    std::vector<std::pair<std::string, std::string>> organizations;
    std::vector<Service> services;
    std::vector<Category> categories;
};

std::string source_language(const Db& db) {
    Stmt q(db, "SELECT value FROM meta WHERE key = 'languages'");
    std::string langs = q.step() ? q.text(0) : "";
    std::string first = langs.substr(0, langs.find(','));
    return first.empty() ? "fr" : first;
}

// Runs a query keyed by service id in its first column and hands each row to the service.
template <typename Fn>
void for_each_row(const Db& db, const char* sql, std::map<std::string, Service*>& by_id, Fn fn) {
    Stmt q(db, sql);
    while (q.step())
        if (auto it = by_id.find(q.text(0)); it != by_id.end()) fn(*it->second, q);
}

Model read_model(const Db& db) {
    Model m;
    m.lang = source_language(db);
    Stmt orgs(db, "SELECT id, name FROM organization ORDER BY id");
    while (orgs.step()) m.organizations.emplace_back(orgs.text(0), orgs.text(1));
    Stmt s(
        db,
        "SELECT s.id, s.organization_id, s.name, coalesce(d.text, ''), coalesce(a.text, ''), s.record_date, "
        "s.free FROM service s "
        "LEFT JOIN strings d ON d.key = s.description_key AND d.lang = ?1 "
        "LEFT JOIN strings a ON a.key = s.audience_key AND a.lang = ?1 ORDER BY s.id");
    s.bind(1, m.lang);
    while (s.step()) {
        Service v{s.text(0), s.text(1),    s.text(2), s.text(3), s.text(4), s.text(5), "",
                  "",        std::nullopt, {},        {},        {},        {}};
        if (!s.is_null(6)) v.free = s.integer(6) != 0;
        m.services.push_back(std::move(v));
    }
    std::map<std::string, Service*> by_id;
    for (Service& v : m.services) by_id[v.id] = &v;
    for_each_row(db, "SELECT service_id, number FROM phone ORDER BY service_id, position", by_id,
                 [](Service& v, const Stmt& q) { v.phones.push_back(q.text(1)); });
    for_each_row(db, "SELECT service_id, language FROM service_language ORDER BY service_id, language", by_id,
                 [](Service& v, const Stmt& q) { v.languages.push_back(q.text(1)); });
    for_each_row(
        db, "SELECT service_id, taxonomy_term_id FROM service_taxonomy ORDER BY service_id, taxonomy_term_id",
        by_id, [](Service& v, const Stmt& q) { v.categories.push_back(q.text(1)); });
    for_each_row(db, "SELECT service_id, opening_hours FROM schedule", by_id,
                 [](Service& v, const Stmt& q) { v.opening_hours = q.text(1); });
    for_each_row(db, "SELECT service_id, url FROM website", by_id,
                 [](Service& v, const Stmt& q) { v.website = q.text(1); });
    for_each_row(
        db,
        "SELECT sl.service_id, l.id, l.address_1, l.postal_code, l.city, l.latitude, l.longitude "
        "FROM service_at_location sl JOIN location l ON l.id = sl.location_id ORDER BY sl.service_id, l.id",
        by_id, [](Service& v, const Stmt& q) {
            v.places.push_back({q.text(1), q.text(2), q.text(3), q.text(4), q.real(5), q.real(6)});
        });
    Stmt c(
        db,
        "SELECT t.id, coalesce(n.text, '') FROM taxonomy_term t "
        "LEFT JOIN strings n ON n.key = 'category.' || t.id || '.name' AND n.lang = ?1 ORDER BY t.position");
    c.bind(1, m.lang);
    while (c.step()) m.categories.push_back({c.text(0), c.text(1)});
    return m;
}

// ---- the tables, as HSDS 3.0 names their columns

using Row = std::map<std::string, std::string>;

struct Table {
    const char* name;
    std::vector<const char*> columns;
    std::vector<Row> rows;
};

std::string number(double v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest text that reads back the same
    return std::string(buf, r.ptr);
}

std::string sub_id(const std::string& service, const char* what, const std::string& n) {
    std::string id = service;
    id += '-';
    id += what;
    id += '-';
    id += n;
    return id;
}

// The weekly rows of a rule, each carrying the whole rule in its description; a rule with no
// weekly part (24/7 aside) still gets one row for its description.
std::vector<Row> schedule_rows(const Service& s) {
    std::vector<Row> out;
    if (s.opening_hours.empty()) return out;
    for (const WeeklyRow& w : rule_to_weekly_rows(s.opening_hours))
        out.push_back(
            {{"freq", "WEEKLY"}, {"byday", w.byday}, {"opens_at", w.opens_at}, {"closes_at", w.closes_at}});
    if (out.empty()) out.emplace_back();
    for (size_t i = 0; i < out.size(); ++i) {
        out[i]["id"] = sub_id(s.id, "schedule", std::to_string(i + 1));
        out[i]["service_id"] = s.id;
        out[i]["description"] = s.opening_hours;
    }
    return out;
}

Row place_location(const Place& p) {
    return {{"id", p.id},
            {"location_type", "physical"},
            {"latitude", number(p.latitude)},
            {"longitude", number(p.longitude)}};
}

Row place_address(const Place& p) {
    return {
        {"id", p.id + "-address"},      {"location_id", p.id}, {"address_1", p.address},    {"city", p.city},
        {"postal_code", p.postal_code}, {"country", "FR"},     {"address_type", "physical"}};
}

std::vector<Table> tables_of(const Model& m) {
    std::vector<Table> t = {
        {"organizations",
         {"id", "name", "alternate_name", "description", "email", "website", "tax_status", "tax_id",
          "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id"},
         {}},
        {"services",
         {"id",
          "organization_id",
          "program_id",
          "name",
          "alternate_name",
          "description",
          "url",
          "email",
          "status",
          "interpretation_services",
          "application_process",
          "fees_description",
          "wait_time",
          "fees",
          "accreditations",
          "eligibility_description",
          "minimum_age",
          "maximum_age",
          "assured_date",
          "assurer_email",
          "licenses",
          "alert",
          "last_modified"},
         {}},
        {"locations",
         {"id", "location_type", "url", "organization_id", "name", "alternate_name", "description",
          "transportation", "latitude", "longitude", "external_identifier", "external_identifier_type"},
         {}},
        {"addresses",
         {"id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province",
          "postal_code", "country", "address_type"},
         {}},
        {"service_at_location", {"id", "service_id", "location_id", "description"}, {}},
        {"phones",
         {"id", "location_id", "service_id", "organization_id", "contact_id", "service_at_location_id",
          "number", "extension", "type", "description"},
         {}},
        {"schedules",
         {"id",
          "service_id",
          "location_id",
          "service_at_location_id",
          "valid_from",
          "valid_to",
          "dtstart",
          "timezone",
          "until",
          "count",
          "wkst",
          "freq",
          "interval",
          "byday",
          "byweekno",
          "bymonthday",
          "byyearday",
          "description",
          "opens_at",
          "closes_at",
          "schedule_link",
          "attending_type",
          "notes"},
         {}},
        {"languages", {"id", "service_id", "location_id", "phone_id", "name", "code", "note"}, {}},
        {"cost_options",
         {"id", "service_id", "valid_from", "valid_to", "option", "currency", "amount", "amount_description"},
         {}},
        {"taxonomy_terms",
         {"id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id",
          "term_uri"},
         {}},
        {"attributes", {"id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"}, {}},
    };
    auto rows = [&](const char* name) -> std::vector<Row>& {
        for (Table& x : t)
            if (std::string(x.name) == name) return x.rows;
        throw HsdsExportError(std::string("no table ") + name);
    };
    for (const auto& [id, name] : m.organizations)
        rows("organizations").push_back({{"id", id}, {"name", name}});
    for (const Category& c : m.categories)
        rows("taxonomy_terms")
            .push_back({{"id", c.id},
                        {"code", c.id},
                        {"name", c.name},
                        {"taxonomy", "kiosk"},
                        {"language", m.lang}});
    for (const Service& s : m.services) {
        rows("services")
            .push_back({{"id", s.id},
                        {"organization_id", s.organization_id},
                        {"name", s.name},
                        {"description", s.description},
                        {"url", s.website},
                        {"status", "active"},
                        {"eligibility_description", s.audience},
                        {"assured_date", s.record_date}});
        for (size_t i = 0; i < s.phones.size(); ++i)
            rows("phones").push_back({{"id", sub_id(s.id, "phone", std::to_string(i + 1))},
                                      {"service_id", s.id},
                                      {"number", s.phones[i]},
                                      {"type", "voice"}});
        for (const Place& p : s.places) {
            rows("locations").push_back(place_location(p));
            rows("addresses").push_back(place_address(p));
            rows("service_at_location")
                .push_back({{"id", sub_id(s.id, "at", p.id)}, {"service_id", s.id}, {"location_id", p.id}});
        }
        for (Row& r : schedule_rows(s)) rows("schedules").push_back(std::move(r));
        for (const std::string& code : s.languages)
            rows("languages")
                .push_back({{"id", sub_id(s.id, "language", code)}, {"service_id", s.id}, {"code", code}});
        if (s.free == true)
            rows("cost_options")
                .push_back({{"id", sub_id(s.id, "cost", "free")},
                            {"service_id", s.id},
                            {"currency", "EUR"},
                            {"amount", "0"}});
        for (const std::string& c : s.categories)
            rows("attributes")
                .push_back({{"id", sub_id(s.id, "category", c)},
                            {"link_id", s.id},
                            {"taxonomy_term_id", c},
                            {"link_type", "category"},
                            {"link_entity", "service"}});
    }
    return t;
}

// ---- files

void write_csv(const fs::path& dir, const Table& t) {
    CsvWriter w((dir / (std::string(t.name) + ".csv")).string());
    w.row(std::vector<std::string>(t.columns.begin(), t.columns.end()));
    for (const Row& r : t.rows) {
        std::vector<std::string> fields;
        for (const char* c : t.columns) {
            auto it = r.find(c);
            fields.push_back(it == r.end() ? "" : it->second);
        }
        w.row(fields);
    }
    w.close();
}

json datapackage(const std::vector<Table>& tables) {
    json resources = json::array();
    for (const Table& t : tables) {
        json fields = json::array();
        for (const char* c : t.columns) {
            std::string name = c;
            bool numeric = name == "latitude" || name == "longitude" || name == "amount";
            fields.push_back({{"name", name}, {"type", numeric ? "number" : "string"}});
        }
        resources.push_back({{"name", t.name},
                             {"path", std::string(t.name) + ".csv"},
                             {"profile", "tabular-data-resource"},
                             {"format", "csv"},
                             {"mediatype", "text/csv"},
                             {"encoding", "utf-8"},
                             {"schema", {{"fields", fields}}}});
    }
    return {{"name", "kiosk-hsds-export"},
            {"title", "Services of a help kiosk bundle, as Open Referral HSDS 3.0"},
            {"profile", "tabular-data-package"},
            {"resources", resources}};
}

json objects(const std::vector<Row>& rows) {
    json out = json::array();
    for (const Row& r : rows) {
        json o = json::object();
        for (const auto& [k, v] : r)
            if (!v.empty()) o[k] = v;
        out.push_back(o);
    }
    return out;
}

// One service_full object, built from the same rows as the CSV files.
json service_full(const Service& s, const std::string& organization) {
    json places = json::array();
    for (const Place& p : s.places) {
        json location = objects({place_location(p)})[0];
        location["latitude"] = p.latitude;
        location["longitude"] = p.longitude;
        location["addresses"] = objects({place_address(p)});
        places.push_back({{"id", sub_id(s.id, "at", p.id)}, {"location", location}});
    }
    json phones = json::array(), languages = json::array(), attributes = json::array();
    for (size_t i = 0; i < s.phones.size(); ++i)
        phones.push_back({{"id", sub_id(s.id, "phone", std::to_string(i + 1))},
                          {"number", s.phones[i]},
                          {"type", "voice"}});
    for (const std::string& code : s.languages)
        languages.push_back({{"id", sub_id(s.id, "language", code)}, {"code", code}});
    for (const std::string& c : s.categories)
        attributes.push_back({{"id", sub_id(s.id, "category", c)},
                              {"taxonomy_term_id", c},
                              {"taxonomy_term", {{"id", c}, {"code", c}}}});
    json o = {{"id", s.id},
              {"name", s.name},
              {"description", s.description},
              {"status", "active"},
              {"eligibility_description", s.audience},
              {"assured_date", s.record_date},
              {"organization", {{"id", s.organization_id}, {"name", organization}}},
              {"phones", phones},
              {"schedules", objects(schedule_rows(s))},
              {"service_at_locations", places},
              {"languages", languages},
              {"attributes", attributes}};
    if (!s.website.empty()) o["url"] = s.website;
    if (s.free == true)
        o["cost_options"] = {{{"id", sub_id(s.id, "cost", "free")}, {"currency", "EUR"}, {"amount", 0}}};
    return o;
}

void write_json(const fs::path& path, const json& j) {
    std::ofstream out(path, std::ios::binary);
    out << j.dump(2) << '\n';
    out.close();
    if (!out) throw HsdsExportError(path.string() + ": could not be written completely");
}

void write_package(const Model& m, const fs::path& dir) {
    std::vector<Table> tables = tables_of(m);
    for (const Table& t : tables) write_csv(dir, t);
    write_json(dir / "datapackage.json", datapackage(tables));
    std::map<std::string, std::string> org_names(m.organizations.begin(), m.organizations.end());
    json services = json::array();
    for (const Service& s : m.services) services.push_back(service_full(s, org_names[s.organization_id]));
    write_json(dir / "services.json", services);
}

} // namespace

size_t export_hsds(const std::string& bundle, const std::string& dir) {
    Model m = read_model(Db(bundle, OpenMode::ReadOnlyUntrusted));
    fs::path target = fs::path(dir).lexically_normal();
    if (target.filename().empty()) target = target.parent_path(); // "out/" names out
    if (target.empty()) throw HsdsExportError("no output directory given (-o DIR)");
    fs::path tmp = target, old = target;
    tmp += ".tmp-" + std::to_string(::getpid());
    old += ".old-" + std::to_string(::getpid());
    fs::remove_all(tmp);
    try {
        fs::create_directories(tmp);
        write_package(m, tmp);
        if (fs::exists(target)) fs::rename(target, old);
        fs::rename(tmp, target);
    } catch (...) {
        fs::remove_all(tmp);
        if (fs::exists(old) && !fs::exists(target)) fs::rename(old, target);
        throw;
    }
    fs::remove_all(old);
    return m.services.size();
}

} // namespace kiosk
