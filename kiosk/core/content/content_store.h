// The content bundle, opened read-only as an untrusted file. Small tables (flows, topics,
// languages, hotlines, sources) are loaded once at open; services, strings and pictograms are
// read on demand with prepared statements.
#pragma once
#include "core/content/content.h"
#include "core/content/service_filter.h"
#include "core/language/glossary.h"
#include "core/language/i18n.h"
#include "core/storage/sqlite_db.h"
#include "core/time/civil_time.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace kiosk {

// 2: service_search (FTS5), 3: location_rtree, 4: service_language and service_audience,
// 5: hotline.pictogram and voice_clip, 6: service_search by language rowid range and distance
// rank, with a prefix index; search_term and search_place, 7: valid_from, valid_until and
// review_by on node, choice, service and hotline; meta valid_until; location.postal_only and
// withheld_record; hotline.price (free, normal) for hotline.free; website, 8: glossary, 9: stale
// strings, plural_rule and plural_form
constexpr int bundle_schema_version = 9;

struct BundleMeta {
    std::string bundle_id, version, created;
    int schema_version = 0;
    std::vector<std::string> languages; // enabled, the first is the source language
    std::string kiosk_name;
    std::optional<GeoPoint> kiosk_location;
    std::string valid_until; // "YYYY-MM-DD": the last day the bundle is meant to run; '' unknown
};

struct StringCoverage {
    std::string lang;
    int total = 0, translated = 0, reviewed = 0;
    int stale = 0; // translations of an older French text: shown in French, not counted translated
};

class ContentStore {
  public:
    // Throws DbError (unreadable, not SQLite) or ContentError (wrong schema, missing tables).
    explicit ContentStore(const std::string& path);
    ~ContentStore();

    const BundleMeta& meta() const { return meta_; }
    // Where distances are measured from: the bundle's kiosk location unless the kiosk's own
    // configuration says where it stands.
    void set_origin(GeoPoint p) { origin_ = p; }
    const std::vector<Language>& languages() const { return languages_; }
    const std::vector<Topic>& topics() const { return topics_; }
    const std::vector<Flow>& flows() const { return flows_; }
    const std::vector<Hotline>& hotlines() const { return hotlines_; }
    const std::map<std::string, Source>& sources() const { return sources_; }
    const std::vector<GlossaryWord>& glossary() const { return glossary_; }

    const Language* language(const std::string& code) const;
    const Topic* topic(const std::string& key) const;
    const Flow* flow(const std::string& id) const;
    const Hotline* hotline(const std::string& number) const;
    const Source* source(const std::string& id) const;

    Strings strings(const std::string& lang) const;
    StringTable string_table(const std::string& lang) const;
    PluralRule plural_rule(const std::string& lang) const;
    std::vector<StringCoverage> coverage() const;

    std::optional<Service> service(const std::string& id) const;
    // A result's services on a day ("YYYY-MM-DD"): the ones it names, then the nearest
    // `per_category` of each category, leaving out services outside their dates. With `unreadable`,
    // a named service or a category whose rows cannot be read is left out and its error kept
    // there, so one damaged place does not hide the others; without it, the error is thrown.
    std::vector<Service> services_for(const Node& result, size_t per_category, const std::string& day,
                                      std::vector<DbError>* unreadable = nullptr) const;
    std::vector<unsigned char> asset(const std::string& name) const;
    std::optional<VoiceClip> voice_clip(const std::string& lang, const std::string& key) const;
    // The `limit` services nearest the origin, among all those whose words start with what was
    // typed, in this language; services without an address come after every placed one.
    std::vector<Service> search(const std::string& typed, const std::string& lang, size_t limit) const;
    // The n nearest services of a category that pass the filter at this local time ("open now"
    // is judged at `now`, and services outside their dates on its day are left out); services
    // without an address come after every placed one.
    std::vector<Service> nearest(const std::string& category, const ServiceFilter& filter, LocalTime now,
                                 size_t n) const;
    // How many services of a category pass the filter at this local time, without reading them.
    size_t count(const std::string& category, const ServiceFilter& filter, LocalTime now) const;

    // For lint: every id in these tables.
    std::vector<std::string> service_ids() const;
    std::vector<std::string> category_ids() const;
    std::vector<std::string> service_string_keys() const; // description and audience keys in use
    std::vector<std::string> phone_numbers() const;       // every service phone, as written
    std::vector<std::pair<std::string, std::string>> schedules() const; // (service id, opening_hours rule)
    std::vector<std::pair<std::string, std::string>> websites() const;  // (service id, url as stored)
    std::vector<std::string> facts_without_source() const; // one sentence per phone, address or rule
    std::vector<std::pair<std::string, Validity>> dated_services() const; // (id, dates) of those with any
    const Db& db() const { return db_; }

  private:
    struct Queries;
    Db db_;
    std::unique_ptr<Queries> q_;
    BundleMeta meta_;
    std::optional<GeoPoint> origin_;
    std::vector<Language> languages_;
    std::vector<Topic> topics_;
    std::vector<Flow> flows_;
    std::vector<Hotline> hotlines_;
    std::map<std::string, Source> sources_;
    std::vector<GlossaryWord> glossary_;

    // A service nearest() may take: nearer first; at equal distance the newer record (an older one
    // is likelier out of date), then by id.
    struct Candidate {
        double distance;
        std::string record_date, id;
        bool operator<(const Candidate& o) const {
            return std::tie(distance, o.record_date, id) < std::tie(o.distance, record_date, o.id);
        }
    };

    void load_meta();
    void load_small_tables();
    void load_flows();
    std::vector<Candidate> candidates(Stmt& q, const std::string& category, const ServiceFilter& f,
                                      LocalTime now, std::map<std::string, bool>& open) const;
    std::vector<std::string> first_column(const char* sql) const;
    std::optional<std::pair<int64_t, int64_t>> language_rows(const std::string& lang) const;
    std::string word_query(const std::string& word) const;
    std::vector<int64_t> nearest_matches(const std::string& match, std::pair<int64_t, int64_t> rows,
                                         size_t n) const;
};

struct ContentError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::vector<std::string> split_list(const std::string& comma_separated);

} // namespace kiosk
