// The staff panel, over everything else: a numeric pad for the PIN, then what staff need to keep
// the kiosk current (the content in use, installed versions with rollback, the stick, the latest
// updates and why any was refused, the figures export, the PIN, this kiosk's settings).
#include "core/language/i18n.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>

namespace kiosk {

namespace {

void staff_emit(UiFrame& f, StaffIntent::Kind kind, std::string arg = "") {
    f.staff_intents->push_back({kind, std::move(arg)});
}

std::string message_text(const UiFrame& f, const StaffPanel& p) {
    if (p.message.empty())
        return f.tr(p.page == StaffPanel::Page::Pin ? "staff.pin_prompt" : "staff.pin_current");
    return format(f.tr(p.message), {{"detail", p.detail}});
}

// 1 2 3 / 4 5 6 / 7 8 9 / erase 0 OK, always in this order: a pad is not mirrored.
void pin_pad(UiFrame& f, ImVec2 pos, float key_w, float key_h, float gap) {
    const char* keys = "123456789";
    ButtonLook look = plain_look(f);
    look.font = f.fonts.huge;
    look.pictogram_above = true;
    for (int i = 0; i < 9; ++i) {
        ImVec2 at(pos.x + static_cast<float>(i % 3) * (key_w + gap),
                  pos.y + static_cast<float>(i / 3) * (key_h + gap));
        std::string digit(1, keys[i]);
        if (button(f, "key." + digit, digit, at, ImVec2(key_w, key_h), look))
            staff_emit(f, StaffIntent::Kind::Key, digit);
    }
    float y = pos.y + 3 * (key_h + gap);
    ButtonLook erase = plain_look(f);
    erase.pictogram = "back";
    erase.pictogram_size = key_h * 0.5f;
    erase.pictogram_above = true;
    if (button(f, "key.backspace", "", ImVec2(pos.x, y), ImVec2(key_w, key_h), erase))
        staff_emit(f, StaffIntent::Kind::Backspace);
    if (button(f, "key.0", "0", ImVec2(pos.x + key_w + gap, y), ImVec2(key_w, key_h), look))
        staff_emit(f, StaffIntent::Kind::Key, "0");
    ButtonLook ok = accent_look(f);
    ok.pictogram_above = true;
    if (button(f, "staff.ok", f.tr("staff.ok"), ImVec2(pos.x + 2 * (key_w + gap), y), ImVec2(key_w, key_h),
               ok))
        staff_emit(f, StaffIntent::Kind::Submit);
}

void pin_page(UiFrame& f, const StaffPanel& p) {
    float key_w = f.px(170), key_h = std::min(f.px(120), (f.size.y - f.px(420)) / 4), gap = f.px(18);
    float pad_w = 3 * key_w + 2 * gap, x = (f.size.x - pad_w) / 2, y = f.px(140);
    y += text_at(f, f.fonts.body, f.theme.text, message_text(f, p), ImVec2(f.px(48), y), f.size.x - f.px(96),
                 Align::Centre) +
         f.px(16);
    std::string dots;
    for (size_t i = 0; i < p.typed.size(); ++i) dots += i ? " ●" : "●";
    text_at(f, f.fonts.huge, f.theme.text, dots.empty() ? " " : dots, ImVec2(f.px(48), y),
            f.size.x - f.px(96), Align::Centre);
    pin_pad(f, ImVec2(x, y + f.px(90)), key_w, key_h, gap);
}

// A title or an answer as one short line: its first line, cut after about 60 bytes at a space.
std::string short_label(const std::string& text) {
    // Without a translator's isolates: one cut open would swallow what follows the label.
    std::string out = strip_isolates(text.substr(0, text.find('\n')));
    if (out.size() <= 60) return out;
    size_t cut = out.rfind(' ', 60);
    if (cut == std::string::npos || cut == 0) {
        cut = 60;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut; // not mid-character
    }
    return out.substr(0, cut) + " …";
}

// A name written in ideographs may break between any two of them: "简体中" at a line's end and
// "文" on the next. A word joiner (U+2060) after each ideograph keeps the name on one line.
std::string kept_whole(const std::string& name) {
    std::string out;
    for (size_t i = 0; i < name.size();) {
        size_t n = std::min(utf8_length(static_cast<unsigned char>(name[i])), name.size() - i);
        unsigned char lead = static_cast<unsigned char>(name[i]);
        bool ideograph = n == 3 && lead >= 0xE3 && lead <= 0xE9; // U+3000 to U+9FFF: CJK and kana
        out += name.substr(i, n);
        i += n;
        if (ideograph && i < name.size()) out += "\u2060";
    }
    return out;
}

void heading(UiFrame& f, const char* key, float width) {
    ImGui::Dummy(ImVec2(0, f.px(20)));
    text_flow(f, f.fonts.title, f.theme.text, f.tr(key), width);
}

void line(UiFrame& f, const std::string& text, float width) {
    text_flow(f, f.fonts.body, f.theme.text, text, width);
}

bool action(UiFrame& f, const std::string& id, const std::string& label, float width) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float w = std::min(width, text_width(f, f.fonts.body, label) + f.px(64));
    bool tapped = button(f, id, label, ImVec2(f.rtl ? pos.x + width - w : pos.x, pos.y), ImVec2(w, f.px(84)),
                         plain_look(f));
    ImGui::Dummy(ImVec2(0, f.px(8)));
    return tapped;
}

void current_section(UiFrame& f, const StaffView& v, float w) {
    heading(f, "staff.current", w);
    if (!f.store) return;
    const BundleMeta& m = f.store->meta();
    line(f,
         format(f.tr("staff.bundle"), {{"id", m.bundle_id},
                                       {"version", m.version},
                                       {"date", m.created.substr(0, 10)},
                                       {"sources", std::to_string(f.store->sources().size())}}),
         w);
    for (const StringCoverage& c : v.coverage) {
        std::string text = format(f.tr("staff.coverage"), {{"lang", c.lang},
                                                           {"translated", std::to_string(c.translated)},
                                                           {"total", std::to_string(c.total)},
                                                           {"reviewed", std::to_string(c.reviewed)}});
        if (c.stale > 0) // on the same line, so the panel's buttons stay where staff expect them
            text += " · " + format(f.tr_plural("staff.coverage_stale", static_cast<uint64_t>(c.stale)),
                                   {{"count", std::to_string(c.stale)}});
        text_flow(f, f.fonts.small, f.theme.muted, text, w);
    }
}

// Content with dates that stops being shown, or is due for review, soon: someone must replace
// or check it before then (db/content/README.md).
void ending_section(UiFrame& f, const StaffView& v, float w) {
    heading(f, "staff.ending", w);
    if (v.ending.empty()) line(f, f.tr("staff.nothing_ending"), w);
    for (const Ending& e : v.ending) {
        // What a visitor reads there (a title, an answer), then the id to find it in the sources.
        std::string what = e.what;
        if (!e.label_key.empty() && f.strings->has(e.label_key))
            what = isolate(short_label(f.tr(e.label_key))) + " (" + e.what + ")";
        line(f,
             format(f.tr(e.review ? "staff.review_by" : "staff.ends_on"), {{"date", e.date}, {"what", what}}),
             w);
    }
}

void history_section(UiFrame& f, const StaffView& v, float w) {
    heading(f, "staff.history", w);
    if (v.installed.empty()) line(f, f.tr("staff.none_yet"), w); // opened with --content
    for (const InstalledBundle& b : v.installed) {
        std::string label =
            b.claim.bundle_id + " v" + std::to_string(b.claim.version) + " (" + b.claim.date + ")";
        if (b.file == v.current_file) {
            line(f, label + " · " + f.tr("staff.in_use"), w);
            continue;
        }
        line(f, label, w);
        if (action(f, "staff.rollback." + b.file, f.tr("staff.rollback"), w))
            staff_emit(f, StaffIntent::Kind::Rollback, b.file);
    }
}

void stick_section(UiFrame& f, const StaffView& v, float w) {
    heading(f, "staff.stick", w);
    if (v.sticks.empty()) line(f, f.tr("staff.no_stick"), w);
    for (const StickFile& s : v.sticks)
        line(f, s.path + " · " + std::to_string((s.bytes + 1048575) / 1048576) + " MB", w);
    heading(f, "staff.updates", w);
    if (v.updates.empty()) line(f, f.tr("staff.none_yet"), w);
    for (const LogEntry& e : v.updates)
        text_flow(f, f.fonts.small, e.what == "rejected" ? f.theme.danger : f.theme.muted,
                  e.at + " · " + e.what + " · " + e.detail, w);
}

// The printer's state as CUPS last gave it, read again each time the panel opens: one line under
// the actions, so the settings below stay in view.
void printer_line(UiFrame& f, const StaffView& v, float w) {
    if (v.printer.empty()) return line(f, f.tr("staff.printer.not_configured"), w);
    std::string state = v.printer_state.empty() ? f.tr("staff.printer.checking") : f.tr(v.printer_state);
    std::string reasons =
        v.printer_reasons.empty() || v.printer_reasons == "none" ? "" : " (" + v.printer_reasons + ")";
    line(f,
         format(f.tr("staff.printer"), {{"name", isolate(v.printer)}, {"state", state + isolate(reasons)}}),
         w);
}

void settings_section(UiFrame& f, const StaffView& v, float w) {
    heading(f, "staff.settings", w);
    char lat[32] = "?", lon[32] = "?", facing[32] = "?";
    if (v.location) {
        std::snprintf(lat, sizeof lat, "%.5f", v.location->latitude);
        std::snprintf(lon, sizeof lon, "%.5f", v.location->longitude);
    }
    if (v.facing) std::snprintf(facing, sizeof facing, "%.0f°", *v.facing);
    line(f, format(f.tr("staff.location"), {{"lat", lat}, {"lon", lon}, {"facing", facing}}), w);
    line(f, format(f.tr("staff.idle"), {{"seconds", std::to_string(v.idle_seconds)}}), w);
    std::string langs;
    if (f.store)
        for (const Language& l : f.store->languages())
            langs += (langs.empty() ? "" : ", ") + isolate(kept_whole(l.endonym));
    line(f, format(f.tr("staff.languages"), {{"list", langs}}), w);
    ImGui::Dummy(ImVec2(0, f.px(20)));
    if (action(f, "staff.change_pin", f.tr("staff.change_pin"), w))
        staff_emit(f, StaffIntent::Kind::ChangePin);
    if (action(f, "staff.exit", f.tr("staff.exit"), w)) staff_emit(f, StaffIntent::Kind::Exit);
}

// Settings the configuration file got wrong, first: the kiosk runs on their defaults until the
// file is mended, and nothing else on the kiosk shows it.
void config_problems(UiFrame& f, const StaffView& v, float w) {
    if (v.config_problems.empty()) return;
    text_flow(f, f.fonts.body, f.theme.danger, f.tr("staff.config_problems"), w);
    for (const std::string& problem : v.config_problems)
        text_flow(f, f.fonts.small, f.theme.danger, problem, w);
}

// Landscape: what is installed on the left, the stick and the actions on the right, both in
// view at once; portrait: one column.
// What staff come to do, first and in view: export, change the PIN, leave.
void actions(UiFrame& f, float w) {
    if (action(f, "staff.export", f.tr("staff.export"), w)) staff_emit(f, StaffIntent::Kind::Export);
    if (!f.data->staff.printer.empty() && action(f, "staff.print_test", f.tr("staff.print_test"), w))
        staff_emit(f, StaffIntent::Kind::PrintTest);
    if (action(f, "staff.change_pin", f.tr("staff.change_pin"), w))
        staff_emit(f, StaffIntent::Kind::ChangePin);
    if (action(f, "staff.exit", f.tr("staff.exit"), w)) staff_emit(f, StaffIntent::Kind::Exit);
}

void main_page(UiFrame& f, const StaffView& v) {
    float margin = f.px(48), top = f.px(130), gap = f.px(48), bar = f.px(24);
    float h = f.size.y - top - margin;
    bool two = f.size.x > f.size.y;
    float w = two ? (f.size.x - 2 * margin - gap) / 2 : f.size.x - 2 * margin;
    begin_scroll_area(f, "staff.installed", ImVec2(margin, top), ImVec2(w, h));
    if (!v.panel->message.empty())
        text_flow(f, f.fonts.body, f.theme.accent,
                  format(f.tr(v.panel->message), {{"detail", v.panel->detail}}), w - bar);
    config_problems(f, v, w - bar);
    current_section(f, v, w - bar);
    history_section(f, v, w - bar); // before the list of what ends: "go back" must stay in view
    ending_section(f, v, w - bar);
    if (two) {
        end_scroll_area(f);
        begin_scroll_area(f, "staff.stick", ImVec2(margin + w + gap, top), ImVec2(w, h));
    }
    actions(f, w - bar);
    printer_line(f, v, w - bar);
    stick_section(f, v, w - bar);
    settings_section(f, v, w - bar);
    end_scroll_area(f);
}

} // namespace

void draw_staff_screen(UiFrame& f) {
    const StaffView& v = f.data->staff;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(0, 0), f.size, f.theme.background);
    float margin = f.px(48);
    text_at(f, f.fonts.title, f.theme.text, f.tr("staff.title"), ImVec2(margin, f.px(36)), f.size.x / 2);
    float cw = text_width(f, f.fonts.body, f.tr("staff.close")) + f.px(64);
    if (button(f, "staff.close", f.tr("staff.close"), ImVec2(f.size.x - margin - cw, f.px(24)),
               ImVec2(cw, f.px(84)), plain_look(f)))
        staff_emit(f, StaffIntent::Kind::Close);
    if (v.panel->page == StaffPanel::Page::Main)
        main_page(f, v);
    else
        pin_page(f, *v.panel);
}

} // namespace kiosk
