#include "ui/widgets.h"

#include <algorithm>

namespace kiosk {

namespace {

constexpr float bar_h = 120, title_row_h = 84, margin = 48, button_h = 88, gap = 24, icon_w = 110;

struct NavButton {
    const char *id, *key, *pictogram; // key: the word beside the pictogram, null for none
    Intent::Kind intent;
    bool chosen;
};

// Back first in reading order; from the far end the speaker (where the visitor's language can be
// read aloud), the text size and the contrast (on every screen, the picker too), then Language,
// Home and Search.
std::vector<NavButton> far_end_buttons(const UiFrame& f) {
    const Visit& v = f.session->visit();
    bool visiting = !v.lang.empty();
    Screen on = f.session->screen();
    std::vector<NavButton> out = {
        {"nav.textsize", nullptr, "textsize", Intent::Kind::CycleTextSize, v.text_size != 0},
        {"nav.contrast", nullptr, "contrast", Intent::Kind::ToggleContrast, v.high_contrast}};
    if (f.data && f.data->can_read_aloud)
        out.insert(out.begin(),
                   {"nav.speak", nullptr, "speak", Intent::Kind::ReadAloud, f.data->reading_aloud});
    if (visiting && on != Screen::Language)
        out.push_back({"nav.lang", ui_key::language, "language", Intent::Kind::OpenLanguages, false});
    if (visiting && on != Screen::Topics)
        out.push_back({"nav.home", ui_key::home, "home", Intent::Kind::Home, false});
    if (visiting && on != Screen::Search)
        out.push_back({"nav.search", nullptr, "search", Intent::Kind::OpenSearch, false});
    return out;
}

float button_width(UiFrame& f, const char* key, bool words) {
    if (!key || !words) return f.px(icon_w);
    return std::max(f.px(220), text_width(f, f.bar_fonts.body, f.tr(key)) + f.px(56) + f.px(64));
}

// Whether the buttons with their words leave room for a title: portrait screens put the buttons
// alone on the first row, as pictograms, and the title on a row of its own below.
bool narrow(UiFrame& f) {
    if (!f.session) return false;       // no content: no bar, only the plain message
    float used = f.px(gap) + f.px(360); // the title's least width
    if (f.session->visit().steps.size() > 1) used += button_width(f, ui_key::back, true) + f.px(gap);
    for (const NavButton& b : far_end_buttons(f)) used += button_width(f, b.key, true) + f.px(gap);
    return used > f.size.x;
}

float bar_height(UiFrame& f) {
    return f.px(bar_h) + (narrow(f) ? f.px(title_row_h) : 0);
}

} // namespace

ImVec2 content_min(UiFrame& f) {
    return ImVec2(f.px(margin), bar_height(f) + f.px(24));
}
ImVec2 content_max(UiFrame& f) {
    return ImVec2(f.size.x - f.px(margin), f.size.y - f.strip_height - f.px(24));
}

void draw_top_bar(UiFrame& f, const std::string& title) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool two_rows = narrow(f);
    float h = bar_height(f);
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(f.size.x, h), f.theme.panel);
    dl->AddLine(ImVec2(0, h), ImVec2(f.size.x, h), f.theme.border, f.px(2));

    ButtonLook look = plain_look(f);
    look.font = f.bar_fonts.body;
    look.pictogram_size = f.px(56);
    float y = (f.px(bar_h) - f.px(button_h)) / 2;
    float left = f.px(gap), right = f.size.x - f.px(gap);
    if (f.session->visit().steps.size() > 1) {
        float w = button_width(f, ui_key::back, !two_rows);
        look.pictogram = "back";
        look.pictogram_above = two_rows; // centres the arrow when it has no word
        look.mirror_pictogram = f.rtl;   // Back points the way the visitor reads from
        if (button(f, "nav.back", two_rows ? "" : f.tr(ui_key::back), ImVec2(f.mirror_x(left, w), y),
                   ImVec2(w, f.px(button_h)), look))
            f.emit({Intent::Kind::Back});
        left += w + f.px(gap);
        look.mirror_pictogram = false;
    }
    for (const NavButton& b : far_end_buttons(f)) {
        float w = button_width(f, b.key, !two_rows);
        right -= w;
        look.pictogram = b.pictogram;
        look.pictogram_above = !b.key || two_rows;
        look.chosen = b.chosen;
        std::string label = b.key && !two_rows ? f.tr(b.key) : "";
        if (button(f, b.id, label, ImVec2(f.mirror_x(right, w), y), ImVec2(w, f.px(button_h)), look))
            f.emit({b.intent});
        right -= f.px(gap);
    }
    if (two_rows) left = f.px(margin), right = f.size.x - f.px(margin);
    float w = right - left, row_y = two_rows ? f.px(bar_h) - f.px(12) : 0,
          row_h = two_rows ? f.px(title_row_h) : f.px(bar_h);
    TextStyle style = f.text->layout(title, f.bar_fonts.title, w, f.direction()).lines.size() <= 1
                          ? f.bar_fonts.title
                          : f.bar_fonts.body;
    float th = text_height(f, style, title, w); // long titles get smaller
    text_at(f, style, f.theme.text, title, ImVec2(f.mirror_x(left, w), row_y + (row_h - th) / 2), w,
            Align::Centre);
}

} // namespace kiosk
