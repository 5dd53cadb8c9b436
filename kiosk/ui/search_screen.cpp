#include "core/language/keyboard_layout.h"
#include "ui/pictograms.h"
#include "ui/widgets.h"

#include <algorithm>

namespace kiosk {

namespace {

void query_box(UiFrame& f, ImVec2 pos, float width, float height) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), f.theme.panel, f.px(14));
    dl->AddRect(pos, ImVec2(pos.x + width, pos.y + height), f.theme.accent, f.px(14), 0, f.px(3));
    float icon = height - f.px(24), pad = f.px(12);
    if (ImTextureID tex = f.pictograms->get("search", f.theme.dark)) {
        float ix = f.rtl ? pos.x + width - pad - icon : pos.x + pad;
        dl->AddImage(tex, ImVec2(ix, pos.y + pad), ImVec2(ix + icon, pos.y + pad + icon));
    }
    const std::string& q = f.session->visit().query;
    if (q.empty()) return;
    float tx = f.rtl ? pos.x + pad : pos.x + icon + 2 * pad, tw = width - icon - 3 * pad;
    float th = text_height(f, f.fonts.title, q, tw);
    text_at(f, f.fonts.title, f.theme.text, q, ImVec2(tx, pos.y + (height - th) / 2), tw);
}

// The keys as rows of the screen: the layout's own rows where they fit with keys at least 9.5 mm
// wide, else each of them split over as many rows as it needs (a phone, a tablet's half screen).
struct Keys {
    std::vector<std::vector<std::string>> rows;
    float key_w = 0, key_h = 0, gap = 0, least = 0; // least: the smallest a key may be, either way
};

Keys key_rows(UiFrame& f, const KeyboardLayout& layout, float width) {
    Keys k;
    k.gap = f.px(10), k.least = f.mm(9.5f);
    size_t widest = 0;
    for (const auto& row : layout.rows) widest = std::max(widest, row.size());
    auto key_width = [&](size_t n) {
        return std::min(f.px(110), (width - k.gap * static_cast<float>(n - 1)) / static_cast<float>(n));
    };
    k.key_w = key_width(widest);
    if (k.key_w >= k.least) {
        k.rows = layout.rows;
        return k;
    }
    // Each of the layout's rows split into balanced parts ("a z e r t" over "y u i o p"), so the
    // rows a visitor knows stay rows: flowing every key on, "o p" ended up beside "q s d".
    size_t per_row = std::max<size_t>(1, static_cast<size_t>((width + k.gap) / (k.least + k.gap)));
    for (const auto& row : layout.rows) {
        if (row.empty()) continue;
        size_t parts = (row.size() + per_row - 1) / per_row, part = (row.size() + parts - 1) / parts;
        for (size_t i = 0; i < row.size(); i += part)
            k.rows.emplace_back(row.begin() + static_cast<long>(i),
                                row.begin() + static_cast<long>(std::min(row.size(), i + part)));
    }
    size_t longest = 1;
    for (const auto& row : k.rows) longest = std::max(longest, row.size());
    k.key_w = key_width(longest);
    return k;
}

// The least height the keyboard needs: every row and the space bar at the least key height.
float keyboard_least_height(const Keys& k) {
    float rows = static_cast<float>(k.rows.size() + 1);
    return rows * k.least + (rows - 1) * k.gap;
}

// The letters as large as the title where the keys allow, else as large as the tallest and the
// widest key leave room for: a key's letter is never cut.
TextStyle key_font(UiFrame& f, const Keys& k) {
    TextStyle font = f.fonts.title;
    float widest = 0, tallest = 0;
    for (const auto& row : k.rows)
        for (const std::string& key : row) {
            widest = std::max(widest, text_width(f, font, key));
            tallest = std::max(tallest, text_height(f, font, key, 1e6f));
        }
    float room_w = k.key_w - 2 * f.px(20), room_h = k.key_h - f.px(8); // as button() lays a label out
    float shrink = std::min({1.f, room_w / std::max(1.f, widest), room_h / std::max(1.f, tallest)});
    font.px = std::max(8, static_cast<int>(static_cast<float>(font.px) * shrink));
    return font;
}

void keyboard(UiFrame& f, Keys k, ImVec2 min, ImVec2 max) {
    float rows = static_cast<float>(k.rows.size() + 1);
    k.key_h = std::max(k.least, std::min(f.px(96), (max.y - min.y - k.gap * (rows - 1)) / rows));
    ButtonLook look = plain_look(f);
    look.font = key_font(f, k);
    look.pictogram_above = true; // centres the letter
    float y = min.y, gap = k.gap, key_w = k.key_w, key_h = k.key_h;
    for (const auto& row : k.rows) {
        float row_w = static_cast<float>(row.size()) * (key_w + gap) - gap;
        float x = min.x + (max.x - min.x - row_w) / 2;
        for (const std::string& key : row) {
            if (button(f, "key." + key, key, ImVec2(x, y), ImVec2(key_w, key_h), look))
                f.emit({Intent::Kind::TypeKey, key});
            x += key_w + gap;
        }
        y += key_h + gap;
    }
    float back_w = std::max(key_w * 2, k.least),
          space_w = std::min((max.x - min.x) * 0.6f, max.x - min.x - gap - back_w);
    float x = min.x + (max.x - min.x - space_w - gap - back_w) / 2;
    if (button(f, "key.space", "", ImVec2(f.rtl ? x + back_w + gap : x, y), ImVec2(space_w, key_h), look))
        f.emit({Intent::Kind::TypeKey, " "});
    look.pictogram = "back";
    look.pictogram_size = key_h * 0.6f;
    look.mirror_pictogram = f.rtl; // erases toward where the text began
    if (button(f, "key.backspace", "", ImVec2(f.rtl ? x : x + space_w + gap, y), ImVec2(back_w, key_h), look))
        f.emit({Intent::Kind::Backspace});
}

// Languages without an on-screen keyboard find services by category instead.
void categories(UiFrame& f, ImVec2 min, ImVec2 max) {
    const std::vector<std::string>& ids = f.data->categories;
    float gap = f.px(14), pad = f.px(20), widest = 0;
    for (const std::string& id : ids)
        widest = std::max(widest, widest_word(f, f.fonts.body, f.tr(category_name_key(id))));
    int columns = columns_for(max.x - min.x - f.px(24), widest + 2 * pad, gap, 3);
    float w = grid(f, static_cast<int>(ids.size()), min, ImVec2(max.x - f.px(24), max.y), f.px(420), f.px(96),
                   gap, columns)
                  .cell_size.x;
    float h = f.px(96); // as tall as the longest name needs, so no name is cut off
    for (const std::string& id : ids)
        h = std::max(h, text_height(f, f.fonts.body, f.tr(category_name_key(id)), w - 2 * pad) + pad);
    // The names can need more room than the screen has: the list scrolls by dragging.
    begin_scroll_area(f, "categories", min, ImVec2(max.x - min.x, max.y - min.y));
    ImVec2 top = ImGui::GetCursorScreenPos();
    Grid g = grid(f, static_cast<int>(ids.size()), top, ImVec2(top.x + max.x - min.x - f.px(24), top.y),
                  f.px(420), h, gap, columns);
    ButtonLook look = plain_look(f);
    look.pictogram_above = true;
    for (size_t i = 0; i < ids.size(); ++i) {
        // Cells are laid out in reading order already; grid() mirrors them on right-to-left screens.
        if (button(f, "category." + ids[i], f.tr(category_name_key(ids[i])), g.cells[i], g.cell_size, look))
            f.emit({Intent::Kind::BrowseCategory, ids[i]});
    }
    end_scroll_area(f);
}

} // namespace

// The query, the results and the keyboard: upright, the results above the keyboard; on their
// side, beside it. Where keys at least 9.5 mm and a few results cannot both fit (a phone, a
// 7-inch panel), the categories take the screen instead: a visitor finds places by browsing.
void draw_search_screen(UiFrame& f) {
    ImVec2 min = content_min(f), max = content_max(f);
    const KeyboardLayout* layout = keyboard_for(f.session->visit().lang);
    float gap = f.px(32), box_h = std::max(f.px(100), text_height(f, f.fonts.title, "Ag", 1e6f) + f.px(24));
    bool landscape = f.size.x > f.size.y;
    float top = min.y + box_h + gap, least_results = 120 * f.text_scale;
    float results_w = landscape ? (max.x - min.x - gap) * 0.48f : max.x - min.x;
    float tool_x = landscape ? min.x + results_w + gap : min.x, tool_w = max.x - tool_x;
    Keys keys = layout ? key_rows(f, *layout, tool_w) : Keys{};
    float least_keyboard = keyboard_least_height(keys);
    float tool_top = landscape ? top : std::min(top + (max.y - top) * 0.45f, max.y - least_keyboard);
    float results_h = landscape ? max.y - top : tool_top - top - gap;
    bool fits = layout && max.y - tool_top >= least_keyboard - 0.5f && results_h >= least_results;
    if (!fits) { // a category opens its list
        categories(f, min, max);
        return;
    }
    query_box(f, min, max.x - min.x, box_h);
    ImVec2 tool_min(f.mirror_x(tool_x, tool_w), tool_top), tool_max(tool_min.x + tool_w, max.y);
    keyboard(f, keys, tool_min, tool_max);
    if (f.session->visit().query.empty()) return; // nothing asked yet
    begin_scroll_area(f, "search", ImVec2(f.mirror_x(min.x, results_w), top), ImVec2(results_w, results_h));
    draw_service_cards(f, f.data->search_results, results_w - f.px(24));
    end_scroll_area(f);
}

} // namespace kiosk
