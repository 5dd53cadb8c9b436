// The content the kiosk shows and where it comes from: the bundle (a fixed file, or the one
// installed in the data directory), the state database beside it, and the USB updater that
// installs newer bundles from sticks. It opens the bundle, switches to a new one (back to the one
// it was showing should that fail), rolls back to an older one for staff, and prunes old ones.
#pragma once
#include "app/options.h"
#include "app/usb_updater.h"
#include "core/content/content_store.h"
#include "core/operations/kiosk_config.h"
#include "core/storage/state_store.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace kiosk {

class ContentHost {
  public:
    ContentHost(const AppOptions& options, const KioskConfig& config, Clock& clock);
    ~ContentHost(); // joins the updater's thread: an install under way finishes first

    // The data directory's state database (figures, PIN, update log); without one, nothing is kept.
    void open_state();
    // Recovers an interrupted install and, with trusted keys, watches the sticks. wake is called
    // from the updater's thread when an outcome is ready. Off with a fixed --content file.
    void start_updates(std::function<void()> wake);
    // Opens the current bundle; a failure is kept in error() and logged, not thrown.
    void open();

    // Logs what the updater did since the last call: a bundle installed waits in reload_pending().
    void take_updates();
    bool reload_pending() const { return reload_pending_; }
    // Closes the store and opens the current bundle, or the one shown before should it fail.
    // Whatever reads the store (a session, pictograms) must be gone first.
    void reload();
    // Makes an installed bundle current again (staff), recorded in the install log; the caller
    // reloads. Nothing when no such bundle is installed.
    [[nodiscard]] std::optional<BundleClaim> roll_back_to(const std::string& file);
    // Scans the sticks now and waits (real time, at most timeout_ms) until the scan is done.
    void settle(int64_t timeout_ms);

    const ContentStore* store() const { return store_.get(); }
    StateStore* state() { return state_.get(); }
    const StateStore* state() const { return state_.get(); }
    // Every write to the state database goes here: a full or failing disk must not stop the kiosk.
    // Visitors are served, and what cannot be written (a daily count, a log line) is lost; said
    // once when writing starts failing, once when it works again.
    void write_state(const std::function<void(StateStore&)>& write);
    const std::string& error() const { return error_; }
    // "content updated": the new bundle's id and version, for a while after a switch.
    std::string notice(int64_t elapsed_ms) const { return elapsed_ms < notice_until_ms_ ? notice_ : ""; }
    int64_t notice_until_ms() const { return notice_until_ms_; }

  private:
    AppOptions options_;
    KioskConfig config_;
    Clock& clock_;
    std::unique_ptr<StateStore> state_;
    bool state_unwritable_ = false; // the last write to state_ failed, and was said once
    std::unique_ptr<ContentStore> store_;
    std::string open_file_; // the installed bundle being shown: never pruned while open
    std::string error_;     // why no bundle could be opened
    bool reload_pending_ = false;
    std::string notice_;
    int64_t notice_until_ms_ = 0; // elapsed time
    // Last: destroyed first, its thread joined while the state, the store and every other member
    // it may report to are still there.
    std::unique_ptr<UsbUpdater> updater_;

    void record_found_at_start();
};

} // namespace kiosk
