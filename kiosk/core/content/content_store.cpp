#include "core/content/content_store.h"

#include "core/content/geo.h"
#include "core/content/search_words.h"
#include "core/content/service_filter.h"
#include "core/content/web_address.h"
#include "core/time/opening_hours.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace kiosk {

// What SQLite can rule out before a service is read, for the lists: the category (?1), then the
// filter (?2 free, ?3 no appointment, ?4 language, ?5 audience, ?6 open now: has hours at all;
// ?11: keep also what nobody recorded), ?12 the day, "YYYY-MM-DD": services outside their dates are
// not listed. Candidates carry their opening hours so "open now" is
// judged without reading the service.
constexpr const char* filter_sql =
    "CROSS JOIN service s ON s.id = st.service_id LEFT JOIN schedule sc ON sc.service_id = s.id "
    "WHERE st.taxonomy_term_id = ?1 AND (?2 = 0 OR s.free = 1 OR (?11 AND s.free IS NULL)) "
    "AND (?3 = 0 OR s.appointment = 'none' OR (?11 AND coalesce(s.appointment, '') NOT IN ('none', "
    "'required'))) "
    "AND (?4 = '' OR EXISTS (SELECT 1 FROM service_language x WHERE x.service_id = s.id AND x.language = "
    "?4) OR (?11 AND NOT EXISTS (SELECT 1 FROM service_language x WHERE x.service_id = s.id))) "
    "AND (?5 = '' OR EXISTS (SELECT 1 FROM service_audience x WHERE x.service_id = s.id AND x.audience = "
    "?5) OR (?11 AND NOT EXISTS (SELECT 1 FROM service_audience x WHERE x.service_id = s.id))) "
    "AND (?6 = 0 OR ?11 OR sc.opening_hours IS NOT NULL) "
    "AND (s.valid_from = '' OR s.valid_from <= ?12) AND (s.valid_until = '' OR ?12 <= s.valid_until)";

struct ContentStore::Queries {
    Stmt service, category_size, by_hours, in_category, unplaced, in_box, asset, voice_clip, strings,
        plural_forms, plural_rule, language_position, words_starting, search, service_id;
    SearchWords search_words;
    explicit Queries(const Db& db)
        : service(db,
                  "SELECT s.id, s.name, s.description_key, s.audience_key, s.free, s.appointment, "
                  "s.record_date, s.source_id, l.address_1, l.postal_code, l.city, l.latitude, l.longitude, "
                  "sc.opening_hours, "
                  "(SELECT group_concat(number, char(31)) FROM (SELECT number FROM phone "
                  "  WHERE service_id = s.id ORDER BY position)), "
                  "(SELECT group_concat(language, char(31)) FROM (SELECT language FROM service_language "
                  "  WHERE service_id = s.id ORDER BY language)), "
                  "(SELECT group_concat(audience, char(31)) FROM (SELECT audience FROM service_audience "
                  "  WHERE service_id = s.id ORDER BY audience)), "
                  "s.valid_from, s.valid_until, s.review_by, l.postal_only, "
                  "(SELECT url FROM website WHERE service_id = s.id) "
                  "FROM service s LEFT JOIN location l ON l.id = "
                  "  (SELECT location_id FROM service_at_location WHERE service_id = s.id LIMIT 1) "
                  "LEFT JOIN schedule sc ON sc.service_id = s.id WHERE s.id = ?1"),
          category_size(db, "SELECT count(*) FROM service_taxonomy WHERE taxonomy_term_id = ?1"),
          // How many pass the filter, by opening rule: each rule is then judged once.
          by_hours(db,
                   (std::string(
                        "SELECT sc.opening_hours, (SELECT substr(l.postal_code, 1, 2) IN ('57', '67', '68') "
                        "FROM location l WHERE l.id = (SELECT location_id FROM service_at_location "
                        "WHERE service_id = s.id LIMIT 1)), count(DISTINCT st.service_id) "
                        "FROM service_taxonomy st ") +
                    filter_sql + " GROUP BY 1, 2")
                       .c_str()),
          in_category(
              db,
              (std::string("SELECT st.service_id, l.latitude, l.longitude, sc.opening_hours, s.record_date "
                           "FROM service_taxonomy st "
                           "JOIN service_at_location sl ON sl.service_id = st.service_id "
                           "JOIN location l ON l.id = sl.location_id ") +
               filter_sql)
                  .c_str()),
          unplaced(
              db,
              (std::string(
                   "SELECT st.service_id, 0, 0, sc.opening_hours, s.record_date FROM service_taxonomy st ") +
               filter_sql +
               " AND NOT EXISTS (SELECT 1 FROM service_at_location x WHERE x.service_id = "
               "st.service_id) ORDER BY st.service_id")
                  .c_str()),
          // CROSS JOIN keeps this order: the few points in the square first, then what they hold.
          in_box(db, (std::string(
                          "SELECT st.service_id, l.latitude, l.longitude, sc.opening_hours, s.record_date "
                          "FROM location_rtree r CROSS JOIN location l ON l.rowid = r.id "
                          "CROSS JOIN service_at_location sl ON sl.location_id = l.id "
                          "CROSS JOIN service_taxonomy st ON st.service_id = sl.service_id ") +
                      filter_sql +
                      " AND r.min_lat >= ?7 AND r.max_lat <= ?8 AND r.min_lon >= ?9 AND r.max_lon <= ?10")
                         .c_str()),
          asset(db, "SELECT data FROM asset WHERE name = ?1"),
          voice_clip(db, "SELECT sound, words, status FROM voice_clip WHERE lang = ?1 AND key = ?2"),
          strings(db, "SELECT key, text, status FROM strings WHERE lang = ?1"),
          plural_forms(db, "SELECT key, text FROM plural_form WHERE lang = ?1 ORDER BY key, form"),
          plural_rule(db, "SELECT plural_forms FROM plural_rule WHERE lang = ?1"),
          language_position(db, "SELECT position FROM ui_language WHERE code = ?1"),
          words_starting(db, "SELECT term FROM search_term WHERE term >= ?1 AND term < ?2 LIMIT ?3"),
          // ORDER BY rowid is FTS5's own order, nearest the bundle's kiosk location first: written
          // because the early stop relies on it. CROSS JOIN keeps FTS5 outside, read lazily.
          search(db, "SELECT f.rowid - ?2, p.service_rowid, p.latitude, p.longitude FROM service_search f "
                     "CROSS JOIN search_place p ON p.rank = f.rowid - ?2 "
                     "WHERE service_search MATCH ?1 AND f.rowid BETWEEN ?2 AND ?3 ORDER BY f.rowid"),
          service_id(db, "SELECT id FROM service WHERE rowid = ?1"), search_words(db) {}
};

namespace {

// The schema allows only these words; anything else reads as unknown rather than as a price.
CallPrice call_price(const std::string& word) {
    if (word == "free") return CallPrice::Free;
    if (word == "normal") return CallPrice::Normal;
    return CallPrice::Unknown;
}

} // namespace

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

// The visitor's language reaches queries, item ids and file names from here: a bundle with any other
// code is refused whole.
static std::string check_language_code(std::string code) {
    if (!is_language_code(code))
        throw ContentError("\"" + code + "\" is not a language code such as fr, prs or zh-Hans");
    return code;
}

static std::vector<std::string> split_on(const std::string& s, char separator) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < s.size()) {
        size_t end = s.find(separator, i);
        if (end == std::string::npos) end = s.size();
        out.push_back(s.substr(i, end - i));
        i = end + 1;
    }
    return out;
}

ContentStore::ContentStore(const std::string& path) : db_(path, OpenMode::ReadOnlyUntrusted) {
    load_meta(); // first: it says "not a content bundle" about a file that is no database at all
    // SQLite's page cache is the kiosk's own memory, 2 MB by default and filled at start by the
    // lint's reads; the bundle's pages are in the kernel's page cache anyway, a pread away. 512 KB
    // keeps the pages a query walks again and again (the indexes' upper levels).
    db_.exec("PRAGMA cache_size = -512");
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
    for (const std::string& code : meta_.languages) check_language_code(code);
    meta_.kiosk_name = m["kiosk_name"];
    meta_.valid_until = m["valid_until"];
    if (m.count("kiosk_latitude") && m.count("kiosk_longitude")) {
        GeoPoint p{std::atof(m["kiosk_latitude"].c_str()), std::atof(m["kiosk_longitude"].c_str())};
        if (is_valid(p)) meta_.kiosk_location = p; // NaN or out of range: distances stay unknown
    }
    if (meta_.languages.empty()) throw ContentError("bundle enables no language");
}

void ContentStore::load_small_tables() {
    Stmt langs(db_, "SELECT code, endonym, rtl FROM ui_language ORDER BY position");
    while (langs.step())
        languages_.push_back({check_language_code(langs.text(0)), langs.text(1), langs.integer(2) != 0});
    Stmt topics(db_, "SELECT key, pictogram, flow_id FROM topic ORDER BY position");
    while (topics.step()) topics_.push_back({topics.text(0), topics.text(1), topics.text(2)});
    Stmt lines(db_, "SELECT number, price, strip, languages, source_id, pictogram, valid_from, valid_until, "
                    "review_by FROM hotline "
                    "ORDER BY strip IS NULL, strip, number");
    while (lines.step()) {
        Hotline h;
        h.number = lines.text(0);
        h.price = call_price(lines.is_null(1) ? "" : lines.text(1));
        h.strip = lines.is_null(2) ? 0 : static_cast<int>(lines.integer(2));
        h.languages = split_list(lines.text(3));
        h.source_id = lines.text(4);
        h.pictogram = lines.text(5);
        h.dates = {lines.text(6), lines.text(7), lines.text(8)};
        hotlines_.push_back(std::move(h));
    }
    Stmt src(db_, "SELECT id, title, publisher, url, date FROM source");
    while (src.step())
        sources_[src.text(0)] = {src.text(0), src.text(1), src.text(2), src.text(3), src.text(4)};
    Stmt words(db_, "SELECT id, forms, source_id FROM glossary ORDER BY position");
    while (words.step()) {
        GlossaryWord w{words.text(0), {}, words.text(2)};
        std::string forms = words.text(1);
        for (size_t start = 0; start < forms.size();) {
            size_t bar = forms.find(" | ", start);
            w.latin_forms.push_back(forms.substr(start, bar == std::string::npos ? bar : bar - start));
            start = bar == std::string::npos ? forms.size() : bar + 3;
        }
        glossary_.push_back(std::move(w));
    }
}

// A visitor answers at most a handful of questions; a flow this large is broken or hostile, and
// walking it (lint, progress) must stay bounded.
constexpr size_t max_nodes_per_flow = 500;

void ContentStore::load_flows() {
    Stmt flows(db_, "SELECT id, start_node FROM flow ORDER BY id");
    while (flows.step()) flows_.push_back({flows.text(0), flows.text(1), {}});
    Stmt nodes(db_, "SELECT id, kind, var, valid_from, valid_until, review_by FROM node WHERE flow_id = ?1 "
                    "ORDER BY position");
    Stmt choices(db_, "SELECT value, pictogram, valid_from, valid_until, review_by, position FROM choice "
                      "WHERE node_id = ?1 ORDER BY position");
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
            n.dates = {nodes.text(3), nodes.text(4), nodes.text(5)};
            choices.bind(1, n.id);
            while (choices.step())
                n.choices.push_back({choices.text(0),
                                     choices.text(1),
                                     {choices.text(2), choices.text(3), choices.text(4)},
                                     static_cast<int>(choices.integer(5))});
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
    while (q_->strings.step()) {
        std::string status = q_->strings.text(2);
        t[q_->strings.text(0)] = {q_->strings.text(1), status == "reviewed", status == "stale", {}};
    }
    q_->strings.reset();
    q_->plural_forms.bind(1, lang);
    while (q_->plural_forms.step()) {
        auto it = t.find(q_->plural_forms.text(0));
        if (it != t.end()) it->second.forms.push_back(q_->plural_forms.text(1));
    }
    q_->plural_forms.reset();
    return t;
}

// The builder refused a rule that does not parse, so an error here means a hand-made bundle:
// its plural strings then show their first form, as a language without plurals would.
PluralRule ContentStore::plural_rule(const std::string& lang) const {
    q_->plural_rule.bind(1, lang);
    std::string text = q_->plural_rule.step() ? q_->plural_rule.text(0) : "";
    q_->plural_rule.reset();
    std::string error;
    PluralRule rule = PluralRule::parse(text, error);
    return error.empty() ? rule : PluralRule();
}

Strings ContentStore::strings(const std::string& lang) const {
    Strings s;
    s.lang = lang;
    s.chosen = string_table(lang);
    s.chosen_rule = plural_rule(lang);
    if (lang != "fr") s.french = string_table("fr"), s.french_rule = plural_rule("fr");
    if (lang != "en") s.english = string_table("en"), s.english_rule = plural_rule("en");
    return s;
}

std::vector<StringCoverage> ContentStore::coverage() const {
    std::vector<StringCoverage> out;
    StringTable source = string_table(meta_.languages.front());
    for (auto it = source.begin(); it != source.end();) // the staff panel is French and English only
        it = it->first.rfind("staff.", 0) == 0 ? source.erase(it) : std::next(it);
    for (const std::string& lang : meta_.languages) {
        StringCoverage c{lang, static_cast<int>(source.size()), 0, 0, 0};
        StringTable t = string_table(lang);
        for (const auto& [key, entry] : source) {
            auto it = t.find(key);
            if (it == t.end()) continue;
            if (it->second.stale) {
                ++c.stale;
                continue;
            }
            ++c.translated;
            if (it->second.reviewed) ++c.reviewed;
        }
        out.push_back(c);
    }
    return out;
}

// A service with everything the screens show of it, read with one statement: lists read
// hundreds at a time. Phones, languages and audiences come joined by the unit separator.
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
    if (!q.is_null(8)) {
        s.address = q.text(8);
        s.postal_code = q.text(9);
        s.city = q.text(10);
        GeoPoint p{q.real(11), q.real(12)};
        if (is_valid(p) && !q.is_null(11) && !q.is_null(12)) s.location = p; // else a hostile or broken row
    }
    s.opening_hours = q.text(13);
    s.phones = split_on(q.text(14), '\x1f');
    s.languages = split_on(q.text(15), '\x1f');
    s.audiences = split_on(q.text(16), '\x1f');
    s.dates = {q.text(17), q.text(18), q.text(19)};
    s.postal_only = q.integer(20) != 0;
    if (std::string url = q.text(21); is_web_address(url)) s.website = url; // the bundle is untrusted
    q.reset();
    if (origin_ && s.location) {
        s.distance_m = distance_m(*origin_, *s.location);
        s.bearing = bearing_deg(*origin_, *s.location);
    }
    return s;
}

namespace {

void bind_filter(Stmt& q, const std::string& category, const ServiceFilter& f, LocalTime now) {
    q.bind(1, category)
        .bind(2, int64_t(f.free))
        .bind(3, int64_t(f.no_appointment))
        .bind(4, f.language)
        .bind(5, f.audience)
        .bind(6, int64_t(f.open_now))
        .bind(11, int64_t(f.unrecorded))
        .bind(12, iso_date(now.date));
}

// May a service with these hours pass the filter? As passes() judges them, for a place in the region.
bool hours_pass(const ServiceFilter& f, const std::string& rule, HolidayRegion region, LocalTime now) {
    return !f.open_now || (f.unrecorded ? !closed_at(rule, region, now) : open_at(rule, region, now));
}

// Under either calendar: a candidate's place is read (and judged by passes()) only afterwards.
bool may_pass(const ServiceFilter& f, const std::string& rule, LocalTime now) {
    return hours_pass(f, rule, HolidayRegion::France, now) ||
           hours_pass(f, rule, HolidayRegion::AlsaceMoselle, now);
}

} // namespace

// One candidate query's rows, only those whose hours pass "open now".
std::vector<ContentStore::Candidate> ContentStore::candidates(Stmt& q, const std::string& category,
                                                              const ServiceFilter& f, LocalTime now,
                                                              std::map<std::string, bool>& open) const {
    bind_filter(q, category, f, now);
    std::vector<Candidate> out;
    while (q.step()) {
        if (f.open_now) { // a rule is judged once: may a service with these hours pass?
            std::string rule = q.text(3);
            auto it = open.find(rule);
            if (it == open.end()) it = open.emplace(rule, may_pass(f, rule, now)).first;
            if (!it->second) continue;
        }
        double d = origin_ ? distance_m(*origin_, {q.real(1), q.real(2)}) : 0;
        out.push_back({d, q.text(4), q.text(0)});
    }
    q.reset();
    return out;
}

// For a large category, searches a growing square around the kiosk (R*Tree) and keeps only what
// lies within the circle the square contains, so the answer is the truly nearest; a small one, or
// what the widest square missed, is read whole and sorted. SQLite rules out what the filter
// excludes, and each remaining service is read and checked once. Services with no address come last.
std::vector<Service> ContentStore::nearest(const std::string& category, const ServiceFilter& filter,
                                           LocalTime now, size_t n) const {
    std::vector<Service> out;
    std::set<std::string> tested;
    std::map<std::string, bool> open; // by rule text
    auto take = [&](std::vector<Candidate> found, double within) {
        std::sort(found.begin(), found.end());
        for (const auto& [d, date, id] : found) {
            if (out.size() >= n) return;
            if (d > within || !tested.insert(id).second) continue;
            std::optional<Service> s = service(id);
            if (s && passes(filter, *s, now)) out.push_back(std::move(*s));
        }
    };
    // A category of a few thousand is read whole faster than square after square of the R*Tree,
    // whose wide squares hold every other category's places too.
    constexpr int64_t read_whole_below = 4000;
    q_->category_size.bind(1, category);
    bool small = q_->category_size.step() && q_->category_size.integer(0) < read_whole_below;
    q_->category_size.reset();
    constexpr double metres_per_degree = 111195.0, widest = 1000e3;
    for (double r = 1000; origin_ && !small && r <= widest && out.size() < n; r *= 2) {
        double dlat = r / metres_per_degree,
               dlon = r / (metres_per_degree * std::max(0.01, std::cos(origin_->latitude * M_PI / 180)));
        q_->in_box.bind(7, origin_->latitude - dlat)
            .bind(8, origin_->latitude + dlat)
            .bind(9, origin_->longitude - dlon)
            .bind(10, origin_->longitude + dlon);
        take(candidates(q_->in_box, category, filter, now, open), r);
    }
    if (out.size() < n) take(candidates(q_->in_category, category, filter, now, open), HUGE_VAL);
    if (out.size() < n) take(candidates(q_->unplaced, category, filter, now, open), HUGE_VAL);
    return out;
}

// SQL rules out what passes() rules out (the filter tests check they agree) and counts the rest by
// opening rule and holiday region (Alsace-Moselle or not); each is judged once, as passes() does. Nothing is
// read whole.
size_t ContentStore::count(const std::string& category, const ServiceFilter& filter, LocalTime now) const {
    Stmt& q = q_->by_hours;
    bind_filter(q, category, filter, now);
    size_t n = 0;
    while (q.step()) {
        HolidayRegion region = q.integer(1) ? HolidayRegion::AlsaceMoselle : HolidayRegion::France;
        if (hours_pass(filter, q.text(0), region, now)) n += static_cast<size_t>(q.integer(2));
    }
    q.reset();
    return n;
}

std::vector<Service> ContentStore::services_for(const Node& result, size_t per_category,
                                                const std::string& day,
                                                std::vector<DbError>* unreadable) const {
    std::vector<Service> out;
    std::set<std::string> seen;
    auto add = [&](Service s) {
        if (seen.insert(s.id).second) out.push_back(std::move(s));
    };
    for (const std::string& id : result.services) {
        std::optional<Service> s;
        try {
            s = service(id);
        } catch (const DbError& e) {
            if (!unreadable) throw;
            unreadable->push_back(e);
        }
        if (s && s->dates.on(day)) add(std::move(*s));
    }
    LocalTime on{parse_iso_date(day).value_or(CivilDate{}), 0};
    for (const std::string& c : result.categories) {
        std::vector<Service> near;
        try {
            near = nearest(c, {}, on, per_category + seen.size());
        } catch (const DbError& e) {
            if (!unreadable) throw;
            unreadable->push_back(e);
        }
        size_t added = 0;
        for (Service& s : near)
            if (added < per_category && seen.insert(s.id).second) out.push_back(std::move(s)), ++added;
    }
    return out;
}

std::optional<VoiceClip> ContentStore::voice_clip(const std::string& lang, const std::string& key) const {
    Stmt& q = q_->voice_clip;
    q.bind(1, lang).bind(2, key);
    std::optional<VoiceClip> clip;
    if (q.step()) {
        std::vector<unsigned char> sound = q.blob(0);
        clip = VoiceClip{std::string(sound.begin(), sound.end()), q.text(1), q.text(2) == "reviewed"};
    }
    q.reset();
    return clip;
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

std::vector<std::pair<std::string, std::string>> ContentStore::websites() const {
    std::vector<std::pair<std::string, std::string>> out;
    Stmt s(db_, "SELECT service_id, url FROM website ORDER BY service_id");
    while (s.step()) out.emplace_back(s.text(0), s.text(1));
    return out;
}

std::vector<std::pair<std::string, Validity>> ContentStore::dated_services() const {
    std::vector<std::pair<std::string, Validity>> out;
    Stmt s(db_, "SELECT id, valid_from, valid_until, review_by FROM service "
                "WHERE valid_from <> '' OR valid_until <> '' OR review_by <> '' ORDER BY id");
    while (s.step()) out.emplace_back(s.text(0), Validity{s.text(1), s.text(2), s.text(3)});
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
        "WHERE source_id IS NULL OR source_id NOT IN (SELECT id FROM source) "
        "UNION ALL SELECT 'website ' || url || ' of service ' || service_id || ' has no source' FROM website "
        "WHERE source_id IS NULL OR source_id NOT IN (SELECT id FROM source)");
    while (s.step()) out.push_back(s.text(0));
    return out;
}

// FTS5 query text for one word: in double quotes, its own quotes doubled. The typed words are
// letters and digits, but a hostile bundle's search_term could hold anything.
static std::string quoted(const std::string& word) {
    std::string out = "\"";
    for (char c : word) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

static size_t characters(const std::string& utf8) {
    return static_cast<size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The rowids of a language's rows in service_search: its position * 2^32 + a service's rank.
std::optional<std::pair<int64_t, int64_t>> ContentStore::language_rows(const std::string& lang) const {
    Stmt& q = q_->language_position;
    q.bind(1, lang);
    std::optional<int64_t> position;
    if (q.step()) position = q.integer(0);
    q.reset();
    if (!position || *position < 0 || *position > INT32_MAX) return std::nullopt; // a hostile position
    return std::pair{*position << 32, (*position << 32) + UINT32_MAX};
}

// One typed word as FTS5 query text. A prefix of up to 3 characters has its own index; a longer
// one becomes the indexed words it starts, which FTS5 reads only within the language's rows,
// where a prefix query would read them whole in every language. Empty: no word starts so.
std::string ContentStore::word_query(const std::string& word) const {
    constexpr size_t indexed_prefix = 3; // prefix = '1 2 3' in db/schema.sql
    // A bound on the query's size (the default content's busiest 4-letter prefix, "mont", starts 52
    // words; an OR of 200 costs a few milliseconds): past it, FTS5's own prefix query, slower.
    constexpr int64_t most_words = 200;
    if (characters(word) <= indexed_prefix) return quoted(word) + "*";
    std::string after = word; // every string that starts with `word` sorts before it
    ++after.back();           // no byte of UTF-8 is 0xFF, so the last one can always grow
    Stmt& q = q_->words_starting;
    q.bind(1, word).bind(2, after).bind(3, most_words + 1);
    std::string any;
    int64_t count = 0;
    while (q.step()) any += (count++ ? " OR " : "") + quoted(q.text(0));
    q.reset();
    if (count > most_words) return quoted(word) + "*";
    return count ? "(" + any + ")" : "";
}

namespace {

// A search match: how far from the origin (a chord in Earth radii, infinite when unknown), its
// rank in search_place (which orders the unplaced and breaks ties) and its service.
struct Match {
    double chord;
    int64_t rank, service_rowid;
    bool operator<(const Match& o) const { return std::tie(chord, rank) < std::tie(o.chord, o.rank); }
};

// Keeps `best` the max-heap of the n least matches seen.
void keep(std::vector<Match>& best, const Match& m, size_t n) {
    if (best.size() == n) {
        if (!(m < best.front())) return;
        std::pop_heap(best.begin(), best.end());
        best.pop_back();
    }
    best.push_back(m);
    std::push_heap(best.begin(), best.end());
}

} // namespace

// The `n` matches nearest the origin, nearest first, then unplaced ones in rank order. FTS5
// answers nearest the bundle's kiosk location first; a later match is at least its distance from
// there minus the origin's (the triangle inequality), so reading stops once even that bound
// cannot beat the n-th nearest found. Without the bundle's location every match is read.
std::vector<int64_t> ContentStore::nearest_matches(const std::string& match, std::pair<int64_t, int64_t> rows,
                                                   size_t n) const {
    std::optional<UnitVector> origin, ranked_from;
    if (origin_) origin = unit_vector(*origin_);
    if (meta_.kiosk_location) ranked_from = unit_vector(*meta_.kiosk_location);
    double gap = origin && ranked_from ? chord(*origin, *ranked_from) : 0;
    std::vector<Match> best; // a max-heap of the n nearest so far
    Stmt& q = q_->search;
    q.bind(1, match).bind(2, rows.first).bind(3, rows.second);
    while (n > 0 && q.step()) {
        GeoPoint p{q.real(2), q.real(3)};
        std::optional<UnitVector> at;
        if (!q.is_null(2) && !q.is_null(3) && is_valid(p)) at = unit_vector(p);
        Match m{origin && at ? chord(*origin, *at) : HUGE_VAL, q.integer(0), q.integer(1)};
        // The nearest this match or any later one can be. Unranked, any later one can be nearest;
        // ranked, the unplaced come last.
        double bound = !origin        ? HUGE_VAL
                       : !ranked_from ? -HUGE_VAL
                       : !at          ? HUGE_VAL
                                      : chord(*ranked_from, *at) - gap;
        if (best.size() == n && best.front() < Match{bound, m.rank, 0}) break;
        keep(best, m, n);
    }
    q.reset();
    std::sort_heap(best.begin(), best.end());
    std::vector<int64_t> out;
    for (const Match& m : best) out.push_back(m.service_rowid);
    return out;
}

// For a visitor at a kiosk the closest place that fits is the best answer: every word typed must
// start a word of the service's text in this language, and the nearest of all such services win.
std::vector<Service> ContentStore::search(const std::string& typed, const std::string& lang,
                                          size_t limit) const {
    std::vector<Service> out;
    if (strip_isolates(typed).size() < 2) return out; // one letter matches nearly everything
    std::vector<std::string> words = q_->search_words(typed);
    auto rows = language_rows(lang);
    if (words.empty() || !rows) return out;
    std::string match;
    for (const std::string& w : words) {
        std::string one = word_query(w);
        if (one.empty()) return out; // every word must match
        match += (match.empty() ? "" : " AND ") + one;
    }
    for (int64_t rowid : nearest_matches(match, *rows, limit)) {
        q_->service_id.bind(1, rowid);
        std::optional<Service> s = q_->service_id.step() ? service(q_->service_id.text(0)) : std::nullopt;
        q_->service_id.reset();
        if (s) out.push_back(std::move(*s));
    }
    return out;
}

} // namespace kiosk
