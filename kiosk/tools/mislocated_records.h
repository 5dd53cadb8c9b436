// Directory records whose coordinates contradict their own commune code and postcode.
// No reference geography is read at build time: the records are their own reference. The
// records of a department (from the INSEE commune code: 2A/2B for Corsica, 97x overseas) sit
// around their median point, and so do those of one commune or one postcode; a record far from
// where its own codes place it, and where no record of its department stands near it, was
// geocoded to the wrong place.
#pragma once
#include "core/content/content.h"

#include <string>
#include <vector>

namespace kiosk {

struct PlacedRecord {
    std::string id;
    std::string commune;  // INSEE commune code ("75119", "2A004", "97411")
    std::string postcode; // as written; a Cedex postcode still names its department
    GeoPoint at;
};

struct Mislocation {
    std::string id;
    std::string reason; // "512 km from the records of department 12 (commune 12145, postcode 12310)"
};

// In the order of `records`.
std::vector<Mislocation> find_mislocated(const std::vector<PlacedRecord>& records);

std::string department_of_commune(const std::string& commune);   // "2A004" -> "2A", "97411" -> "974"
std::string department_of_postcode(const std::string& postcode); // "20169" -> "2A"; "" unless 5 digits

} // namespace kiosk
