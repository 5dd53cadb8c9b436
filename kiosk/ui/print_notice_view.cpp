#include "ui/pictograms.h"
#include "ui/widgets.h"

namespace kiosk {

// Over the content, like a glossary word's sheet: the printer's pictogram, then what is happening
// in the visitor's words. Once the slip is out (or cannot be), a button takes the sheet away; it
// also goes by itself (print_notice.h).
void draw_print_notice(UiFrame& f) {
    const PrintNotice& n = f.data->print;
    ImVec2 min = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), f.theme.overlay);
    bool printing = n.stage == PrintNotice::Stage::Printing;
    std::string text = f.tr(printing                              ? ui_key::printing
                            : n.stage == PrintNotice::Stage::Done ? ui_key::take_slip
                                                                  : n.message.c_str());
    std::string ok = f.tr(ui_key::print_ok);
    float w = std::min(size.x - f.px(96), f.px(1000)), pad = f.px(48), inner = w - 2 * pad;
    ImTextureID tex = f.pictograms->get("print", f.theme.dark);
    float ps = tex ? std::min(f.px(160), size.y / 5) : 0;
    float text_h = text_height(f, f.fonts.title, text, inner);
    float bh =
        printing ? 0 : std::max(f.mm(11), text_height(f, f.fonts.body, ok, inner - f.px(40)) + f.px(40));
    float h = pad + ps + (tex ? f.px(24) : 0) + text_h + (printing ? 0 : f.px(40) + bh) + pad;
    ImVec2 pos(min.x + (size.x - w) / 2, min.y + std::max(0.f, (size.y - h) / 2));
    bool failed = n.stage == PrintNotice::Stage::Failed;
    dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), f.theme.panel, f.px(20));
    dl->AddRect(pos, ImVec2(pos.x + w, pos.y + h), failed ? f.theme.danger : f.theme.accent, f.px(20), 0,
                f.px(4));
    float y = pos.y + pad;
    if (tex) {
        dl->AddImage(tex, ImVec2(pos.x + (w - ps) / 2, y), ImVec2(pos.x + (w + ps) / 2, y + ps));
        y += ps + f.px(24);
    }
    y += text_at(f, f.fonts.title, failed ? f.theme.danger : f.theme.text, text, ImVec2(pos.x + pad, y),
                 inner, Align::Centre);
    register_item(f, "print.notice", pos, ImVec2(w, h));
    if (!printing &&
        button(f, "print.ok", ok, ImVec2(pos.x + pad, y + f.px(40)), ImVec2(inner, bh), accent_look(f)))
        f.emit({Intent::Kind::DismissPrint});
}

} // namespace kiosk
