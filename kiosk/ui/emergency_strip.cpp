#include "widgets.h"

namespace kiosk {

void draw_emergency_strip(UiFrame& f, const std::string& label) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float h = f.px(150), top = f.size.y - h;
    dl->AddRectFilled(ImVec2(0, top), ImVec2(f.size.x, f.size.y), f.theme.danger);

    const std::vector<StripEntry>& lines = f.data->strip;
    float pad = f.px(20);
    float label_w = f.size.x > f.size.y ? f.px(230) : 0; // portrait screens give the numbers all the width
    if (label_w > 0) {
        float lh = text_height(f.fonts.small, label, label_w);
        text_at(f, f.fonts.small, f.theme.on_danger, label, ImVec2(pad, top + (h - lh) / 2), label_w);
    }
    float x0 = pad + label_w + (label_w > 0 ? pad : 0);
    float n = static_cast<float>(lines.size());
    float w = (f.size.x - x0 - pad - (n - 1) * f.px(14)) / n;
    ButtonLook look = plain_look(f);
    look.text = f.theme.danger;
    look.border = f.theme.panel;
    look.font = f.fonts.huge;
    look.pictogram_above = true; // no pictogram: centres the number over its name
    for (size_t i = 0; i < lines.size(); ++i) {
        const StripEntry& e = lines[i];
        look.sublabel = e.name;
        ImVec2 pos(x0 + static_cast<float>(i) * (w + f.px(14)), top + pad);
        if (button(f, hotline_item_id(e.number), e.number, pos, ImVec2(w, h - 2 * pad), look) && f.store)
            f.emit({Intent::Kind::OpenHotline, e.number});
    }
}

} // namespace kiosk
