#include "app/content_host.h"

#include "core/lint/lint.h"
#include "core/update/bundle_install.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

namespace kiosk {

ContentHost::ContentHost(const AppOptions& options, const KioskConfig& config, Clock& clock)
    : options_(options), config_(config), clock_(clock) {}

ContentHost::~ContentHost() = default;

void ContentHost::open_state() {
    std::error_code ec;
    std::filesystem::create_directories(options_.data_dir, ec);
    try {
        state_ = std::make_unique<StateStore>(options_.data_dir + "/state.db");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: no daily figures will be kept: %s\n", e.what());
    }
}

void ContentHost::open() {
    std::string path = bundle_path(options_);
    try {
        auto store = std::make_unique<ContentStore>(path);
        std::vector<LintIssue> issues = lint(*store, local_date(clock_.now_ms()), LintOf::Installed);
        auto error = std::find_if(issues.begin(), issues.end(), [](const LintIssue& i) {
            return i.severity == LintIssue::Severity::Error;
        });
        if (error != issues.end()) throw ContentError("the bundle fails its checks: " + error->message);
        if (config_.location) store->set_origin(*config_.location);
        store_ = std::move(store);
        open_file_ = options_.content.empty() ? BundleInstaller(options_.data_dir).current_file() : "";
    } catch (const std::exception& e) {
        error_ = "cannot use the content bundle " + path + ": " + e.what();
        std::fprintf(stderr, "kiosk: %s\n", error_.c_str());
    }
}

// A crash between the switch and its record leaves a current bundle the database has not seen.
void ContentHost::record_found_at_start() {
    BundleInstaller installer(options_.data_dir);
    installer.recover();
    std::string current = installer.current_file();
    for (const InstalledBundle& b : installer.installed())
        if (state_ && b.file == current && b.claim.version > state_->highest_version())
            write_state([&](StateStore& s) {
                s.record_install({utc_timestamp(clock_.now_ms()), b.claim.bundle_id, b.claim.version,
                                  b.claim.date, b.file, "found at start"});
            });
}

// Bundles installed from sticks live in the data directory; --content names a fixed file instead
// (tests, demonstrations) and turns updates off.
void ContentHost::start_updates(std::function<void()> wake) {
    if (!options_.content.empty()) return;
    record_found_at_start();
    if (config_.trusted_keys.empty()) {
        std::fprintf(stderr, "kiosk: no trusted keys in the configuration ([update] trusted_keys): "
                             "bundles on USB sticks are ignored\n");
        return;
    }
    InstallOptions o;
    for (const std::string& k : config_.trusted_keys) {
        std::optional<PublicKey> key = parse_public_key(k);
        if (!key) {
            std::fprintf(stderr, "kiosk: a trusted key in the configuration is not a minisign public key; "
                                 "bundles on USB sticks are ignored\n");
            return;
        }
        o.trusted.push_back(*key);
    }
    o.size_cap = config_.max_bundle_bytes;
    o.highest_installed = state_ ? state_->highest_version() : 0;
    // Fault injection for the update tests only: a crash after a step, a stick pulled mid-copy.
    if (const char* step = std::getenv("KIOSK_CRASH_AFTER")) o.crash_after = step;
    if (const char* bytes = std::getenv("KIOSK_PULL_STICK_AFTER_BYTES"))
        o.pull_after_bytes = std::atoll(bytes);
    updater_ = std::make_unique<UsbUpdater>(options_.data_dir, options_.usb_roots, o, std::move(wake));
}

// Each outcome is logged; a new bundle waits to be shown until no visit is under way (the app's
// choice), so nobody's answers change under their finger.
void ContentHost::take_updates() {
    if (!updater_) return;
    std::string at = utc_timestamp(clock_.now_ms());
    for (const UpdateOutcome& u : updater_->take_outcomes()) {
        const InstallResult& r = u.result;
        std::string detail = u.found + ": ";
        detail += r.ok ? format_claim(r.claim) : r.reason;
        std::fprintf(stderr, "kiosk: %s %s\n", r.ok ? "installed" : "rejected", detail.c_str());
        write_state([&](StateStore& s) { s.log_update(at, r.ok ? "applied" : "rejected", detail); });
        if (r.ok) {
            write_state([&](StateStore& s) {
                s.record_install({at, r.claim.bundle_id, r.claim.version, r.claim.date, r.file, "usb"});
            });
            reload_pending_ = true;
        }
    }
}

// The installer checked the new bundle; should it still not open here, the kiosk goes back to
// the one it was showing rather than to an error screen.
void ContentHost::reload() {
    reload_pending_ = false;
    std::string previous = open_file_;
    store_.reset();
    error_.clear();
    open();
    BundleInstaller installer(options_.data_dir);
    if (!store_ && !previous.empty() && installer.make_current(previous)) {
        std::fprintf(stderr, "kiosk: back on %s\n", previous.c_str());
        error_.clear();
        open();
    }
    if (!store_) return;
    notice_ = store_->meta().bundle_id + " " + store_->meta().version;
    notice_until_ms_ = clock_.elapsed_ms() + 30'000;
    installer.prune(3, open_file_);
}

std::optional<BundleClaim> ContentHost::roll_back_to(const std::string& file) {
    BundleInstaller installer(options_.data_dir);
    for (const InstalledBundle& b : installer.installed()) {
        if (b.file != file || !installer.make_current(file)) continue;
        write_state([&](StateStore& s) {
            s.record_install({utc_timestamp(clock_.now_ms()), b.claim.bundle_id, b.claim.version,
                              b.claim.date, b.file, "rollback"});
        });
        return b.claim;
    }
    return std::nullopt;
}

void ContentHost::write_state(const std::function<void(StateStore&)>& write) {
    if (!state_) return;
    try {
        write(*state_);
        if (state_unwritable_) std::fprintf(stderr, "kiosk: the state database can be written again\n");
        state_unwritable_ = false;
    } catch (const DbError& e) {
        if (!state_unwritable_)
            std::fprintf(stderr,
                         "kiosk: the state database cannot be written (%s): daily figures and logs are "
                         "lost until it can\n",
                         e.what());
        state_unwritable_ = true;
    }
}

void ContentHost::settle(int64_t timeout_ms) {
    if (!updater_) return;
    updater_->scan_now();
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (updater_->busy() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

} // namespace kiosk
