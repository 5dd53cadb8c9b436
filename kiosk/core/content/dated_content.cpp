#include "core/content/dated_content.h"

#include <algorithm>

namespace kiosk {

std::vector<DatedItem> dated_content(const ContentStore& store) {
    std::vector<DatedItem> out;
    for (const Flow& f : store.flows())
        for (const Node& n : f.nodes) {
            std::string title = n.kind == NodeKind::Result ? node_title_key(n.id) : node_text_key(n.id);
            if (n.dates.dated()) out.push_back({"node " + n.id, n.dates, title});
            for (const Choice& c : n.choices)
                if (c.dates.dated())
                    out.push_back({"choice " + n.id + "." + c.value, c.dates, choice_key(n, c)});
        }
    for (const Hotline& h : store.hotlines())
        if (h.dates.dated()) out.push_back({"hotline " + h.number, h.dates, hotline_key(h.number, "name")});
    for (auto& [id, dates] : store.dated_services()) out.push_back({"service " + id, dates});
    if (!store.meta().valid_until.empty()) // the bundle itself must be replaced by then
        out.push_back({"bundle " + store.meta().bundle_id, {"", store.meta().valid_until, ""}});
    return out;
}

std::string day_after(const std::string& day, int n) {
    std::optional<CivilDate> d = parse_iso_date(day);
    return d ? iso_date(add_days(*d, n)) : day;
}

std::vector<Ending> ending_soon(const std::vector<DatedItem>& items, const std::string& day, int days) {
    std::string last = day_after(day, days);
    std::vector<Ending> out;
    for (const DatedItem& i : items) {
        if (!i.dates.until.empty() && day <= i.dates.until && i.dates.until <= last)
            out.push_back({i.dates.until, false, i.what, i.label_key});
        if (!i.dates.review_by.empty() && i.dates.review_by <= last)
            out.push_back({i.dates.review_by, true, i.what, i.label_key});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Ending& a, const Ending& b) { return a.date < b.date; });
    return out;
}

} // namespace kiosk
