#include "core/operations/kiosk_config.h"

#include "core/operations/paper.h"
#include "core/operations/toml_guard.h"

#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <toml++/toml.h>

namespace kiosk {

namespace {

const char* const whole_file = "the whole file is left out: every setting has its default";

// Every setting a file may hold, by section: anything else is misspelt, or meant for another program.
const std::map<std::string, std::set<std::string>>& known_settings() {
    static const std::map<std::string, std::set<std::string>> known = {
        {"kiosk", {"language", "latitude", "longitude", "facing"}},
        {"session", {"idle_seconds", "countdown_seconds"}},
        {"update", {"trusted_keys", "max_bundle_mb"}},
        {"staff", {"pin_hash"}},
        {"display", {"width_mm"}},
        {"print", {"printer", "paper", "server"}},
    };
    return known;
}

class Reader {
  public:
    Reader(const toml::table& t, const std::string& name, KioskConfig& c) : t_(t), name_(name), c_(c) {}

    void read() {
        check_names();
        read_kiosk();
        c_.times.idle_after_ms =
            whole_number("session.idle_seconds", 90, 10, 3600, "seconds", "90 is used") * 1000;
        c_.times.countdown_ms =
            whole_number("session.countdown_seconds", 15, 3, 300, "seconds", "15 is used") * 1000;
        read_update();
        c_.display_width_mm = static_cast<int>(
            whole_number("display.width_mm", 0, 50, 10'000, "millimetres", "the monitor's own size is used"));
        read_staff();
        read_print();
    }

  private:
    const toml::table& t_;
    const std::string& name_;
    KioskConfig& c_;

    std::string at(const toml::node& n) const { return name_ + ":" + std::to_string(n.source().begin.line); }
    void problem(const toml::node& n, const std::string& what, const std::string& instead) {
        c_.problems.push_back(at(n) + ": " + what + "; " + instead);
    }
    const toml::node* node(const char* path) const { return t_.at_path(path).node(); }

    void check_names() {
        for (const auto& [section, n] : t_) {
            std::string s(section.str());
            auto known = known_settings().find(s);
            if (known == known_settings().end()) {
                problem(n, s + " is not a setting of this kiosk (misspelt?)", "it is left out");
                continue;
            }
            if (!n.is_table()) {
                problem(n, s + " must be a section, [" + s + "]", "its settings keep their defaults");
                continue;
            }
            for (const auto& [key, value] : *n.as_table())
                if (!known->second.count(std::string(key.str())))
                    problem(value,
                            s + "." + std::string(key.str()) + " is not a setting of this kiosk (misspelt?)",
                            "it is left out");
        }
    }

    int64_t whole_number(const char* path, int64_t fallback, int64_t min, int64_t max, const char* unit,
                         const char* instead) {
        const toml::node* n = node(path);
        if (!n) return fallback;
        // Integers only: toml++ 3.3.0 converts a float to an integer unchecked (1e308 is undefined
        // behaviour), and 20.0 seconds is a typo worth naming.
        std::optional<int64_t> v = n->is_integer() ? n->value<int64_t>() : std::nullopt;
        if (v && *v >= min && *v <= max) return *v;
        problem(*n,
                std::string(path) + " must be a whole number of " + unit + " from " + std::to_string(min) +
                    " to " + std::to_string(max),
                instead);
        return fallback;
    }

    // nan and inf are TOML numbers, and compare false with every bound: they are refused first.
    static std::optional<double> finite_in(const toml::node* n, double min, double max) {
        std::optional<double> v = n ? n->value<double>() : std::nullopt;
        if (!v || !std::isfinite(*v) || *v < min || *v > max) return std::nullopt;
        return v;
    }

    void read_kiosk() {
        if (const toml::node* lang = node("kiosk.language")) {
            if (lang->is_string()) {
                c_.language = **lang->as_string();
                c_.language_at = at(*lang);
            } else {
                problem(*lang, "kiosk.language must be a text such as \"fr\"", "French is used");
            }
        }
        const toml::node* lat = node("kiosk.latitude");
        const toml::node* lon = node("kiosk.longitude");
        std::optional<double> la = finite_in(lat, -90, 90), lo = finite_in(lon, -180, 180);
        if (la && lo)
            c_.location = GeoPoint{*la, *lo};
        else if (lat || lon)
            problem(lat && !la   ? *lat
                    : lon && !lo ? *lon
                    : lat        ? *lat
                                 : *lon,
                    "kiosk.latitude and kiosk.longitude go together, in degrees (-90..90, -180..180)",
                    "the content's own kiosk location is used");
        if (const toml::node* f = node("kiosk.facing")) {
            std::optional<double> deg = finite_in(f, 0, 360);
            if (deg && *deg < 360)
                c_.facing = *deg;
            else
                problem(*f, "kiosk.facing is a compass bearing in degrees, from 0 up to 360",
                        "places are given by compass point only");
        }
    }

    void read_update() {
        if (const toml::node* keys = node("update.trusted_keys")) {
            const toml::array* list = keys->as_array();
            bool good = list && !list->empty() && list->size() <= 2;
            for (size_t i = 0; good && i < list->size(); ++i) good = (*list)[i].is_string();
            if (good)
                for (const toml::node& k : *list) c_.trusted_keys.push_back(**k.as_string());
            else
                problem(*keys, "update.trusted_keys is a list of one or two public keys in quotes",
                        "without keys, bundles on sticks are ignored");
        }
        c_.max_bundle_bytes = whole_number("update.max_bundle_mb", 512, 1, 16384, "megabytes", "512 is used")
                              << 20;
    }

    // A CUPS queue name: printable characters, no space, slash, '#' or backslash, at most 127 bytes.
    static bool queue_name(const std::string& n) {
        if (n.empty() || n.size() > 127) return false;
        for (unsigned char c : n)
            if (c <= ' ' || c == 0x7f || c == '/' || c == '#' || c == '\\') return false;
        return true;
    }

    std::string text(const char* path, const std::function<bool(const std::string&)>& good, const char* what,
                     const char* instead) {
        const toml::node* n = node(path);
        if (!n) return "";
        if (n->is_string() && good(**n->as_string())) return **n->as_string();
        problem(*n, std::string(path) + " " + what, instead);
        return "";
    }

    void read_print() {
        c_.printer =
            text("print.printer", queue_name, "must be a CUPS queue name such as \"slip\" (lpstat -p)",
                 "no Print button is shown");
        std::string names;
        for (const std::string& p : paper_names()) names += (names.empty() ? "" : ", ") + p;
        std::string paper = text(
            "print.paper", [](const std::string& p) { return paper_named(p).has_value(); },
            ("must be one of " + names).c_str(), "80mm is used");
        if (!paper.empty()) c_.paper = paper;
        c_.print_server = text(
            "print.server", [](const std::string& s) { return !s.empty() && s.size() < 256; },
            "must be a host name, host:port or a socket path", "the system's CUPS server is used");
    }

    void read_staff() {
        const toml::node* h = node("staff.pin_hash");
        if (!h) return;
        if (h->is_string() && h->as_string()->get().rfind("$argon2id$", 0) == 0)
            c_.staff_pin_hash = **h->as_string();
        else
            problem(*h, "staff.pin_hash must be an Argon2id hash from kiosk-content pin-hash",
                    "no first staff PIN is set");
    }
};

} // namespace

KioskConfig parse_config(const std::string& text, const std::string& name) {
    KioskConfig c;
    if (std::optional<TomlRefusal> refused = toml_guard(text)) {
        c.problems.push_back(name + ":" + std::to_string(refused->line) + ": " + refused->reason + "; " +
                             whole_file);
        return c;
    }
    toml::table t;
    try {
        t = toml::parse(text, name);
    } catch (const toml::parse_error& e) {
        c.problems.push_back(name + ":" + std::to_string(e.source().begin.line) + ": " +
                             std::string(e.description()) + "; " + whole_file);
        return c;
    }
    Reader(t, name, c).read();
    return c;
}

KioskConfig load_config(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        KioskConfig c;
        c.problems.push_back(path + ": cannot be read; every setting has its default");
        return c;
    }
    std::stringstream text;
    text << in.rdbuf();
    return parse_config(text.str(), path);
}

} // namespace kiosk
