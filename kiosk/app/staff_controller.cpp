#include "app/staff_controller.h"

#include "core/content/dated_content.h"
#include "core/lint/lint_dates.h"
#include "core/storage/figures_export.h"

#include <climits>
#include <utility>

namespace kiosk {

StaffController::StaffController(ContentHost& host, const Clock& clock, const AppOptions& options,
                                 const KioskConfig& config, StaffView& view, Actions actions)
    : host_(host), clock_(clock), data_dir_(options.data_dir), usb_roots_(options.usb_roots), config_(config),
      view_(view), actions_(std::move(actions)) {
    view_.panel = &panel_;
}

void StaffController::start() {
    if (host_.state()) lock_ = std::make_unique<StaffLock>(*host_.state(), clock_, config_.staff_pin_hash);
}

// The press is timed on the kiosk's clock, and a timer wakes the loop when it has lasted long
// enough, so nothing needs to move under the finger.
void StaffController::corner(bool activated, bool held) {
    if (activated) press_start_ms_ = clock_.elapsed_ms();
    if (!held)
        press_start_ms_ = -1;
    else if (press_start_ms_ >= 0 && clock_.elapsed_ms() - press_start_ms_ >= staff_press_ms)
        intents_.push_back({StaffIntent::Kind::Open});
}

int64_t StaffController::press_due_ms() const {
    return press_start_ms_ >= 0 ? press_start_ms_ + staff_press_ms : INT64_MAX;
}

int64_t StaffController::timeout_due_ms() const {
    return panel_.open() ? panel_.last_touch_ms + staff_panel_timeout_ms : INT64_MAX;
}

void StaffController::tick() {
    if (panel_.open() && clock_.elapsed_ms() >= timeout_due_ms()) {
        audit("panel closed", "left alone");
        staff_close(panel_);
    }
}

bool StaffController::apply_intents() {
    std::vector<StaffIntent> frame = std::exchange(intents_, {});
    for (const StaffIntent& i : frame) apply(i);
    return !frame.empty();
}

void StaffController::apply(const StaffIntent& i) {
    panel_.last_touch_ms = clock_.elapsed_ms();
    switch (i.kind) {
    case StaffIntent::Kind::Open:
        staff_open(panel_, clock_.elapsed_ms());
        press_start_ms_ = -1;
        break;
    case StaffIntent::Kind::Key:
        staff_key(panel_, i.arg.empty() ? ' ' : i.arg[0]);
        break;
    case StaffIntent::Kind::Backspace:
        staff_backspace(panel_);
        break;
    case StaffIntent::Kind::Submit:
        if (lock_)
            staff_submit(panel_, *lock_);
        else
            staff_unrecorded(panel_); // no state database: no count to check a PIN against
        break;
    case StaffIntent::Kind::Close:
        if (panel_.page == StaffPanel::Page::Main || panel_.page == StaffPanel::Page::NewPin)
            audit("panel closed", "");
        staff_close(panel_);
        break;
    case StaffIntent::Kind::Rollback:
        roll_back(i.arg);
        break;
    case StaffIntent::Kind::Export:
        export_figures_to_stick();
        break;
    case StaffIntent::Kind::ChangePin:
        staff_change_pin(panel_);
        break;
    case StaffIntent::Kind::Exit:
        audit("exit to desktop", "");
        actions_.exit();
        break;
    case StaffIntent::Kind::PrintTest:
        if (panel_.page != StaffPanel::Page::Main) break;
        if (actions_.print_test()) {
            audit("test slip sent", "");
            panel_.message = "staff.test_slip_sent";
        } else {
            panel_.message = "staff.test_slip_refused";
        }
        break;
    }
    if (panel_.page == StaffPanel::Page::Main) load_view();
}

void StaffController::load_view() {
    const ContentStore* store = host_.store();
    BundleInstaller installer(data_dir_);
    view_.panel = &panel_;
    view_.coverage = store ? store->coverage() : std::vector<StringCoverage>{};
    view_.ending = store ? ending_soon(dated_content(*store), local_date(clock_.now_ms()), lint_warn_days)
                         : std::vector<Ending>{};
    view_.installed = installer.installed();
    view_.current_file = installer.current_file();
    view_.sticks = find_stick_bundles(usb_roots_);
    view_.updates = host_.state() ? host_.state()->update_log(8) : std::vector<LogEntry>{};
    view_.location = config_.location ? config_.location
                     : store          ? store->meta().kiosk_location
                                      : std::nullopt;
    view_.facing = config_.facing;
    view_.idle_seconds = config_.times.idle_after_ms / 1000;
    view_.config_problems = config_.problems;
    actions_.check_printer(); // read on the printing thread: the panel shows it when it comes
}

void StaffController::audit(const std::string& action, const std::string& detail) {
    host_.write_state([&](StateStore& s) { s.audit(utc_timestamp(clock_.now_ms()), action, detail); });
}

void StaffController::roll_back(const std::string& file) {
    if (panel_.page != StaffPanel::Page::Main) return;
    std::string from = BundleInstaller(data_dir_).current_file();
    std::optional<BundleClaim> claim = host_.roll_back_to(file);
    if (!claim) return;
    audit("rollback", from + " -> " + file);
    actions_.reload();
    panel_.message = "staff.rolled_back";
    panel_.detail = format_claim(*claim);
}

// Figures go to the first stick that carries a kiosk folder, beside it.
void StaffController::export_figures_to_stick() {
    if (panel_.page != StaffPanel::Page::Main || !host_.state()) return;
    std::vector<std::string> folders = find_stick_folders(usb_roots_);
    if (folders.empty()) {
        panel_.message = "staff.need_stick";
        return;
    }
    try {
        std::string file = export_figures(*host_.state(), folders.front());
        audit("figures exported", folders.front() + "/" + file);
        panel_.message = "staff.exported";
        panel_.detail = file;
    } catch (const std::exception& e) {
        panel_.message = "staff.export_failed";
        panel_.detail = e.what();
    }
}

void StaffController::note(const std::string& message, const std::string& detail) {
    if (panel_.page != StaffPanel::Page::Main) return;
    panel_.message = message;
    panel_.detail = detail;
}

} // namespace kiosk
