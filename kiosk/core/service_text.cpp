#include "service_text.h"

#include "ui_keys.h"

#include <algorithm>
#include <cstdio>

namespace kiosk {

namespace {

// Languages that write 1,2 rather than 1.2.
bool decimal_comma(const std::string& lang) {
    for (const char* l : {"fr", "es", "ru", "uk", "prs", "ps", "ti"})
        if (lang == l) return true;
    return false;
}

} // namespace

std::string labelled(const Strings& s, const char* key, const std::string& value) {
    return s.get(key) + (s.lang == "fr" ? " : " : ": ") +
           isolate(value); // French puts a space before the colon
}

std::string distance_text(double metres, const Strings& s) {
    if (metres < 0) return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::max(0.1, metres / 1000.0)); // next door reads 0.1 km, not 0.0
    std::string km = buf;
    if (decimal_comma(s.lang))
        for (char& c : km)
            if (c == '.') c = ',';
    return format(s.get(ui_key::distance), {{"km", km}});
}

std::string address_text(const Service& sv) {
    std::string out = sv.address;
    std::string place = sv.postal_code + (sv.postal_code.empty() || sv.city.empty() ? "" : " ") + sv.city;
    if (!place.empty()) out += (out.empty() ? "" : ", ") + place;
    return isolate(out);
}

std::string hours_text(const Service& sv, const Strings& s) {
    return sv.opening_hours.empty() ? s.get(ui_key::hours_unknown) : isolate(sv.opening_hours);
}

std::string record_text(const Service& sv, const Strings& s) {
    return sv.record_date.empty() ? "" : format(s.get(ui_key::record_date), {{"date", sv.record_date}});
}

std::string free_text(const std::optional<bool>& free, const Strings& s) {
    if (!free) return "";
    return s.get(*free ? ui_key::free : ui_key::not_free);
}

std::string appointment_text(const Service& sv, const Strings& s) {
    if (sv.appointment == "required") return s.get(ui_key::appointment_required);
    if (sv.appointment == "none") return s.get(ui_key::appointment_none);
    return s.get(ui_key::appointment_unknown);
}

std::vector<std::string> service_card_lines(const Service& sv, const Strings& s) {
    std::vector<std::string> lines;
    std::string where = address_text(sv);
    std::string far = distance_text(sv.distance_m, s);
    if (!where.empty() || !far.empty())
        lines.push_back(where + (where.empty() || far.empty() ? "" : " · ") + far);
    if (!sv.phones.empty()) lines.push_back(labelled(s, ui_key::phone, sv.phones.front()));
    lines.push_back(sv.opening_hours.empty() ? s.get(ui_key::hours_unknown)
                                             : labelled(s, ui_key::hours, sv.opening_hours));
    if (std::string r = record_text(sv, s); !r.empty()) lines.push_back(r);
    return lines;
}

std::vector<std::string> hotline_lines(const Hotline& h, const Strings& s) {
    std::vector<std::string> lines{s.get(hotline_key(h.number, "hours"))};
    if (std::string f = free_text(h.free, s); !f.empty()) lines.push_back(f);
    return lines;
}

} // namespace kiosk
