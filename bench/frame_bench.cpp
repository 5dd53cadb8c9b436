// Frame build time of every screen: Dear ImGui and text layout, without the GL rasteriser.
// Needs a display (run under xvfb-run): the app is the real one, driven to each screen by the
// script driver's own commands.
#include "app/kiosk_app.h"
#include "app/script_player.h"
#include "core/operations/script.h"

#include <benchmark/benchmark.h>
#include <memory>

using namespace kiosk;

namespace {

struct ScreenCase {
    const char* name;
    const char* script; // from a fresh visit to the screen
};

const ScreenCase screens[] = {
    {"language", ""},
    {"topics", "tap lang.fr\n"},
    {"question", "tap lang.fr\ntap topic.shelter\n"},
    {"result", "tap lang.fr\ntap topic.shelter\ntap choice.shelter.who.1\ntap choice.shelter.violence.2\ntap "
               "choice.shelter.asylum.2\n"},
    {"result_en", "tap lang.en\ntap topic.papers\ntap choice.papers.status.1\ntap choice.papers.need.1\n"},
    {"result_ar", "tap lang.ar\ntap topic.shelter\ntap choice.shelter.who.1\ntap "
                  "choice.shelter.violence.2\ntap choice.shelter.asylum.2\n"},
    {"result_zh", "tap lang.zh-Hans\ntap topic.shelter\ntap choice.shelter.who.1\ntap "
                  "choice.shelter.violence.2\ntap choice.shelter.asylum.2\n"},
    {"topics_ps", "tap lang.ps\n"},
    {"hotline", "tap lang.fr\ntap hotline.115\n"},
    {"search_ar", "tap lang.ar\ntap nav.search\ntap key.م\ntap key.ح\ntap key.ا\n"},
    {"idle_prompt", "tap lang.fr\nwait 95000\n"},
    // The legal-help list of the default content: cut at its 500 nearest places.
    {"list_500",
     "tap lang.fr\ntap topic.papers\ntap choice.papers.status.4\ntap list.legal\nexpect Les 500\n"},
    {"list_500_ar_scrolled",
     "tap lang.ar\ntap topic.papers\ntap choice.papers.status.4\ntap list.legal\n"
     "drag 900 860 900 300 300\ndrag 900 860 900 300 300\ndrag 900 860 900 300 300\n"},
};

void frame_build(benchmark::State& state, const ScreenCase& screen) {
    AppOptions o;
    o.content = KIOSK_BUNDLE;
    o.data_dir = "/tmp/kiosk-bench-data";
    o.width = 1920;
    o.height = 1080;
    ManualClock clock(1'700'000'000'000);
    KioskApp app(o, KioskConfig{}, clock);
    app.start();
    ScriptParse p = parse_script(screen.script);
    if (!p.error.empty() || play_script(app, clock, p.commands, screen.name, "", "") != 0) {
        state.SkipWithError("cannot reach the screen");
        return;
    }
    Pointer away; // no finger on the screen: nothing changes between frames
    for (auto _ : state) app.build_frame(&away);
    state.counters["items"] = static_cast<double>(app.registry().items.size());
    AtlasStats atlas = app.text()->atlas().stats(); // one byte a texel: GL_R8
    state.counters["atlas_bytes"] = static_cast<double>(atlas.width) * atlas.height;
    state.counters["atlas_glyphs"] = static_cast<double>(atlas.glyphs);
}

} // namespace

// Every language's result page in turn, then the atlas and cache that leaves behind.
std::string visit_all_languages() {
    std::string script;
    for (const char* lang : {"fr", "en", "ar", "prs", "ps", "ti", "zh-Hans", "ru", "uk", "es"})
        script += std::string(script.empty() ? "" : "tap nav.home\ntap nav.lang\n") + "tap lang." + lang +
                  "\ntap topic.shelter\ntap choice.shelter.who.1\ntap choice.shelter.violence.2\ntap "
                  "choice.shelter.asylum.2\n";
    return script;
}

int main(int argc, char** argv) {
    static const std::string all = visit_all_languages();
    benchmark::RegisterBenchmark("frame_build/result_after_ten_languages", frame_build,
                                 ScreenCase{"all", all.c_str()})
        ->Unit(benchmark::kMicrosecond);
    for (const ScreenCase& s : screens)
        benchmark::RegisterBenchmark((std::string("frame_build/") + s.name).c_str(), frame_build, s)
            ->Unit(benchmark::kMicrosecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
