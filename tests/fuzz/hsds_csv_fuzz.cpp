// An Open Referral HSDS CSV data package, as `kiosk-content import-hsds DIR` reads it. The input
// holds the package's tables in this order, separated by NUL bytes (corpus/hsds_csv/ is the HSDS
// 3.0 example package so joined); a table past the last NUL is absent, as an optional file may be.
#include "temp_file.h"
#include "tools/hsds_reader.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static constexpr std::array<const char*, 11> tables = {
        "services.csv",    "organizations.csv", "locations.csv", "addresses.csv",  "service_at_location.csv",
        "phones.csv",      "schedules.csv",     "languages.csv", "attributes.csv", "taxonomy_terms.csv",
        "cost_options.csv"};
    std::filesystem::path dir = fuzz::scratch_dir() / "package";
    std::filesystem::remove_all(dir);
    const uint8_t* end = data + size;
    for (size_t t = 0; t < tables.size() && data <= end; ++t) {
        const uint8_t* nul = std::find(data, end, uint8_t{0});
        fuzz::write_temp(std::string("package/") + tables[t], data, static_cast<size_t>(nul - data));
        data = nul + 1;
    }
    try {
        (void)read_hsds(dir.string());
    } catch (const HsdsError&) {
    }
    return 0;
}
