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
    std::string chosen = flow_chosen_value(run);
    float gap = f.px(20);
    float h = std::clamp((max.y - y - gap * static_cast<float>(node.choices.size() - 1)) /
                             static_cast<float>(node.choices.size()),
                         f.px(72), f.px(130));
    ButtonLook look = plain_look(f);
    look.pictogram_size = h - f.px(24);
    for (size_t i = 0; i < node.choices.size(); ++i) {
        const Choice& c = node.choices[i];
        look.pictogram = c.pictogram.empty() && c.value == "unknown" ? "unknown" : c.pictogram;
        look.chosen = c.value == chosen;
        std::string id = "choice." + node.id + "." + std::to_string(i + 1);
        if (button(f, id, f.tr(choice_key(node, c)), ImVec2(x, y), ImVec2(width, h), look))
            f.emit({Intent::Kind::Choose, "", i});
        y += h + gap;
    }
}

} // namespace kiosk
