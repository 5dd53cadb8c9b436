// Writes a bundle's services as Open Referral HSDS 3.0: a CSV tabular data package (one file per
// table and datapackage.json) and services.json, an array of service_full objects. Texts are in
// the bundle's source language (French). The directory is written beside DIR under a temporary
// name and renamed only when complete.
#pragma once
#include <stdexcept>
#include <string>

namespace kiosk {

struct HsdsExportError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Returns how many services were written; throws DbError or HsdsExportError.
size_t export_hsds(const std::string& bundle, const std::string& dir);

} // namespace kiosk
