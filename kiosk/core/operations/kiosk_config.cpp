#include "core/operations/kiosk_config.h"

#include <fstream>
#include <sstream>
#include <toml++/toml.h>

namespace kiosk {

namespace {

int64_t whole_number(const toml::table& t, const char* section, const char* key, int64_t fallback,
                     int64_t min, int64_t max, const char* unit, const std::string& name) {
    const toml::node* n = t.at_path(std::string(section) + "." + key).node();
    if (!n) return fallback;
    std::optional<int64_t> v = n->value<int64_t>();
    if (!v || *v < min || *v > max)
        throw ConfigError(name + ":" + std::to_string(n->source().begin.line) + ": " + section + "." + key +
                          " must be a whole number of " + unit + " from " + std::to_string(min) + " to " +
                          std::to_string(max));
    return *v;
}

void read_update(const toml::table& t, const std::string& name, KioskConfig& c) {
    if (const toml::node* keys = t.at_path("update.trusted_keys").node()) {
        const toml::array* list = keys->as_array();
        bool good = list && !list->empty() && list->size() <= 2;
        for (size_t i = 0; good && i < list->size(); ++i) good = (*list)[i].is_string();
        if (!good)
            throw ConfigError(name + ":" + std::to_string(keys->source().begin.line) +
                              ": update.trusted_keys is a list of one or two public keys in quotes");
        for (const toml::node& k : *list) c.trusted_keys.push_back(**k.as_string());
    }
    c.max_bundle_bytes = whole_number(t, "update", "max_bundle_mb", 512, 1, 16384, "megabytes", name) << 20;
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
    c.times.idle_after_ms = whole_number(t, "session", "idle_seconds", 90, 10, 3600, "seconds", name) * 1000;
    c.times.countdown_ms =
        whole_number(t, "session", "countdown_seconds", 15, 3, 300, "seconds", name) * 1000;
    read_update(t, name, c);
    c.display_width_mm =
        static_cast<int>(whole_number(t, "display", "width_mm", 0, 50, 10'000, "millimetres", name));
    if (const toml::node* h = t.at_path("staff.pin_hash").node()) {
        if (!h->is_string() || h->as_string()->get().rfind("$argon2id$", 0) != 0)
            throw ConfigError(name + ":" + std::to_string(h->source().begin.line) +
                              ": staff.pin_hash must be an Argon2id hash from kiosk-content pin-hash");
        c.staff_pin_hash = **h->as_string();
    }
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
