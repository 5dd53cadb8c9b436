// A kiosk's own settings, from a TOML file (read with toml++). Every key is optional.
//   [kiosk]
//   language = "fr"          # the language of the picker's chrome and of the strip before a choice
//   [session]
//   idle_seconds = 90        # no touch for this long: "Still there?"
//   countdown_seconds = 15   # then this long before the visit is erased
#pragma once
#include "session.h"

#include <stdexcept>
#include <string>

namespace kiosk {

struct KioskConfig {
    std::string language = "fr";
    SessionTimes times;
};

struct ConfigError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

KioskConfig load_config(const std::string& path); // throws ConfigError naming the file and line
KioskConfig parse_config(const std::string& toml_text, const std::string& name);

} // namespace kiosk
