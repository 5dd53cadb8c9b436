// The staff panel's behaviour: the hidden long press that opens it, the PIN (checked by the
// lock-out in state.db), and the actions behind its buttons (roll back, export the figures,
// change the PIN, exit), each recorded in the audit log. The screens draw the panel and send
// StaffIntents; what needs the window or a reload of the content is the app's, through Actions.
#pragma once
#include "app/content_host.h"
#include "core/operations/staff_lock.h"
#include "core/operations/staff_panel.h"
#include "ui/ui_frame.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kiosk {

class StaffController {
  public:
    struct Actions {
        std::function<void()> reload;        // another bundle is current: show it
        std::function<void()> exit;          // close the window: back to the desktop
        std::function<bool()> print_test;    // a test slip to the printer; false when it cannot be sent
        std::function<void()> check_printer; // the printer's state, read again for the panel
    };

    // view: where the panel's figures are kept for the screens (ScreenData::staff).
    StaffController(ContentHost& host, const Clock& clock, const AppOptions& options,
                    const KioskConfig& config, StaffView& view, Actions actions);

    // Once the state database is open: without it no PIN can be checked and the panel stays shut.
    void start();

    bool open() const { return panel_.open(); }
    const StaffPanel& panel() const { return panel_; }
    // Where the screens put the panel's intents during a frame.
    std::vector<StaffIntent>& intents() { return intents_; }
    // Carries out the frame's intents; false when there were none.
    bool apply_intents();

    // The hidden corner this frame: pressed now (activated), still held (held).
    void corner(bool activated, bool held);
    void tick(); // a panel left alone closes: never open for the next visitor
    // What became of an action finished elsewhere (a test slip): shown if the panel is still open.
    void note(const std::string& message, const std::string& detail);

    int64_t press_due_ms() const;   // when the corner press opens the panel; INT64_MAX if none
    int64_t timeout_due_ms() const; // when the panel closes itself; INT64_MAX while closed

  private:
    ContentHost& host_;
    const Clock& clock_;
    std::string data_dir_;
    std::vector<std::string> usb_roots_;
    const KioskConfig& config_;
    StaffView& view_;
    Actions actions_;
    StaffPanel panel_;
    std::unique_ptr<StaffLock> lock_; // refers to host_'s state database
    std::vector<StaffIntent> intents_;
    int64_t press_start_ms_ = -1; // elapsed time the hidden corner was pressed, -1 if not

    void apply(const StaffIntent& i);
    void load_view();
    void audit(const std::string& action, const std::string& detail);
    void roll_back(const std::string& file);
    void export_figures_to_stick();
};

} // namespace kiosk
