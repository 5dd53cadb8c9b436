#include "app/usb_updater.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <utility>

namespace fs = std::filesystem;

namespace kiosk {

namespace {

constexpr auto poll_every = std::chrono::seconds(2); // a few directory reads: no measurable CPU

void add_bundles_in(const fs::path& dir, std::vector<StickFile>& out) {
    std::error_code ec;
    // Not only regular files: a FIFO, a link or a folder of that name goes to the installer too,
    // which refuses it without opening it for reading, and the update log says why.
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        if (e.path().extension() != ".kbundle") continue;
        uintmax_t bytes = e.is_regular_file(ec) ? e.file_size(ec) : 0;
        out.push_back({e.path().string(), ec ? 0 : static_cast<int64_t>(bytes)});
    }
}

std::string identity(const StickFile& f) {
    std::error_code ec;
    auto mtime = fs::last_write_time(f.path, ec).time_since_epoch().count();
    std::string id = f.path;
    id += '|';
    id += std::to_string(f.bytes);
    id += '|';
    id += std::to_string(mtime);
    return id;
}

} // namespace

std::vector<std::string> find_stick_folders(const std::vector<std::string>& roots) {
    std::vector<std::string> out;
    std::error_code ec;
    // Real folders only, never a link: a stick's "kiosk -> /var/lib/kiosk" would have the export
    // write into the kiosk's own data, and the updater read from anywhere.
    auto real_folder = [&](const fs::path& p) {
        return fs::symlink_status(p, ec).type() == fs::file_type::directory;
    };
    auto add = [&](const fs::path& dir) {
        if (real_folder(dir / "kiosk")) out.push_back((dir / "kiosk").string());
    };
    for (const std::string& root : roots) {
        add(root);
        for (const auto& label : fs::directory_iterator(root, ec)) {
            if (!real_folder(label.path())) continue;
            add(label.path());
            for (const auto& inner : fs::directory_iterator(label.path(), ec))
                if (real_folder(inner.path())) add(inner.path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<StickFile> find_stick_bundles(const std::vector<std::string>& roots) {
    std::vector<StickFile> out;
    for (const std::string& folder : find_stick_folders(roots)) add_bundles_in(folder, out);
    return out;
}

UsbUpdater::UsbUpdater(std::string data_dir, std::vector<std::string> roots, InstallOptions options,
                       std::function<void()> wake)
    : installer_(std::move(data_dir)), roots_(std::move(roots)), wake_(std::move(wake)),
      options_(std::move(options)), asked_(true), thread_([this] { loop(); }) {}

UsbUpdater::~UsbUpdater() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
}

void UsbUpdater::scan_now() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        asked_ = true;
    }
    cv_.notify_all();
}

bool UsbUpdater::busy() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return asked_ || scanning_;
}

std::vector<UpdateOutcome> UsbUpdater::take_outcomes() {
    std::lock_guard<std::mutex> lock(mutex_);
    return std::exchange(outcomes_, {});
}

void UsbUpdater::loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stop_) {
        cv_.wait_for(lock, poll_every, [this] { return stop_ || asked_; });
        if (stop_) break;
        asked_ = false;
        scanning_ = true;
        lock.unlock();
        scan();
        lock.lock();
        scanning_ = false;
    }
}

// With several bundles on a stick, whatever the order, the kiosk ends on the newest: an older one
// met after it is refused as not newer.
void UsbUpdater::scan() {
    std::vector<StickFile> found = find_stick_bundles(roots_);
    std::set<std::string> present;
    for (const StickFile& f : found) present.insert(identity(f));
    InstallOptions options;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        for (auto it = handled_.begin(); it != handled_.end();) // gone: may come back and be tried again
            it = present.count(*it) ? std::next(it) : handled_.erase(it);
        options = options_;
    }
    for (const StickFile& f : found) {
        std::string id = identity(f);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (handled_.count(id) || stop_) continue;
        }
        InstallResult r = installer_.install(f.path, options);
        if (r.ok) options.highest_installed = r.claim.version;
        std::lock_guard<std::mutex> lock(mutex_);
        std::error_code ec; // a dangling link is there all the same: not tried again and again
        if (fs::exists(fs::symlink_status(f.path, ec)))
            handled_.insert(id); // pulled out: try again when back
        if (r.ok) options_.highest_installed = std::max(options_.highest_installed, r.claim.version);
        if (r.already) continue; // nothing happened: nothing to tell
        outcomes_.push_back({f.path, std::move(r)});
        if (wake_) wake_();
    }
}

} // namespace kiosk
