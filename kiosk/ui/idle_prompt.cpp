#include "ui/widgets.h"

namespace kiosk {

namespace {

// One way to lay the prompt out: its fonts, and its answers side by side or one above the other.
struct PromptLayout {
    TextStyle title, body;
    bool stacked = false;
    float w = 0, pad = 0, gap = 0, bw = 0, bh = 0, h = 0;
};

PromptLayout prompt_layout(UiFrame& f, TextStyle title_font, TextStyle body, const std::string& left) {
    PromptLayout p{title_font, body};
    const std::string& end = f.tr(ui_key::end_visit);
    const std::string& go_on = f.tr(ui_key::continue_visit);
    bool narrow = f.narrow(); // a phone's prompt takes the whole width, for its words
    p.w = narrow ? f.size.x - f.px(32) : std::min(f.size.x - f.px(96), f.px(1000));
    p.pad = f.px(narrow ? 24 : 48), p.gap = f.px(32);
    float inner = p.w - 2 * p.pad, label_pad = f.px(40); // button() keeps 20 px each side of its label
    p.stacked =
        std::max(text_width(f, body, end), text_width(f, body, go_on)) > (inner - p.gap) / 2 - label_pad;
    p.bw = p.stacked ? inner : (inner - p.gap) / 2;
    float least = f.narrow() ? f.mm(12) : f.px(120); // a phone's height goes to the words
    p.bh = std::max(least, std::max(text_height(f, body, end, p.bw - label_pad),
                                    text_height(f, body, go_on, p.bw - label_pad)) +
                               f.px(40));
    float title_h = text_height(f, title_font, f.tr(ui_key::still_there), inner),
          left_h = text_height(f, body, left, inner);
    p.h = p.pad + title_h + f.px(20) + left_h + f.px(40) + (p.stacked ? 2 * p.bh + p.gap : p.bh) + p.pad;
    return p;
}

} // namespace

// "Still there?" over everything but the emergency strip, with a countdown and two answers. The box grows
// with the visitor's text size; the answers sit side by side where their words fit on one line, else one
// above the other (going on first), so no label is ever cut. Where the visitor's size does not fit the
// screen (a phone at the largest size), the prompt takes the normal size, then a smaller one: all of it
// must show at once, for the countdown to mean anything.
void draw_idle_prompt(UiFrame& f) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float bottom = f.size.y - f.strip_height; // the strip stays whole, and can be tapped
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(f.size.x, bottom), f.theme.overlay);
    int seconds = f.session->countdown_seconds();
    std::string left = format(f.tr_plural(ui_key::countdown, static_cast<uint64_t>(seconds)),
                              {{"seconds", std::to_string(seconds)}});
    PromptLayout p = prompt_layout(f, f.fonts.title, f.fonts.body, left);
    if (p.h > bottom) p = prompt_layout(f, f.bar_fonts.title, f.bar_fonts.body, left);
    if (p.h > bottom) p = prompt_layout(f, f.bar_fonts.body, f.bar_fonts.small, left);
    if (p.h > bottom) p = prompt_layout(f, f.bar_fonts.small, f.bar_fonts.caption, left);
    ImVec2 pos((f.size.x - p.w) / 2, std::max(0.f, (bottom - p.h) / 2));
    dl->AddRectFilled(pos, ImVec2(pos.x + p.w, pos.y + p.h), f.theme.panel, f.px(20));

    float x = pos.x + p.pad, y = pos.y + p.pad, inner = p.w - 2 * p.pad;
    y += text_at(f, p.title, f.theme.text, f.tr(ui_key::still_there), ImVec2(x, y), inner, Align::Centre) +
         f.px(20);
    y += text_at(f, p.body, f.theme.muted, left, ImVec2(x, y), inner, Align::Centre) + f.px(40);
    ImVec2 go_on_at = p.stacked ? ImVec2(x, y) : ImVec2(f.mirror_x(x + p.bw + p.gap, p.bw), y);
    ImVec2 end_at = p.stacked ? ImVec2(x, y + p.bh + p.gap) : ImVec2(f.mirror_x(x, p.bw), y);
    ButtonLook go_on = accent_look(f), end = plain_look(f);
    go_on.font = end.font = p.body;
    if (button(f, "idle.continue", f.tr(ui_key::continue_visit), go_on_at, ImVec2(p.bw, p.bh), go_on))
        f.emit({Intent::Kind::StayHere});
    if (button(f, "idle.end", f.tr(ui_key::end_visit), end_at, ImVec2(p.bw, p.bh), end))
        f.emit({Intent::Kind::EndVisit});
}

} // namespace kiosk
