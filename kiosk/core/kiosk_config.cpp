#include "kiosk_config.h"

#include <fstream>
#include <sstream>
#include <toml++/toml.h>

namespace kiosk {

namespace {

int64_t seconds(const toml::table& t, const char* section, const char* key, int64_t fallback, int64_t min,
                int64_t max, const std::string& name) {
    const toml::node* n = t.at_path(std::string(section) + "." + key).node();
    if (!n) return fallback;
    std::optional<int64_t> v = n->value<int64_t>();
    if (!v || *v < min || *v > max)
        throw ConfigError(name + ":" + std::to_string(n->source().begin.line) + ": " + section + "." + key +
                          " must be a whole number of seconds from " + std::to_string(min) + " to " +
                          std::to_string(max));
    return *v;
}

} // namespace

KioskConfig parse_config(const std::string& text, const std::string& name) {
    toml::table t;
    try {
        t = toml::parse(text, name);
    } catch (const toml::parse_error& e) {
        throw ConfigError(name + ":" + std::to_string(e.source().begin.line) + ": " +
                          std::string(e.description()));
    }
    KioskConfig c;
    if (const toml::node* lang = t.at_path("kiosk.language").node()) {
        if (!lang->is_string())
            throw ConfigError(name + ":" + std::to_string(lang->source().begin.line) +
                              ": kiosk.language must be a text such as \"fr\"");
        c.language = **lang->as_string();
    }
    const toml::node* lat = t.at_path("kiosk.latitude").node();
    const toml::node* lon = t.at_path("kiosk.longitude").node();
    if (lat || lon) {
        const toml::node* at = lat ? lat : lon;
        double la = lat ? lat->value_or(1000.0) : 1000.0,
               lo = lon ? lon->value_or(1000.0) : 1000.0; // 1000: missing
        if (la < -90 || la > 90 || lo < -180 || lo > 180)
            throw ConfigError(
                name + ":" + std::to_string(at->source().begin.line) +
                ": kiosk.latitude and kiosk.longitude go together, in degrees (-90..90, -180..180)");
        c.location = GeoPoint{la, lo};
    }
    if (const toml::node* f = t.at_path("kiosk.facing").node()) {
        std::optional<double> deg = f->value<double>();
        if (!deg || *deg < 0 || *deg >= 360)
            throw ConfigError(name + ":" + std::to_string(f->source().begin.line) +
                              ": kiosk.facing is a compass bearing in degrees, from 0 up to 360");
        c.facing = *deg;
    }
    c.times.idle_after_ms = seconds(t, "session", "idle_seconds", 90, 10, 3600, name) * 1000;
    c.times.countdown_ms = seconds(t, "session", "countdown_seconds", 15, 3, 300, name) * 1000;
    return c;
}

KioskConfig load_config(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw ConfigError(path + ": cannot be read");
    std::stringstream text;
    text << in.rdbuf();
    return parse_config(text.str(), path);
}

} // namespace kiosk
