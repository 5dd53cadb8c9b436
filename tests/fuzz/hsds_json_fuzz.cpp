// One Open Referral HSDS JSON file, as `kiosk-content import-hsds FILE.json` reads it.
#include "temp_file.h"
#include "tools/hsds_reader.h"

#include <cstddef>
#include <cstdint>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string path = fuzz::write_temp("services.json", data, size);
    try {
        (void)read_hsds(path);
    } catch (const HsdsError&) {
    }
    return 0;
}
