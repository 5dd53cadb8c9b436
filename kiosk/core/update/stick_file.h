// A bundle found on a USB stick, as the staff panel lists it: the updater finds them, the staff
// screen shows them, so the struct lives below both.
#pragma once
#include <cstdint>
#include <string>

namespace kiosk {

struct StickFile {
    std::string path;
    int64_t bytes = 0;
};

} // namespace kiosk
