// The kiosk's TOML configuration. A configuration that is accepted must hold values the kiosk
// can use: a place on Earth, a compass bearing, timers and a size cap in their ranges.
#include "core/operations/kiosk_config.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // Never throws: what cannot be used keeps its default, and is named in c.problems.
    KioskConfig c = parse_config(std::string(reinterpret_cast<const char*>(data), size), "kiosk.toml");
    if (c.location && !(std::isfinite(c.location->latitude) && std::isfinite(c.location->longitude) &&
                        std::fabs(c.location->latitude) <= 90 && std::fabs(c.location->longitude) <= 180))
        __builtin_trap();
    if (c.facing && !(*c.facing >= 0 && *c.facing < 360)) __builtin_trap();
    if (c.times.idle_after_ms < 10'000 || c.times.countdown_ms < 3'000 || c.max_bundle_bytes < (1 << 20))
        __builtin_trap();
    return 0;
}
