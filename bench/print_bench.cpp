// A printed slip's cost on the printing thread: a result of the real bundle in Arabic and in
// French, drawn by the text engine (its own FontSet opened for each slip, as the thread does)
// and made into a PDF, on an 80 mm roll and on A4. The CUPS job itself is the printer's time.
#include "app/slip_printer.h"
#include "core/content/content_store.h"

#include <benchmark/benchmark.h>

using namespace kiosk;

namespace {

void slip(benchmark::State& state, const std::string& lang, const std::string& paper_name) {
    ContentStore store(KIOSK_BUNDLE);
    const Node* result = nullptr;
    for (const Flow& f : store.flows()) // the first result with a line to call
        for (const Node& n : f.nodes)
            if (!result && n.kind == NodeKind::Result && !n.hotlines.empty()) result = &n;
    std::optional<Service> place = store.service("ofii-75056-01");
    if (!result || !place) return state.SkipWithError("the bundle has no such result or place");
    std::vector<const Hotline*> hotlines;
    for (const std::string& h : result->hotlines) hotlines.push_back(store.hotline(h));
    Strings visitor = store.strings(lang), french = store.strings("fr");
    SlipContext c{visitor, french, Here{{{2026, 12, 3}, 600}, std::nullopt}, lang == "ar", "bench 1"};
    SlipRequest r{result_slip(*result, hotlines, {*place}, c), {}};
    for (const SlipBlock& b : r.slip.blocks)
        if (!b.pictogram.empty()) r.pictograms[b.pictogram] = store.asset(b.pictogram);
    Paper paper = *paper_named(paper_name);
    size_t bytes = 0;
    for (auto _ : state) bytes = slip_pdf(r, paper).size();
    state.counters["pdf_kB"] = static_cast<double>(bytes) / 1024;
}

} // namespace

BENCHMARK_CAPTURE(slip, arabic_80mm, std::string("ar"), std::string("80mm"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(slip, french_80mm, std::string("fr"), std::string("80mm"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(slip, arabic_a4, std::string("ar"), std::string("A4"))->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
