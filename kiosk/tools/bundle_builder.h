// Compiles the content sources (db/content/*.yaml, locales/*.po, assets/*.png) into one bundle.
// The bundle is written beside the output under a temporary name and renamed only when complete.
#pragma once
#include "tools/imported_service.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace kiosk {

struct BuildOptions {
    std::string sources_dir = "."; // holds db/content, locales and assets
    int64_t version = 1;
    std::string output;
    ImportedServices imported; // kiosk-content import-hsds: services read from Open Referral data
};

struct BuildError : std::runtime_error {
    using std::runtime_error::runtime_error; // "file:line: what is wrong"
};

// Returns warnings (stale translations, skipped records); throws BuildError on bad input.
std::vector<std::string> build_bundle(const BuildOptions& options);

const char* bundle_schema_sql(); // db/schema.sql, compiled in

} // namespace kiosk
