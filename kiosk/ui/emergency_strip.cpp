#include "ui/widgets.h"

#include <algorithm>

namespace kiosk {

namespace {

// One way to lay the strip out. Wide screens keep the label beside one row of numbers, each over its
// name; upright ones put the label on a row of its own, then the numbers three a row; a tablet on its
// side, a 7-inch panel or a phone cannot give the names whole words: there the numbers show alone
// (each opens its line's page, name and all).
struct StripLayout {
    float pad = 0, gap = 0, label_w = 0, label_h = 0, x0 = 0, button_w = 0, button_h = 0, height = 0,
          pictogram = 0;
    int columns = 1;
    bool label = true, names = true;
    TextStyle number;
};

enum class Label { Beside, Above, Hidden };

// A phone's label is the caption size: the red strip and its numbers say most of it already.
TextStyle label_font(const UiFrame& f) {
    return f.narrow() ? f.bar_fonts.caption : f.bar_fonts.small;
}

// The names under the numbers grow with the visitor's text size up to 30 px at 1080p: past that,
// "Hébergement" no longer fits its button and would be cut mid-word. The numbers grow freely.
TextStyle name_font(const UiFrame& f) {
    TextStyle s = f.bar_fonts.caption;
    s.px = std::min(s.px, static_cast<int>(30 * f.text_scale));
    return s;
}

// The numbers in `columns` equal columns; `fits` tells whether every number and every word of
// every name shows whole at its size.
StripLayout grid_layout(UiFrame& f, const std::string& label, int columns, Label where, bool names,
                        TextStyle number, bool& fits) {
    StripLayout s;
    s.pad = f.px(20), s.gap = f.px(14), s.number = number, s.names = names;
    const std::vector<StripEntry>& lines = f.data->strip;
    int n = std::max<int>(1, static_cast<int>(lines.size()));
    s.columns = std::min(columns, n);
    int rows = (n + s.columns - 1) / s.columns;
    s.label = where != Label::Hidden;
    // Beside the numbers, the label takes one line where that leaves the numbers most of the row:
    // on two, it would make the strip twice as tall.
    float one_line = text_width(f, label_font(f), label);
    s.label_w = where == Label::Beside ? std::clamp(one_line, f.px(230), std::max(f.px(230), f.size.x * 0.3f))
                                       : f.size.x - 2 * s.pad;
    s.label_h = where == Label::Above ? text_height(f, label_font(f), label, s.label_w) + s.pad / 2 : 0;
    s.x0 = s.pad + (where == Label::Beside ? s.label_w + s.pad : 0);
    float cols = static_cast<float>(s.columns);
    s.button_w = (f.size.x - s.x0 - s.pad - (cols - 1) * s.gap) / cols;
    float inner = s.button_w - 2 * f.px(20), tallest = 0, widest = 0;
    fits = inner > 0;
    const std::string* longest = nullptr;
    for (const StripEntry& e : lines) {
        float number_w = text_width(f, number, e.number);
        if (number_w > widest) longest = &e.number;
        widest = std::max(widest, number_w);
        fits = fits && number_w <= inner && (!names || widest_word(f, name_font(f), e.name) <= inner);
        tallest = std::max(tallest, text_height(f, number, e.number, inner) +
                                        (names ? text_height(f, name_font(f), e.name, inner) : 0));
    }
    float least =
        f.narrow() || f.low() ? 0 : f.px(150) - 2 * s.pad; // a small screen keeps its height for the page
    s.button_h = std::max({least, tallest + f.px(f.narrow() ? 12 : 24), f.mm(min_target_mm)});
    s.height = 2 * s.pad + s.label_h + static_cast<float>(rows) * (s.button_h + s.gap) - s.gap;
    if (where == Label::Beside) { // the strip is as tall as the label beside it, which keeps whole words
        s.height = std::max(s.height, text_height(f, label_font(f), label, s.label_w) + 2 * s.pad);
        fits = fits && widest_word(f, label_font(f), label) <= s.label_w;
    }
    // Every number at one size: the one the longest leaves (the fallback's narrow buttons), rather
    // than 3039 drawn smaller than 112.
    if (longest) s.number = fitting(f, number, *longest, inner);
    // Pictograms sit beside the numbers, so the strip takes no more of the screen: one size for
    // all, what the widest number leaves room for; none where that is too small to make out.
    float room = (s.button_w - widest) / 2 - s.pad;
    s.pictogram = room >= f.px(40) ? std::min(f.px(60), room) : 0;
    return s;
}

// The first arrangement that shows every number and every word whole in at most a quarter of the
// screen's height. Failing all, the numbers alone three a row at the body size (a long one drawn
// smaller), under the label where it takes one line.
StripLayout strip_layout(UiFrame& f, const std::string& label) {
    bool landscape = f.size.x > f.size.y, fits = false;
    int n = std::max<int>(1, static_cast<int>(f.data->strip.size()));
    float most = f.size.y / 4 + f.px(40);
    TextStyle body_bold{f.bar_fonts.body.px, true};
    struct Candidate {
        int columns;
        Label where;
        bool names;
        TextStyle number;
    };
    std::vector<Candidate> candidates;
    if (landscape)
        candidates.insert(candidates.end(), {{n, Label::Beside, true, f.bar_fonts.huge},
                                             {n, Label::Above, true, f.bar_fonts.huge}});
    candidates.push_back({3, Label::Above, true, f.bar_fonts.huge});
    if (landscape) {
        for (TextStyle number : {f.bar_fonts.huge, f.bar_fonts.title, body_bold})
            candidates.push_back({n, Label::Beside, false, number});
        // A low screen on its side (a 7-inch panel): one row of numbers, the red saying the rest.
        for (TextStyle number : {f.bar_fonts.title, body_bold, TextStyle{f.bar_fonts.small.px, true}})
            candidates.push_back({n, Label::Hidden, false, number});
    }
    for (const Candidate& c : candidates) {
        StripLayout s = grid_layout(f, label, c.columns, c.where, c.names, c.number, fits);
        if (fits && s.height <= most) return s;
    }
    bool one_line = text_width(f, label_font(f), label) <= f.size.x - 2 * f.px(20);
    return grid_layout(f, label, 3, one_line ? Label::Above : Label::Hidden, false, body_bold, fits);
}

} // namespace

float emergency_strip_height(UiFrame& f, const std::string& label) {
    return strip_layout(f, label).height;
}

void draw_emergency_strip(UiFrame& f, const std::string& label) {
    StripLayout s = strip_layout(f, label);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float top = f.size.y - s.height;
    dl->AddRectFilled(ImVec2(0, top), ImVec2(f.size.x, f.size.y), f.theme.danger);
    if (s.label) {
        TextStyle style = label_font(f);
        float lh = text_height(f, style, label, s.label_w);
        float label_y = s.label_h > 0 ? top + s.pad / 2 : top + (s.height - lh) / 2;
        text_at(f, style, f.theme.on_danger, label, ImVec2(f.mirror_x(s.pad, s.label_w), label_y), s.label_w);
    }
    ButtonLook look = plain_look(f);
    look.text = f.theme.danger;
    look.border = f.theme.panel;
    look.font = s.number;
    look.sublabel_font = name_font(f);
    look.pictogram_above = true; // centres the number over its name
    look.pictogram_beside = true;
    look.pictogram_size = s.pictogram;
    const std::vector<StripEntry>& lines = f.data->strip;
    // Every number on one line, whether its name takes one line or two (as the button centres it).
    if (s.names)
        for (const StripEntry& e : lines)
            look.sublabel_room = std::max(
                look.sublabel_room, text_height(f, look.sublabel_font, e.name, s.button_w - 2 * f.px(20)));
    for (size_t i = 0; i < lines.size(); ++i) {
        const StripEntry& e = lines[i];
        look.pictogram = e.pictogram;
        look.sublabel = s.names ? e.name : "";
        int col = static_cast<int>(i) % s.columns, row = static_cast<int>(i) / s.columns;
        float y = top + s.pad + s.label_h + static_cast<float>(row) * (s.button_h + s.gap);
        ImVec2 pos(f.mirror_x(s.x0 + static_cast<float>(col) * (s.button_w + s.gap), s.button_w), y);
        if (button(f, hotline_item_id(e.number), e.number, pos, ImVec2(s.button_w, s.button_h), look) &&
            f.store)
            f.emit({Intent::Kind::OpenHotline, e.number});
    }
}

} // namespace kiosk
