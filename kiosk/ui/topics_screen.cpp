#include "widgets.h"

namespace kiosk {

void draw_topics_screen(UiFrame& f) {
    ImVec2 min = content_min(f), max = content_max(f);
    const std::vector<Topic>& topics = f.store->topics();
    int n = static_cast<int>(topics.size());
    int columns = f.size.x > f.size.y ? 5 : 2;
    int rows = (n + columns - 1) / columns;
    float gap = f.px(24);
    float h =
        std::min(f.px(330), (max.y - min.y - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows));
    Grid g = grid(f, n, min, max, f.px(600), h, gap, columns);
    ButtonLook look = plain_look(f);
    look.pictogram_above = true;
    look.pictogram_size = std::min(f.px(120), h * 0.42f);
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
