// A translation file (locales/*.po) as the content builder and lint read it, through libgettextpo.
#include "temp_file.h"
#include "tools/po_file.h"

#include <cstddef>
#include <cstdint>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string path = fuzz::write_temp("ar.po", data, size);
    try {
        PoCatalog c = read_po(path);
        for (const PoEntry& e : c.entries)
            if (e.key.empty()) __builtin_trap(); // every entry is found by its msgctxt
    } catch (const PoError&) {
    }
    return 0;
}
