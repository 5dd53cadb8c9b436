// The kiosk program: one window, one content bundle, one session, and the frame loop that draws
// only when something changed.
#pragma once
#include "content_failures.h"
#include "content_store.h"
#include "item_registry.h"
#include "kiosk_config.h"
#include "options.h"
#include "partial_present.h"
#include "qr_code.h"
#include "read_aloud_player.h"
#include "screen_density.h"
#include "service_watchdog.h"
#include "session.h"
#include "staff_lock.h"
#include "staff_panel.h"
#include "state_store.h"
#include "touch_scroll.h"
#include "ui_frame.h"
#include "usb_updater.h"
#include "window.h"

#include <cstdint>
#include <memory>
#include <string>

namespace kiosk {

class Pictograms;

struct Pointer {
    float x = -1, y = -1;
    bool down = false;
};

class KioskApp {
  public:
    KioskApp(const AppOptions& options, const KioskConfig& config, Clock& clock);
    ~KioskApp();

    // Opens the content (a failure there is shown on screen, not thrown), then the window.
    // Throws std::runtime_error when there is no display or the language is unknown.
    void start();
    void run(); // the event loop, until the window is closed

    // One frame: build the screens, apply what was tapped, render. A scripted pointer replaces
    // the real mouse (the script driver); pass null for real input.
    bool frame(const Pointer* scripted);       // true when input arrived: draw a few more frames
    bool build_frame(const Pointer* scripted); // frame() without the GL rendering: what benchmarks time
    void present();
    void tick();
    int64_t next_deadline_ms() const; // the next timer: idle prompt, countdown, a notice to take down
    // Waits (real time, at most timeout_ms) until sticks have been scanned and what was found
    // handled, then applies it as the frame loop would. The script driver's `settle`.
    void settle_background(int64_t timeout_ms);
    void screenshot(const std::string& path);

    // No key does anything in the kiosk: nothing handles them. The script driver sends keys to the
    // window through the X server and checks that they arrived and that the window stays open.
    Window& window() { return window_; }
    const ItemRegistry& registry() const { return registry_; }
    const TextEngine* text() const { return text_.get(); }
    const std::string& content_error() const { return content_error_; }
    bool reading_aloud() const { return reader_ && reader_->active(); }
    std::string spoken_word() const; // the word highlighted as it is read aloud, empty when none

  private:
    AppOptions options_;
    KioskConfig config_;
    Clock& clock_;
    Window window_;
    PartialPresent redraw_; // draws and shows only what changed
    std::unique_ptr<ContentStore> store_;
    std::unique_ptr<StateStore> state_;
    std::unique_ptr<Session> session_;
    std::unique_ptr<Pictograms> pictograms_;
    std::unique_ptr<UsbUpdater> updater_;
    std::unique_ptr<ReadAloudPlayer> reader_;
    std::vector<ReadingPart> screen_reading_; // what the speaker button would read on this screen
    Speech recorded_reading_;           // its recorded clips, where espeak-ng has no voice for the language
    bool reload_pending_ = false;       // a new bundle is current: switch when no visit is under way
    std::string open_file_;             // the installed bundle being shown: never pruned while open
    std::string notice_;                // "content updated", shown on the picker for a while
    int64_t notice_until_ms_ = 0;       // elapsed time
    uint64_t shown_drawn_ = UINT64_MAX; // Session::shown() of the last frame: another starts at the top
    bool prompt_pressed_ = false;       // a finger went down on the "Still there?" prompt, is still down
    std::unique_ptr<TextEngine> text_;
    QrCodes qr_codes_;
    std::string content_error_;
    ContentFailures failures_; // what the bundle could not give a screen, logged once each
    std::string strings_lang_;
    Glossary glossary_;     // the words of strings_lang_, found in each text once
    std::string strip_day_; // the Paris day the strip was listed for: lines have dates
    Strings strings_;
    ScreenData data_;
    std::string welcome_; // "Bienvenue", in the kiosk's language: the picker's title
    std::vector<std::pair<std::string, std::string>> welcomes_; // (language, its welcome): the attract line
    bool attract_was_on_ = false;
    int64_t attract_since_ms_ = 0; // elapsed time the picker was last left alone
    ServiceWatchdog watchdog_;
    ItemRegistry registry_;
    TouchScroll touch_{default_px_per_mm}; // measured when the window opens
    std::vector<Intent> intents_;
    StaffPanel staff_;
    std::unique_ptr<StaffLock> staff_lock_;
    std::vector<StaffIntent> staff_intents_;
    int64_t corner_press_start_ms_ = -1; // elapsed time the hidden corner was pressed, -1 if not
    Fonts fonts_;
    float scale_ = 1;
    int width_ = 0, height_ = 0;

    void open_content();
    void open_state();
    void start_updates();
    void handle_updates();
    void reload_content();
    void start_session();
    void staff_corner(UiFrame& f);
    void draw_staff_overlay(UiFrame& f, int flags);
    void draw_glossary_over(UiFrame& f, int flags);
    void load_staff_view();
    void apply_staff(const StaffIntent& i);
    void staff_audit(const std::string& action, const std::string& detail);
    void staff_rollback(const std::string& file);
    void staff_export();
    void init_imgui();
    void load_greetings();
    bool attract_on() const; // the picker with no visit: the welcome cycles through the languages
    void follow_attract();   // which welcome shows now, into data_
    void refresh();          // after the visit changed: language strings and what the screens show
    void look_up_visit(const std::string& today);
    void log_failure(const DbError& e);
    void build_ui();
    void follow_screen_reading();
    void follow_reading(const std::vector<Intent>& intents, bool pressed_elsewhere);
    std::string title() const;
    size_t unrecorded_count(const Visit& v) const;
    const std::string& shown_language() const;
};

} // namespace kiosk
