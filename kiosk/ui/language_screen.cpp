#include "widgets.h"

namespace kiosk {

void draw_language_screen(UiFrame& f) {
    ImVec2 min = content_min(f), max = content_max(f);
    float y = min.y;
    for (const auto& [lang, greeting] : f.data->greetings)
        y += text_at(f, f.fonts.title, f.theme.text, greeting, ImVec2(min.x, y), max.x - min.x,
                     Align::Centre) +
             f.px(8);
    const std::vector<Language>& langs = f.store->languages();
    Grid g = grid(f, static_cast<int>(langs.size()), ImVec2(min.x, y + f.px(32)), max, f.px(440), f.px(150),
                  f.px(28), 5);
    ButtonLook look = plain_look(f);
    look.font = f.fonts.title;
    look.pictogram_above = true;
    for (size_t i = 0; i < langs.size(); ++i) {
        look.chosen = langs[i].code == f.session->visit().lang;
        if (button(f, "lang." + langs[i].code, langs[i].endonym, g.cells[i], g.cell_size, look))
            f.emit({Intent::Kind::PickLanguage, langs[i].code});
    }
}

} // namespace kiosk
