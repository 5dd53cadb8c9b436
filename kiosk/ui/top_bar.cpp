#include "widgets.h"

#include <algorithm>

namespace kiosk {

namespace {
constexpr float bar_h = 120, margin = 48;
}

ImVec2 content_min(const UiFrame& f) {
    return ImVec2(f.px(margin), f.px(bar_h + 24));
}
ImVec2 content_max(const UiFrame& f) {
    return ImVec2(f.size.x - f.px(margin), f.size.y - f.strip_height - f.px(24));
}

void draw_top_bar(UiFrame& f, const std::string& title) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float h = f.px(bar_h);
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(f.size.x, h), f.theme.panel);
    dl->AddLine(ImVec2(0, h), ImVec2(f.size.x, h), f.theme.border, f.px(2));

    const Visit& v = f.session->visit();
    ButtonLook look = plain_look(f);
    look.pictogram_size = f.px(56);
    // Each button as wide as its label needs, and never narrower than a comfortable target.
    auto size_for = [&](const char* key) {
        return ImVec2(
            std::max(f.px(220), text_width(f, look.font, f.tr(key)) + look.pictogram_size + f.px(64)),
            f.px(88));
    };
    ImVec2 bsize = size_for(ui_key::back);
    float y = (h - bsize.y) / 2;
    float left = f.px(24), right = f.size.x - f.px(24);
    if (v.screens.size() > 1) {
        look.pictogram = "back";
        look.mirror_pictogram = f.rtl; // Back points the way the visitor reads from
        if (button(f, "nav.back", f.tr(ui_key::back), ImVec2(f.mirror_x(left, bsize.x), y), bsize, look))
            f.emit({Intent::Kind::Back});
        left += bsize.x + f.px(24);
        look.mirror_pictogram = false;
    }
    // Language, Home, then Search (a magnifying glass, understood without words) from the far end.
    struct NavButton {
        const char *id, *key, *pictogram;
        Screen hidden_on;
        Intent::Kind intent;
    };
    const NavButton far_end[] = {
        {"nav.lang", ui_key::language, "language", Screen::Language, Intent::Kind::OpenLanguages},
        {"nav.home", ui_key::home, "home", Screen::Topics, Intent::Kind::Home},
        {"nav.search", nullptr, "search", Screen::Search, Intent::Kind::OpenSearch}};
    for (const NavButton& b : far_end) {
        if (v.lang.empty() || f.session->screen() == b.hidden_on) continue;
        bsize = b.key ? size_for(b.key) : ImVec2(f.px(110), f.px(88));
        right -= bsize.x;
        look.pictogram = b.pictogram;
        std::string label = b.key ? f.tr(b.key) : "";
        if (button(f, b.id, label, ImVec2(f.mirror_x(right, bsize.x), y), bsize, look)) f.emit({b.intent});
        right -= f.px(24);
    }
    float w = right - left;
    TextStyle style = f.text->layout(title, f.fonts.title, w, f.direction()).lines.size() <= 1 ? f.fonts.title
                                                                                               : f.fonts.body;
    float th = text_height(f, style, title, w); // long titles get smaller
    text_at(f, style, f.theme.text, title, ImVec2(f.mirror_x(left, w), (h - th) / 2), w, Align::Centre);
}

} // namespace kiosk
