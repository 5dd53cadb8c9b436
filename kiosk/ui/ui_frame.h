// What every screen gets to draw one frame: the state to show (read-only), where to put its
// intents, and the shared look (fonts, colours, scale). Screens hold no state of their own.
#pragma once
#include "core/content/content_store.h"
#include "core/content/dated_content.h"
#include "core/language/glossary.h"
#include "core/language/i18n.h"
#include "core/operations/staff_panel.h"
#include "core/screen/item_registry.h"
#include "core/screen/layout_check.h"
#include "core/screen/screen_density.h"
#include "core/screen/theme_colors.h"
#include "core/screen/touch_scroll.h"
#include "core/speech/read_aloud.h"
#include "core/storage/state_store.h"
#include "core/update/bundle_install.h"
#include "core/update/stick_file.h"
#include "core/visit/print_notice.h"
#include "core/visit/service_text.h"
#include "core/visit/session.h"
#include "text/text_engine.h"

#include <algorithm>
#include <cmath>
#include <imgui.h>
#include <string>
#include <vector>

namespace kiosk {

class Pictograms;
class QrCodes;

// Text sizes in pixels at the screen's density and the visitor's text size, drawn by the TextEngine.
struct Fonts {
    TextStyle caption{24, false}; // names on the emergency strip
    TextStyle small{28, false};   // notes, dates, sources
    TextStyle body{34, false};    // advice, buttons
    TextStyle title{46, true};    // questions, headings
    TextStyle huge{50, true};     // phone numbers on the strip
};

// Font sizes for the visitor's text size (Visit::text_size): buttons and cards grow with their text.
inline Fonts scaled(const Fonts& f, int text_size) {
    static constexpr float factor[text_size_count] = {1, 1.25f, 1.5f};
    float k = factor[std::clamp(text_size, 0, text_size_count - 1)];
    auto px = [k](TextStyle s) {
        return TextStyle{static_cast<int>(std::lround(static_cast<float>(s.px) * k)), s.bold};
    };
    return {px(f.caption), px(f.small), px(f.body), px(f.title), px(f.huge)};
}

// The colours of theme_colors.h, where the contrast test checks them, as Dear ImGui wants them.
struct Theme {
    ImU32 background = 0, panel = 0, text = 0, muted = 0, accent = 0, on_accent = 0, chosen = 0, border = 0,
          pressed = 0, danger = 0, on_danger = 0, highlight = 0, overlay = 0;
    bool dark = false; // pictograms in their light variant
};

inline Theme make_theme(const ThemeColors& c) {
    auto col = [](Rgb v, uint8_t alpha = 0xFF) { return IM_COL32(v.r, v.g, v.b, alpha); };
    return {col(c.background),
            col(c.panel),
            col(c.text),
            col(c.muted),
            col(c.accent),
            col(c.on_accent),
            col(c.chosen),
            col(c.border),
            col(c.pressed),
            col(c.danger),
            col(c.on_danger),
            col(c.highlight),
            col(c.overlay, c.overlay_alpha),
            c.dark};
}

// A number on the emergency strip.
struct StripEntry {
    std::string number, name;
    std::string pictogram; // an asset name; none without content, as the assets are in the bundle
};

// What the staff panel shows, read when it opens and after each staff action.
struct StaffView {
    const StaffPanel* panel = nullptr;
    std::vector<StringCoverage> coverage;
    std::vector<Ending> ending;             // dated content ending or due for review within 60 days
    std::vector<InstalledBundle> installed; // newest first
    std::string current_file;
    std::vector<StickFile> sticks;
    std::vector<LogEntry> updates; // newest first
    std::optional<GeoPoint> location;
    std::optional<double> facing;
    int64_t idle_seconds = 0;
    std::vector<std::string> config_problems; // settings the configuration file got wrong: at their defaults
    std::string printer;                      // the CUPS queue's name; empty: no printer configured
    std::string printer_state;                // a staff string key: staff.printer.ready ...
    std::string printer_reasons;              // what CUPS said, as it said it
};

// What the app looked up when the visit last changed, so screens never query in a frame.
struct ScreenData {
    std::vector<std::pair<std::string, std::string>>
        greetings; // per enabled language: its own "choose your language"
    std::vector<StripEntry> strip;
    std::vector<std::string> categories;  // for browsing where a language has no keyboard
    std::vector<Service> result_services; // the current result's
    std::optional<Service> service;       // the service screen's
    std::vector<Service> search_results;  // the search screen's: for what was typed
    std::vector<Service> list;            // the list screen's: its category, filtered, nearest first
    bool list_is_cut = false;             // there are more, further away
    bool list_soonest = false;            // nothing is open now: the list holds those opening soonest
    size_t list_unrecorded = 0;           // how many more places lack what the filters ask; 0 if none
    bool unavailable = false;             // the bundle could not give the services above: the screen says so
    std::string notice;                   // on the picker after new content arrived: its id and version
    std::string welcome, welcome_lang;    // the picker's attract line and its language; empty during a visit
    bool can_read_aloud = false;          // a voice for the visitor's language and something to read
    bool reading_aloud = false;           // being prepared or read: the speaker button shows it held
    std::vector<ReadingPart> reading;     // what is being read, each part as drawn
    std::optional<SpokenWord> spoken;     // the word being read now, highlighted where it is drawn
    bool can_print = false;               // a printer is configured and this screen has a slip
    PrintNotice print;                    // a slip being printed, or what became of it
    StaffView staff;
};

struct UiFrame {
    const ContentStore* store = nullptr; // null when no usable content could be opened
    const Session* session = nullptr;
    const Strings* strings = nullptr;
    const ScreenData* data = nullptr;
    ItemRegistry* registry = nullptr;
    Pictograms* pictograms = nullptr;
    QrCodes* qr = nullptr;
    std::vector<Intent>* intents = nullptr;
    std::vector<StaffIntent>* staff_intents = nullptr;
    TextEngine* text = nullptr;
    TouchScroll* touch = nullptr; // the finger: a tap or a drag, and the scrolling areas it moves
    Glossary* glossary = nullptr; // the visitor's language's glossary words, found once per text
    Fonts fonts;
    Fonts bar_fonts; // the top bar's and the emergency strip's: one size whatever the visitor's, so they stay
                     // put
    Theme theme = make_theme(normal_theme());
    std::string title;       // the top bar's: where the visit is
    Here here;               // the kiosk's local time and which way its visitors face
    float strip_height = 0;  // the emergency strip's, measured before the screens lay out
    bool rtl = false;        // the visitor's language is written right to left: the whole screen mirrors
    bool new_screen = false; // the first frame of a screen the visitor went on to: its areas start at the top
    float scale = 1;         // margins and gaps: 1 on a 21.5-inch 1920x1080 panel, less where room is short
    float text_scale = 1;    // what the fonts are sized by: the screen's density against that panel's
    ImVec2 size;             // the framebuffer, in pixels

    float px(float at_1080p) const { return at_1080p * scale; }
    float mm(float millimetres) const {
        return millimetres * text_scale * default_px_per_mm;
    } // on the screen
    // The screen in the units of a 21.5-inch 1920x1080 panel's text: what fits in words.
    ImVec2 room() const { return ImVec2(size.x / text_scale, size.y / text_scale); }
    bool narrow() const { return room().x < narrow_room; } // a phone or a 7-inch panel upright
    bool low() const { return room().y < 900; }            // a tablet on its side: little height for the bars
    std::string tr(const char* key) const { return strings->get(key); }
    std::string tr(const std::string& key) const { return strings->get(key); }
    std::string tr_plural(const char* key, uint64_t n) const { return strings->get_plural(key, n); }
    void emit(Intent i) const { intents->push_back(std::move(i)); }
    BaseDirection direction() const { return rtl ? BaseDirection::Rtl : BaseDirection::Ltr; }
    // Where a box of width w placed at x in a left-to-right layout goes on this screen.
    float mirror_x(float x, float w) const { return rtl ? size.x - x - w : x; }
};

// The screens, one function each; all draw into the current full-screen ImGui window.
void draw_top_bar(UiFrame& f);
float top_bar_height(UiFrame& f);
void draw_emergency_strip(UiFrame& f, const std::string& label);
float emergency_strip_height(UiFrame& f, const std::string& label);
void draw_language_screen(UiFrame& f);
void draw_topics_screen(UiFrame& f);
void draw_question_screen(UiFrame& f);
void draw_result_screen(UiFrame& f);
void draw_service_screen(UiFrame& f);
void draw_hotline_screen(UiFrame& f);
void draw_search_screen(UiFrame& f);
void draw_list_screen(UiFrame& f);
void draw_idle_prompt(UiFrame& f);
void draw_glossary_sheet(UiFrame& f); // the open glossary word's explanation, over the screen
void draw_print_notice(UiFrame& f);   // "Printing...", "Take your slip" or why not, over the screen
void draw_staff_screen(UiFrame& f);
void draw_message_screen(UiFrame& f, const std::string& reason);

// The content area between the top bar and the emergency strip.
ImVec2 content_min(UiFrame& f);
ImVec2 content_max(UiFrame& f);

} // namespace kiosk
