#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/storage/sqlite_db.h"
#include "core/update/bundle_install.h"
#include "damage_bundle.h"
#include "tools/bundle_builder.h"

#include <atomic>
#include <catch.hpp>
#include <chrono>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <iterator>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace kiosk;
using namespace kiosk::test;
namespace fs = std::filesystem;

namespace {

// A built bundle of the fixture's content, signed for its own id and version, on a "stick".
struct Stick {
    ContentFixture content;
    KeyPair keys = generate_key_pair();
    fs::path dir = temp_dir("stick");
    fs::path data = temp_dir("data");

    std::string put(int64_t version, const std::string& name = "b.kbundle") {
        BuildOptions o;
        o.sources_dir = content.dir.string();
        o.version = version;
        o.output = (dir / name).string();
        content.write();
        build_bundle(o);
        sign(o.output, version);
        return o.output;
    }
    void sign(const std::string& path, int64_t version, const KeyPair* with = nullptr) {
        BundleClaim claim{"test", version, "2026-11-23", bundle_schema_version};
        std::ofstream(path + ".minisig")
            << sign_file(path, (with ? *with : keys).secret_key, format_claim(claim));
    }
    InstallOptions options(int64_t highest = 0) const {
        InstallOptions o;
        o.trusted = {keys.public_key};
        o.highest_installed = highest;
        return o;
    }
};

int64_t current_version(const BundleInstaller& i) {
    return std::stoll(ContentStore(i.current_path()).meta().version);
}

void flip_byte(const std::string& path, std::streamoff at) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(at);
    char c = 0;
    f.get(c);
    f.seekp(at);
    f.put(static_cast<char>(c ^ 0x20));
}

} // namespace

TEST_CASE("a signed, newer bundle is installed and made current; the old one stays", "[install]") {
    Stick s;
    BundleInstaller installer(s.data.string());
    InstallResult first = installer.install(s.put(1), s.options());
    REQUIRE(first.ok);
    CHECK(first.file == "test-v1.kbundle");
    CHECK(current_version(installer) == 1);
    std::string two = s.put(2);
    InstallResult second = installer.install(two, s.options(1));
    REQUIRE(second.ok);
    CHECK(current_version(installer) == 2);
    CHECK(installer.installed().size() == 2);
    InstallResult again = installer.install(two, s.options(2)); // the stick left in
    CHECK(again.already);
    CHECK(again.reason == "this bundle is installed already");
    CHECK(installer.make_current("test-v1.kbundle")); // rollback
    CHECK(current_version(installer) == 1);
    CHECK_FALSE(installer.make_current("../state.db"));
    CHECK(fs::is_empty(s.data / "staging"));
}

TEST_CASE("a rejected bundle leaves the kiosk on its content, with the reason", "[install]") {
    Stick s;
    BundleInstaller installer(s.data.string());
    REQUIRE(installer.install(s.put(2), s.options()).ok);
    auto rejected = [&](const std::string& bundle, InstallOptions o) {
        InstallResult r = installer.install(bundle, o);
        CHECK_FALSE(r.ok);
        CHECK(current_version(installer) == 2);
        CHECK(fs::is_empty(s.data / "staging"));
        return r.reason;
    };
    CHECK(rejected(s.put(1), s.options(2)) ==
          "version 1 is not newer than version 2, the newest this kiosk has had");
    std::string flipped = s.put(3);
    flip_byte(flipped, 5000);
    CHECK(rejected(flipped, s.options(2)) == "the signature does not match the file");
    std::string other = s.put(3, "other.kbundle");
    KeyPair stranger = generate_key_pair();
    s.sign(other, 3, &stranger);
    CHECK(rejected(other, s.options(2)).find("does not trust") != std::string::npos);
    std::string truncated = s.put(3, "short.kbundle");
    fs::resize_file(truncated, fs::file_size(truncated) / 2);
    CHECK(rejected(truncated, s.options(2)) == "the signature does not match the file");
    InstallOptions small = s.options(2);
    small.size_cap = 1024;
    CHECK(rejected(s.put(3), small).find("over this kiosk's limit of 1024 bytes") != std::string::npos);
    InstallOptions pulled = s.options(2);
    pulled.pull_after_bytes = 4096;
    CHECK(rejected(s.put(3), pulled) == "the stick was removed or failed while the bundle was being copied");
    std::string unsigned_bundle = s.put(3, "unsigned.kbundle");
    fs::remove(unsigned_bundle + ".minisig");
    CHECK(rejected(unsigned_bundle, s.options(2)) == "the bundle has no signature file beside it (.minisig)");
}

// A FIFO blocks whoever opens it until a writer comes, so an install that opened one would wait
// for ever and no later stick would be read. Should the installer block, the test itself opens
// the FIFOs for writing and closes them, which ends the wait, and fails rather than hang.
static InstallResult install_with_watchdog(const BundleInstaller& installer, const std::string& bundle,
                                           const InstallOptions& o, const std::vector<std::string>& fifos) {
    std::packaged_task<InstallResult()> task([&] { return installer.install(bundle, o); });
    std::future<InstallResult> result = task.get_future();
    std::thread worker(std::move(task));
    bool prompt = result.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
    if (!prompt)
        for (const std::string& f : fifos) {
            int fd = ::open(f.c_str(), O_RDWR); // never blocks, and releases a reader waiting in open
            if (fd >= 0) ::close(fd);
        }
    worker.join();
    CHECK(prompt);
    return result.get();
}

TEST_CASE("a stick's FIFO, link, folder or huge file is refused at once, the content kept", "[install]") {
    Stick s;
    BundleInstaller installer(s.data.string());
    REQUIRE(installer.install(s.put(2), s.options()).ok);
    auto refused = [&](const std::string& bundle, const std::vector<std::string>& fifos = {}) {
        InstallResult r = install_with_watchdog(installer, bundle, s.options(2), fifos);
        CHECK_FALSE(r.ok);
        CHECK(current_version(installer) == 2);
        return r.reason;
    };
    std::string piped_sig = s.put(3, "piped-sig.kbundle");
    fs::remove(piped_sig + ".minisig");
    REQUIRE(::mkfifo((piped_sig + ".minisig").c_str(), 0644) == 0);
    CHECK(refused(piped_sig, {piped_sig + ".minisig"}) ==
          "the signature file is not an ordinary file but a named pipe (FIFO)");

    std::string piped = (s.dir / "piped.kbundle").string();
    REQUIRE(::mkfifo(piped.c_str(), 0644) == 0);
    std::ofstream(piped + ".minisig") << "untrusted comment: x\n";
    CHECK(refused(piped, {piped}) == "the bundle is not an ordinary file but a named pipe (FIFO)");

    std::string real = s.put(3, "real.kbundle");
    std::string linked = (s.dir / "linked.kbundle").string();
    fs::create_symlink(real, linked);
    fs::copy_file(real + ".minisig", linked + ".minisig");
    CHECK(refused(linked) == "the bundle is a symbolic link; copy the file itself onto the stick");
    std::string sig_linked = s.put(3, "sig-linked.kbundle");
    fs::remove(sig_linked + ".minisig");
    fs::create_symlink(real + ".minisig", sig_linked + ".minisig");
    CHECK(refused(sig_linked) ==
          "the signature file is a symbolic link; copy the file itself onto the stick");

    std::string folder = (s.dir / "folder.kbundle").string();
    fs::create_directory(folder);
    fs::copy_file(real + ".minisig", folder + ".minisig");
    CHECK(refused(folder) == "the bundle is a folder, not a file");

    std::string sparse_sig = s.put(3, "sparse-sig.kbundle");
    fs::resize_file(sparse_sig + ".minisig", 1ull << 40); // a terabyte that takes no room
    CHECK(refused(sparse_sig) == "the signature file is 1048576 MB, over this kiosk's limit of 4096 bytes");
    std::string sparse = (s.dir / "sparse.kbundle").string();
    std::ofstream(sparse).close();
    fs::resize_file(sparse, 1ull << 40);
    fs::copy_file(real + ".minisig", sparse + ".minisig");
    CHECK(refused(sparse) == "the bundle is 1048576 MB, over this kiosk's limit of 512 MB");
    CHECK(fs::is_empty(s.data / "staging"));
    CHECK(installer.install(real, s.options(2)).ok); // the same stick with a sound bundle
}

TEST_CASE("a signed file that is not a sound bundle is refused", "[install]") {
    Stick s;
    BundleInstaller installer(s.data.string());
    std::string text = (s.dir / "text.kbundle").string();
    std::ofstream(text) << "not a database";
    s.sign(text, 5);
    CHECK(installer.install(text, s.options()).reason.find("not a readable SQLite file") !=
          std::string::npos);

    std::string view = s.put(5, "view.kbundle");
    {
        Db db(view, OpenMode::ReadWrite);
        db.exec("CREATE VIEW sneaky AS SELECT 1");
    }
    s.sign(view, 5);
    CHECK(installer.install(view, s.options()).reason ==
          "the bundle contains a trigger or a view, which content bundles never have");

    std::string extra = s.put(5, "extra.kbundle"); // a table no check would look at
    {
        Db db(extra, OpenMode::ReadWrite);
        db.exec("CREATE VIRTUAL TABLE extra USING fts5(text)");
    }
    s.sign(extra, 5);
    CHECK(installer.install(extra, s.options()).reason ==
          "the bundle has a virtual table content bundles never have (extra)");

    std::string liar = s.put(5, "liar.kbundle");
    s.sign(liar, 6); // the claim says 6, the file says 5
    CHECK(installer.install(liar, s.options()).reason.find("but the file is bundle test version 5") !=
          std::string::npos);
    CHECK(installer.current_file().empty());
}

// Lint, which the kiosk runs on every bundle it opens, reads pictogram headers only; install
// decodes each pictogram once, so a bundle whose image is damaged after its header never gets in.
TEST_CASE("a signed bundle with a pictogram damaged after its header is refused", "[install]") {
    Stick s;
    BundleInstaller installer(s.data.string());
    std::string bundle = s.put(1);
    {
        Db db(bundle, OpenMode::ReadWrite);
        // Every chunk whole, the compressed pixels zeroed: the header check passes, decoding fails.
        db.exec("UPDATE asset SET data = substr(data, 1, 41) || zeroblob(159) || substr(data, 201) "
                "WHERE name = 'back'");
    }
    s.sign(bundle, 1);
    CHECK(installer.install(bundle, s.options()).reason ==
          "the content fails its checks: pictogram back cannot be decoded: it is cut short or damaged");
    CHECK(installer.current_file().empty());
}

// Found by fuzzing: signed bundles that SQLite's quick_check and lint let through, which then
// aborted the kiosk on a result, a search or a list. Each is refused, and the kiosk keeps its content.
TEST_CASE("a signed bundle with a damaged index, search index or place index is refused", "[install]") {
    Stick s;
    BundleInstaller installer(s.data.string());
    REQUIRE(installer.install(s.put(1), s.options()).ok);
    auto refused = [&](const std::string& name, const std::function<void(const std::string&)>& damage) {
        std::string bundle = s.put(2, name + ".kbundle");
        damage(bundle);
        s.sign(bundle, 2);
        InstallResult r = installer.install(bundle, s.options(1));
        CHECK_FALSE(r.ok);
        CHECK(current_version(installer) == 1);
        CHECK(fs::is_empty(s.data / "staging"));
        return r.reason;
    };
    // "far" is in a result's category, not named by one: lint never reads it or its place.
    std::string index = refused("index", [](const std::string& b) { unindex_place(b, "far"); });
    using Catch::Matchers::Contains;
    using Catch::Matchers::StartsWith;
    CHECK_THAT(index, StartsWith("the bundle file is damaged (SQLite integrity_check: row ") &&
                          Contains("missing from index sqlite_autoindex_location_1"));
    CHECK(refused("search", damage_search_index) ==
          "the bundle's search index is damaged (FTS5 integrity-check: database disk image is malformed)");
    std::string places = refused("places", [](const std::string& b) {
        add_places(b, 300);
        damage_place_index(b);
    });
    CHECK_THAT(places, StartsWith("the bundle's index of places is damaged (rtreecheck: "));
}

TEST_CASE("the checks leave the installed bundle as it was signed", "[install]") {
    Stick s;
    BundleInstaller installer(s.data.string());
    std::string bundle = s.put(1);
    REQUIRE(installer.install(bundle, s.options()).ok);
    std::ifstream sig(bundle + ".minisig");
    std::string signature((std::istreambuf_iterator<char>(sig)), std::istreambuf_iterator<char>());
    CHECK(verify_file((s.data / "bundles" / "test-v1.kbundle").string(), signature, {s.keys.public_key}).ok);
}

// A language code goes into item ids, file names and queries: only letters and hyphens, as in
// BCP 47 (fr, prs, zh-Hans), are taken.
TEST_CASE("a signed bundle with a language code that is not one is refused", "[install]") {
    Stick s;
    BundleInstaller installer(s.data.string());
    for (const std::string& code : {std::string("e\"n"), std::string("en' OR 1"), std::string("e"),
                                    std::string("en-"), std::string("english-language")}) {
        std::string bundle = s.put(1);
        rename_language(bundle, "en", code);
        s.sign(bundle, 1);
        CHECK(installer.install(bundle, s.options()).reason ==
              "the bundle cannot be used: \"" + code +
                  "\" is not a language code such as fr, prs or zh-Hans");
    }
    CHECK(installer.current_file().empty());
}

TEST_CASE("recovery removes staging debris and never leaves the kiosk without its link", "[install]") {
    Stick s;
    BundleInstaller installer(s.data.string());
    REQUIRE(installer.install(s.put(1), s.options()).ok);
    REQUIRE(installer.install(s.put(2), s.options(1)).ok);
    fs::create_directories(s.data / "staging");
    std::ofstream(s.data / "staging" / "incoming.part") << "half a copy";
    fs::create_symlink("bundles/test-v1.kbundle", s.data / "current.kbundle.tmp-1-0");
    fs::remove(s.data / "current.kbundle");
    installer.recover();
    CHECK(current_version(installer) == 2); // the newest installed
    CHECK_FALSE(fs::exists(s.data / "staging"));
    CHECK_FALSE(fs::exists(fs::symlink_status(s.data / "current.kbundle.tmp-1-0")));
    REQUIRE(installer.install(s.put(3), s.options(2)).ok);
    installer.prune(2, "test-v2.kbundle");
    CHECK(installer.installed().size() == 2);
    CHECK_FALSE(fs::exists(s.data / "bundles" / "test-v1.kbundle"));
}

// The USB thread installs while staff, on the main thread, roll back (or the reload falls back, or
// prunes): each writer must do what it reports, and leave nothing half-made behind it.
TEST_CASE("installs and rollbacks at once each do what they report", "[install][race]") {
    Stick s;
    BundleInstaller installer(s.data.string());
    REQUIRE(installer.install(s.put(1), s.options()).ok);
    std::vector<std::string> sticks = {s.put(2, "b2.kbundle"), s.put(3, "b3.kbundle"),
                                       s.put(4, "b4.kbundle")};
    std::atomic<bool> installing{true};
    std::vector<InstallResult> results;
    std::thread usb([&] {
        for (size_t i = 0; i < sticks.size(); ++i)
            results.push_back(installer.install(sticks[i], s.options(static_cast<int64_t>(i) + 1)));
        installing = false;
    });
    int rollbacks = 0, refused = 0;
    while (installing) {
        ++rollbacks;
        if (!BundleInstaller(s.data.string()).make_current("test-v1.kbundle")) ++refused;
        if (rollbacks % 16 == 0) installer.prune(10, ""); // keeps all: a reload after each install
    }
    usb.join();
    for (const InstallResult& r : results) CHECK(r.reason == "");
    CHECK(rollbacks > 0);
    CHECK(refused == 0);
    std::string current = installer.current_file(); // whichever writer switched last
    CHECK((current == "test-v1.kbundle" || current == "test-v4.kbundle"));
    CHECK(installer.installed().size() == 4);
    for (const auto& e : fs::directory_iterator(s.data))
        CHECK(e.path().filename().string().rfind("current.kbundle.", 0) == std::string::npos);
}

TEST_CASE("two writers switching the current bundle at once both succeed and leave no link behind",
          "[install][race]") {
    Stick s;
    BundleInstaller installer(s.data.string());
    REQUIRE(installer.install(s.put(1), s.options()).ok);
    REQUIRE(installer.install(s.put(2), s.options(1)).ok);
    auto switch_often = [&](const std::string& file, int& refused) {
        for (int i = 0; i < 300; ++i)
            if (!BundleInstaller(s.data.string()).make_current(file)) ++refused;
    };
    int refused_usb = 0, refused_staff = 0;
    std::thread usb(switch_often, "test-v2.kbundle", std::ref(refused_usb));
    switch_often("test-v1.kbundle", refused_staff);
    usb.join();
    CHECK(refused_usb == 0);
    CHECK(refused_staff == 0);
    std::string current = installer.current_file();
    CHECK((current == "test-v1.kbundle" || current == "test-v2.kbundle"));
    for (const auto& e : fs::directory_iterator(s.data))
        CHECK(e.path().filename().string().rfind("current.kbundle.", 0) == std::string::npos);
}
