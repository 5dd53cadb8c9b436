// A kiosk's own settings, from a TOML file (read with toml++). Every key is optional.
//   [kiosk]
//   language = "fr"          # the language of the picker's chrome and of the strip before a choice
//   latitude = 48.85487      # where the kiosk stands (default: the bundle's kiosk location)
//   longitude = 2.37283
//   facing = 200             # the compass direction a visitor looks when facing the screen, degrees
//   [session]
//   idle_seconds = 90        # no touch for this long: "Still there?"
//   countdown_seconds = 15   # then this long before the visit is erased
#pragma once
#include "content.h"
#include "session.h"

#include <optional>

#include <stdexcept>
#include <string>

namespace kiosk {

struct KioskConfig {
    std::string language = "fr";
    std::optional<GeoPoint> location;
    std::optional<double> facing; // unknown: places are given by compass point only
    SessionTimes times;
};

struct ConfigError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

KioskConfig load_config(const std::string& path); // throws ConfigError naming the file and line
KioskConfig parse_config(const std::string& toml_text, const std::string& name);

} // namespace kiosk
