#include "content_store.h"

#include "geo.h"
#include "opening_hours.h"
#include "service_filter.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

namespace kiosk {

struct ContentStore::Queries {
    Stmt service, phones, location, schedule, languages, audiences, in_category, unplaced, in_box, asset,
        strings, search, by_rowid;
    explicit Queries(const Db& db)
        : service(db, "SELECT id, name, description_key, audience_key, free, appointment, record_date, "
                      "source_id FROM service WHERE id = ?1"),
          phones(db, "SELECT number FROM phone WHERE service_id = ?1 ORDER BY position"),
          location(db,
                   "SELECT l.address_1, l.postal_code, l.city, l.latitude, l.longitude FROM location l "
                   "JOIN service_at_location sl ON sl.location_id = l.id WHERE sl.service_id = ?1 LIMIT 1"),
          schedule(db, "SELECT opening_hours FROM schedule WHERE service_id = ?1"),
          languages(db, "SELECT language FROM service_language WHERE service_id = ?1 ORDER BY language"),
          audiences(db, "SELECT audience FROM service_audience WHERE service_id = ?1 ORDER BY audience"),
          in_category(db, "SELECT st.service_id, l.latitude, l.longitude FROM service_taxonomy st "
                          "JOIN service_at_location sl ON sl.service_id = st.service_id "
                          "JOIN location l ON l.id = sl.location_id WHERE st.taxonomy_term_id = ?1"),
          unplaced(db,
                   "SELECT st.service_id FROM service_taxonomy st WHERE st.taxonomy_term_id = ?1 AND "
                   "NOT EXISTS (SELECT 1 FROM service_at_location sl WHERE sl.service_id = st.service_id) "
                   "ORDER BY st.service_id"),
          // CROSS JOIN keeps this order: the few points in the square first, then what they hold.
          in_box(
              db,
              "SELECT sl.service_id, l.latitude, l.longitude FROM location_rtree r "
              "CROSS JOIN location l ON l.rowid = r.id CROSS JOIN service_at_location sl ON sl.location_id = "
              "l.id "
              "CROSS JOIN service_taxonomy st ON st.service_id = sl.service_id AND st.taxonomy_term_id = ?1 "
              "WHERE r.min_lat >= ?2 AND r.max_lat <= ?3 AND r.min_lon >= ?4 AND r.max_lon <= ?5"),
          asset(db, "SELECT data FROM asset WHERE name = ?1"),
          strings(db, "SELECT key, text, status FROM strings WHERE lang = ?1"),
          search(db, "SELECT rowid / 16 FROM service_search WHERE service_search MATCH ?1 LIMIT ?2"),
          by_rowid(db, "SELECT id FROM service WHERE rowid = ?1") {}
};

std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i <= s.size()) {
        size_t comma = s.find(',', i);
        if (comma == std::string::npos) comma = s.size();
        std::string item = s.substr(i, comma - i);
        item.erase(0, item.find_first_not_of(' '));
        item.erase(item.find_last_not_of(' ') + 1);
        if (!item.empty()) out.push_back(item);
        i = comma + 1;
    }
    return out;
}

ContentStore::ContentStore(const std::string& path) : db_(path, OpenMode::ReadOnlyUntrusted) {
    load_meta();
    q_ = std::make_unique<Queries>(db_);
    origin_ = meta_.kiosk_location;
    load_small_tables();
    load_flows();
}

ContentStore::~ContentStore() = default;

void ContentStore::load_meta() {
    std::map<std::string, std::string> m;
    try {
        Stmt s(db_, "SELECT key, value FROM meta");
        while (s.step()) m[s.text(0)] = s.text(1);
    } catch (const DbError& e) {
        throw ContentError(std::string("not a content bundle (") + e.what() + ")");
    }
    meta_.schema_version = m.count("schema_version") ? std::atoi(m["schema_version"].c_str()) : 0;
    if (meta_.schema_version != bundle_schema_version)
        throw ContentError("bundle schema version " + std::to_string(meta_.schema_version) +
                           ", this kiosk reads version " + std::to_string(bundle_schema_version));
    meta_.bundle_id = m["bundle_id"];
    meta_.version = m["version"];
    meta_.created = m["created"];
    meta_.languages = split_list(m["languages"]);
    meta_.kiosk_name = m["kiosk_name"];
    if (m.count("kiosk_latitude") && m.count("kiosk_longitude")) {
        GeoPoint p{std::atof(m["kiosk_latitude"].c_str()), std::atof(m["kiosk_longitude"].c_str())};
        if (is_valid(p)) meta_.kiosk_location = p; // NaN or out of range: distances stay unknown
    }
    if (meta_.languages.empty()) throw ContentError("bundle enables no language");
}

void ContentStore::load_small_tables() {
    Stmt langs(db_, "SELECT code, endonym, rtl FROM ui_language ORDER BY position");
    while (langs.step()) languages_.push_back({langs.text(0), langs.text(1), langs.integer(2) != 0});
    Stmt topics(db_, "SELECT key, pictogram, flow_id FROM topic ORDER BY position");
    while (topics.step()) topics_.push_back({topics.text(0), topics.text(1), topics.text(2)});
    Stmt lines(db_, "SELECT number, free, strip, languages, source_id FROM hotline ORDER BY strip IS NULL, "
                    "strip, number");
    while (lines.step()) {
        Hotline h;
        h.number = lines.text(0);
        if (!lines.is_null(1)) h.free = lines.integer(1) != 0;
        h.strip = lines.is_null(2) ? 0 : static_cast<int>(lines.integer(2));
        h.languages = split_list(lines.text(3));
        h.source_id = lines.text(4);
        hotlines_.push_back(std::move(h));
    }
    Stmt src(db_, "SELECT id, title, publisher, url, date FROM source");
    while (src.step())
        sources_[src.text(0)] = {src.text(0), src.text(1), src.text(2), src.text(3), src.text(4)};
}

// A visitor answers at most a handful of questions; a flow this large is broken or hostile, and
// walking it (lint, progress) must stay bounded.
constexpr size_t max_nodes_per_flow = 500;

void ContentStore::load_flows() {
    Stmt flows(db_, "SELECT id, start_node FROM flow ORDER BY id");
    while (flows.step()) flows_.push_back({flows.text(0), flows.text(1), {}});
    Stmt nodes(db_, "SELECT id, kind, var FROM node WHERE flow_id = ?1 ORDER BY position");
    Stmt choices(db_, "SELECT value, pictogram FROM choice WHERE node_id = ?1 ORDER BY position");
    Stmt next(db_, "SELECT condition, target FROM transition WHERE node_id = ?1 ORDER BY position");
    Stmt lists(db_, "SELECT 's', service_id, position FROM node_service WHERE node_id = ?1 "
                    "UNION ALL SELECT 'c', taxonomy_term_id, position FROM node_category WHERE node_id = ?1 "
                    "UNION ALL SELECT 'h', number, position FROM node_hotline WHERE node_id = ?1 "
                    "UNION ALL SELECT 'r', source_id, 0 FROM node_source WHERE node_id = ?1 ORDER BY 1, 3");
    for (Flow& f : flows_) {
        nodes.bind(1, f.id);
        while (nodes.step()) {
            Node n;
            n.id = nodes.text(0);
            std::string kind = nodes.text(1);
            n.kind = kind == "result" ? NodeKind::Result
                     : kind == "info" ? NodeKind::Info
                                      : NodeKind::Question;
            n.var = nodes.text(2);
            choices.bind(1, n.id);
            while (choices.step()) n.choices.push_back({choices.text(0), choices.text(1)});
            choices.reset();
            next.bind(1, n.id);
            while (next.step()) {
                Transition t{next.text(0), nullptr, next.text(1)};
                t.condition = parse_condition(t.condition_text).condition;
                n.next.push_back(std::move(t));
            }
            next.reset();
            lists.bind(1, n.id);
            while (lists.step()) {
                std::string which = lists.text(0);
                auto& into = which == "s"   ? n.services
                             : which == "c" ? n.categories
                             : which == "h" ? n.hotlines
                                            : n.sources;
                into.push_back(lists.text(1));
            }
            lists.reset();
            f.nodes.push_back(std::move(n));
            if (f.nodes.size() > max_nodes_per_flow)
                throw ContentError("flow " + f.id + " has more than " + std::to_string(max_nodes_per_flow) +
                                   " nodes");
        }
        nodes.reset();
    }
}

const Language* ContentStore::language(const std::string& code) const {
    for (const Language& l : languages_)
        if (l.code == code) return &l;
    return nullptr;
}

const Topic* ContentStore::topic(const std::string& key) const {
    for (const Topic& t : topics_)
        if (t.key == key) return &t;
    return nullptr;
}

const Flow* ContentStore::flow(const std::string& id) const {
    for (const Flow& f : flows_)
        if (f.id == id) return &f;
    return nullptr;
}

const Hotline* ContentStore::hotline(const std::string& number) const {
    for (const Hotline& h : hotlines_)
        if (h.number == number) return &h;
    return nullptr;
}

const Source* ContentStore::source(const std::string& id) const {
    auto it = sources_.find(id);
    return it == sources_.end() ? nullptr : &it->second;
}

StringTable ContentStore::string_table(const std::string& lang) const {
    StringTable t;
    q_->strings.bind(1, lang);
    while (q_->strings.step())
        t[q_->strings.text(0)] = {q_->strings.text(1), q_->strings.text(2) == "reviewed"};
    q_->strings.reset();
    return t;
}

Strings ContentStore::strings(const std::string& lang) const {
    Strings s;
    s.lang = lang;
    s.chosen = string_table(lang);
    if (lang != "fr") s.french = string_table("fr");
    if (lang != "en") s.english = string_table("en");
    return s;
}

std::vector<StringCoverage> ContentStore::coverage() const {
    std::vector<StringCoverage> out;
    StringTable source = string_table(meta_.languages.front());
    for (const std::string& lang : meta_.languages) {
        StringCoverage c{lang, static_cast<int>(source.size()), 0, 0};
        StringTable t = string_table(lang);
        for (const auto& [key, entry] : source) {
            auto it = t.find(key);
            if (it == t.end()) continue;
            ++c.translated;
            if (it->second.reviewed) ++c.reviewed;
        }
        out.push_back(c);
    }
    return out;
}

void ContentStore::fill_details(Service& s) const {
    q_->phones.bind(1, s.id);
    while (q_->phones.step()) s.phones.push_back(q_->phones.text(0));
    q_->phones.reset();
    q_->location.bind(1, s.id);
    if (q_->location.step()) {
        s.address = q_->location.text(0);
        s.postal_code = q_->location.text(1);
        s.city = q_->location.text(2);
        s.location = GeoPoint{q_->location.real(3), q_->location.real(4)};
        if (!is_valid(*s.location) || q_->location.is_null(3) || q_->location.is_null(4))
            s.location.reset(); // a hostile or broken row
        if (origin_ && s.location) {
            s.distance_m = distance_m(*origin_, *s.location);
            s.bearing = bearing_deg(*origin_, *s.location);
        }
    }
    q_->location.reset();
    q_->schedule.bind(1, s.id);
    if (q_->schedule.step()) s.opening_hours = q_->schedule.text(0);
    q_->schedule.reset();
    s.languages = column_for(q_->languages, s.id);
    s.audiences = column_for(q_->audiences, s.id);
}

std::vector<std::string> ContentStore::column_for(Stmt& q, const std::string& service_id) const {
    std::vector<std::string> out;
    q.bind(1, service_id);
    while (q.step()) out.push_back(q.text(0));
    q.reset();
    return out;
}

std::optional<Service> ContentStore::service(const std::string& id) const {
    Stmt& q = q_->service;
    q.bind(1, id);
    if (!q.step()) {
        q.reset();
        return std::nullopt;
    }
    Service s;
    s.id = q.text(0);
    s.name = q.text(1);
    s.description_key = q.text(2);
    s.audience_key = q.text(3);
    if (!q.is_null(4)) s.free = q.integer(4) != 0;
    s.appointment = q.text(5);
    s.record_date = q.text(6);
    s.source_id = q.text(7);
    q.reset();
    fill_details(s);
    return s;
}

// Every service of a category that has a place, nearest first (by name without an origin).
std::vector<std::string> ContentStore::placed_in_category(const std::string& category) const {
    std::vector<std::pair<double, std::string>> found;
    q_->in_category.bind(1, category);
    while (q_->in_category.step()) {
        GeoPoint p{q_->in_category.real(1), q_->in_category.real(2)};
        found.emplace_back(origin_ ? distance_m(*origin_, p) : 0, q_->in_category.text(0));
    }
    q_->in_category.reset();
    std::sort(found.begin(), found.end());
    std::vector<std::string> ids;
    for (auto& f : found) ids.push_back(std::move(f.second));
    return ids;
}

// Searches a growing square around the kiosk (R*Tree) and keeps only what lies within the circle
// the square contains, so the answer is the truly nearest; each service is read and tested once.
// Past the widest square every placed service of the category is a candidate, and services with
// no address come last.
std::vector<Service> ContentStore::nearest(const std::string& category, const ServiceFilter& filter,
                                           LocalTime now, size_t n) const {
    std::vector<Service> out;
    std::set<std::string> tested;
    auto consider = [&](const std::string& id) {
        if (out.size() >= n || !tested.insert(id).second) return;
        std::optional<Service> s = service(id);
        if (s && passes(filter, *s, now)) out.push_back(std::move(*s));
    };
    constexpr double metres_per_degree = 111195.0, widest = 1000e3;
    for (double r = 1000; origin_ && r <= widest && out.size() < n; r *= 2) {
        double dlat = r / metres_per_degree,
               dlon = r / (metres_per_degree * std::max(0.01, std::cos(origin_->latitude * M_PI / 180)));
        q_->in_box.bind(1, category)
            .bind(2, origin_->latitude - dlat)
            .bind(3, origin_->latitude + dlat)
            .bind(4, origin_->longitude - dlon)
            .bind(5, origin_->longitude + dlon);
        std::vector<std::pair<double, std::string>> found;
        while (q_->in_box.step()) {
            double d = distance_m(*origin_, {q_->in_box.real(1), q_->in_box.real(2)});
            if (d <= r) found.emplace_back(d, q_->in_box.text(0));
        }
        q_->in_box.reset();
        std::sort(found.begin(), found.end());
        for (const auto& [d, id] : found) consider(id);
    }
    if (out.size() < n)
        for (const std::string& id : placed_in_category(category)) consider(id);
    q_->unplaced.bind(1, category);
    std::vector<std::string> unplaced;
    while (out.size() < n && q_->unplaced.step()) unplaced.push_back(q_->unplaced.text(0));
    q_->unplaced.reset();
    for (const std::string& id : unplaced) consider(id);
    return out;
}

std::vector<Service> ContentStore::services_for(const Node& result, size_t per_category) const {
    std::vector<Service> out;
    std::set<std::string> seen;
    auto add = [&](Service s) {
        if (seen.insert(s.id).second) out.push_back(std::move(s));
    };
    for (const std::string& id : result.services)
        if (auto s = service(id)) add(std::move(*s));
    for (const std::string& c : result.categories) {
        size_t added = 0;
        for (Service& s : nearest(c, {}, LocalTime{}, per_category + seen.size()))
            if (added < per_category && seen.insert(s.id).second) out.push_back(std::move(s)), ++added;
    }
    return out;
}

std::vector<unsigned char> ContentStore::asset(const std::string& name) const {
    q_->asset.bind(1, name);
    std::vector<unsigned char> data;
    if (q_->asset.step()) data = q_->asset.blob(0);
    q_->asset.reset();
    return data;
}

// Every row's first column of a query that takes no parameter (lint's lists).
std::vector<std::string> ContentStore::first_column(const char* sql) const {
    std::vector<std::string> out;
    Stmt s(db_, sql);
    while (s.step()) out.push_back(s.text(0));
    return out;
}

std::vector<std::string> ContentStore::service_ids() const {
    return first_column("SELECT id FROM service");
}

std::vector<std::string> ContentStore::category_ids() const {
    return first_column("SELECT id FROM taxonomy_term ORDER BY position");
}

std::vector<std::string> ContentStore::service_string_keys() const {
    return first_column(
        "SELECT DISTINCT description_key FROM service UNION SELECT DISTINCT audience_key FROM service");
}

std::vector<std::pair<std::string, std::string>> ContentStore::schedules() const {
    std::vector<std::pair<std::string, std::string>> out;
    Stmt s(db_, "SELECT service_id, opening_hours FROM schedule ORDER BY service_id");
    while (s.step()) out.emplace_back(s.text(0), s.text(1));
    return out;
}

std::vector<std::string> ContentStore::phone_numbers() const {
    return first_column("SELECT DISTINCT number FROM phone");
}

std::vector<std::string> ContentStore::facts_without_source() const {
    std::vector<std::string> out;
    Stmt s(
        db_,
        "SELECT 'service ' || id || ' has no source' FROM service "
        "WHERE source_id IS NULL OR source_id NOT IN (SELECT id FROM source) "
        "UNION ALL SELECT 'phone ' || number || ' of service ' || service_id || ' has no source' FROM phone "
        "WHERE source_id IS NULL OR source_id NOT IN (SELECT id FROM source) "
        "UNION ALL SELECT 'address ' || address_1 || ' (' || id || ') has no source' FROM location "
        "WHERE source_id IS NULL OR source_id NOT IN (SELECT id FROM source) "
        "UNION ALL SELECT 'opening hours of service ' || service_id || ' have no source' FROM schedule "
        "WHERE source_id IS NULL OR source_id NOT IN (SELECT id FROM source)");
    while (s.step()) out.push_back(s.text(0));
    return out;
}

std::string fts_query(const std::string& typed) {
    std::string out, word;
    auto flush = [&] {
        if (word.empty()) return;
        out += (out.empty() ? "\"" : " \"") + word + "\"*";
        word.clear();
    };
    for (size_t i = 0; i < typed.size();) {
        auto c = static_cast<unsigned char>(typed[i]);
        size_t n = utf8_length(c);
        bool separator = n == 1 && !std::isalnum(c);
        if (separator)
            flush();
        else
            word += typed.substr(i, n);
        i += n;
    }
    flush();
    return out;
}

// Matches in any order, up to a few hundred (cheap), then the nearest first: for a visitor at a
// kiosk the closest place that fits is the best answer. Narrower words give closer answers.
std::vector<Service> ContentStore::search(const std::string& typed, const std::string& lang,
                                          size_t limit) const {
    std::vector<Service> out;
    std::string words = fts_query(typed);
    if (words.empty() || strip_isolates(typed).size() < 2) return out; // one letter matches nearly everything
    std::string language;
    for (char c : lang) language += c == '-' ? '_' : c;
    std::string match = "lang : \"" + language + "\" AND text : (" + words + ")";
    std::vector<int64_t> rows;
    q_->search.bind(1, match).bind(2, static_cast<int64_t>(limit * 10));
    while (q_->search.step()) rows.push_back(q_->search.integer(0));
    q_->search.reset();
    std::vector<Service> candidates;
    for (int64_t row : rows) {
        q_->by_rowid.bind(1, row);
        std::string id = q_->by_rowid.step() ? q_->by_rowid.text(0) : "";
        q_->by_rowid.reset();
        if (auto sv = service(id)) candidates.push_back(std::move(*sv));
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Service& a, const Service& b) {
        double da = a.distance_m < 0 ? 1e12 : a.distance_m, db = b.distance_m < 0 ? 1e12 : b.distance_m;
        return da < db;
    });
    if (candidates.size() > limit) candidates.resize(limit);
    return candidates;
}

} // namespace kiosk
