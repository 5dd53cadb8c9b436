// What a bundle's signature vouches for, carried in its trusted comment:
//   kiosk-bundle id=fr-ofii-paris version=7 date=2026-11-23 schema=4
// Signed with the file, so the kiosk can trust the id and version before it opens the bundle.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

struct BundleClaim {
    std::string bundle_id; // letters, digits, '.', '_' and '-'
    int64_t version = 0;   // from 1
    std::string date;      // YYYY-MM-DD, when the bundle was built
    int schema = 0;        // the bundle schema it needs, from 1
};

std::string format_claim(const BundleClaim& c);
// Strict: exactly the format above, fields in that order, single spaces; nothing else parses.
[[nodiscard]] std::optional<BundleClaim> parse_claim(std::string_view text);

} // namespace kiosk
