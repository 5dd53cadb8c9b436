// The signed claim in a bundle signature's trusted comment. What parses must come back the same
// when written and read again: the install compares it with the bundle's own meta.
#include "core/update/bundle_claim.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::optional<BundleClaim> c = parse_claim(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!c) return 0;
    std::optional<BundleClaim> again = parse_claim(format_claim(*c));
    if (!again || again->bundle_id != c->bundle_id || again->version != c->version ||
        again->date != c->date || again->schema != c->schema)
        __builtin_trap();
    return 0;
}
