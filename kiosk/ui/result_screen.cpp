#include "core/language/advice_steps.h"
#include "core/visit/service_text.h"
#include "core/visit/take_along.h"
#include "ui/qr_code.h"
#include "ui/widgets.h"

#include <algorithm>

namespace kiosk {

namespace {

void heading(UiFrame& f, const char* key, float width) {
    ImGui::Dummy(ImVec2(0, f.px(12)));
    text_flow(f, f.fonts.small, f.theme.muted, f.tr(key), width);
    ImGui::Dummy(ImVec2(0, f.px(6)));
}

void hotline_cards(UiFrame& f, const Node& node, float width) {
    ButtonLook look = plain_look(f);
    look.pictogram_size = f.px(96);
    for (const std::string& number : node.hotlines) {
        const Hotline* h = f.store->hotline(number);
        if (!h) continue;
        look.pictogram = h->pictogram; // what the line is for: the number says it is a phone
        std::string label = hotline_card_label(*h, *f.strings);
        look.sublabel = join_lines(hotline_lines(*h, *f.strings));
        float height = card_height(f, label, look.sublabel, width - look.pictogram_size - f.px(20));
        if (button(f, hotline_item_id(h->number), label, ImGui::GetCursorScreenPos(), ImVec2(width, height),
                   look))
            f.emit({Intent::Kind::OpenHotline, h->number});
        ImGui::Dummy(ImVec2(0, f.px(14)));
    }
}

// The result to take along: its title, numbers and first places, as one QR code.
std::string take_along(UiFrame& f, const Node& node) {
    std::vector<const Hotline*> lines;
    for (const std::string& n : node.hotlines)
        if (const Hotline* h = f.store->hotline(n)) lines.push_back(h);
    return result_payload(f.tr(node_title_key(node.id)), lines, f.data->result_services, *f.strings);
}

// Every place of the result's categories, nearest first and with filters, one list each.
void see_all_buttons(UiFrame& f, const Node& node, float width) {
    ButtonLook look = plain_look(f);
    look.pictogram = "search";
    look.pictogram_size = f.px(48);
    for (const std::string& c : node.categories) {
        std::string label = format(f.tr(ui_key::see_all), {{"category", f.tr(category_name_key(c))}});
        float height = card_height(f, label, "", width - look.pictogram_size - f.px(20));
        if (button(f, "list." + c, label, ImGui::GetCursorScreenPos(), ImVec2(width, height), look))
            f.emit({Intent::Kind::OpenList, c});
        ImGui::Dummy(ImVec2(0, f.px(14)));
    }
}

// One step under its number in a filled circle, at the reading side: a visitor who reads little
// sees how many things there are to do and which comes last.
void numbered_step(UiFrame& f, int number, const std::string& step, float width) {
    std::string label = std::to_string(number);
    TextStyle digit = f.fonts.body;
    digit.bold = true;
    const Paragraph& n = f.text->layout(label, digit, 1e6f, BaseDirection::Ltr);
    float d = std::max(f.px(44), n.line_height * 1.1f), gap = f.px(16);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    // On a narrow screen the number goes above its step, which keeps the whole width for words.
    bool above = f.narrow();
    float badge_x = f.rtl ? pos.x + width - d : pos.x, text_x = f.rtl || above ? pos.x : pos.x + d + gap;
    float text_w = above ? width : width - d - gap, text_y = above ? pos.y + d + gap / 2 : pos.y;
    ImVec2 centre(badge_x + d / 2, pos.y + d / 2);
    ImGui::GetWindowDrawList()->AddCircleFilled(centre, d / 2, f.theme.accent);
    f.text->draw(ImGui::GetWindowDrawList(), n, ImVec2(badge_x, centre.y - n.height / 2), d, Align::Centre,
                 f.theme.on_accent);
    register_item(f, "step." + label, ImVec2(badge_x, pos.y), ImVec2(d, d));
    float h = marked_text_at(f, f.fonts.body, f.theme.text, step, ImVec2(text_x, text_y), text_w);
    ImGui::Dummy(ImVec2(width, std::max(text_y - pos.y + h, d) + f.px(14)));
}

void advice(UiFrame& f, const Node& node, float width) {
    text_flow(f, f.fonts.title, f.theme.text, f.tr(node_title_key(node.id)), width);
    heading(f, ui_key::what_to_do, width);
    std::vector<AdviceStep> steps = advice_steps(f.tr(node_text_key(node.id)));
    if (steps.size() < 2) { // a single paragraph needs no number
        marked_text_flow(f, f.fonts.body, f.theme.text, f.tr(node_text_key(node.id)), width);
        return;
    }
    for (size_t i = 0; i < steps.size(); ++i) numbered_step(f, static_cast<int>(i) + 1, steps[i].text, width);
}

void draw_result(UiFrame& f) {
    const Node& node = flow_current(*f.session->visit().flow);
    ImVec2 min = content_min(f), max = content_max(f);
    float scroll_bar = f.px(24);
    bool places = !node.categories.empty() || !f.data->result_services.empty() || f.data->unavailable;
    if (f.size.x > f.size.y && !f.low()) { // a low screen's columns would show a few words each
        // Two columns: what to do, then where to go. A result that names no place (call 15 now)
        // gives the second column to whom to call, rather than leaving it empty.
        bool calls_beside = !places && !node.hotlines.empty();
        float gap = f.px(48), left_w = (max.x - min.x - gap) * 0.46f, right_w = max.x - min.x - gap - left_w;
        // The advice comes first in reading order: on the left, or on the right for right-to-left.
        begin_scroll_area(f, "advice", ImVec2(f.mirror_x(min.x, left_w), min.y),
                          ImVec2(left_w, max.y - min.y));
        advice(f, node, left_w - scroll_bar);
        if (!node.hotlines.empty() && !calls_beside)
            heading(f, ui_key::hotlines, left_w - scroll_bar), hotline_cards(f, node, left_w - scroll_bar);
        end_scroll_area(f);
        // The code to take it all along: after the places, in their column, so that where to go
        // keeps the room (pinned below the column, it left one place in view, none at the largest
        // text); with no place to list, it stays in view below the second column, a word beside it.
        float qr = places ? 0 : std::min(f.px(280), (max.y - min.y) / 3);
        if (!places && f.qr->draw(f, "qr.result", take_along(f, node),
                                  ImVec2(f.mirror_x(max.x - qr, qr), max.y - qr), qr)) {
            float cw = right_w - qr - f.px(24),
                  ch = text_height(f, f.fonts.small, f.tr(ui_key::qr_caption), cw);
            text_at(f, f.fonts.small, f.theme.muted, f.tr(ui_key::qr_caption),
                    ImVec2(f.mirror_x(max.x - qr - f.px(24) - cw, cw), max.y - qr / 2 - ch / 2), cw);
        }
        if (!places && !calls_beside) return;
        begin_scroll_area(f, "services", ImVec2(f.mirror_x(min.x + left_w + gap, right_w), min.y),
                          ImVec2(right_w, max.y - min.y - (places ? 0 : qr + f.px(16))));
        text_flow(f, f.fonts.title, f.theme.text, f.tr(calls_beside ? ui_key::hotlines : ui_key::services),
                  right_w - scroll_bar);
        ImGui::Dummy(ImVec2(0, f.px(12)));
        if (calls_beside) hotline_cards(f, node, right_w - scroll_bar);
        see_all_buttons(f, node, right_w - scroll_bar);
        if (!f.data->result_services.empty() || f.data->unavailable)
            draw_service_cards(f, f.data->result_services, right_w - scroll_bar);
        if (places) take_along_code(f, "qr.result", take_along(f, node), right_w - scroll_bar, f.px(280));
        end_scroll_area(f);
        return;
    }
    float w = max.x - min.x;
    begin_scroll_area(f, "result", min, ImVec2(w, max.y - min.y));
    advice(f, node, w - scroll_bar);
    if (!node.hotlines.empty())
        heading(f, ui_key::hotlines, w - scroll_bar), hotline_cards(f, node, w - scroll_bar);
    if (places) {
        heading(f, ui_key::services, w - scroll_bar);
        see_all_buttons(f, node, w - scroll_bar);
        if (!f.data->result_services.empty() || f.data->unavailable)
            draw_service_cards(f, f.data->result_services, w - scroll_bar);
    }
    take_along_code(f, "qr.result", take_along(f, node), w - scroll_bar, f.px(360));
    end_scroll_area(f);
}

} // namespace

// Each result's scrolling areas are its own: Back from a place finds the result where it was left.
void draw_result_screen(UiFrame& f) {
    ImGui::PushID(flow_current(*f.session->visit().flow).id.c_str());
    draw_result(f);
    ImGui::PopID();
}

} // namespace kiosk
