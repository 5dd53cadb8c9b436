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
    // A narrow or a low screen has no height to spare above the languages: there the welcome
    // scrolls with them.
    bool welcome_scrolls = f.narrow() || f.low();
    if (!welcome_scrolls) min.y += draw_welcome(f, min, max);
    const std::vector<Language>& langs = f.store->languages();
    int n = static_cast<int>(langs.size());
    float gap = f.px(24), pad = f.px(20), width = max.x - min.x, area_h = max.y - min.y;
    ButtonLook look = plain_look(f);
    look.font = f.fonts.title;
    look.pictogram_above = true;
    // As many columns as leave every language's name whole at the title size, five at most (two
    // upright); tiles as tall as the tallest name and greeting need, scrolling where they must.
    float widest = 0;
    for (const Language& l : langs) widest = std::max(widest, text_width(f, look.font, l.endonym) + 2 * pad);
    int columns = columns_for(width - f.px(24), widest, gap, f.size.x > f.size.y ? 5 : 2);
    int rows = (n + columns - 1) / columns;
    float cols = static_cast<float>(columns), rows_f = static_cast<float>(rows);
    float largest = std::max(f.px(440), widest); // a tile is never narrower than a name
    float tile_w = std::min(largest, (width - f.px(24) - gap * (cols - 1)) / cols), text_h = 0;
    for (const Language& l : langs) {
        look.sublabel = greeting_of(f, l.code);
        text_h = std::max(text_h, tile_height(f, l.endonym, look, tile_w));
    }
    float h = std::max(text_h, std::min(f.px(210), (area_h - gap * (rows_f - 1)) / rows_f));
    float grid_h = h * rows_f + gap * (rows_f - 1);
    float right = grid_h > area_h || welcome_scrolls ? max.x - f.px(24) : max.x; // clear of the scroll bar
    begin_scroll_area(f, "languages", min, ImVec2(width, area_h));
    ImVec2 origin = ImGui::GetCursorScreenPos(); // moves up as the area scrolls
    float welcome = welcome_scrolls ? draw_welcome(f, origin, ImVec2(right, max.y)) : 0,
          top = origin.y + welcome;
    Grid g = grid(f, n, ImVec2(min.x, top), ImVec2(right, top + std::max(grid_h, area_h - welcome)), largest,
                  h, gap, columns);
    for (size_t i = 0; i < langs.size(); ++i) {
        look.chosen = langs[i].code == f.session->visit().lang;
        look.sublabel = greeting_of(f, langs[i].code);
        if (button(f, "lang." + langs[i].code, langs[i].endonym, g.cells[i], g.cell_size, look))
            f.emit({Intent::Kind::PickLanguage, langs[i].code});
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(right - min.x, welcome + grid_h)); // how far the area scrolls
    end_scroll_area(f);
}

} // namespace kiosk
