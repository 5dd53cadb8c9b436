// Watches where sticks are mounted for kiosk/*.kbundle (with its .minisig) and installs what it
// finds, in a thread of its own so a visitor's screen never waits for a stick. A file handled
// once is not tried again until it changes or disappears (a stick pulled mid-copy and put back is
// tried again). The main thread collects outcomes and decides when to switch content.
#pragma once
#include "core/update/bundle_install.h"
#include "core/update/stick_file.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace kiosk {

struct UpdateOutcome {
    std::string found; // the bundle's path on the stick
    InstallResult result;
};

class UsbUpdater {
  public:
    // wake is called from the updater's thread when an outcome is ready (e.g. glfwPostEmptyEvent).
    UsbUpdater(std::string data_dir, std::vector<std::string> roots, InstallOptions options,
               std::function<void()> wake);
    ~UsbUpdater(); // stops the thread; an install under way finishes first
    UsbUpdater(const UsbUpdater&) = delete;
    UsbUpdater& operator=(const UsbUpdater&) = delete;

    void scan_now();
    bool busy() const;                          // a scan is asked for or running
    std::vector<UpdateOutcome> take_outcomes(); // what happened since the last call

  private:
    BundleInstaller installer_;
    std::vector<std::string> roots_;
    std::function<void()> wake_;
    mutable std::mutex mutex_;
    std::condition_variable cv_;
    InstallOptions options_;
    bool stop_ = false, asked_ = false, scanning_ = false;
    std::vector<UpdateOutcome> outcomes_;
    std::set<std::string> handled_; // "path|size|mtime"
    std::thread thread_;

    void loop();
    void scan();
};

// Every kiosk/*.kbundle under a root: ROOT/kiosk, ROOT/LABEL/kiosk and ROOT/USER/LABEL/kiosk.
std::vector<StickFile> find_stick_bundles(const std::vector<std::string>& roots);
// The kiosk folders themselves (where figures are exported), whether or not they hold a bundle.
std::vector<std::string> find_stick_folders(const std::vector<std::string>& roots);

} // namespace kiosk
