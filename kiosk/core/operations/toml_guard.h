// What the TOML reader may be given. Debian 12's toml++ 3.3.0 has bugs fixed later upstream that
// input can reach: a section header whose name starts with something no key starts with ("[\x02",
// "[[[1]]]", "[=") fails an assertion in parse_key, and a non-ASCII byte outside a string or
// comment ("é = 1") runs into an unreachable branch of its Unicode tables. The library can be
// neither patched nor vendored, so its input is checked first, and refused before it gets there.
// The check follows TOML's own structure (strings, comments, values spanning lines), so a real
// configuration, with UTF-8 in its strings and comments, passes unchanged.
#pragma once
#include <optional>
#include <string>

namespace kiosk {

struct TomlRefusal {
    int line = 0;       // 1-based
    std::string reason; // one plain sentence
};

// Nothing when toml++ may parse `text`; it may still find the text invalid and say so.
std::optional<TomlRefusal> toml_guard(const std::string& text);

} // namespace kiosk
