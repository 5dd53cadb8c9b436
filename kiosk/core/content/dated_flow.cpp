#include "core/content/dated_flow.h"

#include <algorithm>

namespace kiosk {

Flow flow_on(const Flow& flow, const std::string& day) {
    Flow out{flow.id, flow.start, {}};
    for (const Node& n : flow.nodes)
        if (n.dates.on(day)) out.nodes.push_back(n);
    for (Node& n : out.nodes) {
        std::erase_if(n.choices, [&](const Choice& c) { return !c.dates.on(day); });
        std::erase_if(n.next, [&](const Transition& t) { return !out.find(t.target); });
    }
    return out;
}

Flow flow_on(const Flow& flow, const std::string& day, const ContentStore& store) {
    Flow out = flow_on(flow, day);
    for (Node& n : out.nodes) {
        std::erase_if(n.hotlines, [&](const std::string& number) {
            const Hotline* h = store.hotline(number);
            return h && !h->dates.on(day);
        });
        std::erase_if(n.services, [&](const std::string& id) {
            try {
                std::optional<Service> s = store.service(id);
                return s && !s->dates.on(day);
            } catch (const DbError&) { // kept: the result then says its places are not available
                return false;
            }
        });
    }
    return out;
}

} // namespace kiosk
