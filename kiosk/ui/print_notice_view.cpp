#include "ui/pictograms.h"
#include "ui/widgets.h"

namespace kiosk {

namespace {

// The sheet's parts at one size: where the content area is low (a 7-inch panel, the largest
// text) the pictogram goes first, then the words get smaller, so the message and its button
// always show whole.
struct NoticeLayout {
    TextStyle font;
    float picture = 0, text_h = 0, button_h = 0, height = 0;
};

NoticeLayout notice_layout(UiFrame& f, const std::string& text, const std::string& ok, bool printing,
                           float inner, float room, float pad) {
    NoticeLayout l;
    for (TextStyle font : {f.fonts.title, f.fonts.body, f.bar_fonts.body, f.bar_fonts.small})
        for (bool picture : {true, false}) {
            l.font = font;
            l.picture = picture ? std::min(f.px(160), room / 5) : 0;
            l.text_h = text_height(f, font, text, inner);
            l.button_h =
                printing ? 0 : std::max(f.mm(10), text_height(f, f.bar_fonts.body, ok, inner) + f.px(24));
            l.height = pad + (picture ? l.picture + f.px(24) : 0) + l.text_h +
                       (printing ? 0 : f.px(24) + l.button_h) + pad;
            if (l.height <= room) return l;
        }
    return l;
}

} // namespace

// Over the content, like a glossary word's sheet: the printer's pictogram, then what is happening
// in the visitor's words. Once the slip is out (or cannot be), a tap on it or on the page it
// covers, or on its button, takes it away; it also goes by itself (print_notice.h).
void draw_print_notice(UiFrame& f) {
    const PrintNotice& n = f.data->print;
    ImVec2 min = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), f.theme.overlay);
    bool printing = n.stage == PrintNotice::Stage::Printing, failed = n.stage == PrintNotice::Stage::Failed;
    std::string text = f.tr(printing                              ? ui_key::printing
                            : n.stage == PrintNotice::Stage::Done ? ui_key::take_slip
                                                                  : n.message.c_str());
    std::string ok = f.tr(ui_key::print_ok);
    float margin = f.px(24), w = std::min(size.x - 2 * margin, f.px(1000)), pad = std::min(f.px(48), f.mm(4));
    float inner = w - 2 * pad;
    ImTextureID tex = f.pictograms->get("print", f.theme.dark);
    NoticeLayout l = notice_layout(f, text, ok, printing, inner, size.y - 2 * margin, pad);
    float picture = tex ? l.picture : 0;
    ImVec2 pos(min.x + (size.x - w) / 2, min.y + std::max(margin, (size.y - l.height) / 2));
    float h = l.height - (l.picture > 0 && !tex ? l.picture + f.px(24) : 0);
    dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), f.theme.panel, f.px(20));
    dl->AddRect(pos, ImVec2(pos.x + w, pos.y + h), failed ? f.theme.danger : f.theme.accent, f.px(20), 0,
                f.px(4));
    float y = pos.y + pad;
    if (picture > 0) {
        dl->AddImage(tex, ImVec2(pos.x + (w - picture) / 2, y),
                     ImVec2(pos.x + (w + picture) / 2, y + picture));
        y += picture + f.px(24);
    }
    float text_h = text_at(f, l.font, failed ? f.theme.danger : f.theme.text, text, ImVec2(pos.x + pad, y),
                           inner, Align::Centre);
    register_item(f, "print.message", ImVec2(pos.x + pad, y), ImVec2(inner, text_h));
    y += text_h;
    register_item(f, "print.notice", pos, ImVec2(w, h));
    if (printing) return;
    ButtonLook look = accent_look(f);
    look.font = f.bar_fonts.body;
    look.pictogram_above = true; // no pictogram: the word centred under the centred message
    bool tapped_ok =
        button(f, "print.ok", ok, ImVec2(pos.x + pad, y + f.px(24)), ImVec2(inner, l.button_h), look);
    // A tap on the sheet counts only if it began there once the message was up: a finger put down
    // while "Printing..." showed, and lifted after, must not take away a message never seen.
    ImGuiStorage* st = ImGui::GetStateStorage();
    ImGuiID pressed = ImGui::GetID("print.pressed");
    if (ImGui::IsMouseClicked(0)) st->SetBool(pressed, ImGui::IsWindowHovered());
    bool tapped_sheet = ImGui::IsMouseReleased(0) && st->GetBool(pressed) && ImGui::IsWindowHovered() &&
                        f.touch->gesture().tap();
    if (ImGui::IsMouseReleased(0)) st->SetBool(pressed, false);
    if (tapped_ok || tapped_sheet) f.emit({Intent::Kind::DismissPrint});
}

} // namespace kiosk
