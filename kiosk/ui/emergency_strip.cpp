#include "ui/widgets.h"

#include <algorithm>

namespace kiosk {

namespace {

struct StripLayout {
    float pad, gap, label_w, label_h, x0, button_w, button_h, height, pictogram;
    int columns;
};

// The names under the numbers grow with the visitor's text size up to 30 px at 1080p: past that,
// "Hébergement" no longer fits its button and would be cut mid-word. The numbers grow freely.
TextStyle name_font(const UiFrame& f) {
    TextStyle s = f.bar_fonts.caption;
    s.px = std::min(s.px, static_cast<int>(f.px(30)));
    return s;
}

// Landscape: the label on the left, every number on one row. Portrait: the label on a row of its
// own above the numbers, three a row, so the names keep whole words and the pictograms their room.
// Buttons are as tall as their longest name needs once wrapped: no language's name is cut off.
StripLayout strip_layout(UiFrame& f, const std::string& label) {
    StripLayout s;
    s.pad = f.px(20), s.gap = f.px(14);
    bool landscape = f.size.x > f.size.y;
    size_t n = std::max<size_t>(1, f.data->strip.size());
    s.columns = landscape ? static_cast<int>(n) : static_cast<int>(std::min<size_t>(n, 3));
    int rows = (static_cast<int>(n) + s.columns - 1) / s.columns;
    s.label_w = landscape ? f.px(230) : f.size.x - 2 * s.pad;
    s.label_h = landscape ? 0 : text_height(f, f.bar_fonts.small, label, s.label_w) + s.pad / 2;
    s.x0 = s.pad + (landscape ? s.label_w + s.pad : 0);
    float cols = static_cast<float>(s.columns);
    s.button_w = (f.size.x - s.x0 - s.pad - (cols - 1) * s.gap) / cols;
    float inner = s.button_w - 2 * s.pad, tallest = 0;
    for (const StripEntry& e : f.data->strip)
        tallest = std::max(tallest, text_height(f, f.bar_fonts.huge, e.number, inner) +
                                        text_height(f, name_font(f), e.name, inner));
    s.button_h = std::max(f.px(150) - 2 * s.pad, tallest + f.px(24));
    s.height = 2 * s.pad + s.label_h + static_cast<float>(rows) * (s.button_h + s.gap) - s.gap;
    // Pictograms sit beside the numbers, so the strip takes no more of the screen: one size for
    // all, what the widest number leaves room for; none where that is too small to make out.
    float widest = 0;
    for (const StripEntry& e : f.data->strip)
        widest = std::max(widest, text_width(f, f.bar_fonts.huge, e.number));
    float room = (s.button_w - widest) / 2 - s.pad;
    s.pictogram = room >= f.px(40) ? std::min(f.px(60), room) : 0;
    return s;
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

    float lh = text_height(f, f.bar_fonts.small, label, s.label_w);
    float label_y = s.label_h > 0 ? top + s.pad / 2 : top + (s.height - lh) / 2;
    text_at(f, f.bar_fonts.small, f.theme.on_danger, label, ImVec2(f.mirror_x(s.pad, s.label_w), label_y),
            s.label_w);
    ButtonLook look = plain_look(f);
    look.text = f.theme.danger;
    look.border = f.theme.panel;
    look.font = f.bar_fonts.huge;
    look.sublabel_font = name_font(f);
    look.pictogram_above = true; // centres the number over its name
    look.pictogram_beside = true;
    look.pictogram_size = s.pictogram;
    const std::vector<StripEntry>& lines = f.data->strip;
    // Every number on one line, whether its name takes one line or two (as the button centres it).
    for (const StripEntry& e : lines)
        look.sublabel_room = std::max(look.sublabel_room,
                                      text_height(f, look.sublabel_font, e.name, s.button_w - 2 * f.px(20)));
    for (size_t i = 0; i < lines.size(); ++i) {
        const StripEntry& e = lines[i];
        look.pictogram = e.pictogram;
        look.sublabel = e.name;
        int col = static_cast<int>(i) % s.columns, row = static_cast<int>(i) / s.columns;
        float y = top + s.pad + s.label_h + static_cast<float>(row) * (s.button_h + s.gap);
        ImVec2 pos(f.mirror_x(s.x0 + static_cast<float>(col) * (s.button_w + s.gap), s.button_w), y);
        if (button(f, hotline_item_id(e.number), e.number, pos, ImVec2(s.button_w, s.button_h), look) &&
            f.store)
            f.emit({Intent::Kind::OpenHotline, e.number});
    }
}

} // namespace kiosk
