#include "ui/widgets.h"

#include <algorithm>

namespace kiosk {

namespace {

// Where tiles would run past the area (a tablet on its side, a phone, a larger text size), the
// topics are rows: the pictogram beside the words, in two columns where the longest word allows,
// each row as tall as its own words, so that a tile's words are not stacked under a picture.
void draw_topic_rows(UiFrame& f, const std::vector<Topic>& topics, ImVec2 min, ImVec2 max) {
    ButtonLook look = plain_look(f);
    look.pictogram_size = f.mm(10);
    float gap = f.px(24), pad = f.px(20), scroll_bar = f.px(24), width = max.x - min.x - scroll_bar;
    float widest = 0;
    for (const Topic& t : topics)
        widest = std::max(widest, widest_word(f, look.font, f.tr(topic_title_key(t.key))));
    float least = std::max(widest, f.mm(45)) + look.pictogram_size + 3 * pad;
    int columns = columns_for(width, least, gap, 2), n = static_cast<int>(topics.size());
    float w = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    float label_w = w - 3 * pad - look.pictogram_size; // as button() lays a label beside its pictogram
    std::vector<float> row_h((n + columns - 1) / columns, look.pictogram_size + 2 * pad);
    for (int i = 0; i < n; ++i) {
        const Topic& t = topics[static_cast<size_t>(i)];
        float words = text_height(f, look.font, f.tr(topic_title_key(t.key)), label_w) +
                      text_height(f, look.sublabel_font, f.tr(topic_subtitle_key(t.key)), label_w) + 2 * pad;
        float& h = row_h[static_cast<size_t>(i / columns)];
        h = std::max(h, words);
    }
    begin_scroll_area(f, "topic_rows", min, ImVec2(max.x - min.x, max.y - min.y));
    ImVec2 top = ImGui::GetCursorScreenPos(); // moves up as the area scrolls
    float y = top.y;
    for (int i = 0; i < n; ++i) {
        const Topic& t = topics[static_cast<size_t>(i)];
        float h = row_h[static_cast<size_t>(i / columns)];
        float x = min.x + static_cast<float>(i % columns) * (w + gap);
        look.pictogram = t.pictogram;
        look.sublabel = f.tr(topic_subtitle_key(t.key));
        // Mirrored within the rows, which keep clear of the scroll bar on the right.
        ImVec2 at(f.rtl ? 2 * min.x + width - x - w : x, y);
        if (button(f, "topic." + t.key, f.tr(topic_title_key(t.key)), at, ImVec2(w, h), look))
            f.emit({Intent::Kind::OpenTopic, t.key});
        if (i % columns == columns - 1 || i == n - 1) y += h + gap;
    }
    ImGui::SetCursorScreenPos(top);
    ImGui::Dummy(ImVec2(width, y - gap - top.y)); // how far the area scrolls
    end_scroll_area(f);
}

} // namespace

void draw_topics_screen(UiFrame& f) {
    ImVec2 min = content_min(f), max = content_max(f);
    const std::vector<Topic>& topics = f.store->topics();
    int n = static_cast<int>(topics.size());
    ButtonLook look = plain_look(f);
    look.pictogram_above = true;
    // Larger text gets fewer, wider tiles, so that no word is drawn smaller; where they would not
    // fit the area even so, rows.
    float widest = 0;
    for (const Topic& t : topics)
        widest = std::max(widest, widest_word(f, look.font, f.tr(topic_title_key(t.key))) + 2 * f.px(20));
    int columns = columns_for(max.x - min.x - f.px(24), widest, f.px(24),
                              f.size.x > f.size.y ? 5 - f.session->visit().text_size : 2);
    float rows = static_cast<float>((n + columns - 1) / columns), cols = static_cast<float>(columns);
    float gap = f.px(24), area_h = max.y - min.y;
    float fit_h = std::min(f.px(330), (area_h - gap * (rows - 1)) / rows);
    // Tiles as tall as the one with the most text needs: its pictogram shrinks a little first.
    float w = std::min(f.px(600), (max.x - min.x - gap * (cols - 1)) / cols), text_h = 0;
    look.pictogram_size = 0;
    for (const Topic& t : topics) {
        look.sublabel = f.tr(topic_subtitle_key(t.key));
        text_h = std::max(text_h, tile_height(f, f.tr(topic_title_key(t.key)), look, w));
    }
    look.pictogram_size = std::min(f.px(120), std::max(f.px(80), fit_h - text_h));
    float h = std::max(fit_h, text_h + look.pictogram_size);
    if (h * rows + gap * (rows - 1) > area_h) return draw_topic_rows(f, topics, min, max);

    Grid g = grid(f, n, min, max, f.px(600), h, gap, columns);
    for (int i = 0; i < n; ++i) {
        const Topic& t = topics[static_cast<size_t>(i)];
        look.pictogram = t.pictogram;
        look.sublabel = f.tr(topic_subtitle_key(t.key));
        if (button(f, "topic." + t.key, f.tr(topic_title_key(t.key)), g.cells[static_cast<size_t>(i)],
                   g.cell_size, look))
            f.emit({Intent::Kind::OpenTopic, t.key});
    }
}

} // namespace kiosk
