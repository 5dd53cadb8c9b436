#include "widgets.h"

namespace kiosk {

namespace {

// "Step 2 of at most 4" in words, and as dots for those who do not read.
float draw_progress(UiFrame& f, const FlowRun& run, ImVec2 pos, float width) {
    int step = flow_step(run), max = flow_max_steps(run);
    std::string text =
        format(f.tr(ui_key::step), {{"step", std::to_string(step)}, {"max", std::to_string(max)}});
    float h = text_at(f, f.fonts.small, f.theme.muted, text, pos, width);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float r = f.px(10), y = pos.y + h + f.px(18);
    for (int i = 0; i < max; ++i) {
        float cx = pos.x + r + static_cast<float>(i) * r * 3.2f;
        ImVec2 c(f.mirror_x(cx - r, 2 * r) + r, y); // progress runs the way the visitor reads
        if (i < step)
            dl->AddCircleFilled(c, r, f.theme.accent);
        else
            dl->AddCircle(c, r, f.theme.accent, 0, f.px(3));
    }
    return h + f.px(18) + 2 * r;
}

// The answers, each as tall as its words need at the visitor's text size (and at least a share of
// the room left); when they do not all fit below the question, they scroll.
void draw_choices(UiFrame& f, const FlowRun& run, const Node& node, ImVec2 at, float width, float bottom) {
    size_t n = node.choices.size();
    float gap = f.px(20), pad = f.px(20), room = bottom - at.y;
    float share = (room - gap * static_cast<float>(n - 1)) / static_cast<float>(n);
    ButtonLook look = plain_look(f);
    std::vector<float> heights;
    auto fits = [&](float least) { // the heights with answers at least this tall: do they fit?
        look.pictogram_size = least - f.px(24);
        float label_w =
            width - 3 * pad - look.pictogram_size; // as button() lays a label beside its pictogram
        float total = gap * static_cast<float>(n - 1);
        heights.clear();
        for (const Choice& c : node.choices) {
            float words = text_height(f, look.font, f.tr(choice_key(node, c)), label_w) + pad; // a margin
            heights.push_back(std::max(least, words));
            total += heights.back();
        }
        return total <= room;
    };
    bool scrolls = !fits(std::clamp(share, f.px(72), f.px(130)));
    if (scrolls) fits(f.px(130)); // answers that scroll anyway keep their full size, pictograms too
    float scroll_bar = scrolls ? f.px(24) : 0;
    if (scrolls) begin_scroll_area(f, "choices", at, ImVec2(width, room));
    std::string chosen = flow_chosen_value(run);
    for (size_t i = 0; i < n; ++i) {
        const Choice& c = node.choices[i];
        look.pictogram = c.pictogram;
        look.chosen = c.value == chosen;
        std::string id = "choice." + node.id + "." + std::to_string(i + 1);
        ImVec2 pos = scrolls ? ImGui::GetCursorScreenPos() : at;
        if (button(f, id, f.tr(choice_key(node, c)), pos, ImVec2(width - scroll_bar, heights[i]), look))
            f.emit({Intent::Kind::Choose, "", i});
        if (scrolls) ImGui::Dummy(ImVec2(0, gap)); // button() moved the cursor below itself
        at.y += heights[i] + gap;
    }
    if (scrolls) end_scroll_area();
}

} // namespace

void draw_question_screen(UiFrame& f) {
    const FlowRun& run = *f.session->visit().flow;
    const Node& node = flow_current(run);
    ImVec2 min = content_min(f), max = content_max(f);
    float width = std::min(max.x - min.x, f.px(1200));
    float x = min.x + (max.x - min.x - width) / 2;
    float y = min.y;
    if (node.kind == NodeKind::Question) y += draw_progress(f, run, ImVec2(x, y), width) + f.px(24);
    y += text_at(f, node.kind == NodeKind::Question ? f.fonts.title : f.fonts.body, f.theme.text,
                 f.tr(node_text_key(node.id)), ImVec2(x, y), width) +
         f.px(36);

    if (node.kind == NodeKind::Info) {
        if (button(f, "nav.next", f.tr(ui_key::next), ImVec2(x, y), ImVec2(width, f.px(110)), accent_look(f)))
            f.emit({Intent::Kind::Continue});
        return;
    }
    draw_choices(f, run, node, ImVec2(x, y), width, max.y);
}

} // namespace kiosk
