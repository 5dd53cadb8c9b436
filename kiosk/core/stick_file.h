// A bundle file seen on a USB stick: what the updater found, and what the staff panel lists. Here
// rather than beside the updater so the screens can show it without seeing the app.
#pragma once
#include <cstdint>
#include <string>

namespace kiosk {

struct StickFile {
    std::string path;
    int64_t bytes = 0;
};

} // namespace kiosk
