#include "core/visit/service_text.h"
#include "core/visit/take_along.h"
#include "ui/pictograms.h"
#include "ui/qr_code.h"
#include "ui/widgets.h"

namespace kiosk {

namespace {

void field(UiFrame& f, const char* key, const std::string& value, float width) {
    if (value.empty()) return;
    text_flow(f, f.fonts.small, f.theme.muted, f.tr(key), width);
    text_flow(f, f.fonts.body, f.theme.text, value, width);
    ImGui::Dummy(ImVec2(0, f.px(16)));
}

std::string source_text(const UiFrame& f, const std::string& source_id) {
    const Source* src = f.store->source(source_id);
    return src ? source_line(*src, f.strings->lang) : "";
}

// The details in a scrolling column (its own for services and for hotlines, so Back from one to
// the other finds the first where it was left), and beside it the QR code a visitor takes along.
// In portrait the column takes the whole width and end_detail puts the code at its end: beside
// it, the text had half a narrow screen, two or three words a line at the largest size. Returns
// whether the code was drawn beside, for end_detail.
bool begin_detail(UiFrame& f, const char* area, float& width, const std::string& qr_id,
                  const std::string& payload) {
    ImVec2 min = content_min(f), max = content_max(f);
    bool beside = f.size.x > f.size.y;
    float qr = f.px(320), column = qr, room = max.y - min.y - f.px(12);
    // The code and its caption under it within the content's height: a tablet on its side has less,
    // and there the code shrinks in its column (not under a third of it: past that a phone's
    // camera no longer reads it). Where even that leaves the caption no room (a 7-inch panel on its
    // side), the code goes at the column's end, as in portrait.
    TextStyle caption = f.fonts.small; // the visitor's size, else smaller where that leaves no room
    for (TextStyle style : {f.fonts.small, f.bar_fonts.small, f.bar_fonts.caption}) {
        caption = style;
        if (room - text_height(f, style, f.tr(ui_key::qr_caption), column) >= column / 2) break;
    }
    float caption_h = text_height(f, caption, f.tr(ui_key::qr_caption), column);
    beside = beside && room - caption_h >= std::max(column / 3, f.mm(25));
    if (!beside) column = 0;
    qr = std::max(column / 3, std::min(column, room - caption_h));
    float total = std::min(max.x - min.x, f.px(1700)), gap = beside ? f.px(48) : 0;
    float x0 = min.x + (max.x - min.x - total) / 2;
    width = total - column - gap;
    ImVec2 at(f.mirror_x(x0 + width + gap, column), min.y);
    bool drawn = beside && f.qr->draw(f, qr_id, payload, ImVec2(f.rtl ? at.x + column - qr : at.x, at.y), qr);
    if (drawn)
        text_at(f, caption, f.theme.muted, f.tr(ui_key::qr_caption), ImVec2(at.x, at.y + qr + f.px(12)),
                column);
    begin_scroll_area(f, area, ImVec2(f.mirror_x(x0, width), min.y), ImVec2(width, max.y - min.y));
    width -= f.px(24);
    return drawn; // else end_detail draws the code after the details
}

void end_detail(UiFrame& f, bool beside, float width, const std::string& qr_id, const std::string& payload) {
    if (!beside) take_along_code(f, qr_id, payload, width, f.px(360));
    end_scroll_area(f);
}

// The line's pictogram, and beside it (on its left for right-to-left) its number and name.
void hotline_heading(UiFrame& f, const Hotline& h, float width) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImTextureID tex = f.pictograms->get(h.pictogram, f.theme.dark);
    float ps = tex ? f.px(128) : 0, side = tex ? ps + f.px(24) : 0, w = width - side;
    const std::string& name = f.tr(hotline_key(h.number, "name"));
    // Isolated: in a right-to-left page the groups of "116 006" would otherwise read "006 116".
    std::string number = isolate(h.number);
    float text_h = text_height(f, f.fonts.huge, number, w) + text_height(f, f.fonts.title, name, w);
    if (tex) {
        float x = f.rtl ? pos.x + width - ps : pos.x, y = pos.y + std::max(0.f, (text_h - ps) / 2);
        ImGui::GetWindowDrawList()->AddImage(tex, ImVec2(x, y), ImVec2(x + ps, y + ps));
    }
    ImVec2 at(f.rtl ? pos.x : pos.x + side, pos.y + std::max(0.f, (ps - text_h) / 2));
    at.y += text_at(f, f.fonts.huge, f.theme.danger, number, at, w);
    text_at(f, f.fonts.title, f.theme.text, name, at, w);
    ImGui::Dummy(ImVec2(width, std::max(ps, text_h)));
}

// Under the number: a visitor with no phone (or no credit) is told the desk of the office calls.
void front_desk_calls(UiFrame& f, float width) {
    text_flow(f, f.fonts.body, f.theme.text, f.tr(ui_key::front_desk_calls), width);
    ImGui::Dummy(ImVec2(0, f.px(16)));
}

} // namespace

void draw_service_screen(UiFrame& f) {
    if (f.data->unavailable) {
        ImVec2 min = content_min(f), max = content_max(f);
        float pad = f.px(40);
        text_at(f, f.fonts.title, f.theme.text, f.tr(ui_key::unavailable), ImVec2(min.x + pad, min.y + pad),
                max.x - min.x - 2 * pad);
        return;
    }
    if (!f.data->service) return;
    const Service& sv = *f.data->service;
    const Strings& s = *f.strings;
    float w;
    std::string qr_id = "qr.service." + sv.id, payload = service_payload(sv, s, f.here);
    bool beside = begin_detail(f, "service", w, qr_id, payload);
    text_flow(f, f.fonts.title, f.theme.text, isolate(sv.name), w);
    text_flow(f, f.fonts.body, f.theme.danger, record_text(sv, s), w); // old data says so first
    ImGui::Dummy(ImVec2(0, f.px(20)));
    // What decides whether to go, in view without scrolling: when, where, which number. A service
    // reached only online (no place, no phone) has no hours to ask about and no door to walk in.
    bool online_only = !sv.location && sv.address.empty() && sv.phones.empty();
    if (!online_only) field(f, ui_key::hours, hours_text(sv, s, f.here) + "\n" + appointment_text(sv, s), w);
    std::string place = place_text(sv, s, f.here);
    field(f, ui_key::address, where_text(sv, s) + (place.empty() ? "" : "\n" + place), w);
    std::string phones;
    for (const std::string& p : sv.phones) {
        if (!phones.empty()) phones += '\n';
        phones += isolate(p);
    }
    field(f, ui_key::phone, phones, w);
    field(f, ui_key::website, sv.website.empty() ? "" : isolate(sv.website), w);
    if (!sv.phones.empty()) front_desk_calls(f, w); // the desk calls a number, not a website
    marked_text_flow(f, f.fonts.body, f.theme.text, f.tr(sv.description_key), w);
    ImGui::Dummy(ImVec2(0, f.px(20)));
    field(f, ui_key::for_whom, f.tr(sv.audience_key), w);
    field(f, ui_key::languages_spoken, languages_text(sv.languages, s), w);
    std::string free = free_text(sv.free, s);
    if (!free.empty()) text_flow(f, f.fonts.body, f.theme.text, free, w), ImGui::Dummy(ImVec2(0, f.px(16)));
    field(f, ui_key::source, source_text(f, sv.source_id), w);
    end_detail(f, beside, w, qr_id, payload);
}

void draw_hotline_screen(UiFrame& f) {
    const Hotline* h = f.store->hotline(f.session->visit().subject());
    if (!h) return;
    float w;
    std::string qr_id = hotline_item_id(h->number) + ".qr", payload = hotline_payload(*h);
    bool beside = begin_detail(f, "hotline", w, qr_id, payload);
    hotline_heading(f, *h, w);
    ImGui::Dummy(ImVec2(0, f.px(16)));
    front_desk_calls(f, w);
    marked_text_flow(f, f.fonts.body, f.theme.text, f.tr(hotline_key(h->number, "purpose")), w);
    ImGui::Dummy(ImVec2(0, f.px(20)));
    field(f, ui_key::answers, hotline_hours_text(*h, *f.strings), w);
    std::string price = price_text(h->price, *f.strings);
    if (!price.empty()) text_flow(f, f.fonts.body, f.theme.text, price, w), ImGui::Dummy(ImVec2(0, f.px(16)));
    field(f, ui_key::languages_spoken, languages_text(h->languages, *f.strings), w);
    field(f, ui_key::source, source_text(f, h->source_id), w);
    end_detail(f, beside, w, qr_id, payload);
}

} // namespace kiosk
