#include "app/content_host.h"
#include "content_fixture.h"
#include "core/update/signature.h"
#include "tools/bundle_builder.h"

#include <catch.hpp>
#include <fstream>

using namespace kiosk;
using namespace kiosk::test;
namespace fs = std::filesystem;

namespace {

// A data directory with bundles installed in it as the updater installs them, and a content
// host on it, as the app starts it (no window, no sticks).
struct Kiosk {
    ContentFixture content;
    KeyPair keys = generate_key_pair();
    fs::path sticks = temp_dir("host-stick");
    AppOptions options;
    KioskConfig config;
    ManualClock clock{1'795'000'000'000}; // November 2026
    BundleInstaller installer;

    Kiosk() : options(data_options()), installer(options.data_dir) {}

    static AppOptions data_options() {
        AppOptions o;
        o.data_dir = temp_dir("host-data").string();
        return o;
    }
    std::string install(int64_t version) {
        BuildOptions o;
        o.sources_dir = content.dir.string();
        o.version = version;
        // Appended, not "v" + ...: GCC 12's -O2 arm64 build sees a bogus overlap there (-Wrestrict).
        std::string name = "v";
        name += std::to_string(version) + ".kbundle";
        o.output = (sticks / name).string();
        content.write();
        build_bundle(o);
        BundleClaim claim{"test", version, "2026-11-23", bundle_schema_version};
        std::ofstream(o.output + ".minisig") << sign_file(o.output, keys.secret_key, format_claim(claim));
        InstallOptions io;
        io.trusted = {keys.public_key};
        io.highest_installed = version - 1;
        InstallResult r = installer.install(o.output, io);
        REQUIRE(r.ok);
        return r.file;
    }
    void spoil(const std::string& file) { // installed, then damaged on the disk
        fs::path path = fs::path(options.data_dir) / "bundles" / file;
        fs::permissions(path, fs::perms::owner_write, fs::perm_options::add);
        std::ofstream out(path, std::ios::trunc);
        out << "not a database";
        REQUIRE(out.flush());
    }
};

std::string version(const ContentHost& host) {
    return host.store() ? host.store()->meta().version : "none";
}

} // namespace

TEST_CASE("the host opens the current installed bundle", "[content_host]") {
    Kiosk k;
    k.install(1);
    k.install(2);
    ContentHost host(k.options, k.config, k.clock);
    host.open_state();
    host.open();
    CHECK(host.error().empty());
    CHECK(version(host) == "2");
}

TEST_CASE("a reload shows the new current bundle and says so for a while", "[content_host]") {
    Kiosk k;
    k.install(1);
    ContentHost host(k.options, k.config, k.clock);
    host.open_state();
    host.open();
    REQUIRE(version(host) == "1");
    k.install(2);
    host.reload();
    CHECK(version(host) == "2");
    CHECK(host.notice(k.clock.elapsed_ms()).find(" 2") != std::string::npos);
    CHECK(host.notice(host.notice_until_ms()).empty());
}

TEST_CASE("a new bundle that does not open here leaves the kiosk on the one it showed", "[content_host]") {
    Kiosk k;
    std::string first = k.install(1);
    ContentHost host(k.options, k.config, k.clock);
    host.open_state();
    host.open();
    REQUIRE(version(host) == "1");
    k.spoil(k.install(2));
    host.reload();
    CHECK(version(host) == "1");
    CHECK(host.error().empty());
    CHECK(k.installer.current_file() == first);
}

TEST_CASE("staff roll back to an installed bundle, recorded in the install log", "[content_host]") {
    Kiosk k;
    std::string first = k.install(1);
    k.install(2);
    ContentHost host(k.options, k.config, k.clock);
    host.open_state();
    host.open();
    std::optional<BundleClaim> claim = host.roll_back_to(first);
    REQUIRE(claim);
    CHECK(claim->version == 1);
    CHECK(k.installer.current_file() == first);
    host.reload();
    CHECK(version(host) == "1");
    CHECK_FALSE(host.roll_back_to("test-v7.kbundle"));
    CHECK(k.installer.current_file() == first);
}

TEST_CASE("a reload prunes old bundles, never the one shown", "[content_host]") {
    Kiosk k;
    for (int64_t v = 1; v <= 5; ++v) k.install(v);
    ContentHost host(k.options, k.config, k.clock);
    host.open_state();
    host.open();
    REQUIRE(version(host) == "5");
    REQUIRE(k.installer.installed().size() == 5);
    host.reload();
    CHECK(k.installer.installed().size() == 3);
    CHECK(version(host) == "5");
}
