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

void keyboard(UiFrame& f, const KeyboardLayout& layout, ImVec2 min, ImVec2 max) {
    size_t widest = 0;
    for (const auto& row : layout.rows) widest = std::max(widest, row.size());
    float gap = f.px(10), rows = static_cast<float>(layout.rows.size() + 1);
    float key_w = std::min(f.px(110), (max.x - min.x - gap * static_cast<float>(widest - 1)) /
                                          static_cast<float>(widest));
    float key_h = std::min(f.px(96), (max.y - min.y - gap * (rows - 1)) / rows);
    ButtonLook look = plain_look(f);
    look.font = f.fonts.title;
    look.pictogram_above = true; // centres the letter
    float y = min.y;
    for (const auto& row : layout.rows) {
        float row_w = static_cast<float>(row.size()) * (key_w + gap) - gap;
        float x = min.x + (max.x - min.x - row_w) / 2;
        for (const std::string& k : row) {
            if (button(f, "key." + k, k, ImVec2(x, y), ImVec2(key_w, key_h), look))
                f.emit({Intent::Kind::TypeKey, k});
            x += key_w + gap;
        }
        y += key_h + gap;
    }
    float space_w = (max.x - min.x) * 0.6f, back_w = key_w * 2;
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
    float gap = f.px(14), pad = f.px(20);
    float w = grid(f, static_cast<int>(ids.size()), min, max, f.px(420), f.px(96), gap, 3).cell_size.x;
    float h = f.px(96); // as tall as the longest name needs, so no name is cut off
    for (const std::string& id : ids)
        h = std::max(h, text_height(f, f.fonts.body, f.tr(category_name_key(id)), w - 2 * pad) + pad);
    // The names can need more room than the screen has: the list scrolls by dragging.
    begin_scroll_area(f, "categories", min, ImVec2(max.x - min.x, max.y - min.y));
    ImVec2 top = ImGui::GetCursorScreenPos();
    Grid g = grid(f, static_cast<int>(ids.size()), top, ImVec2(top.x + max.x - min.x - f.px(24), top.y),
                  f.px(420), h, gap, 3);
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

void draw_search_screen(UiFrame& f) {
    ImVec2 min = content_min(f), max = content_max(f);
    const KeyboardLayout* layout = keyboard_for(f.session->visit().lang);
    float gap = f.px(32), box_h = f.px(100);
    bool landscape = f.size.x > f.size.y;
    if (!layout) { // a category opens its list
        categories(f, min, max);
        return;
    }
    query_box(f, min, max.x - min.x, box_h);
    float top = min.y + box_h + gap;
    float results_w = landscape ? (max.x - min.x - gap) * 0.48f : max.x - min.x;
    float tool_x = landscape ? min.x + results_w + gap : min.x;
    float tool_top = landscape ? top : top + (max.y - top) * 0.45f;
    float results_h = landscape ? max.y - top : tool_top - top - gap;
    ImVec2 tool_min(f.mirror_x(tool_x, max.x - tool_x), tool_top),
        tool_max(tool_min.x + (max.x - tool_x), max.y);
    keyboard(f, *layout, tool_min, tool_max);
    if (f.session->visit().query.empty()) return; // nothing asked yet
    begin_scroll_area(f, "search", ImVec2(f.mirror_x(min.x, results_w), top), ImVec2(results_w, results_h));
    draw_service_cards(f, f.data->search_results, results_w - f.px(24));
    end_scroll_area(f);
}

} // namespace kiosk
