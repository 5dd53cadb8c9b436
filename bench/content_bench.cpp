// Content queries a tap waits for: opening the bundle, a language's strings, a result's services.
#include "content_store.h"
#include "lint.h"

#include <benchmark/benchmark.h>

using namespace kiosk;

static void open_bundle(benchmark::State& state) {
    for (auto _ : state) {
        ContentStore store(KIOSK_BUNDLE);
        benchmark::DoNotOptimize(store.topics().size());
    }
}
BENCHMARK(open_bundle)->Unit(benchmark::kMicrosecond);

static void lint_bundle(benchmark::State& state) {
    ContentStore store(KIOSK_BUNDLE);
    for (auto _ : state) benchmark::DoNotOptimize(lint(store).size());
}
BENCHMARK(lint_bundle)->Unit(benchmark::kMicrosecond);

static void load_strings(benchmark::State& state) {
    ContentStore store(KIOSK_BUNDLE);
    for (auto _ : state) benchmark::DoNotOptimize(store.strings("en").chosen.size());
}
BENCHMARK(load_strings)->Unit(benchmark::kMicrosecond);

static void result_services(benchmark::State& state) {
    ContentStore store(KIOSK_BUNDLE);
    const Node* node = store.flow("shelter")->find("shelter.alone");
    for (auto _ : state) benchmark::DoNotOptimize(store.services_for(*node, 5).size());
}
BENCHMARK(result_services)->Unit(benchmark::kMicrosecond);

// Search as you type: each keystroke runs the query again.
static void search_as_you_type(benchmark::State& state) {
    ContentStore store(KIOSK_BUNDLE);
    const char* typed[] = {"a", "av", "avo", "avoc", "avoca"};
    size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(store.search(typed[i++ % 5], "fr", 30).size());
}
BENCHMARK(search_as_you_type)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
