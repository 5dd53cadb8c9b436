// Content queries a tap waits for: opening the bundle, a language's strings, a result's services.
#include "core/content/content_store.h"
#include "core/lint/lint.h"

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
    for (auto _ : state) benchmark::DoNotOptimize(store.services_for(*node, 5, "2026-12-03").size());
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

// One keystroke's search for what is typed so far, 30 results as the search screen asks (which
// does not search at one letter). Short prefixes match thousands of services at scale (the
// synthetic ones are all "Service synthétique" in Paris, a ninth of them CAF offices), and the
// nearest must be found among all of them. "prefecture" matches a few hundred offices all over
// France in the default content, and nothing at scale (the synthetic services replace them).
static void search_keystroke(benchmark::State& state, const char* typed) {
    ContentStore store(bundle());
    size_t found = 0;
    for (auto _ : state) found = store.search(typed, "fr", 30).size();
    state.counters["found"] = static_cast<double>(found);
}
BENCHMARK_CAPTURE(search_keystroke, ca, "ca")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search_keystroke, caf, "caf")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search_keystroke, cpam, "cpam")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search_keystroke, paris, "paris")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search_keystroke, aide, "aide")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search_keystroke, de, "de")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search_keystroke, prefecture, "prefecture")->Unit(benchmark::kMicrosecond);

// A kiosk configured away from the bundle's kiosk location reads more matches before it knows no
// later one can be nearer: every one within the distance between the two positions, and more.
static void search_from_elsewhere(benchmark::State& state, GeoPoint kiosk) {
    ContentStore store(bundle());
    store.set_origin(kiosk);
    size_t found = 0;
    for (auto _ : state) found = store.search("paris", "fr", 30).size();
    state.counters["found"] = static_cast<double>(found);
}
BENCHMARK_CAPTURE(search_from_elsewhere, saint_denis_9km, GeoPoint{48.936, 2.357})
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search_from_elsewhere, lyon_390km, GeoPoint{45.764, 4.836})->Unit(benchmark::kMicrosecond);

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

// What a filtered list asks besides its own rows: how many more places nobody recorded the asked
// facts for (open now on a Sunday), counted over the whole category with and without them.
static void list_unrecorded_count(benchmark::State& state) {
    ContentStore store(bundle());
    ServiceFilter strict;
    strict.open_now = true;
    ServiceFilter wider = strict;
    wider.unrecorded = true;
    LocalTime sunday{{2026, 11, 29}, 600};
    size_t more = 0;
    for (auto _ : state) more = store.count("legal", wider, sunday) - store.count("legal", strict, sunday);
    state.counters["more"] = static_cast<double>(more);
}
BENCHMARK(list_unrecorded_count)->Unit(benchmark::kMillisecond);

static void services(benchmark::State& state) {
    ContentStore store(bundle());
    state.counters["services"] = static_cast<double>(store.service_ids().size());
    for (auto _ : state) benchmark::DoNotOptimize(store.meta().bundle_id.size());
}
BENCHMARK(services)->Iterations(1);

BENCHMARK_MAIN();
