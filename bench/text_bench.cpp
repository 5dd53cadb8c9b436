// The text engine's costs: cold layout (bidi, itemisation, shaping, line breaking) of a long
// Arabic paragraph taken from the bundle, and of a Chinese one.
#include "core/content/content_store.h"
#include "text/paragraph.h"

#include <benchmark/benchmark.h>

using namespace kiosk;

namespace {

// About 200 words of real advice in this language, from the bundle's result texts.
std::string paragraph_of(const std::string& lang, size_t words) {
    ContentStore store(KIOSK_BUNDLE);
    StringTable t = store.string_table(lang);
    std::string text;
    size_t count = 0;
    for (const Flow& f : store.flows())
        for (const Node& n : f.nodes) {
            auto it = t.find(node_text_key(n.id));
            if (it == t.end() || count >= words) continue;
            text += (text.empty() ? "" : " ") + it->second.text;
            for (char c : it->second.text) // Chinese has no spaces: count its characters instead
                count += lang == "zh-Hans" ? (static_cast<unsigned char>(c) & 0xC0) != 0x80 : c == ' ';
        }
    return text;
}

void cold_layout(benchmark::State& state, const std::string& lang, BaseDirection dir) {
    static FontSet fonts; // faces open once, as in the kiosk; each layout starts from nothing else
    std::string text = paragraph_of(lang, 200);
    if (text.empty()) return state.SkipWithError("the bundle has no text in this language");
    for (auto _ : state)
        benchmark::DoNotOptimize(layout_paragraph(fonts, text, {34, false}, 1000, dir).lines.size());
    state.counters["bytes"] = static_cast<double>(text.size());
}

} // namespace

BENCHMARK_CAPTURE(cold_layout, arabic_200_words, std::string("ar"), BaseDirection::Rtl)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(cold_layout, chinese_200_characters, std::string("zh-Hans"), BaseDirection::Ltr)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(cold_layout, french_200_words, std::string("fr"), BaseDirection::Ltr)
    ->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
