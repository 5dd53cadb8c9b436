#include "ui/widgets.h"

#include "core/language/advice_steps.h"
#include "ui/pictograms.h"
#include "ui/qr_code.h"

#include <algorithm>
#include <imgui_internal.h>
#include <map>

namespace kiosk {

namespace {

int scroll_depth = 0; // inside begin_scroll_area: what is cut at the area's edges is meant to be

Rect visible_part(ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
    float x0 = std::max(min.x, cmin.x), y0 = std::max(min.y, cmin.y);
    float x1 = std::min(max.x, cmax.x), y1 = std::min(max.y, cmax.y);
    return {x0, y0, std::max(0.f, x1 - x0), std::max(0.f, y1 - y0)};
}

// The word being read aloud, when it is in this text (or in this step of an advice drawn step by
// step): a box behind it.
void highlight_spoken(UiFrame& f, const Paragraph& p, const std::string& text, ImVec2 pos, float width,
                      Align align) {
    const ScreenData* d = f.data;
    if (!d || !d->spoken || d->spoken->part >= d->reading.size()) return;
    const std::string& read = d->reading[d->spoken->part].text;
    size_t at = read == text ? 0 : step_offset(read, text);
    if (at == std::string::npos || d->spoken->begin < at) return;
    f.text->highlight(ImGui::GetWindowDrawList(), p, pos, width, align, d->spoken->begin - at,
                      d->spoken->end - at, f.theme.highlight);
}

// Text drawn inside a button: its label is registered once, with the button.
float draw_text(UiFrame& f, TextStyle style, ImU32 color, const std::string& text, ImVec2 pos, float width,
                Align align) {
    const Paragraph& p = f.text->layout(text, fitting(f, style, text, width), width, f.direction());
    highlight_spoken(f, p, text, pos, width, align);
    f.text->draw(ImGui::GetWindowDrawList(), p, pos, width, align, color);
    return p.height;
}

void draw_pictogram(ImTextureID tex, ImVec2 min, float size, bool mirror) {
    ImVec2 max(min.x + size, min.y + size);
    if (mirror)
        ImGui::GetWindowDrawList()->AddImage(tex, min, max, ImVec2(1, 0), ImVec2(0, 1));
    else
        ImGui::GetWindowDrawList()->AddImage(tex, min, max);
}

// A tile's pictogram before its one-line label, in the margin the centred label leaves (after it
// for right-to-left), half a padding from each; left out where that margin is too narrow.
bool draw_pictogram_beside(UiFrame& f, ImTextureID tex, const ButtonLook& look, const std::string& label,
                           ImVec2 pos, float width, float y) {
    float pad = f.px(20), gap = pad / 2, ps = look.pictogram_size;
    const Paragraph& line = f.text->layout(label, look.font, 1e6f, f.direction());
    if ((width - line.width) / 2 < ps + pad) return false;
    float x = f.rtl ? pos.x + (width + line.width) / 2 + gap : pos.x + (width - line.width) / 2 - gap - ps;
    draw_pictogram(tex, ImVec2(x, y + (line.height - ps) / 2), ps, look.mirror_pictogram);
    return true;
}

} // namespace

ButtonLook plain_look(const UiFrame& f) {
    ButtonLook look;
    look.fill = f.theme.panel;
    look.text = f.theme.text;
    look.border = f.theme.border;
    look.font = f.fonts.body;
    look.sublabel_font = f.fonts.small;
    return look;
}

ButtonLook accent_look(const UiFrame& f) {
    ButtonLook look = plain_look(f);
    look.fill = look.border = f.theme.accent;
    look.text = f.theme.on_accent;
    return look;
}

float tile_height(UiFrame& f, const std::string& label, const ButtonLook& look, float width) {
    float pad = f.px(20), inner = width - 2 * pad; // as button() lays a tile out
    float sub =
        look.sublabel.empty() ? 0 : text_height(f, look.sublabel_font, look.sublabel, inner) + pad / 4;
    return 2 * pad + look.pictogram_size + pad / 2 + text_height(f, look.font, label, inner) + sub;
}

namespace {

// A label is short: six words at most, 48 characters at most (a Chinese sentence has no spaces),
// on one line. Anything longer is running text.
bool is_label(const std::string& text) {
    size_t characters = 0;
    for (char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return characters <= 48 && std::count(text.begin(), text.end(), ' ') <= 5 &&
           text.find('\n') == std::string::npos;
}

} // namespace

TextStyle fitting(UiFrame& f, TextStyle style, const std::string& text, float width) {
    width = std::ceil(width); // as the text engine lays it out
    if (width <= 0) return style;
    float widest = f.text->layout(text, style, 1e6f, f.direction()).widest_word;
    if (widest <= width) return style;
    // A label shrinks until its word fits. Running text shrinks by a quarter at most, which fits
    // most long words ("Assurance" in a phone's card) and keeps a paragraph readable; a word still
    // wider (a web address) then breaks.
    int least = is_label(text) ? 8 : (style.px * 3 + 3) / 4;
    // Scaled to the width, then a pixel at a time until it fits: glyph advances round per size.
    style.px = std::max(least, static_cast<int>(static_cast<float>(style.px) * width / widest));
    while (style.px > least && f.text->layout(text, style, 1e6f, f.direction()).widest_word > width)
        --style.px;
    return style;
}

float text_height(UiFrame& f, TextStyle style, const std::string& text, float width) {
    return f.text->layout(text, fitting(f, style, text, width), width, f.direction()).height;
}

float text_width(UiFrame& f, TextStyle style, const std::string& text) {
    return f.text->layout(text, style, 1e6f, f.direction()).width;
}

float widest_word(UiFrame& f, TextStyle style, const std::string& text) {
    return f.text->layout(text, style, 1e6f, f.direction()).widest_word;
}

float text_at(UiFrame& f, TextStyle style, ImU32 color, const std::string& text, ImVec2 pos, float width,
              Align align) {
    float h = draw_text(f, style, color, text, pos, width, align);
    ImVec2 max(pos.x + width, pos.y + h);
    if (ImGui::IsRectVisible(pos, max))
        f.registry->add_text(text, visible_part(pos, max), {pos.x, pos.y, width, h}, scroll_depth > 0);
    return h;
}

void text_flow(UiFrame& f, TextStyle style, ImU32 color, const std::string& text, float width) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = text_at(f, style, color, text, pos, width);
    ImGui::Dummy(ImVec2(width, h));
}

void register_item(UiFrame& f, const std::string& id, ImVec2 pos, ImVec2 size) {
    ImVec2 max(pos.x + size.x, pos.y + size.y);
    f.registry->add_item(id, "", visible_part(pos, max), {pos.x, pos.y, size.x, size.y}, scroll_depth > 0);
}

void take_along_code(UiFrame& f, const std::string& id, const std::string& payload, float width,
                     float largest) {
    float qr = std::min(width, largest);
    ImGui::Dummy(ImVec2(0, f.px(24)));
    ImVec2 pos = ImGui::GetCursorScreenPos();
    if (f.qr->draw(f, id, payload, ImVec2(f.rtl ? pos.x + width - qr : pos.x, pos.y), qr)) {
        ImGui::Dummy(ImVec2(qr, qr));
        text_flow(f, f.fonts.small, f.theme.muted, f.tr(ui_key::qr_caption), width);
    }
}

bool button(UiFrame& f, const std::string& id, const std::string& label, ImVec2 pos, ImVec2 size,
            const ButtonLook& look) {
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(id.c_str());
    bool released = ImGui::InvisibleButton("##b", size);
    // Pressed shows from the first frame of the press, and no longer once the finger drags: then
    // it scrolls, and lifting it taps nothing.
    bool held = ImGui::IsItemActive() && !f.touch->gesture().dragging();
    ImGui::PopID();
    bool visible = ImGui::IsItemVisible();
    bool tapped = released && f.touch->gesture().tap();

    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 max(pos.x + size.x, pos.y + size.y);
    float rounding = f.px(14);
    ImU32 fill = held ? f.theme.pressed : look.chosen ? f.theme.chosen : look.fill;
    ImU32 text = held && look.fill == f.theme.accent ? f.theme.text : look.text;
    dl->AddRectFilled(pos, max, fill, rounding);
    dl->AddRect(pos, max, look.chosen ? f.theme.accent : look.border, rounding, 0, f.px(look.chosen ? 5 : 2));

    float pad = f.px(20);
    float text_top = pos.y, text_bottom = max.y; // where the label and sublabel end up
    bool pictured = false;
    ImTextureID tex = look.pictogram.empty() || look.pictogram_size <= 0
                          ? nullptr
                          : f.pictograms->get(look.pictogram, f.theme.dark);
    if (look.pictogram_above) {
        bool beside = tex && look.pictogram_beside;
        float ps = tex ? look.pictogram_size : 0, inner = size.x - 2 * pad;
        float above = tex && !beside ? ps + pad / 2 : 0;
        float label_h = text_height(f, look.font, label, inner);
        float sub_h = look.sublabel.empty() ? 0 : text_height(f, look.sublabel_font, look.sublabel, inner);
        float sub_room = std::max(sub_h, look.sublabel_room);
        float total = above + label_h + (sub_room > 0 ? sub_room + pad / 4 : 0);
        float y = pos.y + std::max(0.f, (size.y - total) / 2); // too tall, it spills below, never above
        text_top = y, text_bottom = y + total;
        if (above > 0) draw_pictogram(tex, ImVec2(pos.x + (size.x - ps) / 2, y), ps, look.mirror_pictogram);
        if (beside) pictured = draw_pictogram_beside(f, tex, look, label, pos, size.x, y);
        pictured = pictured || above > 0;
        y += above;
        y += draw_text(f, look.font, text, label, ImVec2(pos.x + pad, y), inner, Align::Centre);
        if (sub_h > 0)
            draw_text(f, look.sublabel_font, text, look.sublabel, ImVec2(pos.x + pad, y + pad / 4), inner,
                      Align::Centre);
    } else {
        // Pictogram first in reading order: on the left, or on the right for right-to-left.
        float ps = tex ? std::min(look.pictogram_size, size.y - pad) : 0;
        float used = tex ? ps + pad : 0;
        float w = size.x - 2 * pad - used;
        float x = f.rtl ? pos.x + pad : pos.x + pad + used;
        if (tex)
            draw_pictogram(tex, ImVec2(f.rtl ? max.x - pad - ps : pos.x + pad, pos.y + (size.y - ps) / 2), ps,
                           look.mirror_pictogram);
        pictured = tex != nullptr;
        float lh = text_height(f, look.font, label, w);
        float sh = look.sublabel.empty() ? 0 : text_height(f, look.sublabel_font, look.sublabel, w);
        float y = pos.y + std::max(0.f, (size.y - lh - sh) / 2); // too tall, it spills below, never above
        text_top = y, text_bottom = y + lh + sh;
        y += draw_text(f, look.font, text, label, ImVec2(x, y), w, Align::Start);
        if (sh > 0) draw_text(f, look.sublabel_font, text, look.sublabel, ImVec2(x, y), w, Align::Start);
    }
    if (visible) {
        // Text taller than its button spills out of it: the full box says so.
        float top = std::min(pos.y, text_top), bottom = std::max(max.y, text_bottom);
        Rect full{pos.x, top, size.x, bottom - top};
        f.registry->add_item(id, label, visible_part(pos, max), full, scroll_depth > 0);
        if (pictured) f.registry->items.back().pictogram = look.pictogram;
        if (!look.sublabel.empty())
            f.registry->add_text(look.sublabel, visible_part(pos, max), full, scroll_depth > 0);
    }
    return tapped;
}

namespace {

// An area open between begin_scroll_area and end_scroll_area.
struct OpenArea {
    std::string name;
    ImGuiID id;
    ImVec2 pos, size;
    float cue; // the height kept below the area for the "more below" cue; 0 without one
};
std::vector<OpenArea> open_areas;

// Tall enough for its label in any script: Arabic and Ethiopic lines are taller than Latin ones.
// The cue's words on one line, at the bars' small size whatever the visitor's (the cue is a control,
// as the bars are), smaller where the area is narrower than they are.
TextStyle cue_font(UiFrame& f, float area_w) {
    TextStyle font = f.bar_fonts.small;
    float around = 2 * (f.px(20) + 2 * f.px(22) + f.px(10)); // as more_below_cue lays it out
    float w = text_width(f, font, f.tr(ui_key::more_below)), room = area_w - around;
    if (w > room && room > 0) font.px = std::max(8, static_cast<int>(static_cast<float>(font.px) * room / w));
    return font;
}

float cue_height(UiFrame& f, float area_w) {
    float words = text_height(f, cue_font(f, area_w), f.tr(ui_key::more_below), 1e6f) + f.px(16);
    return std::max({f.px(64), f.mm(9.5f) + f.px(6), words}); // the cue is px(6) below the area
}

// A down arrow in a circle, then "More below": tapped, the area scrolls most of a page on.
void more_below_cue(UiFrame& f, const OpenArea& a, ImGuiWindow* area, float scroll, float max_scroll) {
    ImVec2 pos(a.pos.x, a.pos.y + a.size.y - a.cue + f.px(6));
    ButtonLook look = plain_look(f);
    look.fill = f.theme.background;
    look.text = f.theme.accent;
    look.border = f.theme.accent;
    look.font = cue_font(f, a.size.x);
    look.pictogram_above = true; // no pictogram: the label centred, the arrow drawn before it
    const std::string& label = f.tr(ui_key::more_below);
    ImVec2 size(0, a.cue - f.px(6));
    float r = std::min(size.y * 0.32f, f.px(22)), pad = f.px(20), label_w = text_width(f, look.font, label);
    size.x = std::min(a.size.x, label_w + 2 * (pad + 2 * r + pad / 2));
    pos.x = f.rtl ? a.pos.x + a.size.x - size.x : a.pos.x; // where reading starts
    if (button(f, "more." + a.name, label, pos, size, look))
        ImGui::SetScrollY(area, std::min(max_scroll, scroll + area->Size.y * 0.8f));
    float centre = pos.x + size.x / 2, cy = pos.y + size.y / 2;
    float cx = f.rtl ? centre + label_w / 2 + pad / 2 + r : centre - label_w / 2 - pad / 2 - r;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(ImVec2(cx, cy), r, f.theme.accent);
    float s = r * 0.5f;
    dl->AddTriangleFilled(ImVec2(cx - s, cy - s * 0.5f), ImVec2(cx + s, cy - s * 0.5f),
                          ImVec2(cx, cy + s * 0.6f), f.theme.on_accent);
}

// Each area's window, known once it has been drawn: a new screen scrolls the ones it draws to their
// top as they begin. Areas it does not draw keep their place, for Back to find it again.
std::map<ImGuiID, ImGuiWindow*> area_windows;

} // namespace

// Whether the content runs past the area's bottom is known once it is drawn: the cue's room is
// kept from the frame before, in the enclosing window's storage (forgotten on a new screen). It is
// judged against the whole area, not the part the cue leaves, so a screen that fits never keeps a
// cue it does not need.
void begin_scroll_area(UiFrame& f, const char* name, ImVec2 pos, ImVec2 size) {
    ImGui::SetCursorScreenPos(pos);
    ImGuiID id = ImGui::GetID(name); // the child window's own id: TouchScroll knows the area by it
    if (f.new_screen) {              // what the area showed before belongs to another screen
        ImGui::GetStateStorage()->SetBool(id, false);
        if (auto it = area_windows.find(id); it != area_windows.end()) ImGui::SetScrollY(it->second, 0);
    }
    // An area too low to give the cue room and still show a cue's height of content goes without:
    // its scroll bar and a drag still move it. A child window of size 0 would fill its parent.
    float cue = ImGui::GetStateStorage()->GetBool(id) ? cue_height(f, size.x) : 0;
    if (size.y < 2 * cue) cue = 0;
    open_areas.push_back({name, id, pos, size, cue});
    ImGui::BeginChild(name, ImVec2(std::max(1.f, size.x), std::max(1.f, size.y - cue)), false,
                      ImGuiWindowFlags_NoBackground);
    area_windows[id] = ImGui::GetCurrentWindow(); // Dear ImGui never frees a window: the pointer stays good
    ++scroll_depth;
    // Touch screens scroll by dragging the content itself. The area a press belongs to is the
    // window Dear ImGui finds under the finger as it lands, so nothing covering it (the idle
    // prompt) lets it scroll; a press on the scroll bar (active before any of the content is
    // drawn) is the scroll bar's to handle.
    bool pressed_here = ImGui::IsMouseClicked(0) && !ImGui::IsAnyItemActive() &&
                        ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
    if (std::optional<float> y = f.touch->area(id, pressed_here, ImGui::GetScrollY(), ImGui::GetScrollMaxY()))
        ImGui::SetScrollY(*y);
}

void end_scroll_area(UiFrame& f) {
    IM_ASSERT(!open_areas.empty() && "end_scroll_area without begin_scroll_area");
    --scroll_depth;
    ImGuiWindow* area = ImGui::GetCurrentWindow();
    float scroll = ImGui::GetScrollY(), max_scroll = ImGui::GetScrollMaxY();
    float content = area->DC.CursorMaxPos.y - area->DC.CursorStartPos.y; // this frame's, not the last one's
    ImGui::EndChild();
    OpenArea a = std::move(open_areas.back());
    open_areas.pop_back();
    ImGui::GetStateStorage()->SetBool(a.id, content > a.size.y + 0.5f);
    if (a.cue > 0 && scroll < max_scroll - 1) more_below_cue(f, a, area, scroll, max_scroll);
}

int columns_for(float width, float least, float gap, int most) {
    int fit = static_cast<int>((width + gap) / (least + gap));
    return std::clamp(fit, 1, std::max(1, most));
}

Grid grid(const UiFrame& f, int n, ImVec2 min, ImVec2 max, float max_w, float h, float gap, int max_columns) {
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
    for (int i = 0; i < n; ++i) {
        float x = x0 + static_cast<float>(i % cols) * (w + gap);
        float mirrored = min.x + max.x - x - w; // within the area, which may be one side of the screen
        g.cells.emplace_back(f.rtl ? mirrored : x, y0 + static_cast<float>(i / cols) * (h + gap));
    }
    g.cell_size = ImVec2(w, h);
    return g;
}

} // namespace kiosk
