#include "core/visit/slip.h"

#include "core/language/advice_steps.h"
#include "core/language/ui_keys.h"
#include "core/time/shown_date.h"
#include "core/time/validity.h"
#include "core/visit/take_along.h"

namespace kiosk {

namespace {

using Kind = SlipBlock::Kind;

void add(Slip& s, Kind kind, std::string text, bool french = false) {
    if (!text.empty()) s.blocks.push_back({kind, std::move(text), french});
}

void add_number(Slip& s, const std::string& number, const std::string& pictogram) {
    s.blocks.push_back({Kind::Number, isolate(number), false, pictogram});
}

// A content name such as "fr-ofii-paris 7" kept whole: its hyphens do not break a line (U+2011).
std::string unbroken(const std::string& name) {
    std::string out;
    for (char ch : name) out += ch == '-' ? std::string("\u2011") : std::string(1, ch);
    return out;
}

Slip begin(const SlipContext& c) {
    Slip s;
    s.lang = c.visitor.lang;
    s.rtl = c.rtl;
    // The date a visitor reads it on, in numbers (shown_date.h); the content names what it said.
    s.footer = format(c.visitor.get(ui_key::slip_printed),
                      {{"date", isolate(shown_date(iso_date(c.here.now.date), s.lang))},
                       {"content", isolate(unbroken(c.content))}});
    return s;
}

void hotline(Slip& s, const Hotline& h, const Strings& str) {
    add_number(s, h.number, h.pictogram);
    add(s, Kind::Name, str.get(hotline_key(h.number, "name")));
    for (const std::string& line : hotline_lines(h, str)) add(s, Kind::Text, line);
}

// The place's address and phone again in French, under a line: what a visitor shows a passer-by,
// a bus driver or a taxi when asking the way, whatever their own language.
void in_french(Slip& s, const std::string& name, const std::string& address,
               const std::vector<std::string>& phones, const SlipContext& c) {
    s.blocks.push_back({Kind::Rule});
    add(s, Kind::Heading, c.visitor.get(ui_key::slip_in_french));
    add(s, Kind::Name, name, true);
    if (!address.empty()) add(s, Kind::Text, labelled(c.french, ui_key::address, address), true);
    for (const std::string& p : phones) add(s, Kind::Text, labelled(c.french, ui_key::phone, p), true);
}

// A place: its address, its phones large, its website, its hours for the coming week.
void place(Slip& s, const Service& sv, const SlipContext& c) {
    add(s, Kind::Heading, record_text(sv, c.visitor)); // old information says so first, as on screen
    add(s, Kind::Text, where_text(sv, c.visitor));
    for (const std::string& p : sv.phones) add_number(s, p, "");
    if (!sv.website.empty()) add(s, Kind::Text, isolate(sv.website));
    std::vector<std::string> week = week_hours(sv, c.visitor, c.here);
    add(s, Kind::Heading, c.visitor.get(week.empty() ? ui_key::hours_unknown : ui_key::slip_week));
    for (std::string& line : week) add(s, Kind::Text, std::move(line));
    std::string appointment = appointment_text(sv, c.visitor);
    add(s, Kind::Text, appointment);
}

} // namespace

const Service* slip_place(const std::vector<Service>& services) {
    const Service* best = nullptr;
    for (const Service& sv : services) {
        if (sv.address.empty() || sv.postal_only) continue;
        bool nearer =
            best && sv.distance_m >= 0 && (best->distance_m < 0 || sv.distance_m < best->distance_m);
        if (!best || nearer) best = &sv;
    }
    return best ? best : services.empty() ? nullptr : &services.front();
}

Slip result_slip(const Node& node, const std::vector<const Hotline*>& hotlines,
                 const std::vector<Service>& services, const SlipContext& c) {
    Slip s = begin(c);
    const std::string title = c.visitor.get(node_title_key(node.id)),
                      advice = c.visitor.get(node_text_key(node.id));
    add(s, Kind::Title, title);
    add(s, Kind::Heading, c.visitor.get(ui_key::what_to_do));
    std::vector<AdviceStep> steps = advice_steps(advice);
    if (steps.size() < 2)
        add(s, Kind::Text, advice);
    else
        for (size_t i = 0; i < steps.size(); ++i)
            s.blocks.push_back({Kind::Step, steps[i].text, false, "", static_cast<int>(i) + 1});
    if (!hotlines.empty()) add(s, Kind::Heading, c.visitor.get(ui_key::hotlines));
    for (const Hotline* h : hotlines) hotline(s, *h, c.visitor);
    const Service* sv = slip_place(services);
    if (sv) {
        add(s, Kind::Heading, c.visitor.get(ui_key::slip_nearest));
        add(s, Kind::Name, isolate(sv->name));
        place(s, *sv, c);
        in_french(s, sv->name, address_text(*sv), sv->phones, c);
    }
    s.qr = result_payload(title, hotlines, services, c.visitor);
    return s;
}

Slip service_slip(const Service& sv, const SlipContext& c) {
    Slip s = begin(c);
    add(s, Kind::Title, isolate(sv.name));
    place(s, sv, c);
    add(s, Kind::Text, c.visitor.get(sv.description_key));
    in_french(s, sv.name, address_text(sv), sv.phones, c);
    s.qr = service_payload(sv, c.visitor, c.here);
    return s;
}

Slip hotline_slip(const Hotline& h, const SlipContext& c) {
    Slip s = begin(c);
    hotline(s, h, c.visitor);
    add(s, Kind::Text, c.visitor.get(hotline_key(h.number, "purpose")));
    in_french(s, c.french.get(hotline_key(h.number, "name")), "", {h.number}, c);
    s.qr = hotline_payload(h);
    return s;
}

Slip test_slip(const std::string& title, const std::vector<const Hotline*>& hotlines, const SlipContext& c) {
    Slip s = begin(c);
    add(s, Kind::Title, title);
    for (const Hotline* h : hotlines) hotline(s, *h, c.visitor);
    return s;
}

} // namespace kiosk
