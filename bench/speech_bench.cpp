// Read aloud: how long espeak-ng takes to make the sound of a question screen (the question and
// its answers, from the bundle) on the reader's thread, which is the wait between a tap on the
// speaker and the first word. The frame loop never waits for it.
#include "core/content/content_store.h"
#include "core/visit/flow_engine.h"
#include "core/voice/speech_synth.h"

#include <benchmark/benchmark.h>

using namespace kiosk;

namespace {

std::vector<ReadingPart> question_screen(const std::string& lang) {
    ContentStore store(KIOSK_BUNDLE);
    StringTable t = store.string_table(lang);
    const Node& n = *store.flow("shelter")->find("shelter.who");
    std::vector<ReadingPart> parts{{t[node_text_key(n.id)].text, ""}};
    for (const Choice& c : n.choices) parts.push_back({t[choice_key(n, c)].text, ""});
    return parts;
}

void synthesize(benchmark::State& state, const std::string& lang) {
    static SpeechSynth synth; // espeak-ng starts once per process, as in the kiosk
    std::vector<ReadingPart> parts = question_screen(lang);
    int64_t sound_ms = 0;
    for (auto _ : state) sound_ms = synth.synthesize(parts, lang).duration_ms();
    state.counters["sound_ms"] = static_cast<double>(sound_ms);
}

} // namespace

BENCHMARK_CAPTURE(synthesize, question_fr, std::string("fr"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(synthesize, question_ar, std::string("ar"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(synthesize, question_prs, std::string("prs"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(synthesize, question_zh, std::string("zh-Hans"))->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
