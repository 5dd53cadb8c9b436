// The kiosk program: one window, one content bundle, one session, and the frame loop that draws
// only when something changed.
#pragma once
#include "content_store.h"
#include "item_registry.h"
#include "kiosk_config.h"
#include "options.h"
#include "qr_code.h"
#include "session.h"
#include "state_store.h"
#include "ui_frame.h"
#include "window.h"

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
    int64_t next_deadline_ms() const { return session_ ? session_->next_deadline_ms() : INT64_MAX; }
    bool handle_key_chord(const std::string& chord); // false: the kiosk ignores it
    void screenshot(const std::string& path);

    const ItemRegistry& registry() const { return registry_; }
    const TextEngine* text() const { return text_.get(); }
    const std::string& content_error() const { return content_error_; }

  private:
    AppOptions options_;
    KioskConfig config_;
    Clock& clock_;
    Window window_;
    std::unique_ptr<ContentStore> store_;
    std::unique_ptr<StateStore> state_;
    std::unique_ptr<Session> session_;
    std::unique_ptr<Pictograms> pictograms_;
    std::unique_ptr<TextEngine> text_;
    QrCodes qr_codes_;
    std::string content_error_;
    std::string strings_lang_;
    Strings strings_;
    ScreenData data_;
    std::string welcome_; // "Bienvenue", in the kiosk's language: the picker's title
    ItemRegistry registry_;
    std::vector<Intent> intents_;
    Fonts fonts_;
    float scale_ = 1;
    int width_ = 0, height_ = 0;

    void open_content();
    void open_state();
    void init_imgui();
    void load_greetings();
    void refresh(); // after the visit changed: language strings and what the screens show
    void build_ui();
    std::string title() const;
    const std::string& shown_language() const;
};

} // namespace kiosk
