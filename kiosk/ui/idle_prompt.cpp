#include "ui/widgets.h"

namespace kiosk {

// "Still there?" over everything but the emergency strip, with a countdown and two answers. The box grows
// with the visitor's text size; the answers sit side by side where their words fit on one line, else one
// above the other (going on first), so no label is ever cut.
void draw_idle_prompt(UiFrame& f) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float bottom = f.size.y - f.strip_height; // the strip stays whole, and can be tapped
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(f.size.x, bottom), f.theme.overlay);
    const std::string& title = f.tr(ui_key::still_there);
    const std::string& end = f.tr(ui_key::end_visit);
    const std::string& go_on = f.tr(ui_key::continue_visit);
    int seconds = f.session->countdown_seconds();
    std::string left = format(f.tr_plural(ui_key::countdown, static_cast<uint64_t>(seconds)),
                              {{"seconds", std::to_string(seconds)}});
    float w = std::min(f.size.x - f.px(96), f.px(1000)), pad = f.px(48), inner = w - 2 * pad, gap = f.px(32);
    float label_pad = f.px(40); // button() keeps 20 px each side of its label
    bool stacked = std::max(text_width(f, f.fonts.body, end), text_width(f, f.fonts.body, go_on)) >
                   (inner - gap) / 2 - label_pad;
    float bw = stacked ? inner : (inner - gap) / 2;
    float bh = std::max(f.px(120), std::max(text_height(f, f.fonts.body, end, bw - label_pad),
                                            text_height(f, f.fonts.body, go_on, bw - label_pad)) +
                                       f.px(40));
    float title_h = text_height(f, f.fonts.title, title, inner),
          left_h = text_height(f, f.fonts.body, left, inner);
    float h = pad + title_h + f.px(20) + left_h + f.px(40) + (stacked ? 2 * bh + gap : bh) + pad;
    ImVec2 pos((f.size.x - w) / 2, std::max(0.f, (bottom - h) / 2));
    dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), f.theme.panel, f.px(20));

    float x = pos.x + pad, y = pos.y + pad;
    y += text_at(f, f.fonts.title, f.theme.text, title, ImVec2(x, y), inner, Align::Centre) + f.px(20);
    y += text_at(f, f.fonts.body, f.theme.muted, left, ImVec2(x, y), inner, Align::Centre) + f.px(40);
    ImVec2 go_on_at = stacked ? ImVec2(x, y) : ImVec2(f.mirror_x(x + bw + gap, bw), y);
    ImVec2 end_at = stacked ? ImVec2(x, y + bh + gap) : ImVec2(f.mirror_x(x, bw), y);
    if (button(f, "idle.continue", go_on, go_on_at, ImVec2(bw, bh), accent_look(f)))
        f.emit({Intent::Kind::StayHere});
    if (button(f, "idle.end", end, end_at, ImVec2(bw, bh), plain_look(f))) f.emit({Intent::Kind::EndVisit});
}

} // namespace kiosk
