#include "tools/mislocated_records.h"

#include "core/content/geo.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

namespace kiosk {

namespace {

// A department spans up to about 100 km; a record within 50 km of its department's median point,
// or within 30 km of another record of the department, is where its codes say. Paris-located
// records of Aveyron, Creuse or Réunion are hundreds of kilometres from both.
constexpr double department_radius_m = 50e3, department_neighbour_m = 30e3;
// Within a commune: a record more than 2 km from its commune's median point, when the median
// points of four or more other communes are nearer to it than its own, stands in another commune
// (the 19th arrondissement's legal-aid desk placed beside the 12th's). Big communes whose outskirts
// lie far from their centre have few other communes' points nearer: they are not flagged.
constexpr double commune_radius_m = 2e3;
constexpr size_t nearer_communes = 4;
// A group of fewer records has no median worth the name and cannot judge.
constexpr size_t judging_group = 3;

bool all_digits(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Group {
    std::vector<size_t> members;
    GeoPoint centre{};
};

using Groups = std::map<std::string, Group>;

// Each group's median point, for the groups large enough to judge; the others are dropped.
void find_centres(Groups& groups, const std::vector<PlacedRecord>& records) {
    for (auto it = groups.begin(); it != groups.end();) {
        if (it->second.members.size() < judging_group) {
            it = groups.erase(it);
            continue;
        }
        std::vector<double> lat, lon;
        for (size_t i : it->second.members)
            lat.push_back(records[i].at.latitude), lon.push_back(records[i].at.longitude);
        it->second.centre = {median(lat), median(lon)};
        ++it;
    }
}

template <class Key> Groups group_by(const std::vector<PlacedRecord>& records, Key key) {
    Groups groups;
    for (size_t i = 0; i < records.size(); ++i)
        if (std::string k = key(records[i]); !k.empty()) groups[k].members.push_back(i);
    find_centres(groups, records);
    return groups;
}

// Does record i stand where department `dept` is? Unknown when the department has too few records.
std::optional<bool> in_department(size_t i, const std::string& dept, const Groups& departments,
                                  const std::vector<PlacedRecord>& records) {
    auto g = departments.find(dept);
    if (g == departments.end()) return std::nullopt;
    const GeoPoint at = records[i].at;
    if (distance_m(at, g->second.centre) <= department_radius_m) return true;
    return std::any_of(g->second.members.begin(), g->second.members.end(), [&](size_t j) {
        return j != i && distance_m(at, records[j].at) <= department_neighbour_m;
    });
}

// Does record i stand in the commune (or postcode area) `key`? Unknown for a small group.
std::optional<bool> in_place(size_t i, const std::string& key, const Groups& places,
                             const std::vector<PlacedRecord>& records) {
    auto g = places.find(key);
    if (g == places.end()) return std::nullopt;
    const GeoPoint at = records[i].at;
    double own = distance_m(at, g->second.centre);
    if (own <= commune_radius_m) return true;
    size_t nearer = 0;
    for (const auto& [other, group] : places)
        if (other != key && distance_m(at, group.centre) < own && ++nearer >= nearer_communes) return false;
    return true;
}

std::string km(double metres) {
    char out[32];
    std::snprintf(out, sizeof out, metres < 10e3 ? "%.1f km" : "%.0f km", metres / 1000);
    return out;
}

std::string codes(const PlacedRecord& r) {
    return "commune " + r.commune + (r.postcode.empty() ? "" : ", postcode " + r.postcode);
}

} // namespace

std::string department_of_commune(const std::string& commune) {
    if (commune.size() != 5) return "";
    std::string dept =
        commune.substr(0, commune[0] == '9' && (commune[1] == '7' || commune[1] == '8') ? 3 : 2);
    return dept == "2A" || dept == "2B" || all_digits(dept) ? dept : "";
}

std::string department_of_postcode(const std::string& postcode) {
    if (postcode.size() != 5 || !all_digits(postcode)) return "";
    if (postcode.compare(0, 2, "20") == 0) return postcode[2] <= '1' ? "2A" : "2B";
    return department_of_commune(postcode);
}

std::vector<Mislocation> find_mislocated(const std::vector<PlacedRecord>& records) {
    Groups departments =
        group_by(records, [](const PlacedRecord& r) { return department_of_commune(r.commune); });
    Groups communes = group_by(records, [](const PlacedRecord& r) { return r.commune; });
    Groups postcodes = group_by(records, [](const PlacedRecord& r) { return r.postcode; });
    std::vector<Mislocation> out;
    for (size_t i = 0; i < records.size(); ++i) {
        const PlacedRecord& r = records[i];
        std::string dept = department_of_commune(r.commune);
        std::optional<bool> by_commune = in_department(i, dept, departments, records);
        std::optional<bool> by_postcode =
            in_department(i, department_of_postcode(r.postcode), departments, records);
        if (by_commune == false && by_postcode != true) {
            double d = distance_m(r.at, departments.at(dept).centre);
            out.push_back({r.id, km(d) + " from the records of department " + dept + " (" + codes(r) + ")"});
            continue;
        }
        if (in_place(i, r.commune, communes, records) == false &&
            in_place(i, r.postcode, postcodes, records) != true) {
            double d = distance_m(r.at, communes.at(r.commune).centre);
            out.push_back({r.id, km(d) + " from the records of its commune, nearer other communes' (" +
                                     codes(r) + ")"});
        }
    }
    return out;
}

} // namespace kiosk
