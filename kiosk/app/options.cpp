#include "app/options.h"

#include <cstdlib>

namespace kiosk {

const char* const options_usage =
    "usage: kiosk [--content BUNDLE | --data-dir DIR] [--config FILE] [--lang "
    "CODE] [--window WxH | --fullscreen] [--display-mm MM] [--full-redraw]\n"
    "             [--usb-root DIR]... [--speech-wav FILE]\n"
    "             [--script FILE [--shots DIR] [--now \"YYYY-MM-DD HH:MM\"] [--frame-times FILE]]\n";

namespace {

bool parse_size(const std::string& s, int& w, int& h) {
    size_t x = s.find('x');
    if (x == std::string::npos) return false;
    char* end = nullptr;
    long pw = std::strtol(s.c_str(), &end, 10);
    if (end != s.c_str() + x) return false;
    long ph = std::strtol(s.c_str() + x + 1, &end, 10);
    if (*end != '\0' || pw < 320 || ph < 320 || pw > 8192 || ph > 8192) return false;
    w = static_cast<int>(pw);
    h = static_cast<int>(ph);
    return true;
}

// A screen between 5 cm (a phone on its side is wider) and 10 m across, as [display] width_mm.
bool parse_mm(const std::string& s, int& mm) {
    char* end = nullptr;
    long v = std::strtol(s.c_str(), &end, 10);
    if (s.empty() || *end != '\0' || v < 50 || v > 10'000) return false;
    mm = static_cast<int>(v);
    return true;
}

} // namespace

OptionsParse parse_options(const std::vector<std::string>& args) {
    OptionsParse p;
    AppOptions& o = p.options;
    bool window_given = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= args.size()) return p.error = a + " needs a value", false;
            into = args[++i];
            return true;
        };
        std::string size;
        if (a == "--help" || a == "-h")
            p.help = true;
        else if (a == "--content") {
            if (!value(o.content)) return p;
        } else if (a == "--data-dir") {
            if (!value(o.data_dir)) return p;
        } else if (a == "--config") {
            if (!value(o.config)) return p;
        } else if (a == "--lang") {
            if (!value(o.lang)) return p;
        } else if (a == "--script") {
            if (!value(o.script)) return p;
        } else if (a == "--shots") {
            if (!value(o.shots)) return p;
        } else if (a == "--frame-times") {
            if (!value(o.frame_times)) return p;
        } else if (a == "--now") {
            if (!value(o.now)) return p;
        } else if (a == "--speech-wav") {
            if (!value(o.speech_wav)) return p;
        } else if (a == "--usb-root") {
            std::string root;
            if (!value(root)) return p;
            o.usb_roots.push_back(root);
        } else if (a == "--fullscreen")
            o.fullscreen = true;
        else if (a == "--full-redraw")
            o.full_redraw = true;
        else if (a == "--window") {
            if (!value(size)) return p;
            if (!parse_size(size, o.width, o.height))
                return p.error = "--window takes WIDTHxHEIGHT, e.g. 1920x1080", p;
            window_given = true;
        } else if (a == "--display-mm") {
            if (!value(size)) return p;
            if (!parse_mm(size, o.display_mm))
                return p.error = "--display-mm takes the screen's width in millimetres, from 50 to 10000", p;
        } else
            return p.error = "unknown option " + a, p;
    }
    if (window_given && o.fullscreen)
        p.error = "--window and --fullscreen cannot go together";
    else if (!o.shots.empty() && o.script.empty())
        p.error = "--shots goes with --script";
    else if (!o.frame_times.empty() && o.script.empty())
        p.error = "--frame-times goes with --script";
    else if (!o.now.empty() && o.script.empty())
        p.error = "--now goes with --script: a kiosk in service keeps real time";
    if (o.data_dir.empty()) o.data_dir = default_data_dir();
    if (o.usb_roots.empty()) o.usb_roots = {"/media", "/run/media", "/mnt"}; // where desktops mount sticks
    return p;
}

std::string bundle_path(const AppOptions& o) {
    return o.content.empty() ? o.data_dir + "/current.kbundle" : o.content;
}

std::string default_data_dir() {
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state)
        return std::string(state) + "/kiosk";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.local/state/kiosk";
    return "/var/lib/kiosk";
}

} // namespace kiosk
