// Installing a content bundle into a kiosk's data directory, so that a power cut, a pulled stick
// or a hostile file can never leave the kiosk on broken content:
//   DIR/staging/     copies being checked (anything here at start-up is debris and is removed)
//   DIR/bundles/     installed bundles, each complete and never modified, with its .minisig
//   DIR/current.kbundle  a symbolic link to one of them, replaced by a single rename
//   DIR/update.lock      taken by whoever changes bundles/ or current.kbundle (see below)
// The copy is checked, never the stick: size cap, signature by a trusted key, version newer than
// any installed, SQLite integrity_check (indexes included), the search index (FTS5) and the index of
// places (R*Tree) readable, no trigger, view or unknown virtual table, schema version, language
// codes, the signed claim matching the bundle, lint. No threads here, but two writers: the USB watcher
// installs in the background while the main thread may roll back, fall back or prune, so they take turns on
// DIR/update.lock.
#pragma once
#include "core/update/bundle_claim.h"
#include "core/update/signature.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk {

// The steps of an install, in order; a test may stop the process right after one (crash_after).
enum class InstallStep { Copied, Verified, Checked, Stored, Switched };
const char* step_name(InstallStep s);

struct InstallOptions {
    std::vector<PublicKey> trusted; // one or two keys from the kiosk's configuration
    int64_t size_cap = 512ll << 20; // bytes; checked before anything is read
    int64_t highest_installed = 0;  // from the state database: a bundle must be newer
    bool allow_older = false;       // staff asked for a rollback
    std::string crash_after;        // a step name: SIGKILL right after it (crash-consistency tests)
    int64_t pull_after_bytes = -1;  // tests: reading the stick fails after this many bytes
};

struct InstallResult {
    bool ok = false;
    std::string reason;   // one plain sentence when not ok
    BundleClaim claim;    // what the signature vouches for
    std::string file;     // the installed file's name in DIR/bundles
    bool already = false; // this very bundle (same signature) is installed: nothing was done
};

struct InstalledBundle {
    std::string file; // name in DIR/bundles
    BundleClaim claim;
};

class BundleInstaller {
  public:
    explicit BundleInstaller(std::string data_dir);

    // Copies, checks and installs bundle (with bundle + ".minisig"), then makes it current.
    [[nodiscard]] InstallResult install(const std::string& bundle, const InstallOptions& o) const;
    // Makes an installed bundle current again (rollback); false when it is not installed.
    [[nodiscard]] bool make_current(const std::string& file) const;

    std::string current_path() const;               // DIR/current.kbundle: what the kiosk opens
    std::string current_file() const;               // the installed file it points to, empty if none
    std::vector<InstalledBundle> installed() const; // newest version first
    // At start-up: removes staging debris and, if the current link is missing or dangling (never
    // after a complete switch), points it to the newest installed bundle.
    void recover() const;
    // Removes installed bundles beyond the newest `keep`, never the current one nor `in_use`.
    void prune(size_t keep, const std::string& in_use) const;

  private:
    std::string dir_;

    bool switch_current(const std::string& file) const; // with the lock held
};

// The checks on a local copy that do not depend on where it came from: integrity_check, FTS5's
// integrity-check and rtreecheck, no trigger, view or unknown virtual table, schema, the claim
// matching the bundle's meta, lint. Empty when the bundle is sound. Opens the copy read-write.
[[nodiscard]] std::string check_bundle_file(const std::string& path, const BundleClaim& claim);
// Whether a bundle opens completely (integrity and index checks, schema): empty, or what is wrong.
// Reads only: FTS5's integrity-check, which needs a writable connection, is left to install.
[[nodiscard]] std::string check_file_opens(const std::string& path);

} // namespace kiosk
