// One frame on the kiosk's window: Dear ImGui and the text engine set up on the window's GL
// context, the pointer read (or the script driver's), the screens built from what the app's parts
// hold, and the result drawn whole or only where it changed. The screens' intents are collected
// here; carrying them out is the app's.
#pragma once
#include "app/staff_controller.h"
#include "core/operations/kiosk_config.h"
#include "core/screen/item_registry.h"
#include "core/screen/screen_density.h"
#include "core/screen/touch_scroll.h"
#include "core/time/clock.h"
#include "platform/partial_present.h"
#include "platform/window.h"
#include "ui/qr_code.h"
#include "ui/ui_frame.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kiosk {

class Pictograms;

struct Pointer {
    float x = -1, y = -1;
    bool down = false;
};

// What a frame draws, from the app's parts.
struct FrameSources {
    const ContentStore* store = nullptr; // null: the no-content screen, with content_error
    const Session* session = nullptr;
    const Strings* strings = nullptr;
    const ScreenData* data = nullptr;
    Pictograms* pictograms = nullptr;
    Glossary* glossary = nullptr;
    StaffController* staff = nullptr;
    std::string title;         // the top bar's
    std::string content_error; // why no content could be opened
    bool rtl = false;          // the language shown is written right to left
    Here here;
};

// What the pointer did this frame, read before the screens are built.
struct FrameInput {
    bool input = false;             // a touch, a drag, a wheel, a finger held: draw a few more frames
    bool touched = false;           // pressed or released: the visit is not idle
    bool pressed_elsewhere = false; // pressed anywhere but on the speaker button
};

class FrameBuilder {
  public:
    FrameBuilder(Window& window, const Clock& clock);
    ~FrameBuilder(); // shuts Dear ImGui down: before the window's GL context goes
    FrameBuilder(const FrameBuilder&) = delete;
    FrameBuilder& operator=(const FrameBuilder&) = delete;

    // Once the window is open: Dear ImGui, the text engine, the scale and the touch sizes.
    void open(const KioskConfig& config);

    void begin_gl(); // before begin() when the frame is to be drawn
    // session: where the "Still there?" prompt shows; a press on it holds it until released.
    FrameInput begin(const Pointer* scripted, const Session* session);
    void build(const FrameSources& s);
    void end();
    void render(bool in_part); // the built frame into the back buffer
    void present();            // and onto the window
    void screenshot(const std::string& path) const;

    void new_session();  // its first screen starts at its top
    void forget_drawn(); // new textures: nothing drawn before can be kept
    // A visit ended (or the content changed under it): before the next frame the paragraph cache lets
    // go of every text laid out, the visit's among them, and the free heap pages go back to the system.
    void forget_visit();

    std::vector<Intent>& intents() { return intents_; }
    const ItemRegistry& registry() const { return registry_; }
    const TextEngine* text() const { return text_.get(); }
    const TouchScroll& touch() const { return touch_; }
    float scale() const { return scale_; }
    bool finger_down() const; // at the end of the last frame

  private:
    Window& window_;
    const Clock& clock_;
    PartialPresent redraw_;            // draws and shows only what changed
    std::unique_ptr<TextEngine> text_; // its glyph atlas is a GL texture
    QrCodes qr_codes_;
    ItemRegistry registry_;
    TouchScroll touch_{default_px_per_mm}; // measured when the window opens
    std::vector<Intent> intents_;
    Fonts fonts_;
    float scale_ = 1;      // margins and gaps: tighter where the screen has little room
    float text_scale_ = 1; // text and targets: the screen's density against a 21.5-inch panel's
    int width_ = 0, height_ = 0;
    int atlas_rows_logged_ = 0;         // the glyph atlas's height last told to the log
    uint64_t shown_drawn_ = UINT64_MAX; // Session::shown() of the last frame: another starts at the top
    bool prompt_pressed_ = false;       // a finger went down on the "Still there?" prompt, is still down
    bool visit_forgotten_ = false;      // forget_visit() was called: the next begin() drops the visit's text

    void release_visit_memory();
    UiFrame ui_frame(const FrameSources& s, const std::string& strip_label);
    void build_screen(UiFrame& f, const FrameSources& s, int flags, const std::string& strip_label);
    void staff_corner(UiFrame& f, StaffController& staff);
    void draw_staff_overlay(UiFrame& f, const StaffController& staff, int flags);
    void draw_over_content(UiFrame& f, int flags, const char* name, void (*draw_sheet)(UiFrame&));
    void draw_idle_prompt_over(UiFrame& f, int flags, const std::string& strip_label);
};

} // namespace kiosk
