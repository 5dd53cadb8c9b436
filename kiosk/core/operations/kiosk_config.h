// A kiosk's own settings, from a TOML file (read with toml++). Every key is optional.
//   [kiosk]
//   language = "fr"          # the language of the picker's chrome and of the strip before a choice
//   latitude = 48.85487      # where the kiosk stands (default: the bundle's kiosk location)
//   longitude = 2.37283
//   facing = 200             # the compass direction a visitor looks when facing the screen, degrees
//   [session]
//   idle_seconds = 90        # no touch for this long: "Still there?"
//   countdown_seconds = 15   # then this long before the visit is erased
//   [update]
//   trusted_keys = ["RWQ..."] # one or two minisign public keys (the base64 line): bundles they sign
//   max_bundle_mb = 512       # a bundle on a stick larger than this is not even read
//   [staff]
//   pin_hash = "$argon2id$..." # the first PIN (kiosk-content pin-hash), until staff change it
//   [display]
//   width_mm = 477           # the picture's width as a visitor sees it, millimetres: touch sizes
//                            # (default: what the monitor reports, else a 21.5-inch 1920x1080 panel)
//   [print]
//   printer = "slip"         # the CUPS queue slips go to (lpstat -p lists them); none: no Print button
//   paper = "80mm"           # 58mm or 80mm receipt rolls, A5 or A4 sheets
//   server = "/run/cups/cups.sock" # the CUPS server (default: CUPS_SERVER, client.conf, the local one)
// Nothing in the file stops the kiosk: a setting that cannot be used (a misspelt name, a wrong
// type, an impossible value such as nan) keeps its default, and one line in `problems` names the
// file, the line, what is wrong and what is used instead; the log and the staff panel show them.
// Other settings of the file still apply: they were written as meant, and leaving them out would
// drop the update keys (no more updates) or the first staff PIN over one typo elsewhere. A file
// that cannot be read or parsed as TOML leaves every setting at its default: toml++ stops at the
// first syntax error, so nothing of the file can be trusted to have been read as written.
#pragma once
#include "core/content/content.h"
#include "core/visit/session.h"

#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct KioskConfig {
    std::string language = "fr";
    std::string language_at; // "FILE:LINE" where kiosk.language was set, for a problem found later
    std::optional<GeoPoint> location;
    std::optional<double> facing; // unknown: places are given by compass point only
    SessionTimes times;
    std::vector<std::string> trusted_keys; // base64 minisign public keys, as written
    int64_t max_bundle_bytes = 512ll << 20;
    std::string staff_pin_hash;
    int display_width_mm = 0;          // 0: not configured
    std::string printer;               // empty: no printer, no Print button
    std::string paper = "80mm";        // a name paper_named() knows
    std::string print_server;          // empty: libcups's own default
    std::vector<std::string> problems; // "FILE:LINE: what is wrong; what is used instead"
};

KioskConfig load_config(const std::string& path);
KioskConfig parse_config(const std::string& toml_text, const std::string& name);

} // namespace kiosk
