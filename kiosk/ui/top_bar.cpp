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
// read aloud), Print (where a printer is configured and the page has a slip), the text size and the contrast
// (on every screen, the picker too), then Language, Home and Search.
std::vector<NavButton> far_end_buttons(const UiFrame& f) {
    const Visit& v = f.session->visit();
    bool visiting = !v.lang.empty();
    Screen on = f.session->screen();
    std::vector<NavButton> out = {
        {"nav.textsize", nullptr, "textsize", Intent::Kind::CycleTextSize, v.text_size != 0},
        {"nav.contrast", nullptr, "contrast", Intent::Kind::ToggleContrast, v.high_contrast}};
    if (f.data &&
        f.data->can_print) // a slip of this page to take away: beside the speaker, as it acts on the page
        out.insert(out.begin(), {"nav.print", ui_key::print, "print", Intent::Kind::Print,
                                 f.data->print.stage == PrintNotice::Stage::Printing});
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

// Long titles get smaller: the title size where it takes one line, else the body size, else on a
// low screen the small size (it stays beside the buttons). A narrow screen's title is small: it
// says where the visitor is, the page under it says the rest.
TextStyle title_style(UiFrame& f, float width) {
    if (f.narrow()) return f.bar_fonts.small;
    for (TextStyle style : {f.bar_fonts.title, f.bar_fonts.body})
        if (f.text->layout(f.title, style, width, f.direction()).lines.size() <= 1) return style;
    return f.low() ? f.bar_fonts.small : f.bar_fonts.body; // a low screen keeps it beside the buttons
}

// Where the bar's buttons and its title go. Wide screens put Back, the title and the other buttons
// on one row, words beside the pictograms; narrower ones drop the words, then put the title on a row
// of its own below. A phone's or a 7-inch panel's pictograms are sized in millimetres, a little over
// the 9 mm a finger needs, on one row where they fit and on two where they do not. Positions are
// before mirroring.
struct BarLayout {
    bool words = true, title_beside = true;
    float button_h = 0, icon_w = 0, gap = 0;
    std::vector<ImVec2> at; // Back (when shown) first, then far_end_buttons' order
    std::vector<float> width;
    float title_x = 0, title_w = 0, title_y = 0, title_h = 0, height = 0;
};

// The room the title has beside the buttons on one row, and whether it shows whole there.
bool title_fits_beside(UiFrame& f, const BarLayout& b, const std::vector<const char*>& keys, float& title_w) {
    float used = b.gap;
    for (const char* key : keys) used += (b.words && key ? button_width(f, key, true) : b.icon_w) + b.gap;
    title_w = f.size.x - used - b.gap;
    if (title_w < (f.low() ? f.mm(28) : f.px(360))) return false;
    // Within the bar's height, or on one line: a dense screen's title line is taller than the bar's
    // 1080p height, and the bar grows by that much rather than spend a row on the title.
    TextStyle style = title_style(f, title_w);
    return text_height(f, style, f.title, title_w) <= f.px(bar_h) - f.px(12) ||
           f.text->layout(f.title, style, title_w, f.direction()).lines.size() <= 1;
}

// The buttons' sizes: pictograms a little over the 9 mm a finger needs on a phone, a 7-inch panel
// or a tablet on its side; word buttons as tall as their words (an Arabic line is taller than
// the 1080p button).
void size_buttons(UiFrame& f, BarLayout& b, const std::vector<const char*>& keys) {
    float count = static_cast<float>(keys.size());
    b.gap = f.px(gap), b.button_h = f.px(button_h), b.icon_w = f.px(icon_w);
    if (f.narrow()) {
        b.gap = f.px(10);
        b.button_h = f.mm(11);
        b.icon_w = std::clamp((f.size.x - (count + 1) * b.gap) / count, f.mm(9.3f), f.mm(12));
    } else if (f.low()) { // the height goes to the page
        b.button_h = std::min(b.button_h, f.mm(11));
        b.icon_w = std::min(b.icon_w, f.mm(12));
    }
    float title_w = 0;
    b.title_beside = title_fits_beside(f, b, keys, title_w);
    if (!b.title_beside) {
        b.words = false;
        b.title_beside = title_fits_beside(f, b, keys, title_w);
    }
    if (b.words)
        for (const char* key : keys)
            if (key)
                b.button_h =
                    std::max(b.button_h, text_height(f, f.bar_fonts.body, f.tr(key), 1e6f) + f.px(8));
}

// Back from the start of the first row, the others from the far end, onto a new row where one is
// full. Returns the last row's top, and leaves [left, right] its free stretch.
float place_buttons(UiFrame& f, BarLayout& b, const std::vector<const char*>& keys, bool back, float pad,
                    float& left, float& right) {
    float y = pad;
    left = b.gap, right = f.size.x - b.gap;
    for (size_t i = 0; i < keys.size(); ++i) {
        float w = b.words && keys[i] ? button_width(f, keys[i], true) : b.icon_w;
        bool from_start = back && i == 0;
        if (!from_start && right - w < left) // no room left on this row: the next one, from the far end again
            y += b.button_h + b.gap, left = b.gap, right = f.size.x - b.gap;
        b.at.emplace_back(from_start ? left : right - w, y), b.width.push_back(w);
        if (from_start)
            left += w + b.gap;
        else
            right -= w + b.gap;
    }
    return y;
}

// The title beside the buttons (the bar as tall as it, the buttons centred), beside the last row's
// where they leave most of it (a phone's second row), else on a row of its own.
void place_title(UiFrame& f, BarLayout& b, float row_h, float pad, float y, float left, float right) {
    if (b.title_beside) {
        float title_h = text_height(f, title_style(f, right - left), f.title, right - left) + f.px(12);
        float buttons_h = std::max(row_h, b.button_h + 2 * pad);
        b.height = std::max(buttons_h, title_h);
        for (ImVec2& at : b.at) at.y += (b.height - buttons_h) / 2;
        b.title_x = left, b.title_w = right - left, b.title_y = 0, b.title_h = b.height;
    } else if (y > pad && right - left >= f.size.x * 0.5f) {
        b.title_x = left, b.title_w = right - left, b.title_y = y;
        b.title_h = std::max(b.button_h, text_height(f, title_style(f, b.title_w), f.title, b.title_w));
        b.height = y + b.title_h + pad;
    } else {
        b.title_x = f.px(margin), b.title_w = f.size.x - 2 * f.px(margin);
        b.title_y = y + b.button_h + pad - f.px(12);
        b.title_h = std::max(f.px(title_row_h),
                             text_height(f, title_style(f, b.title_w), f.title, b.title_w) + f.px(12));
        b.height = b.title_y + b.title_h;
    }
}

BarLayout bar_layout(UiFrame& f) {
    BarLayout b;
    if (!f.session) return b; // no content: no bar, only the plain message
    bool back = f.session->visit().steps.size() > 1;
    std::vector<const char*> keys; // each button's word, in the order they are placed
    if (back) keys.push_back(ui_key::back);
    for (const NavButton& n : far_end_buttons(f)) keys.push_back(n.key);
    size_buttons(f, b, keys);
    bool compact = f.low() && !f.narrow(); // a screen on its side: one low row
    float row_h = compact ? b.button_h + 2 * f.px(10) : f.px(bar_h);
    float pad = compact ? f.px(10) : (f.px(bar_h) - f.px(button_h)) / 2, left = 0, right = 0;
    float y = place_buttons(f, b, keys, back, pad, left, right);
    place_title(f, b, row_h, pad, y, left, right);
    return b;
}

} // namespace

float top_bar_height(UiFrame& f) {
    return bar_layout(f).height;
}

ImVec2 content_min(UiFrame& f) {
    return ImVec2(f.px(margin), top_bar_height(f) + f.px(24));
}
ImVec2 content_max(UiFrame& f) {
    return ImVec2(f.size.x - f.px(margin), f.size.y - f.strip_height - f.px(24));
}

void draw_top_bar(UiFrame& f) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    BarLayout b = bar_layout(f);
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(f.size.x, b.height), f.theme.panel);
    dl->AddLine(ImVec2(0, b.height), ImVec2(f.size.x, b.height), f.theme.border, f.px(2));

    ButtonLook look = plain_look(f);
    look.font = f.bar_fonts.body;
    look.pictogram_size = std::min(f.px(56), b.button_h * 0.64f);
    size_t i = 0;
    if (f.session->visit().steps.size() > 1) {
        look.pictogram = "back";
        look.pictogram_above = !b.words; // centres the arrow when it has no word
        look.mirror_pictogram = f.rtl;   // Back points the way the visitor reads from
        if (button(f, "nav.back", b.words ? f.tr(ui_key::back) : "",
                   ImVec2(f.mirror_x(b.at[i].x, b.width[i]), b.at[i].y), ImVec2(b.width[i], b.button_h),
                   look))
            f.emit({Intent::Kind::Back});
        ++i;
        look.mirror_pictogram = false;
    }
    for (const NavButton& n : far_end_buttons(f)) {
        look.pictogram = n.pictogram;
        look.pictogram_above = !n.key || !b.words;
        look.chosen = n.chosen;
        std::string label = n.key && b.words ? f.tr(n.key) : "";
        if (button(f, n.id, label, ImVec2(f.mirror_x(b.at[i].x, b.width[i]), b.at[i].y),
                   ImVec2(b.width[i], b.button_h), look))
            f.emit({n.intent});
        ++i;
    }
    float w = b.title_w;
    TextStyle style = title_style(f, w);
    float th = text_height(f, style, f.title, w);
    text_at(f, style, f.theme.text, f.title,
            ImVec2(f.mirror_x(b.title_x, w), b.title_y + (b.title_h - th) / 2), w, Align::Centre);
}

} // namespace kiosk
