// The few widgets every screen is made of: a big touch button and blocks of wrapped text.
// Both register themselves with the item registry when visible, so the script driver and
// the tests see exactly what a visitor sees. Text goes through the TextEngine: shaped,
// bidi-ordered, wrapped by the Unicode rules, aligned to the reading direction.
#pragma once
#include "core/language/ui_keys.h"
#include "ui/ui_frame.h"

#include <string>
#include <vector>

namespace kiosk {

struct ButtonLook {
    ImU32 fill = 0, text = 0, border = 0;
    TextStyle font;
    std::string pictogram;         // asset name, may be empty
    float pictogram_size = 0;      // pixels; 0 hides it
    bool pictogram_above = false;  // tiles: pictogram on top, label centred below
    bool pictogram_beside = false; // tiles: before the label's first line instead, where it fits
    bool mirror_pictogram = false; // arrows that must point the reading way
    bool chosen = false;           // the answer given before, when coming back
    std::string sublabel;          // a second, smaller line
    TextStyle sublabel_font;       // set by plain_look: the small size
    float sublabel_room = 0;       // tiles in a row: the tallest sublabel's height, so labels line up
};

ButtonLook plain_look(const UiFrame& f);  // white card, dark text
ButtonLook accent_look(const UiFrame& f); // filled with the accent colour

// A button of this size at this screen position; true when tapped (pressed and released on it
// without dragging: a drag scrolls, it never taps). id is the stable id (topic.shelter,
// nav.back ...). The position is final: callers mirror it for right-to-left screens.
bool button(UiFrame& f, const std::string& id, const std::string& label, ImVec2 pos, ImVec2 size,
            const ButtonLook& look);

// The height a button with its pictogram above (a tile) of this width needs for all its text.
float tile_height(UiFrame& f, const std::string& label, const ButtonLook& look, float width);

// The style a text is drawn in at this width: a word longer than the line is drawn smaller
// rather than broken or cut (on a phone at the largest size, "Hébergement" or "116 006" can be
// wider than the screen). A label (six words and 48 characters at most, no line break) shrinks as
// far as it must; running text by a quarter at most, then breaks the word. text_height and every
// drawing function use it: what is measured is what is drawn.
TextStyle fitting(UiFrame& f, TextStyle style, const std::string& text, float width);
float text_height(UiFrame& f, TextStyle style, const std::string& text, float width);
float text_width(UiFrame& f, TextStyle style, const std::string& text); // on one line
// Its widest run with no break opportunity: in a narrower box, a label is drawn smaller (fitting).
float widest_word(UiFrame& f, TextStyle style, const std::string& text);

// Draws wrapped text in a box of this width at a screen position, registers it, returns the height.
float text_at(UiFrame& f, TextStyle style, ImU32 color, const std::string& text, ImVec2 pos, float width,
              Align align = Align::Start);

// Draws wrapped text at the cursor of the current window and moves the cursor below it.
void text_flow(UiFrame& f, TextStyle style, ImU32 color, const std::string& text, float width);

// The same for a text a visitor reads to know what to do (advice, a question, what a service or a
// line is for): its glossary words are underlined, and a tap on one opens its explanation.
float marked_text_at(UiFrame& f, TextStyle style, ImU32 color, const std::string& text, ImVec2 pos,
                     float width);
void marked_text_flow(UiFrame& f, TextStyle style, ImU32 color, const std::string& text, float width);
// Registers a drawn item for the script driver and layout checks: its visible part, and whether a
// scrolling area cuts it on purpose.
void register_item(UiFrame& f, const std::string& id, ImVec2 pos, ImVec2 size);
// The QR code to take a page along, at the cursor in a column (on its right for right-to-left),
// at most `largest` wide, with its caption under it.
void take_along_code(UiFrame& f, const std::string& id, const std::string& payload, float width,
                     float largest);

std::string join_lines(const std::vector<std::string>& lines); // one below the other

// A card's height for a label over smaller lines, in a card of this width.
float card_height(UiFrame& f, const std::string& label, const std::string& sub, float width);
// Services as tappable cards at the cursor of the current window, one under the other.
void draw_service_cards(UiFrame& f, const std::vector<Service>& services, float width);

// A child window that scrolls by dragging as well as by the wheel, and coasts on after a flick.
// When its content runs past its bottom, a cue under it (id more.<name>) says so until the end
// is reached, and scrolls on when tapped.
void begin_scroll_area(UiFrame& f, const char* name, ImVec2 pos, ImVec2 size);
void end_scroll_area(UiFrame& f);

// n cells of at most max_w by h, centred in [min, max] with gap between them, in reading order
// (from the right on right-to-left screens).
struct Grid {
    std::vector<ImVec2> cells; // top-left corners
    ImVec2 cell_size;
};
// How many columns, at most `most`, leave each at least `least` wide in `width`: one at the least.
int columns_for(float width, float least, float gap, int most);
Grid grid(const UiFrame& f, int n, ImVec2 min, ImVec2 max, float max_w, float h, float gap, int max_columns);

} // namespace kiosk
