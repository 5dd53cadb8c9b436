// Glossary words on screen: underlined in the texts a visitor reads, each a touch target, and the
// explanation of the one tapped, in a sheet over the content (the top bar and the emergency strip
// stay in reach: Back closes the sheet, the speaker reads it).
#include "core/screen/layout_check.h"
#include "core/screen/screen_density.h"
#include "core/screen/touch_targets.h"
#include "ui/widgets.h"

namespace kiosk {

namespace {

void place(UiFrame& f, const WordTarget& t) {
    ImVec2 min(t.min_x, t.min_y), size(t.max_x - t.min_x, t.max_y - t.min_y);
    ImGui::SetCursorScreenPos(min);
    bool released = ImGui::InvisibleButton("##word", size);
    if (released && f.touch->gesture().tap()) f.emit({Intent::Kind::OpenGlossary, t.id});
    if (ImGui::IsItemVisible()) register_item(f, "glossary." + t.id, min, size);
}

// Underlines, in the accent colour, under the glyphs of each glossary word: where the word reads,
// on the right in right-to-left text, and on each line a word broken across lines is on. Each
// is a touch target.
void mark_words(UiFrame& f, TextStyle style, const std::string& text, ImVec2 pos, float width) {
    const std::vector<GlossaryMatch>& words = f.glossary->words_in(text);
    if (words.empty()) return;
    const Paragraph& p = f.text->layout(text, fitting(f, style, text, width), width, f.direction());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float thick = std::max(2.f, std::round(p.line_height * 0.06f));
    std::vector<WordTarget> targets;
    for (const GlossaryMatch& w : words)
        for (const TextEngine::Box& b : TextEngine::boxes(p, pos, width, Align::Start, w.begin, w.end)) {
            float y = std::min(b.baseline + thick * 2, b.max.y - thick);
            dl->AddRectFilled(ImVec2(b.min.x, y), ImVec2(b.max.x, y + thick), f.theme.accent);
            targets.push_back({w.id, b.min.x, b.min.y, b.max.x, b.max.y});
        }
    // 9 mm at this screen's density, and never less than on the default panel the layouts are
    // checked at: a low-density screen's 9 mm is fewer pixels than a 9 mm target there.
    grow_word_targets(targets, min_target_mm * std::max(f.touch->px_per_mm(), default_px_per_mm));
    ImVec2 cursor = ImGui::GetCursorScreenPos();
    ImGui::PushID(text.c_str());
    for (size_t i = 0; i < targets.size(); ++i) {
        ImGui::PushID(static_cast<int>(i)); // a word may come twice in a text
        place(f, targets[i]);
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::SetCursorScreenPos(cursor);
}

} // namespace

float marked_text_at(UiFrame& f, TextStyle style, ImU32 color, const std::string& text, ImVec2 pos,
                     float width) {
    float h = text_at(f, style, color, text, pos, width);
    if (f.glossary) mark_words(f, style, text, pos, width);
    return h;
}

void marked_text_flow(UiFrame& f, TextStyle style, ImU32 color, const std::string& text, float width) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = marked_text_at(f, style, color, text, pos, width);
    ImGui::SetCursorScreenPos(pos);
    ImGui::Dummy(ImVec2(width, h));
}

// The word as the visitor's language writes it, what it means, and a button to close, in a panel
// centred over the shaded content; it grows with the visitor's text size.
void draw_glossary_sheet(UiFrame& f) {
    const std::string& id = f.session->visit().glossary;
    ImVec2 min = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), f.theme.overlay);
    std::string term = f.tr(glossary_term_key(id)), text = f.tr(glossary_text_key(id)),
                close = f.tr(std::string("glossary.close"));
    float w = std::min(size.x - f.px(96), f.px(1000)), pad = f.px(48), inner = w - 2 * pad;
    float term_h = text_height(f, f.fonts.title, term, inner),
          text_h = text_height(f, f.fonts.body, text, inner);
    float bh = std::max(f.px(120), text_height(f, f.fonts.body, close, inner - f.px(40)) + f.px(40));
    float h = pad + term_h + f.px(20) + text_h + f.px(40) + bh + pad;
    ImVec2 pos(min.x + (size.x - w) / 2, min.y + std::max(0.f, (size.y - h) / 2));
    dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), f.theme.panel, f.px(20));
    dl->AddRect(pos, ImVec2(pos.x + w, pos.y + h), f.theme.accent, f.px(20), 0, f.px(4));
    float x = pos.x + pad, y = pos.y + pad;
    y += text_at(f, f.fonts.title, f.theme.text, term, ImVec2(x, y), inner) + f.px(20);
    y += marked_text_at(f, f.fonts.body, f.theme.text, text, ImVec2(x, y), inner) + f.px(40); // OFPRA in CNDA
    if (button(f, "glossary.close", close, ImVec2(x, y), ImVec2(inner, bh), accent_look(f)))
        f.emit({Intent::Kind::CloseGlossary});
}

} // namespace kiosk
