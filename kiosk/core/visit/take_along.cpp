#include "core/visit/take_along.h"

#include "core/language/ui_keys.h"

#include <cstdio>

namespace kiosk {

namespace {

std::string geo_line(const Service& sv) {
    if (!sv.location) return "";
    char buf[64];
    std::snprintf(buf, sizeof buf, "geo:%.6f,%.6f", sv.location->latitude, sv.location->longitude);
    return buf;
}

void add_line(std::string& out, const std::string& line) {
    if (line.empty()) return;
    if (!out.empty()) out += '\n';
    out += line;
}

} // namespace

std::string service_payload(const Service& sv, const Strings& s, const Here& here) {
    std::string out;
    add_line(out, sv.name);
    add_line(out, strip_isolates(address_text(sv)));
    for (const std::string& p : sv.phones) add_line(out, strip_isolates(labelled(s, ui_key::phone, p)));
    add_line(out, sv.website); // bare, so the phone offers to open it
    add_line(out, strip_isolates(hours_text(sv, s, here)));
    add_line(out, geo_line(sv));
    return out;
}

std::string hotline_payload(const Hotline& h) {
    std::string out = "tel:";
    for (char c : h.number)
        if (c != ' ') out += c;
    return out;
}

std::string result_payload(const std::string& title, const std::vector<const Hotline*>& hotlines,
                           const std::vector<Service>& services, const Strings& s) {
    std::string out = title;
    for (const Hotline* h : hotlines)
        add_line(out, h->number + " · " + s.get(hotline_key(h->number, "name")));
    for (size_t i = 0; i < services.size() && i < 3; ++i) { // a phone's camera reads a small code better
        const Service& sv = services[i];
        out += "\n\n" + sv.name;
        add_line(out, strip_isolates(address_text(sv)));
        if (!sv.phones.empty())
            add_line(out, sv.phones.front());
        else
            add_line(out, sv.website); // the one way to reach some services
        add_line(out, geo_line(sv));
    }
    return out;
}

} // namespace kiosk
