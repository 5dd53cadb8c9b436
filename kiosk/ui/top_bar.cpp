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
    // From the far end: the text size and the contrast (on every screen, the picker too), then
    // Language, Home and Search. Pictograms without words where they are understood without them.
    struct NavButton {
        const char *id, *key, *pictogram;
        Intent::Kind intent;
        bool shown, chosen;
    };
    bool visiting = !v.lang.empty();
    Screen on = f.session->screen();
    const NavButton far_end[] = {
        {"nav.textsize", nullptr, "textsize", Intent::Kind::CycleTextSize, true, v.text_size != 0},
        {"nav.contrast", nullptr, "contrast", Intent::Kind::ToggleContrast, true, v.high_contrast},
        {"nav.lang", ui_key::language, "language", Intent::Kind::OpenLanguages,
         visiting && on != Screen::Language, false},
        {"nav.home", ui_key::home, "home", Intent::Kind::Home, visiting && on != Screen::Topics, false},
        {"nav.search", nullptr, "search", Intent::Kind::OpenSearch, visiting && on != Screen::Search, false}};
    for (const NavButton& b : far_end) {
        if (!b.shown) continue;
        bsize = b.key ? size_for(b.key) : ImVec2(f.px(110), f.px(88));
        right -= bsize.x;
        look.pictogram = b.pictogram;
        look.chosen = b.chosen;
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
