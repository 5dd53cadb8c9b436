#include "ui/widgets.h"

#include <algorithm>

namespace kiosk {

namespace {

const std::string& greeting_of(const UiFrame& f, const std::string& lang) {
    static const std::string none;
    for (const auto& [code, greeting] : f.data->greetings)
        if (code == lang) return greeting;
    return none;
}

// The attract line: the welcome of one language at a time, laid out in that language's direction
// whatever the screen's, centred above the buttons in a slot of fixed height, so the buttons stay
// put whichever script shows. Returns the height it took.
float draw_welcome(UiFrame& f, ImVec2 min, ImVec2 max) {
    if (f.data->welcome.empty()) return 0;
    const Language* lang = f.store->language(f.data->welcome_lang);
    UiFrame own = f;
    own.rtl = lang && lang->rtl;
    float w = max.x - min.x, slot = 2.25f * static_cast<float>(f.fonts.title.px);
    float h = text_height(own, f.fonts.title, f.data->welcome, w);
    ImVec2 pos(min.x, min.y + std::max(0.f, (slot - h) / 2));
    text_at(own, f.fonts.title, f.theme.accent, f.data->welcome, pos, w, Align::Centre);
    return std::max(slot, h) + f.px(12);
}

} // namespace

// Each language by its own name, with "Choose your language" in that language beneath it, so a
// visitor who reads only one of them finds it without reading any other.
void draw_language_screen(UiFrame& f) {
    ImVec2 min = content_min(f), max = content_max(f);
    if (!f.data->notice.empty()) { // staff see that the stick worked; visitors see fresh information
        std::string notice = "✓ " + f.tr(ui_key::content_updated) + " · " + f.data->notice;
        min.y += text_at(f, f.fonts.small, f.theme.muted, notice, min, max.x - min.x) + f.px(12);
    }
    min.y += draw_welcome(f, min, max);
    const std::vector<Language>& langs = f.store->languages();
    int columns = f.size.x > f.size.y ? 5 : 2;
    int rows = (static_cast<int>(langs.size()) + columns - 1) / columns;
    float gap = f.px(24);
    float h =
        std::min(f.px(210), (max.y - min.y - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows));
    Grid g = grid(f, static_cast<int>(langs.size()), min, max, f.px(440), h, gap, columns);
    ButtonLook look = plain_look(f);
    look.font = f.fonts.title;
    look.pictogram_above = true;
    for (size_t i = 0; i < langs.size(); ++i) {
        look.chosen = langs[i].code == f.session->visit().lang;
        look.sublabel = greeting_of(f, langs[i].code);
        if (button(f, "lang." + langs[i].code, langs[i].endonym, g.cells[i], g.cell_size, look))
            f.emit({Intent::Kind::PickLanguage, langs[i].code});
    }
}

} // namespace kiosk
