#include "core/update/bundle_install.h"

#include "core/content/content_store.h"
#include "core/content/pictogram_image.h"
#include "core/lint/lint.h"
#include "core/storage/sqlite_db.h"
#include "core/update/untrusted_file.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <iterator>
#include <set>
#include <sys/file.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace kiosk {

namespace {

constexpr size_t signature_cap = 4096; // a .minisig is four short lines
// Links being made current.kbundle: any left at start-up are debris (".tmp" alone: older kiosks).
constexpr const char* link_debris = "current.kbundle.tmp";

// One writer at a time in the data directory: the USB thread stores and switches while the main
// thread rolls back, falls back or prunes, and a tool may run beside the kiosk. flock() locks
// belong to an open file, so two opens in one process exclude each other as two processes do.
// Held only for renames and removals, never while a stick is read: the screen never waits long.
class DirLock {
  public:
    explicit DirLock(const std::string& dir)
        : fd_(::open((dir + "/update.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
        while (fd_ >= 0 && ::flock(fd_, LOCK_EX) != 0)
            if (errno != EINTR) release();
    }
    ~DirLock() { release(); }
    DirLock(const DirLock&) = delete;
    DirLock& operator=(const DirLock&) = delete;
    explicit operator bool() const { return fd_ >= 0; }

  private:
    int fd_;
    void release() {
        if (fd_ >= 0) ::close(fd_); // unlocks
        fd_ = -1;
    }
};

// A name no other writer uses, in this process or another, so that none removes or renames a
// file another writer is still making.
std::string unique_suffix() {
    static std::atomic<unsigned> count{0};
    return std::to_string(::getpid()) + "-" + std::to_string(count++);
}

void sync_path(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Copies in chunks and syncs. A read that fails or ends early means the stick went away.
std::string copy_synced(int in, const std::string& to, uintmax_t expected, int64_t pull_after) {
    int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out < 0) return "the kiosk could not write its staging copy (is its disk full?)";
    std::vector<char> buffer(1 << 20);
    uintmax_t copied = 0;
    std::string error;
    for (;;) {
        ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (pull_after >= 0 &&
            copied + static_cast<uintmax_t>(std::max<ssize_t>(n, 0)) > static_cast<uintmax_t>(pull_after))
            n = -1; // as when the stick is pulled out: EIO
        if (n < 0) {
            error = "the stick was removed or failed while the bundle was being copied";
            break;
        }
        if (n == 0) break;
        for (ssize_t done = 0; done < n;) {
            ssize_t w = ::write(out, buffer.data() + done, static_cast<size_t>(n - done));
            if (w <= 0) {
                error = "the kiosk ran out of disk space while copying the bundle";
                break;
            }
            done += w;
        }
        if (!error.empty()) break;
        copied += static_cast<uintmax_t>(n);
    }
    if (error.empty() && copied != expected)
        error = "the stick was removed or failed while the bundle was being copied";
    if (error.empty() && ::fsync(out) != 0) error = "the kiosk could not save its staging copy";
    ::close(out);
    return error;
}

bool write_synced(const std::string& path, const std::string& text) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return false;
    bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// A signature, on the stick or beside an installed bundle: empty when missing or refused.
std::string read_signature(const std::string& path, std::string& error) {
    return read_untrusted(path, "the signature file", signature_cap, error).value_or("");
}

// Bytes the kiosk may still write in dir; unknown (the statvfs call failed) counts as enough, and
// the copy's own write errors then say so.
uintmax_t free_bytes(const std::string& dir) {
    struct statvfs s {};
    if (::statvfs(dir.c_str(), &s) != 0) return UINTMAX_MAX;
    return static_cast<uintmax_t>(s.f_bavail) * s.f_frsize;
}

bool safe_file_name(const std::string& s) {
    return !s.empty() && s.size() <= 100 && s[0] != '.' && std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    });
}

std::string quoted(const std::string& identifier) {
    std::string out = "\"";
    for (char c : identifier) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

// SQLite 3.40.1's integrity_check reports "NULL value in T.C" for NOT NULL columns of some WITHOUT
// ROWID tables that hold no NULL at all (the default content's node tables: 164 reports). Such a
// report is believed only if a query finds the NULL. T and C come from the bundle's schema, hence
// quoted.
bool false_null_report(const Db& db, const std::string& message) {
    const std::string prefix = "NULL value in ";
    size_t dot = message.find('.', prefix.size());
    if (message.rfind(prefix, 0) != 0 || dot == std::string::npos) return false;
    std::string sql = "SELECT count(*) FROM " + quoted(message.substr(prefix.size(), dot - prefix.size()));
    sql += " WHERE " + quoted(message.substr(dot + 1)) + " IS NULL";
    try {
        Stmt nulls(db, sql.c_str());
        return nulls.step() && nulls.integer(0) == 0;
    } catch (const DbError&) {
        return false;
    }
}

// Lint has bounded every pictogram by its header; each is decoded once here, off the screen's
// thread, so that one cut short after its header is refused rather than left out in a visit.
std::string damaged_pictogram(const ContentStore& store) {
    Stmt names(store.db(), "SELECT name FROM asset ORDER BY name");
    while (names.step())
        if (std::string bad = check_pictogram(names.text(0), store.asset(names.text(0))); !bad.empty())
            return bad;
    return "";
}

// integrity_check, not quick_check: only it compares each index with its table, and a row left out
// of an index aborted the kiosk on a result screen. Its default stops at 100 reports, which the
// false ones above would fill: it is asked for all of them, and read only up to the first true one.
std::string first_damage(const Db& db) {
    Stmt check(db, "PRAGMA integrity_check(1000000)");
    std::set<std::string> believed_false;
    while (check.step()) {
        std::string report = check.text(0);
        if (report == "ok" || believed_false.count(report)) continue;
        if (!false_null_report(db, report)) return report;
        believed_false.insert(report);
    }
    return "";
}

// The virtual tables of db/schema.sql, each with its own check: integrity_check sees only their
// shadow tables as plain tables, not whether the index they hold can be read. The names are
// spliced into SQL, so they come from here, never from the bundle, which may have no other.
struct IndexCheck {
    const char* table;
    const char* sql;
    const char* what;    // for the staff's message
    bool needs_writable; // FTS5's check is an INSERT (that writes nothing)
};
constexpr IndexCheck index_checks[] = {
    {"service_search", "INSERT INTO service_search(service_search) VALUES ('integrity-check')",
     "the bundle's search index is damaged (FTS5 integrity-check: ", true},
    {"location_rtree", "SELECT rtreecheck('location_rtree')",
     "the bundle's index of places is damaged (rtreecheck: ", false},
};

std::string unknown_virtual_table(const Db& db) {
    Stmt tables(db, "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual'");
    while (tables.step()) {
        std::string name = tables.text(0);
        if (std::none_of(std::begin(index_checks), std::end(index_checks),
                         [&](const IndexCheck& c) { return name == c.table; }))
            return "the bundle has a virtual table content bundles never have (" + name + ")";
    }
    return "";
}

// rtreecheck answers "ok" or what is wrong; either check may also fail outright on a page it cannot
// read. A read-only connection (a bundle in use) skips the checks that need a writable one.
std::string damaged_index(const std::string& path, OpenMode mode) {
    Db db(path, mode);
    for (const IndexCheck& c : index_checks) {
        if (c.needs_writable && mode == OpenMode::ReadOnlyUntrusted) continue;
        try {
            Stmt check(db, c.sql);
            if (check.step() && check.text(0) != "ok") return c.what + check.text(0) + ")";
        } catch (const DbError& e) {
            return c.what + std::string(e.what()) + ")";
        }
    }
    return "";
}

void crash_if(const InstallOptions& o, InstallStep s) {
    if (o.crash_after == step_name(s)) ::raise(SIGKILL);
}

} // namespace

const char* step_name(InstallStep s) {
    switch (s) {
    case InstallStep::Copied:
        return "copied";
    case InstallStep::Verified:
        return "verified";
    case InstallStep::Checked:
        return "checked";
    case InstallStep::Stored:
        return "stored";
    case InstallStep::Switched:
        return "switched";
    }
    return "";
}

// integrity_check, no trigger or view, no virtual table but the schema's: empty when it is sound.
static std::string file_soundness(const std::string& path) {
    Db db(path, OpenMode::ReadOnlyUntrusted);
    if (std::string damage = first_damage(db); !damage.empty())
        return "the bundle file is damaged (SQLite integrity_check: " + damage + ")";
    Stmt hidden(db, "SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')");
    if (hidden.step() && hidden.integer(0) > 0)
        return "the bundle contains a trigger or a view, which content bundles never have";
    return unknown_virtual_table(db);
}

// The file, then the search index and the index of places readable: empty when the file is a sound
// SQLite database. The file's connection is closed first: its read lock would keep FTS5's check out.
static std::string sqlite_soundness(const std::string& path, OpenMode index_checks_mode) {
    try {
        if (std::string unsound = file_soundness(path); !unsound.empty()) return unsound;
        return damaged_index(path, index_checks_mode); // each check's own errors are caught there
    } catch (const DbError& e) {
        return std::string("the bundle is not a readable SQLite file (") + e.what() + ")";
    }
}

std::string check_bundle_file(const std::string& path, const BundleClaim& claim) {
    if (std::string sound = sqlite_soundness(path, OpenMode::ReadWriteUntrusted); !sound.empty())
        return sound;
    try {
        ContentStore store(path);
        const BundleMeta& m = store.meta();
        if (m.bundle_id != claim.bundle_id || m.version != std::to_string(claim.version) ||
            m.schema_version != claim.schema) {
            std::string why = "the signature vouches for ";
            why += format_claim(claim);
            why += " but the file is bundle " + m.bundle_id + " version " + m.version;
            return why;
        }
        for (const LintIssue& i : lint(store))
            if (i.severity == LintIssue::Severity::Error) return "the content fails its checks: " + i.message;
        if (std::string bad = damaged_pictogram(store); !bad.empty())
            return "the content fails its checks: " + bad;
    } catch (const std::exception& e) {
        return std::string("the bundle cannot be used: ") + e.what();
    }
    return "";
}

std::string check_file_opens(const std::string& path) {
    if (!fs::exists(path)) return "missing";
    std::string sound = sqlite_soundness(path, OpenMode::ReadOnlyUntrusted);
    if (!sound.empty()) return sound;
    try {
        ContentStore store(path);
    } catch (const std::exception& e) {
        return std::string("the bundle cannot be used: ") + e.what();
    }
    return "";
}

BundleInstaller::BundleInstaller(std::string data_dir) : dir_(std::move(data_dir)) {}

std::string BundleInstaller::current_path() const {
    return dir_ + "/current.kbundle";
}

std::string BundleInstaller::current_file() const {
    std::error_code ec;
    fs::path target = fs::read_symlink(current_path(), ec);
    return ec ? "" : target.filename().string();
}

InstallResult BundleInstaller::install(const std::string& bundle, const InstallOptions& o) const {
    InstallResult r;
    auto fail = [&](std::string why) {
        r.reason = std::move(why);
        return r;
    };
    std::error_code ec;
    UntrustedFile file(bundle, "the bundle", o.size_cap); // size and kind from the open file: no race
    if (!file) return fail(file.error());
    if (!fs::exists(fs::symlink_status(bundle + ".minisig", ec))) // lstat: never waits, even on a FIFO
        return fail("the bundle has no signature file beside it (.minisig)");
    std::string error;
    std::string signature = read_signature(bundle + ".minisig", error);
    if (!error.empty()) return fail(error);
    if (signature.empty()) return fail("the bundle has no signature file beside it (.minisig)");
    // The stick still in after a restart, or after a rollback: nothing to do. A bundle stored but
    // never made current (a crash in between) is newer than any recorded, and goes on.
    for (const InstalledBundle& b : installed())
        if (b.claim.version <= o.highest_installed &&
            read_signature(dir_ + "/bundles/" + b.file + ".minisig", error) == signature) {
            r.already = true;
            r.file = b.file;
            return fail("this bundle is installed already");
        }

    fs::create_directories(dir_ + "/staging", ec);
    fs::create_directories(dir_ + "/bundles", ec);
    // Refused before a byte is copied: a copy that fills the disk would also starve state.db.
    uintmax_t size = static_cast<uintmax_t>(file.size());
    if (uintmax_t room = free_bytes(dir_); size + signature_cap > room)
        return fail("the bundle is " + size_text(size) + " but the kiosk has only " + size_text(room) +
                    " free: nothing was changed");
    std::string part = dir_ + "/staging/incoming-" + unique_suffix() + ".part";
    std::string copy_error = copy_synced(file.fd(), part, size, o.pull_after_bytes);
    if (!copy_error.empty()) {
        fs::remove(part, ec);
        return fail(copy_error);
    }
    crash_if(o, InstallStep::Copied);

    auto discard = [&](std::string why) {
        fs::remove(part, ec);
        return fail(std::move(why));
    };
    VerifyResult v = verify_file(part, signature, o.trusted);
    if (!v.ok) return discard(v.error);
    std::optional<BundleClaim> claim = parse_claim(v.trusted_comment);
    if (!claim) return discard("the signed comment does not describe a content bundle");
    if (!safe_file_name(claim->bundle_id)) return discard("the bundle's id cannot be used as a file name");
    r.claim = *claim;
    if (!o.allow_older && claim->version <= o.highest_installed)
        return discard("version " + std::to_string(claim->version) + " is not newer than version " +
                       std::to_string(o.highest_installed) + ", the newest this kiosk has had");
    crash_if(o, InstallStep::Verified);

    std::string bad = check_bundle_file(part, *claim);
    if (!bad.empty()) return discard(bad);
    crash_if(o, InstallStep::Checked);

    DirLock lock(dir_); // from storing to switching: no prune nor rollback in between
    if (!lock) return discard("the kiosk could not lock its data directory");
    r.file = claim->bundle_id + "-v" + std::to_string(claim->version) + ".kbundle";
    std::string stored = dir_ + "/bundles/" + r.file;
    if (!write_synced(stored + ".minisig", signature)) {
        fs::remove(stored + ".minisig", ec); // half-written: debris that nothing would remove
        return discard("the kiosk could not save the signature (is its disk full?)");
    }
    fs::rename(part, stored, ec); // an installed file of that name is identical: same signed claim
    if (ec) return discard("the kiosk could not store the bundle: " + ec.message());
    sync_path(dir_ + "/bundles");
    crash_if(o, InstallStep::Stored);

    if (!switch_current(r.file)) return fail("the kiosk could not switch to the new bundle");
    crash_if(o, InstallStep::Switched);
    r.ok = true;
    return r;
}

bool BundleInstaller::make_current(const std::string& file) const {
    DirLock lock(dir_);
    return lock && switch_current(file);
}

bool BundleInstaller::switch_current(const std::string& file) const {
    std::error_code ec;
    if (!safe_file_name(file) || !fs::is_regular_file(dir_ + "/bundles/" + file, ec)) return false;
    std::string link = dir_ + "/" + link_debris + "-" + unique_suffix();
    fs::create_symlink("bundles/" + file, link, ec);
    if (ec) return false;
    fs::rename(link, current_path(), ec); // the one atomic step: old or new, never neither
    if (ec) {
        fs::remove(link, ec);
        return false;
    }
    sync_path(dir_);
    return true;
}

std::vector<InstalledBundle> BundleInstaller::installed() const {
    std::vector<InstalledBundle> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir_ + "/bundles", ec)) {
        if (e.path().extension() != ".kbundle") continue;
        std::string error;
        std::string sig = read_signature(e.path().string() + ".minisig", error);
        std::optional<SignatureFile> parsed = parse_signature(sig);
        std::optional<BundleClaim> claim = parsed ? parse_claim(parsed->trusted_comment) : std::nullopt;
        if (claim) out.push_back({e.path().filename().string(), *claim});
    }
    std::sort(out.begin(), out.end(), [](const InstalledBundle& a, const InstalledBundle& b) {
        return a.claim.version > b.claim.version;
    });
    return out;
}

void BundleInstaller::recover() const {
    DirLock lock(dir_);
    if (!lock) return; // nothing can be written there anyway
    std::error_code ec;
    fs::remove_all(dir_ + "/staging", ec);
    for (const auto& e : fs::directory_iterator(dir_, ec))
        if (e.path().filename().string().rfind(link_debris, 0) == 0) fs::remove(e.path(), ec);
    bool dangling = fs::is_symlink(fs::symlink_status(current_path(), ec)) && !fs::exists(current_path(), ec);
    bool missing = !fs::exists(fs::symlink_status(current_path(), ec));
    if (!dangling && !missing) return;
    std::vector<InstalledBundle> all = installed();
    if (!all.empty()) switch_current(all.front().file);
}

void BundleInstaller::prune(size_t keep, const std::string& in_use) const {
    DirLock lock(dir_);
    if (!lock) return;
    std::vector<InstalledBundle> all = installed();
    std::string current = current_file();
    std::error_code ec;
    for (size_t i = keep; i < all.size(); ++i) {
        if (all[i].file == current || all[i].file == in_use) continue;
        fs::remove(dir_ + "/bundles/" + all[i].file, ec);
        fs::remove(dir_ + "/bundles/" + all[i].file + ".minisig", ec);
    }
}

} // namespace kiosk
