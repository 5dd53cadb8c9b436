// Applying an update as the kiosk does it from a stick: copy with fsync, verify the signature on
// the copy, quick_check, schema, lint, store, switch. The bundle is signed once, outside the
// timing, with a key made for the run; each iteration installs into a fresh data directory.
#include "core/content/content_store.h"
#include "core/update/bundle_install.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace kiosk;
namespace fs = std::filesystem;

static const char* bundle() {
    const char* other = std::getenv("KIOSK_BENCH_BUNDLE");
    return other && *other ? other : KIOSK_BUNDLE;
}

static void verify_and_apply(benchmark::State& state) {
    fs::path work = fs::temp_directory_path() / ("kiosk-update-bench-" + std::to_string(::getpid()));
    fs::create_directories(work / "stick");
    std::string copy = (work / "stick" / "b.kbundle").string();
    fs::copy_file(bundle(), copy, fs::copy_options::overwrite_existing);
    KeyPair keys = generate_key_pair();
    BundleMeta meta = ContentStore(copy).meta();
    BundleClaim claim{meta.bundle_id, std::stoll(meta.version), meta.created.substr(0, 10),
                      meta.schema_version};
    std::ofstream(copy + ".minisig") << sign_file(copy, keys.secret_key, format_claim(claim));
    InstallOptions o;
    o.trusted = {keys.public_key};
    o.size_cap = int64_t(4) << 30;
    int run = 0;
    for (auto _ : state) {
        fs::path data = work / ("data" + std::to_string(run++));
        InstallResult r = BundleInstaller(data.string()).install(copy, o);
        if (!r.ok) state.SkipWithError(r.reason.c_str());
        state.PauseTiming();
        fs::remove_all(data);
        state.ResumeTiming();
    }
    state.counters["MB"] = static_cast<double>(fs::file_size(copy)) / (1 << 20);
    fs::remove_all(work);
}
BENCHMARK(verify_and_apply)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
