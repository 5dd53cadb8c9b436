// The content sources (db/content/*.yaml and the directory's NDJSON) as `kiosk-content build`
// reads them. The input's first byte picks which file of a small valid source tree (the unit
// tests' ContentFixture) the rest replaces; the tree is then built into a bundle. The builder's
// contract is a BuildError naming the file and line for bad input: anything else escaping it
// reaches the author as a bare library message, and is a finding.
#include "content_fixture.h"
#include "tools/bundle_builder.h"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static test::ContentFixture fixture;
    static const std::map<std::string, std::string> valid = fixture.files;
    if (size == 0) return 0;
    auto target = std::next(valid.begin(), static_cast<std::ptrdiff_t>(data[0] % valid.size()));
    fixture.files = valid;
    fixture.files[target->first] = std::string(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        fixture.build();
    } catch (const BuildError&) {
    }
    return 0;
}
