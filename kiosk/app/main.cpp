// kiosk: the help kiosk itself. See README.md for the options.
#include "app/kiosk_app.h"
#include "app/options.h"
#include "app/script_player.h"
#include "core/operations/script.h"
#include "core/time/civil_time.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <malloc.h> // mallopt: glibc, as on every Debian
#include <sstream>

using namespace kiosk;

namespace {

int fail(const std::string& why, int code) {
    std::fprintf(stderr, "kiosk: %s\n", why.c_str());
    return code;
}

} // namespace

int main(int argc, char** argv) {
    // glibc gives threads malloc arenas of their own, up to eight per core, each keeping its free
    // pages. Besides the main thread only the GL driver's rasterisers, the reader and the USB
    // watcher run, and they allocate little: one arena for all of them is 0.7 MB less at the
    // peak. Set before any thread starts.
    if (mallopt(M_ARENA_MAX, 2) != 1) std::fprintf(stderr, "kiosk: malloc arenas are not limited\n");
    OptionsParse p = parse_options(std::vector<std::string>(argv + 1, argv + argc));
    if (p.help) return std::printf("%s", options_usage), 0;
    if (!p.error.empty()) return fail(p.error + "\n" + options_usage, 2);
    const AppOptions& o = p.options;

    // A configuration's mistakes never stop the kiosk: the settings they touch keep their
    // defaults, said here and on the staff panel.
    KioskConfig config = o.config.empty() ? KioskConfig{} : load_config(o.config);
    for (const std::string& problem : config.problems) std::fprintf(stderr, "kiosk: %s\n", problem.c_str());

    ScriptParse script;
    if (!o.script.empty()) {
        std::ifstream in(o.script);
        if (!in) return fail("cannot read the script " + o.script, 2);
        std::stringstream text;
        text << in.rdbuf();
        script = parse_script(text.str());
        if (!script.error.empty()) return fail(o.script + ": " + script.error, 2);
    }

    SystemClock system_clock;
    ManualClock virtual_clock(system_clock.now_ms());
    if (!o.now.empty()) {
        LocalTime start;
        if (!parse_local_time(o.now, start))
            return fail("--now takes a Paris time such as \"2026-11-24 10:00\"", 2);
        virtual_clock.t_ms = paris_epoch_ms(start);
    }
    Clock& clock = o.script.empty() ? static_cast<Clock&>(system_clock) : virtual_clock;
    KioskApp app(o, config, clock);
    try {
        app.start();
    } catch (const std::exception& e) {
        bool no_display = !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY");
        return fail(
            std::string(e.what()) +
                (no_display ? "; with no display, run it under xvfb-run, e.g. xvfb-run -a scripts/run" : ""),
            1);
    }
    if (!o.script.empty())
        return play_script(app, virtual_clock, script.commands, o.script, o.shots, o.frame_times);
    app.run();
    return 0;
}
