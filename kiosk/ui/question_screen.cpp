#include "ui/widgets.h"

namespace kiosk {

namespace {

std::string step_text(UiFrame& f, const FlowRun& run) {
    return format(f.tr(ui_key::step),
                  {{"step", std::to_string(flow_step(run))}, {"max", std::to_string(flow_max_steps(run))}});
}

float progress_height(UiFrame& f, const FlowRun& run, float width) {
    return text_height(f, f.fonts.small, step_text(f, run), width) + f.px(18) + 2 * f.px(10);
}

// "Step 2 of at most 4" in words, and as dots for those who do not read.
float draw_progress(UiFrame& f, const FlowRun& run, ImVec2 pos, float width) {
    int step = flow_step(run), max = flow_max_steps(run);
    float h = text_at(f, f.fonts.small, f.theme.muted, step_text(f, run), pos, width);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float r = f.px(10), y = pos.y + h + f.px(18);
    for (int i = 0; i < max; ++i) {
        float cx = pos.x + r + static_cast<float>(i) * r * 3.2f;
        ImVec2 c(f.rtl ? 2 * pos.x + width - cx : cx, y); // progress runs the way the visitor reads
        if (i < step)
            dl->AddCircleFilled(c, r, f.theme.accent);
        else
            dl->AddCircle(c, r, f.theme.accent, 0, f.px(3));
    }
    return h + f.px(18) + 2 * r;
}

// The answers' heights: each as tall as its words need at the visitor's text size, and at least
// a share of the room (between 72 and 130 px at 1080p). Returns whether they fit in `room`.
bool answer_heights(UiFrame& f, const Node& node, float width, float room, ButtonLook& look,
                    std::vector<float>& heights) {
    size_t n = node.choices.size();
    float gap = f.px(20), pad = f.px(20);
    float share = (room - gap * static_cast<float>(n - 1)) / static_cast<float>(n);
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
    if (fits(std::clamp(share, f.px(72), f.px(130)))) return true;
    fits(f.px(130)); // answers that scroll keep their full size, pictograms too
    return false;
}

void draw_choices(UiFrame& f, const FlowRun& run, const Node& node, ImVec2 at, float width,
                  const std::vector<float>& heights, ButtonLook look) {
    std::string chosen = flow_chosen_value(run);
    for (size_t i = 0; i < node.choices.size(); ++i) {
        const Choice& c = node.choices[i];
        look.pictogram = c.pictogram;
        look.chosen = c.value == chosen;
        std::string id = "choice." + node.id + "." + std::to_string(c.position);
        if (button(f, id, f.tr(choice_key(node, c)), at, ImVec2(width, heights[i]), look))
            f.emit({Intent::Kind::Choose, "", i});
        at.y += heights[i] + f.px(20);
    }
}

// The step and the question in a column of this width at pos; returns the height used.
float draw_head(UiFrame& f, const FlowRun& run, const Node& node, ImVec2 pos, float width) {
    float y = pos.y;
    bool question = node.kind == NodeKind::Question;
    if (question) y += draw_progress(f, run, pos, width) + f.px(24);
    y += marked_text_at(f, question ? f.fonts.title : f.fonts.body, f.theme.text,
                        f.tr(node_text_key(node.id)), ImVec2(pos.x, y), width);
    return y - pos.y + f.px(36);
}

float head_height(UiFrame& f, const FlowRun& run, const Node& node, float width) {
    bool question = node.kind == NodeKind::Question;
    float progress = question ? progress_height(f, run, width) + f.px(24) : 0;
    return progress +
           text_height(f, question ? f.fonts.title : f.fonts.body, f.tr(node_text_key(node.id)), width) +
           f.px(36);
}

// What follows the question: its answers, or "Continue" after a piece of information. Returns
// the height used.
float draw_answers(UiFrame& f, const FlowRun& run, const Node& node, ImVec2 at, float width,
                   const std::vector<float>& heights, const ButtonLook& look) {
    if (node.kind != NodeKind::Question) {
        if (button(f, "nav.next", f.tr(ui_key::next), at, ImVec2(width, f.px(110)), accent_look(f)))
            f.emit({Intent::Kind::Continue});
        return f.px(110);
    }
    draw_choices(f, run, node, at, width, heights, look);
    float total = 0;
    for (float h : heights) total += h + f.px(20);
    return total;
}

// Content drawn at the cursor of a scrolling area: the area scrolls over this height.
void end_page(UiFrame& f, ImVec2 origin, float width, float height) {
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));
    end_scroll_area(f);
}

// The question and its answers side by side on a landscape screen: the question on the side where
// reading starts, the answers beside it, measured once and drawn from the measure.
struct SideBySide {
    float gap = 0, head_w = 0, answers_w = 0;
    ButtonLook look;
    std::vector<float> heights;
    bool fits = false; // both whole without scrolling
};

// Where they do not fit (a tablet on its side at a larger text size), one page under the other
// reads better than two narrow columns scrolling each on its own.
SideBySide side_by_side(UiFrame& f, const FlowRun& run, const Node& node, ImVec2 min, ImVec2 max) {
    SideBySide s;
    float room = max.y - min.y;
    s.gap = f.px(48);
    s.head_w = (max.x - min.x - s.gap) * 0.55f, s.answers_w = max.x - min.x - s.gap - s.head_w;
    s.look = plain_look(f);
    s.fits =
        head_height(f, run, node, s.head_w) <= room &&
        (node.kind != NodeKind::Question || answer_heights(f, node, s.answers_w, room, s.look, s.heights));
    return s;
}

void draw_side_by_side(UiFrame& f, const FlowRun& run, const Node& node, ImVec2 min, const SideBySide& s) {
    draw_head(f, run, node, ImVec2(f.mirror_x(min.x, s.head_w), min.y), s.head_w);
    draw_answers(f, run, node, ImVec2(f.mirror_x(min.x + s.head_w + s.gap, s.answers_w), min.y), s.answers_w,
                 s.heights, s.look);
}

// The step, the question and its answers, one under the other. When they do not all fit (large
// text, a long question), a landscape screen puts the answers beside the question where they fit
// there; otherwise the page scrolls as one, so one drag reaches every answer. A cue under a scrolling area
// says more lies below.
void draw_question(UiFrame& f) {
    const FlowRun& run = *f.session->visit().flow;
    const Node& node = flow_current(run);
    ImVec2 min = content_min(f), max = content_max(f);
    float width = std::min(max.x - min.x, f.px(1200)), scroll_bar = f.px(24);
    float x = min.x + (max.x - min.x - width) / 2;
    bool question = node.kind == NodeKind::Question;
    float head = head_height(f, run, node, width), room = max.y - min.y - head;
    ButtonLook look = plain_look(f);
    std::vector<float> heights;
    bool fits = question ? answer_heights(f, node, width, room, look, heights) : f.px(110) <= room;
    if (fits) {
        draw_head(f, run, node, ImVec2(x, min.y), width);
        draw_answers(f, run, node, ImVec2(x, min.y + head), width, heights, look);
        return;
    }
    if (f.size.x > f.size.y)
        if (SideBySide beside = side_by_side(f, run, node, min, max); beside.fits)
            return draw_side_by_side(f, run, node, min, beside);
    begin_scroll_area(f, "question", ImVec2(x, min.y), ImVec2(width, max.y - min.y));
    width -= scroll_bar;
    if (question) answer_heights(f, node, width, 0, look, heights);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float h = draw_head(f, run, node, origin, width);
    h += draw_answers(f, run, node, ImVec2(origin.x, origin.y + h), width, heights, look);
    end_page(f, origin, width, h);
}

} // namespace

// Each step's scrolling areas are its own: Back to a step finds it where the visitor left it.
void draw_question_screen(UiFrame& f) {
    ImGui::PushID(flow_current(*f.session->visit().flow).id.c_str());
    draw_question(f);
    ImGui::PopID();
}

} // namespace kiosk
