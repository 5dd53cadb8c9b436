#include "widgets.h"

#include "pictograms.h"

#include <algorithm>
#include <cfloat>

namespace kiosk {

namespace {

// A tap may wander a little; further than this it was a drag (scrolling), not a tap.
constexpr float tap_slop_px = 24;

Rect visible_part(ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
    float x0 = std::max(min.x, cmin.x), y0 = std::max(min.y, cmin.y);
    float x1 = std::min(max.x, cmax.x), y1 = std::min(max.y, cmax.y);
    return {x0, y0, std::max(0.f, x1 - x0), std::max(0.f, y1 - y0)};
}

} // namespace

ButtonLook plain_look(const UiFrame& f) {
    ButtonLook look;
    look.fill = f.theme.panel;
    look.text = f.theme.text;
    look.border = f.theme.border;
    look.font = f.fonts.body;
    return look;
}

ButtonLook accent_look(const UiFrame& f) {
    ButtonLook look = plain_look(f);
    look.fill = look.border = f.theme.accent;
    look.text = f.theme.on_accent;
    return look;
}

std::vector<std::string_view> wrap_lines(ImFont* font, std::string_view text, float width) {
    std::vector<std::string_view> lines;
    const char* s = text.data();
    const char* end = s + text.size();
    while (s < end) {
        const char* nl = std::find(s, end, '\n');
        const char* wrap = font->CalcWordWrapPositionA(1.0f, s, nl, width);
        if (wrap == s) wrap = s + 1; // a word wider than the line: never loop forever
        lines.emplace_back(s, static_cast<size_t>(wrap - s));
        s = wrap;
        while (s < end && *s == ' ') ++s;
        if (s < end && *s == '\n') ++s;
    }
    return lines;
}

float text_height(ImFont* font, std::string_view text, float width) {
    return static_cast<float>(wrap_lines(font, text, width).size()) * font->FontSize;
}

float text_at(UiFrame& f, ImFont* font, ImU32 color, const std::string& text, ImVec2 pos, float width,
              bool centred) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float y = pos.y;
    for (std::string_view line : wrap_lines(font, text, width)) {
        float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line.data(), line.data() + line.size()).x;
        float x = centred ? pos.x + (width - w) / 2 : pos.x;
        dl->AddText(font, font->FontSize, ImVec2(x, y), color, line.data(), line.data() + line.size());
        y += font->FontSize;
    }
    ImVec2 max(pos.x + width, y);
    if (ImGui::IsRectVisible(pos, max)) f.registry->add_text(text, visible_part(pos, max));
    return y - pos.y;
}

void text_flow(UiFrame& f, ImFont* font, ImU32 color, const std::string& text, float width) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = text_at(f, font, color, text, pos, width);
    ImGui::Dummy(ImVec2(width, h));
}

bool button(UiFrame& f, const std::string& id, const std::string& label, ImVec2 pos, ImVec2 size,
            const ButtonLook& look) {
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(id.c_str());
    bool released = ImGui::InvisibleButton("##b", size);
    bool held = ImGui::IsItemActive();
    ImGui::PopID();
    bool visible = ImGui::IsItemVisible();
    const ImGuiIO& io = ImGui::GetIO();
    bool tapped = released && io.MouseDragMaxDistanceSqr[0] < tap_slop_px * tap_slop_px;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 max(pos.x + size.x, pos.y + size.y);
    float rounding = f.px(14);
    ImU32 fill = held ? f.theme.pressed : look.chosen ? f.theme.chosen : look.fill;
    ImU32 text = held && look.fill == f.theme.accent ? f.theme.text : look.text;
    dl->AddRectFilled(pos, max, fill, rounding);
    dl->AddRect(pos, max, look.chosen ? f.theme.accent : look.border, rounding, 0, f.px(look.chosen ? 5 : 2));

    float pad = f.px(20);
    ImTextureID tex =
        look.pictogram.empty() || look.pictogram_size <= 0 ? nullptr : f.pictograms->get(look.pictogram);
    float label_h = text_height(look.font, label, size.x - 2 * pad);
    float sub_h = look.sublabel.empty() ? 0 : text_height(f.fonts.small, look.sublabel, size.x - 2 * pad);
    if (look.pictogram_above) {
        float ps = tex ? look.pictogram_size : 0;
        float total = ps + (tex ? pad / 2 : 0) + label_h + (sub_h > 0 ? sub_h + pad / 4 : 0);
        float y = pos.y + (size.y - total) / 2;
        if (tex)
            dl->AddImage(tex, ImVec2(pos.x + (size.x - ps) / 2, y),
                         ImVec2(pos.x + (size.x + ps) / 2, y + ps));
        y += ps + (tex ? pad / 2 : 0);
        ItemRegistry* saved = f.registry;
        ItemRegistry scratch;
        f.registry = &scratch; // the label is registered with the item below, not twice
        y += text_at(f, look.font, text, label, ImVec2(pos.x + pad, y), size.x - 2 * pad, true);
        if (sub_h > 0)
            text_at(f, f.fonts.small, text, look.sublabel, ImVec2(pos.x + pad, y + pad / 4), size.x - 2 * pad,
                    true);
        f.registry = saved;
    } else {
        float ps = tex ? std::min(look.pictogram_size, size.y - pad) : 0;
        float x = pos.x + pad;
        if (tex) {
            dl->AddImage(tex, ImVec2(x, pos.y + (size.y - ps) / 2),
                         ImVec2(x + ps, pos.y + (size.y + ps) / 2));
            x += ps + pad;
        }
        float w = max.x - pad - x;
        float lh = text_height(look.font, label, w),
              sh = look.sublabel.empty() ? 0 : text_height(f.fonts.small, look.sublabel, w);
        float y = pos.y + (size.y - lh - sh) / 2;
        ItemRegistry* saved = f.registry;
        ItemRegistry scratch;
        f.registry = &scratch;
        y += text_at(f, look.font, text, label, ImVec2(x, y), w);
        if (sh > 0) text_at(f, f.fonts.small, text, look.sublabel, ImVec2(x, y), w);
        f.registry = saved;
    }
    if (visible) {
        f.registry->add_item(id, label, visible_part(pos, max));
        if (!look.sublabel.empty()) f.registry->add_text(look.sublabel, visible_part(pos, max));
    }
    return tapped;
}

void begin_scroll_area(const char* name, ImVec2 pos, ImVec2 size) {
    ImGui::SetCursorScreenPos(pos);
    ImGui::BeginChild(name, size, false, ImGuiWindowFlags_NoBackground);
    // Touch screens scroll by dragging the content itself.
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
        ImGui::IsMouseDragging(0, tap_slop_px))
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

void end_scroll_area() {
    ImGui::EndChild();
}

Grid grid(int n, ImVec2 min, ImVec2 max, float max_w, float h, float gap, int max_columns) {
    Grid g;
    if (n <= 0) return g;
    float avail_w = max.x - min.x;
    int fit = static_cast<int>((avail_w + gap) /
                               (std::min(max_w, avail_w) / 2 + gap)); // cells may shrink to half width
    int cols = std::clamp(fit, 1, std::min(n, max_columns));
    int rows = (n + cols - 1) / cols;
    float w = std::min(max_w, (avail_w - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols));
    float total_w = w * static_cast<float>(cols) + gap * static_cast<float>(cols - 1);
    float total_h = h * static_cast<float>(rows) + gap * static_cast<float>(rows - 1);
    float x0 = min.x + (avail_w - total_w) / 2;
    float y0 = min.y + std::max(0.f, (max.y - min.y - total_h) / 2);
    for (int i = 0; i < n; ++i)
        g.cells.emplace_back(x0 + static_cast<float>(i % cols) * (w + gap),
                             y0 + static_cast<float>(i / cols) * (h + gap));
    g.cell_size = ImVec2(w, h);
    return g;
}

} // namespace kiosk
