#include "widgets.h"

namespace kiosk {

void draw_idle_prompt(UiFrame& f) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), f.size, f.theme.overlay);
    float w = std::min(f.size.x - f.px(96), f.px(1000)), h = f.px(520);
    ImVec2 pos((f.size.x - w) / 2, (f.size.y - h) / 2);
    dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), f.theme.panel, f.px(20));
    float pad = f.px(48), inner = w - 2 * pad, y = pos.y + pad;
    y += text_at(f, f.fonts.title, f.theme.text, f.tr(ui_key::still_there), ImVec2(pos.x + pad, y), inner,
                 Align::Centre) +
         f.px(20);
    std::string left =
        format(f.tr(ui_key::countdown), {{"seconds", std::to_string(f.session->countdown_seconds())}});
    text_at(f, f.fonts.body, f.theme.muted, left, ImVec2(pos.x + pad, y), inner, Align::Centre);
    float bh = f.px(120), by = pos.y + h - pad - bh, bw = (inner - pad) / 2;
    if (button(f, "idle.end", f.tr(ui_key::end_visit), ImVec2(pos.x + pad, by), ImVec2(bw, bh),
               plain_look(f)))
        f.emit({Intent::Kind::EndVisit});
    if (button(f, "idle.continue", f.tr(ui_key::continue_visit),
               ImVec2(f.mirror_x(pos.x + pad + bw + pad, bw), by), ImVec2(bw, bh), accent_look(f)))
        f.emit({Intent::Kind::StayHere});
}

} // namespace kiosk
