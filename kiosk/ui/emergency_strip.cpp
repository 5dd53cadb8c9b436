#include "widgets.h"

#include <algorithm>

namespace kiosk {

namespace {

struct StripLayout {
    float pad, label_w, x0, button_w, height, pictogram;
};

// The names under the numbers grow with the visitor's text size up to 30 px at 1080p: past that,
// "Hébergement" no longer fits its button and would be cut mid-word. The numbers grow freely.
TextStyle name_font(const UiFrame& f) {
    TextStyle s = f.bar_fonts.caption;
    s.px = std::min(s.px, static_cast<int>(f.px(30)));
    return s;
}

// The strip is as tall as its longest name needs once wrapped: no language's name is cut off.
StripLayout strip_layout(UiFrame& f) {
    StripLayout s;
    s.pad = f.px(20);
    s.label_w = f.size.x > f.size.y ? f.px(230) : 0; // portrait screens give the numbers all the width
    s.x0 = s.pad + s.label_w + (s.label_w > 0 ? s.pad : 0);
    float n = static_cast<float>(std::max<size_t>(1, f.data->strip.size()));
    s.button_w = (f.size.x - s.x0 - s.pad - (n - 1) * f.px(14)) / n;
    float inner = s.button_w - 2 * s.pad, tallest = 0;
    for (const StripEntry& e : f.data->strip)
        tallest = std::max(tallest, text_height(f, f.bar_fonts.huge, e.number, inner) +
                                        text_height(f, name_font(f), e.name, inner));
    s.height = std::max(f.px(150), tallest + f.px(24) + 2 * s.pad);
    // Pictograms sit beside the numbers, so the strip takes no more of the screen: one size for
    // all, what the widest number leaves room for; none where that is too small to make out
    // (portrait screens, the largest text).
    float widest = 0;
    for (const StripEntry& e : f.data->strip)
        widest = std::max(widest, text_width(f, f.bar_fonts.huge, e.number));
    float room = (s.button_w - widest) / 2 - s.pad;
    s.pictogram = room >= f.px(40) ? std::min(f.px(60), room) : 0;
    return s;
}

} // namespace

float emergency_strip_height(UiFrame& f) {
    return strip_layout(f).height;
}

void draw_emergency_strip(UiFrame& f, const std::string& label) {
    StripLayout s = strip_layout(f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float h = s.height, top = f.size.y - h, pad = s.pad, label_w = s.label_w, x0 = s.x0, w = s.button_w;
    dl->AddRectFilled(ImVec2(0, top), ImVec2(f.size.x, f.size.y), f.theme.danger);

    const std::vector<StripEntry>& lines = f.data->strip;
    if (label_w > 0) {
        float lh = text_height(f, f.bar_fonts.small, label, label_w);
        text_at(f, f.bar_fonts.small, f.theme.on_danger, label,
                ImVec2(f.mirror_x(pad, label_w), top + (h - lh) / 2), label_w);
    }
    ButtonLook look = plain_look(f);
    look.text = f.theme.danger;
    look.border = f.theme.panel;
    look.font = f.bar_fonts.huge;
    look.sublabel_font = name_font(f);
    look.pictogram_above = true; // centres the number over its name
    look.pictogram_beside = true;
    look.pictogram_size = s.pictogram;
    for (size_t i = 0; i < lines.size(); ++i) {
        const StripEntry& e = lines[i];
        look.pictogram = e.pictogram;
        look.sublabel = e.name;
        ImVec2 pos(f.mirror_x(x0 + static_cast<float>(i) * (w + f.px(14)), w), top + pad);
        if (button(f, hotline_item_id(e.number), e.number, pos, ImVec2(w, h - 2 * pad), look) && f.store)
            f.emit({Intent::Kind::OpenHotline, e.number});
    }
}

} // namespace kiosk
