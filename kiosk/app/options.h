// The kiosk's command line (README.md, "The script driver"), parsed into plain values.
#pragma once
#include <string>
#include <vector>

namespace kiosk {

struct AppOptions {
    std::string content;  // --content BUNDLE
    std::string data_dir; // --data-dir DIR: state database and installed bundles
    std::string config;   // --config FILE (TOML)
    std::string lang;     // --lang CODE: the kiosk's default language
    int width = 1280, height = 800;
    bool fullscreen = false;
    int display_mm = 0;        // --display-mm MM: the screen's width in millimetres, over [display] width_mm
    std::string script, shots; // --script FILE [--shots DIR]
    std::string frame_times;   // --frame-times FILE: each frame's build time, for bench/soak
    std::string now;           // --now "YYYY-MM-DD HH:MM": where a script's virtual clock starts (Paris time)
    std::vector<std::string> usb_roots; // --usb-root DIR, repeatable: where sticks are mounted
    bool full_redraw = false;           // --full-redraw: every frame drawn whole and swapped
    std::string speech_wav; // --speech-wav FILE: what is read aloud goes there, not to the sound card
};

struct OptionsParse {
    AppOptions options;
    std::string error; // one sentence, empty when the command line is good
    bool help = false;
};

[[nodiscard]] OptionsParse parse_options(const std::vector<std::string>& args);
extern const char* const options_usage;

// The bundle to open: --content, else the one installed in the data directory.
std::string bundle_path(const AppOptions& o);
std::string default_data_dir();

} // namespace kiosk
