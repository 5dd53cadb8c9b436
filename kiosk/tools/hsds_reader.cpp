#include "tools/hsds_reader.h"

#include "core/content/web_address.h"
#include "tools/csv_file.h"
#include "tools/hsds_schedule.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using nlohmann::json;

namespace kiosk {

namespace {

struct RawLocation {
    std::string where, id, type, latitude, longitude, address, postal_code, city;
};

struct RawCost {
    std::string option, amount;
};

// One service as read, before the checks that turn it into an ImportedService.
struct RawService {
    ImportedService s;
    std::vector<RawCost> costs;
    std::vector<RawLocation> locations;
    std::vector<HsdsSchedule> schedules;
};

// Restricting schedule fields that a weekly opening_hours rule cannot carry.
const char* const restriction_fields[] = {"valid_from", "valid_to",   "until",    "count",
                                          "byweekno",   "bymonthday", "byyearday"};

std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// Some feeds quote the number inside the field: "\"+44 1234 234567\"".
std::string clean_phone(const std::string& number) {
    std::string n = trim(number);
    while (n.size() >= 2 && n.front() == '"' && n.back() == '"') n = trim(n.substr(1, n.size() - 2));
    return n;
}

// 2023-03-15T10:30:45Z -> 2023-03-15; the kiosk shows the date only.
std::string date_part(const std::string& s) {
    return s.size() > 10 && s[10] == 'T' ? s.substr(0, 10) : s;
}

struct Axis {
    const char* name;
    const char* limit_text;
    double limit;
};

// Reads one coordinate; returns why it cannot be used, or "".
std::string read_coordinate(const std::string& text, const Axis& a, double& value) {
    std::string t = trim(text), why = a.name;
    char* end = nullptr;
    value = std::strtod(t.c_str(), &end);
    if (t.empty()) return "no " + why;
    if (*end != '\0') {
        why += " '";
        why += t;
        why += "' is not a number";
    } else if (!(value >= -a.limit && value <= a.limit)) {
        why += ' ';
        why += t;
        why += " is out of range (-";
        why += a.limit_text;
        why += " to ";
        why += a.limit_text;
        why += ')';
    } else {
        why.clear();
    }
    return why;
}

std::optional<ImportedPlace> place_of(const RawLocation& l, std::vector<std::string>& warnings) {
    ImportedPlace p{l.address, l.postal_code, l.city, 0, 0};
    std::string why = read_coordinate(l.latitude, {"latitude", "90", 90}, p.latitude);
    if (why.empty()) why = read_coordinate(l.longitude, {"longitude", "180", 180}, p.longitude);
    if (why.empty()) return p;
    std::string warning = l.where;
    warning += " (location ";
    warning += l.id;
    warning += "): ";
    warning += why;
    warning += "; the location is left out";
    warnings.push_back(warning);
    return std::nullopt;
}

// Free only when every cost option costs nothing; not free only when one costs something for
// everyone (no condition named). Anything else is for a person to read, not for a filter.
std::optional<bool> free_of(const std::vector<RawCost>& costs) {
    if (costs.empty()) return std::nullopt;
    bool all_zero = true;
    for (const RawCost& c : costs) {
        char* end = nullptr;
        double amount = std::strtod(c.amount.c_str(), &end);
        bool number = !trim(c.amount).empty() && *end == '\0';
        if (number && amount > 0 && trim(c.option).empty()) return false;
        all_zero = all_zero && number && amount == 0;
    }
    return all_zero ? std::optional<bool>(true) : std::nullopt;
}

ImportedService finish(RawService r, std::vector<std::string>& warnings) {
    auto blank = [](const std::string& v) { return trim(v).empty(); };
    std::erase_if(r.s.phones, blank);
    std::erase_if(r.s.languages, blank);
    for (const RawLocation& l : r.locations) {
        if (!l.type.empty() && l.type != "physical") continue; // virtual and postal places have no door
        if ((r.s.place = place_of(l, warnings))) break;
    }
    r.s.free = free_of(r.costs);
    r.s.opening_hours = schedules_to_rule(r.schedules, warnings);
    if (!trim(r.s.website).empty() && !is_web_address(r.s.website))
        warnings.push_back("service " + r.s.id + ": url \"" + r.s.website +
                           "\" is not a web address (https:// or http://); it is left out");
    if (!is_web_address(r.s.website)) r.s.website.clear();
    return std::move(r.s);
}

void fill_source(HsdsRead& out, const fs::path& input) {
    fs::path full = fs::absolute(input).lexically_normal();
    if (full.filename().empty()) full = full.parent_path(); // "csv/" names csv
    out.imported.title = "Open Referral HSDS data: " + full.filename().string();
    out.imported.url = full.string();
    for (const ImportedService& s : out.imported.services)
        out.imported.date = std::max(out.imported.date, s.record_date);
}

// ---- CSV tabular data package

using Index = std::multimap<std::string, size_t>; // a column's value -> rows, in file order

class CsvPackage {
  public:
    explicit CsvPackage(const fs::path& dir) : dir_(dir) {
        services_ = table("services.csv", {"id", "name"}, true);
        organizations_ = table("organizations.csv", {"id", "name"});
        locations_ = table("locations.csv", {"id"});
        addresses_ = table("addresses.csv", {"id", "location_id"});
        at_location_ = table("service_at_location.csv", {"id", "service_id", "location_id"});
        phones_ = table("phones.csv", {"id", "number"});
        schedules_ = table("schedules.csv", {"id"});
        languages_ = table("languages.csv", {"id"});
        attributes_ = table("attributes.csv", {"id", "link_id", "taxonomy_term_id"});
        terms_ = table("taxonomy_terms.csv", {"id"});
        costs_ = table("cost_options.csv", {"id", "service_id"});
    }

    RawService service(size_t row) const {
        RawService r;
        ImportedService& s = r.s;
        s.id = services_.get(row, "id");
        s.name = services_.get(row, "name");
        s.description = services_.get(row, "description");
        s.audience = services_.get(row, "eligibility_description");
        s.website = services_.get(row, "url");
        s.organization = first(organizations_, "id", services_.get(row, "organization_id"), "name");
        s.record_date = services_.get(row, "assured_date");
        if (s.record_date.empty()) s.record_date = date_part(services_.get(row, "last_modified"));
        std::vector<size_t> sals = rows(at_location_, "service_id", s.id);
        for (size_t p : rows(phones_, "service_id", s.id))
            s.phones.push_back(clean_phone(phones_.get(p, "number")));
        for (size_t l : rows(languages_, "service_id", s.id)) s.languages.push_back(language(l));
        for (size_t a : rows(attributes_, "link_id", s.id))
            for (size_t t : rows(terms_, "id", attributes_.get(a, "taxonomy_term_id")))
                s.taxonomy_terms.push_back({terms_.get(t, "code"), terms_.get(t, "name")});
        for (size_t c : rows(costs_, "service_id", s.id))
            r.costs.push_back({costs_.get(c, "option"), costs_.get(c, "amount")});
        for (size_t sal : sals)
            for (size_t l : rows(locations_, "id", at_location_.get(sal, "location_id")))
                r.locations.push_back(location(l));
        r.schedules = schedules_for(s.id, sals);
        return r;
    }

    size_t size() const { return services_.rows.size(); }
    const CsvTable& services() const { return services_; }

  private:
    fs::path dir_;
    CsvTable services_, organizations_, locations_, addresses_, at_location_, phones_, schedules_, languages_,
        attributes_, terms_, costs_;
    mutable std::map<std::pair<const CsvTable*, std::string>, Index> indexes_;

    // A table with its required columns, every row with an id; an absent optional file is empty.
    CsvTable table(const char* name, std::initializer_list<const char*> required, bool must_exist = false) {
        fs::path path = dir_ / name;
        if (!must_exist && !fs::exists(path)) return CsvTable{path.string(), {}, {}};
        CsvTable t;
        try {
            t = read_csv(path.string());
        } catch (const CsvError& e) {
            throw HsdsError(e.what());
        }
        for (const char* column : required)
            if (t.column(column) < 0) throw HsdsError(t.file + " row 1: missing column '" + column + "'");
        for (size_t i = 0; i < t.rows.size(); ++i)
            if (trim(t.get(i, "id")).empty())
                throw HsdsError(t.file + " row " + std::to_string(CsvTable::row_number(i)) + ": missing id");
        return t;
    }

    std::vector<size_t> rows(const CsvTable& t, const std::string& column, const std::string& value) const {
        Index& index = indexes_[{&t, column}];
        if (index.empty())
            for (size_t i = 0; i < t.rows.size(); ++i) index.emplace(t.get(i, column), i);
        std::vector<size_t> out;
        if (value.empty()) return out;
        auto [from, to] = index.equal_range(value);
        for (auto it = from; it != to; ++it) out.push_back(it->second);
        return out;
    }

    std::string first(const CsvTable& t, const std::string& column, const std::string& value,
                      const std::string& field) const {
        std::vector<size_t> r = rows(t, column, value);
        return r.empty() ? std::string() : t.get(r.front(), field);
    }

    std::string where(const CsvTable& t, size_t row) const {
        std::string w = t.file;
        w += " row ";
        w += std::to_string(CsvTable::row_number(row));
        return w;
    }

    std::string language(size_t row) const {
        std::string code = trim(languages_.get(row, "code"));
        return code.empty() ? trim(languages_.get(row, "name")) : code;
    }

    // The address HSDS 3.0 keeps in addresses.csv: a physical one first, else the first given.
    RawLocation location(size_t row) const {
        RawLocation l{where(locations_, row),
                      locations_.get(row, "id"),
                      locations_.get(row, "location_type"),
                      locations_.get(row, "latitude"),
                      locations_.get(row, "longitude"),
                      "",
                      "",
                      ""};
        std::vector<size_t> found = rows(addresses_, "location_id", l.id);
        for (size_t a : found)
            if (addresses_.get(a, "address_type") == "physical") found = {a};
        if (found.empty()) return l;
        size_t a = found.front();
        l.address = addresses_.get(a, "address_1");
        if (std::string more = addresses_.get(a, "address_2"); !more.empty()) l.address += ", " + more;
        l.postal_code = addresses_.get(a, "postal_code");
        l.city = addresses_.get(a, "city");
        return l;
    }

    HsdsSchedule schedule(size_t row) const {
        const CsvTable& t = schedules_;
        HsdsSchedule s{where(t, row) + " (schedule " + t.get(row, "id") + ")",
                       t.get(row, "freq"),
                       t.get(row, "interval"),
                       t.get(row, "byday"),
                       t.get(row, "opens_at"),
                       t.get(row, "closes_at"),
                       t.get(row, "description"),
                       {}};
        for (const char* f : restriction_fields)
            if (std::string v = trim(t.get(row, f)); !v.empty())
                s.restrictions.push_back(std::string(f) + " " + v);
        return s;
    }

    // The service's own schedules, else those of its service_at_location rows, else its locations'.
    std::vector<HsdsSchedule> schedules_for(const std::string& id, const std::vector<size_t>& sals) const {
        std::vector<size_t> found = rows(schedules_, "service_id", id);
        for (size_t sal : sals)
            if (found.empty())
                found = rows(schedules_, "service_at_location_id", at_location_.get(sal, "id"));
        for (size_t sal : sals)
            if (found.empty()) found = rows(schedules_, "location_id", at_location_.get(sal, "location_id"));
        std::vector<HsdsSchedule> out;
        for (size_t r : found) out.push_back(schedule(r));
        return out;
    }
};

HsdsRead read_csv_package(const fs::path& dir) {
    if (!fs::exists(dir / "services.csv"))
        throw HsdsError(dir.string() + ": no services.csv, so not an HSDS CSV data package");
    CsvPackage p(dir);
    HsdsRead out;
    for (size_t i = 0; i < p.size(); ++i) out.imported.services.push_back(finish(p.service(i), out.warnings));
    return out;
}

// ---- nested JSON

std::string str(const json& o, const char* key) {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) return "";
    return it->is_string() ? it->get<std::string>() : it->dump();
}

const json& items(const json& o, const char* key) {
    static const json none = json::array();
    auto it = o.find(key);
    return it != o.end() && it->is_array() ? *it : none;
}

std::string at(const std::string& where, const std::string& path) {
    return path.empty() ? where : where + " " + path;
}

std::string path_item(const std::string& path, const char* key, size_t i) {
    std::string p = path;
    if (!p.empty()) p += '.';
    p += key;
    p += '[';
    p += std::to_string(i);
    p += ']';
    return p;
}

RawLocation location_of(const json& l, const std::string& where) {
    RawLocation r{
        where, str(l, "id"), str(l, "location_type"), str(l, "latitude"), str(l, "longitude"), "", "", ""};
    const json* chosen = nullptr;
    for (const json& a : items(l, "addresses"))
        if (a.is_object() && (!chosen || str(a, "address_type") == "physical")) chosen = &a;
    if (!chosen) return r;
    r.address = str(*chosen, "address_1");
    if (std::string more = str(*chosen, "address_2"); !more.empty()) r.address += ", " + more;
    r.postal_code = str(*chosen, "postal_code");
    r.city = str(*chosen, "city");
    return r;
}

void add_schedules(const json& owner, const std::string& where, const std::string& path,
                   std::vector<HsdsSchedule>& out) {
    const json& list = items(owner, "schedules");
    for (size_t i = 0; i < list.size(); ++i) {
        const json& j = list[i];
        HsdsSchedule s{at(where, path_item(path, "schedules", i)) + " (schedule " + str(j, "id") + ")",
                       str(j, "freq"),
                       str(j, "interval"),
                       str(j, "byday"),
                       str(j, "opens_at"),
                       str(j, "closes_at"),
                       str(j, "description"),
                       {}};
        for (const char* f : restriction_fields)
            if (std::string v = str(j, f); !v.empty()) s.restrictions.push_back(std::string(f) + " " + v);
        out.push_back(std::move(s));
    }
}

// A service_at_location with the path it was found at.
struct JsonPlace {
    const json* sal;
    std::string path;
};

RawService service_of(const json& j, const std::string& where, const json* parent_org,
                      const std::vector<JsonPlace>& places) {
    if (!j.is_object()) throw HsdsError(where + ": a service must be a JSON object");
    RawService r;
    ImportedService& s = r.s;
    s.id = str(j, "id");
    s.name = str(j, "name");
    if (trim(s.id).empty()) throw HsdsError(where + ": missing id");
    if (trim(s.name).empty()) throw HsdsError(where + ": service " + s.id + " has no name");
    s.description = str(j, "description");
    s.audience = str(j, "eligibility_description");
    s.website = str(j, "url");
    auto org = j.find("organization");
    if (org != j.end() && org->is_object()) s.organization = str(*org, "name");
    if (s.organization.empty() && parent_org) s.organization = str(*parent_org, "name");
    s.record_date = str(j, "assured_date");
    if (s.record_date.empty()) s.record_date = date_part(str(j, "last_modified"));
    for (const json& p : items(j, "phones")) s.phones.push_back(clean_phone(str(p, "number")));
    for (const JsonPlace& p : places)
        for (const json& ph : items(*p.sal, "phones"))
            if (j.find("phones") == j.end() || items(j, "phones").empty())
                s.phones.push_back(clean_phone(str(ph, "number")));
    for (const json& l : items(j, "languages"))
        s.languages.push_back(str(l, "code").empty() ? str(l, "name") : str(l, "code"));
    for (const json& a : items(j, "attributes"))
        if (auto t = a.find("taxonomy_term"); t != a.end() && t->is_object())
            s.taxonomy_terms.push_back({str(*t, "code"), str(*t, "name")});
    for (const json& c : items(j, "cost_options")) r.costs.push_back({str(c, "option"), str(c, "amount")});
    add_schedules(j, where, "", r.schedules);
    for (const JsonPlace& p : places)
        if (r.schedules.empty()) add_schedules(*p.sal, where, p.path, r.schedules);
    for (const JsonPlace& p : places) {
        auto l = p.sal->find("location");
        if (l == p.sal->end() || !l->is_object()) continue;
        r.locations.push_back(location_of(*l, at(where, p.path + (p.path.empty() ? "" : ".") + "location")));
        if (r.schedules.empty())
            add_schedules(*l, where, p.path + (p.path.empty() ? "" : ".") + "location", r.schedules);
    }
    return r;
}

std::vector<JsonPlace> places_of(const json& service) {
    std::vector<JsonPlace> out;
    const json& list = items(service, "service_at_locations");
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i].is_object()) out.push_back({&list[i], path_item("", "service_at_locations", i)});
    return out;
}

void read_json_root(const json& root, const std::string& file, HsdsRead& out) {
    auto add = [&](const json& svc, const std::string& where, const json* org,
                   const std::vector<JsonPlace>& places) {
        out.imported.services.push_back(finish(service_of(svc, where, org, places), out.warnings));
    };
    if (root.is_array()) { // services.json as export-hsds writes it
        for (size_t i = 0; i < root.size(); ++i)
            add(root[i], at(file, path_item("", "", i)), nullptr, places_of(root[i]));
        return;
    }
    if (!root.is_object()) throw HsdsError(file + ": not HSDS JSON (expected an object or an array)");
    if (root.contains("services")) { // organization_full
        const json& list = items(root, "services");
        for (size_t i = 0; i < list.size(); ++i)
            add(list[i], at(file, path_item("", "services", i)), &root, places_of(list[i]));
    } else if (root.contains("service")) { // service_at_location_full: the root is the place
        add(root["service"], at(file, "service"), nullptr, {JsonPlace{&root, ""}});
    } else if (root.contains("latitude") || root.contains("location_type")) { // a location alone
        place_of(location_of(root, file), out.warnings);
        out.warnings.push_back(file + ": a location with no service; nothing to import from it");
    } else {
        add(root, file, nullptr, places_of(root));
    }
}

// Where the parser is, as "[1].service_at_locations[0].location.latitude": nlohmann::json reports
// a number too large for a double (1e400) with neither file nor place, so the parse follows it.
class JsonPath {
  public:
    bool follow(json::parse_event_t event, const json& parsed) {
        using E = json::parse_event_t;
        if (event == E::object_start || event == E::array_start)
            levels_.push_back({event == E::array_start, 0, ""});
        if (event == E::key) levels_.back().key = parsed.get<std::string>();
        if (event == E::object_end || event == E::array_end) levels_.pop_back();
        if ((event == E::value || event == E::object_end || event == E::array_end) && !levels_.empty() &&
            levels_.back().array)
            ++levels_.back().index;
        return true;
    }
    std::string str() const {
        std::string out;
        for (const Level& l : levels_)
            out += l.array ? "[" + std::to_string(l.index) + "]" : (out.empty() ? "" : ".") + l.key;
        return out;
    }

  private:
    struct Level {
        bool array = false;
        size_t index = 0;
        std::string key;
    };
    std::vector<Level> levels_;
};

// "the number 1e400" out of nlohmann's "number overflow parsing '1e400'".
std::string quoted_number(const std::string& what) {
    size_t open = what.find('\''), close = what.rfind('\'');
    return open != std::string::npos && close > open ? "the number " + what.substr(open + 1, close - open - 1)
                                                     : "a number";
}

HsdsRead read_json_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw HsdsError(path.string() + ": cannot be read");
    json root;
    JsonPath where;
    try {
        root = json::parse(in,
                           [&](int, json::parse_event_t e, json& parsed) { return where.follow(e, parsed); });
    } catch (const json::parse_error& e) {
        throw HsdsError(path.string() + ": not valid JSON (byte " + std::to_string(e.byte) + ")");
    } catch (const json::out_of_range& e) {
        throw HsdsError(at(path.string(), where.str()) + ": " + quoted_number(e.what()) +
                        " is too large to read");
    }
    HsdsRead out;
    read_json_root(root, path.string(), out);
    return out;
}

} // namespace

HsdsRead read_hsds(const std::string& path) {
    fs::path p(path);
    if (!fs::exists(p)) throw HsdsError(path + ": no such file or directory");
    HsdsRead out = fs::is_directory(p) ? read_csv_package(p) : read_json_file(p);
    fill_source(out, p);
    return out;
}

} // namespace kiosk
