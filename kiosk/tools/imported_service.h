// A service read from another directory (Open Referral HSDS), in the shape the bundle builder
// inserts: plain facts, already checked, ids still as the source wrote them.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct ImportedPlace {
    std::string address, postal_code, city;
    double latitude = 0, longitude = 0; // checked to be in range
};

struct ImportedTerm { // an HSDS taxonomy term: a kiosk category when either equals a category id
    std::string code, name;
};

struct ImportedService {
    std::string id, name, organization;
    std::string description, audience; // in ImportedServices::lang; empty when the source says nothing
    std::optional<bool> free;          // only when the source is unambiguous
    std::string record_date;           // when the facts were checked
    std::vector<std::string> phones;
    std::string website; // https:// or http://, already checked; empty: none
    std::optional<ImportedPlace> place;
    std::vector<std::string> languages; // BCP 47 codes
    std::string opening_hours;          // OpenStreetMap syntax, already verified; empty: unknown
    std::vector<ImportedTerm> taxonomy_terms;
};

// Everything one import brings, with the one source every imported fact cites.
struct ImportedServices {
    std::string title, url, date; // the source row "hsds-import"
    std::string lang = "en";      // language of the descriptions
    std::vector<ImportedService> services;
};

} // namespace kiosk
