// Reads Open Referral HSDS 3.0 data: a CSV tabular data package (a directory of organizations.csv,
// services.csv, locations.csv ...) or one nested JSON file (service_full, organization_full,
// service_at_location_full, location, or an array of service_full objects as export-hsds writes).
// What the kiosk cannot show truthfully is left out with a warning, never guessed.
#pragma once
#include "tools/imported_service.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace kiosk {

struct HsdsError : std::runtime_error {
    using std::runtime_error::runtime_error; // "file row N: what is wrong" or "file path: ..."
};

struct HsdsRead {
    ImportedServices imported; // title, url and date filled; lang left to the caller
    std::vector<std::string> warnings;
};

// Throws HsdsError on malformed input (not CSV or JSON, a missing required column or id).
HsdsRead read_hsds(const std::string& path);

} // namespace kiosk
