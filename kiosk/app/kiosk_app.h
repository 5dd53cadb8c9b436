// The kiosk program: one window, one content bundle, one session, and the frame loop that draws
// only when something changed. The app wires its parts together; each part does one job:
// ContentHost (the bundle, updates, rollback), StaffController (the staff panel), AttractScreen
// (the picker while nobody uses the kiosk), ScreenReader (reading aloud), ScreenLookup (what the
// screens show), FrameBuilder (Dear ImGui and drawing), and frame_schedule.h (when to draw).
#pragma once
#include "app/attract_screen.h"
#include "app/content_host.h"
#include "app/frame_builder.h"
#include "app/options.h"
#include "app/screen_lookup.h"
#include "app/screen_reader.h"
#include "app/service_watchdog.h"
#include "app/slip_printer.h"
#include "app/staff_controller.h"
#include "core/operations/kiosk_config.h"
#include "core/screen/frame_schedule.h"
#include "core/visit/session.h"
#include "platform/window.h"
#include "ui/ui_frame.h"

#include <cstdint>
#include <memory>
#include <string>

namespace kiosk {

class Pictograms;

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
    const ItemRegistry& registry() const { return frame_.registry(); }
    float px_per_mm() const { return frame_.touch().px_per_mm(); } // the screen's, as touch sizes use it
    const TextEngine* text() const { return frame_.text(); }
    const std::string& content_error() const { return host_.error(); }
    bool reading_aloud() const { return reader_.active(); }
    std::string spoken_word() const; // the word highlighted as it is read aloud, empty when none

  private:
    AppOptions options_;
    KioskConfig config_;
    Clock& clock_;
    // Members are destroyed in reverse order, and that order matters:
    // - the window (and GLFW with it) goes last: the GL textures of the frame builder and the
    //   pictograms need its context, and the updater's and the reader's threads wake the loop
    //   through GLFW until their owners (host_, reader_) have joined them;
    // - the session and the pictograms read host_'s store, the staff controller its state
    //   database: they go before it.
    Window window_;
    FrameBuilder frame_; // Dear ImGui and the text engine: shut down before the window
    ContentHost host_;   // joins the updater's thread
    std::unique_ptr<Session> session_;
    std::unique_ptr<Pictograms> pictograms_;
    ScreenReader reader_; // joins the reader's thread
    ScreenLookup lookup_;
    AttractScreen attract_;
    ScreenData data_;       // what the screens show; staff_ keeps data_.staff
    StaffController staff_; // refers to host_ and data_
    ServiceWatchdog watchdog_;
    std::unique_ptr<SlipPrinter> printer_; // once the window is open: its thread wakes the loop through GLFW

    void start_session();
    void open_pictograms();
    bool handle_updates(); // true when it loaded new content, which is then owed a frame
    void reload_content();
    void refresh();          // after the visit changed: what the screens show
    void print_screen();     // the Print button: this screen's slip to the printer
    bool print_test();       // the staff panel's test slip; false when it could not be sent
    void follow_printer();   // a slip done, the printer's state read: what the screens show of it
    bool attract_on() const; // the picker with no visit: the welcome cycles through the languages
    FrameSources sources();
    FrameTimers timers() const; // from now
    bool draw(const Pointer* scripted, const FrameDecision& d);
    const std::string& shown_language() const;
};

} // namespace kiosk
