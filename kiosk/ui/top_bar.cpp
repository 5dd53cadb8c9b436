#include "widgets.h"

namespace kiosk {

namespace {
constexpr float bar_h = 120, strip_h = 150, margin = 48;
}

ImVec2 content_min(const UiFrame& f) {
    return ImVec2(f.px(margin), f.px(bar_h + 24));
}
ImVec2 content_max(const UiFrame& f) {
    return ImVec2(f.size.x - f.px(margin), f.size.y - f.px(strip_h + 24));
}

void draw_top_bar(UiFrame& f, const std::string& title) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float h = f.px(bar_h);
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(f.size.x, h), f.theme.panel);
    dl->AddLine(ImVec2(0, h), ImVec2(f.size.x, h), f.theme.border, f.px(2));

    const Visit& v = f.session->visit();
    ImVec2 bsize(f.px(250), f.px(88));
    float y = (h - bsize.y) / 2;
    ButtonLook look = plain_look(f);
    look.pictogram_size = f.px(56);
    float left = f.px(24), right = f.size.x - f.px(24);
    if (v.screens.size() > 1) {
        look.pictogram = "back";
        if (button(f, "nav.back", f.tr(ui_key::back), ImVec2(left, y), bsize, look))
            f.emit({Intent::Kind::Back});
        left += bsize.x + f.px(24);
    }
    if (!v.lang.empty() && f.session->screen() != Screen::Language) {
        right -= bsize.x;
        look.pictogram = "language";
        if (button(f, "nav.lang", f.tr(ui_key::language), ImVec2(right, y), bsize, look))
            f.emit({Intent::Kind::OpenLanguages});
        right -= f.px(24);
    }
    if (!v.lang.empty() && f.session->screen() != Screen::Topics) {
        right -= bsize.x;
        look.pictogram = "home";
        if (button(f, "nav.home", f.tr(ui_key::home), ImVec2(right, y), bsize, look))
            f.emit({Intent::Kind::Home});
        right -= f.px(24);
    }
    float w = right - left;
    ImFont* font = wrap_lines(f.fonts.title, title, w).size() <= 1 ? f.fonts.title
                                                                   : f.fonts.body; // long titles get smaller
    float th = text_height(font, title, w);
    text_at(f, font, f.theme.text, title, ImVec2(left, (h - th) / 2), w, true);
}

} // namespace kiosk
