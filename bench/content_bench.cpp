// Content queries a tap waits for: opening the bundle, a language's strings, a result's services.
#include "content_store.h"
#include "lint.h"

#include <benchmark/benchmark.h>
#include <cstdlib>

using namespace kiosk;

// The default bundle, or another one (bench/scale passes a 50,000-service bundle).
static const char* bundle() {
    const char* other = std::getenv("KIOSK_BENCH_BUNDLE");
    return other && *other ? other : KIOSK_BUNDLE;
}

static void open_bundle(benchmark::State& state) {
    for (auto _ : state) {
        ContentStore store(bundle());
        benchmark::DoNotOptimize(store.topics().size());
    }
}
BENCHMARK(open_bundle)->Unit(benchmark::kMicrosecond);

static void lint_bundle(benchmark::State& state) {
    ContentStore store(bundle());
    for (auto _ : state) benchmark::DoNotOptimize(lint(store).size());
}
BENCHMARK(lint_bundle)->Unit(benchmark::kMicrosecond);

static void load_strings(benchmark::State& state) {
    ContentStore store(bundle());
    for (auto _ : state) benchmark::DoNotOptimize(store.strings("en").chosen.size());
}
BENCHMARK(load_strings)->Unit(benchmark::kMicrosecond);

static void result_services(benchmark::State& state) {
    ContentStore store(bundle());
    const Node* node = store.flow("shelter")->find("shelter.alone");
    for (auto _ : state) benchmark::DoNotOptimize(store.services_for(*node, 5).size());
}
BENCHMARK(result_services)->Unit(benchmark::kMicrosecond);

// Search as you type: each keystroke runs the query again.
static void search_as_you_type(benchmark::State& state) {
    ContentStore store(bundle());
    const char* typed[] = {"a", "av", "avo", "avoc", "avoca"};
    size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(store.search(typed[i++ % 5], "fr", 30).size());
}
BENCHMARK(search_as_you_type)->Unit(benchmark::kMicrosecond);

// The 20 nearest legal help offices open on a Tuesday at 10:00.
static void nearest_open_legal(benchmark::State& state) {
    ContentStore store(bundle());
    LocalTime tuesday{{2026, 11, 24}, 600};
    size_t found = 0;
    ServiceFilter open_now;
    open_now.open_now = true;
    for (auto _ : state) found = store.nearest("legal", open_now, tuesday, 20).size();
    state.counters["found"] = static_cast<double>(found);
}
BENCHMARK(nearest_open_legal)->Unit(benchmark::kMicrosecond);

// The worst case of a filter: on a Sunday nothing is open, so every legal-help place is read.
static void nearest_open_legal_sunday(benchmark::State& state) {
    ContentStore store(bundle());
    ServiceFilter open_now;
    open_now.open_now = true;
    LocalTime sunday{{2026, 11, 29}, 600};
    size_t found = 0;
    for (auto _ : state) found = store.nearest("legal", open_now, sunday, 20).size();
    state.counters["found"] = static_cast<double>(found);
}
BENCHMARK(nearest_open_legal_sunday)->Unit(benchmark::kMicrosecond);

// What the list screen asks when it opens: the 500 nearest legal-help places, no filter.
static void list_500_legal(benchmark::State& state) {
    ContentStore store(bundle());
    LocalTime tuesday{{2026, 11, 24}, 600};
    size_t found = 0;
    for (auto _ : state) found = store.nearest("legal", {}, tuesday, 501).size();
    state.counters["found"] = static_cast<double>(found);
}
BENCHMARK(list_500_legal)->Unit(benchmark::kMillisecond);

static void services(benchmark::State& state) {
    ContentStore store(bundle());
    state.counters["services"] = static_cast<double>(store.service_ids().size());
    for (auto _ : state) benchmark::DoNotOptimize(store.meta().bundle_id.size());
}
BENCHMARK(services)->Iterations(1);

BENCHMARK_MAIN();
