// A category's places, nearest first, with the filters a visitor asks for most. Only the rows in
// view are laid out and drawn (ImGuiListClipper), so a list of 500 costs what a list of 8 does.
#include "core/visit/service_text.h"
#include "ui/widgets.h"

namespace kiosk {

namespace {

struct Chip {
    std::string id, filter, label;
    bool on;
};

std::vector<Chip> condition_chips(const UiFrame& f) {
    const ServiceFilter& filter = f.session->visit().filter;
    return {
        {"filter.open-now", "open-now", f.tr(ui_key::filter_open_now), filter.open_now},
        {"filter.free", "free", f.tr(ui_key::filter_free), filter.free},
        {"filter.no-appointment", "no-appointment", f.tr(ui_key::filter_no_appointment),
         filter.no_appointment},
        {"filter.my-language", "my-language", f.tr(ui_key::filter_my_language), !filter.language.empty()},
    };
}

std::vector<Chip> audience_chips(const UiFrame& f) {
    std::vector<Chip> out;
    for (const char* group : audience_groups)
        out.push_back({std::string("filter.") + group, group, f.tr(std::string("ui.audience.") + group),
                       f.session->visit().filter.audience == group});
    return out;
}

// A label, then chips in reading order, wrapping onto as many rows as they need; returns the
// height used.
float chip_group(UiFrame& f, const std::string& label, const std::vector<Chip>& chips, ImVec2 min,
                 float width) {
    ButtonLook look = plain_look(f);
    float gap = f.px(14), pad = f.px(28), h = f.px(76);
    auto chip_width = [&](const Chip& c) {
        return std::min(width, text_width(f, look.font, c.label) + 2 * pad + f.px(4));
    };
    // As tall as the longest label needs once wrapped: on a phone a chip can be the screen's width.
    for (const Chip& c : chips)
        h = std::max(h, text_height(f, look.font, c.label, chip_width(c) - f.px(40)) + f.px(20));
    float x = 0, y = 0;
    if (!label.empty()) { // beside the chips, or above them on a narrow screen
        bool above = f.narrow();
        float lw = above ? width : std::min(width / 3, text_width(f, f.fonts.body, label)),
              lh = text_height(f, f.fonts.body, label, lw);
        text_at(f, f.fonts.body, f.theme.muted, label,
                ImVec2(min.x + (f.rtl ? width - lw : 0), min.y + (above ? 0 : (h - lh) / 2)), lw);
        if (above)
            y = lh + gap / 2;
        else
            x = lw + gap;
    }
    for (const Chip& c : chips) {
        float w = chip_width(c);
        if (x > 0 && x + w > width) x = 0, y += h + gap;
        look.chosen = c.on;
        if (button(f, c.id, c.label, ImVec2(min.x + (f.rtl ? width - x - w : x), min.y + y), ImVec2(w, h),
                   look))
            f.emit({Intent::Kind::ToggleFilter, c.filter});
        x += w + gap;
    }
    return y + h;
}

// What the place must be, then whom it is for ("For whom": one group at a time).
float draw_chips(UiFrame& f, ImVec2 min, float width) {
    float y = chip_group(f, "", condition_chips(f), min, width) + f.px(14);
    return y + chip_group(f, f.tr(ui_key::for_whom), audience_chips(f), ImVec2(min.x, min.y + y), width);
}

// One place: its name, then where it is and whether it is open, and whether it is only listed
// because nobody recorded what the filters ask. Rows are all one height (the clipper lays out only
// those in view), so a name longer than the row leaves it is drawn a little smaller, down to the
// small size, rather than pushing its first words out of the row. Returns the height this place
// needs: its lines below the name whole, and its name on at most name_most pixels at its size.
float draw_row(UiFrame& f, const Service& sv, ImVec2 pos, ImVec2 size, float name_most) {
    ButtonLook look = plain_look(f);
    look.pictogram = "location";
    look.pictogram_size = f.px(56);
    std::string where = place_text(sv, *f.strings, f.here);
    std::vector<std::string> lines{where.empty() ? address_text(sv) : where,
                                   hours_text(sv, *f.strings, f.here)};
    if (passes_unrecorded(f.session->visit().filter, sv, f.here.now))
        lines.push_back(f.tr(ui_key::unrecorded_here));
    look.sublabel = join_lines(lines);
    std::string name = isolate(sv.name);
    float pad = f.px(20),
          label_w = size.x - 3 * pad - std::min(look.pictogram_size, size.y - pad); // as button()
    float sub_h = text_height(f, look.sublabel_font, look.sublabel, label_w);
    float needed = 2 * pad + sub_h + std::min(name_most, text_height(f, look.font, name, label_w));
    while (look.font.px > look.sublabel_font.px &&
           text_height(f, look.font, name, label_w) > size.y - 2 * pad - sub_h + 0.5f)
        look.font.px = std::max(look.sublabel_font.px, look.font.px * 9 / 10);
    ImGui::PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), true); // a very long name stays inside
    if (button(f, "service." + sv.id, name, pos, size, look)) f.emit({Intent::Kind::OpenService, sv.id});
    ImGui::PopClipRect();
    return needed;
}

// "Also show the places where this is not recorded: N", or, once shown, a way to hide them; empty
// when there is none to show.
std::string unrecorded_label(const UiFrame& f) {
    const ServiceFilter& filter = f.session->visit().filter;
    if (filter.unrecorded) return filter.any() ? f.tr(ui_key::hide_unrecorded) : "";
    size_t more = f.data->list_unrecorded;
    if (more == 0) return "";
    return format(f.tr_plural(ui_key::show_unrecorded, more), {{"count", isolate(std::to_string(more))}});
}

// How many places the list holds, and at the row's far end the button for the places nobody
// recorded the asked facts for; under the count where both do not fit on one row.
float count_row(UiFrame& f, const std::string& count, ImVec2 pos, float width) {
    // Mirrored within the row, which may be a scrolling area's, narrower than the screen by its bar.
    auto mirror = [&](float x, float w) { return f.rtl ? pos.x + width - (x - pos.x) - w : x; };
    std::string label = unrecorded_label(f);
    float count_w = std::min(width, text_width(f, f.fonts.body, count)),
          count_h = text_height(f, f.fonts.body, count, count_w);
    if (label.empty())
        return text_at(f, f.fonts.body, f.theme.muted, count, ImVec2(mirror(pos.x, count_w), pos.y), count_w);
    ButtonLook look = plain_look(f);
    look.pictogram = "search";
    look.pictogram_size = f.px(48);
    look.chosen = f.session->visit().filter.unrecorded;
    float pad = f.px(20), gap = f.px(24);
    float bw = std::min(width, text_width(f, look.font, label) + look.pictogram_size + 3 * pad);
    float bh = card_height(f, label, "", bw - look.pictogram_size - pad);
    bool one_row = count_w + gap + bw <= width;
    float row_h = one_row ? std::max(count_h, bh) : count_h + gap / 2 + bh;
    text_at(f, f.fonts.body, f.theme.muted, count,
            ImVec2(mirror(pos.x, count_w), pos.y + (one_row ? (row_h - count_h) / 2 : 0)), count_w);
    ImVec2 at(mirror(one_row ? pos.x + width - bw : pos.x, bw),
              pos.y + (one_row ? (row_h - bh) / 2 : count_h + gap / 2));
    if (button(f, "filter.unrecorded", label, at, ImVec2(bw, bh), look))
        f.emit({Intent::Kind::ToggleFilter, "unrecorded"});
    return row_h;
}

// The places as rows in the open scrolling area, from its cursor: only those in view are laid out.
void draw_rows(UiFrame& f, const std::vector<Service>& list, float width) {
    float pad = f.px(20), row_gap = f.px(14);
    int small_lines = f.session->visit().filter.any() && f.session->visit().filter.unrecorded ? 3 : 2;
    // Lines as tall as the visitor's script makes them: Arabic and Ethiopic lines are taller. A
    // narrow screen gives a name more lines: three or four words a line at the largest size.
    auto line = [&](TextStyle style) { return text_height(f, style, "Ag " + f.tr(ui_key::hours), 1e6f); };
    float name_lines = f.narrow() ? 4 : 2;
    float name_most = name_lines * line(f.fonts.body);
    float row_h = name_most + static_cast<float>(small_lines) * line(f.fonts.small) + 2 * pad;
    // Where a place's lines wrap onto more (a phone, a long address), rows grow to the tallest seen
    // so far on this screen at this text size: they only grow, so the list never jumps back.
    ImGuiStorage* seen = ImGui::GetStateStorage();
    ImGuiID tallest_id = ImGui::GetID(("rows." + std::to_string(f.session->visit().text_size)).c_str());
    if (f.new_screen) seen->SetFloat(tallest_id, 0);
    row_h = std::max(row_h, seen->GetFloat(tallest_id, 0));
    float tallest = row_h;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, row_gap)); // each row's button moves the cursor
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(list.size()), row_h + row_gap);
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
            tallest = std::max(tallest, draw_row(f, list[static_cast<size_t>(i)], ImGui::GetCursorScreenPos(),
                                                 ImVec2(width, row_h), name_most));
    ImGui::PopStyleVar();
    seen->SetFloat(tallest_id, tallest);
}

} // namespace

void draw_list_screen(UiFrame& f) {
    ImVec2 min = content_min(f), max = content_max(f);
    float width = max.x - min.x, gap = f.px(24), scroll_bar = f.px(24);
    // A phone or a tablet on its side has no room for the filters above a list scrolling under
    // them: there the filters scroll away with the list.
    bool filters_scroll = f.narrow() || f.low();
    if (filters_scroll) {
        begin_scroll_area(f, "list", min, ImVec2(width, max.y - min.y));
        min = ImGui::GetCursorScreenPos();
        width -= scroll_bar;
    }
    float y = min.y + draw_chips(f, min, width) + gap;
    const std::vector<Service>& list = f.data->list;
    if (f.data->unavailable) {
        y += text_at(f, f.fonts.title, f.theme.text, f.tr(ui_key::unavailable), ImVec2(min.x, y), width);
    } else {
        const char* count_key = list.empty()           ? ui_key::list_none
                                : f.data->list_soonest ? ui_key::list_soonest
                                : f.data->list_is_cut  ? ui_key::list_nearest
                                                       : ui_key::list_count;
        std::string count =
            format(f.tr_plural(count_key, list.size()), {{"count", std::to_string(list.size())}});
        y += count_row(f, count, ImVec2(min.x, y), width) + gap / 2;
    }
    if (f.data->unavailable || list.empty()) {
        if (filters_scroll) {
            ImGui::SetCursorScreenPos(ImVec2(min.x, y));
            end_scroll_area(f);
        }
        return;
    }
    if (!filters_scroll) {
        begin_scroll_area(f, "list", ImVec2(min.x, y), ImVec2(width, max.y - y));
        width -= scroll_bar; // the scroll bar is on the right whatever the direction: rows keep clear of it
    } else {
        ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    }
    draw_rows(f, list, width);
    end_scroll_area(f);
}

} // namespace kiosk
