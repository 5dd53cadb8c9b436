#include "app/slip_request.h"

#include "core/time/validity.h"
#include "core/visit/flow_engine.h"

#include <algorithm>

namespace kiosk {

namespace {

SlipContext context(const ContentStore& store, const Strings& visitor, const Strings& french,
                    const Here& here) {
    const Language* lang = store.language(visitor.lang);
    return {visitor, french, here, lang && lang->rtl, store.meta().bundle_id + " " + store.meta().version};
}

// Each pictogram the slip names, as the bundle holds it; one the bundle lacks prints without it.
SlipRequest with_pictograms(const ContentStore& store, Slip slip) {
    SlipRequest r{std::move(slip), {}};
    for (const SlipBlock& b : r.slip.blocks)
        if (!b.pictogram.empty() && !r.pictograms.count(b.pictogram)) {
            std::vector<unsigned char> png = store.asset(b.pictogram);
            if (!png.empty()) r.pictograms.emplace(b.pictogram, std::move(png));
        }
    return r;
}

std::vector<const Hotline*> node_hotlines(const ContentStore& store, const Node& node) {
    std::vector<const Hotline*> out;
    for (const std::string& n : node.hotlines)
        if (const Hotline* h = store.hotline(n)) out.push_back(h);
    return out;
}

} // namespace

bool has_slip(const Session& session, const ScreenData& data) {
    switch (session.screen()) {
    case Screen::Flow:
        return session.visit().flow && flow_current(*session.visit().flow).kind == NodeKind::Result;
    case Screen::Service:
        return data.service.has_value();
    case Screen::Hotline:
        return true;
    default:
        return false;
    }
}

std::optional<SlipRequest> screen_slip(const ContentStore& store, const Session& session,
                                       const ScreenData& data, const Strings& visitor, const Here& here) {
    if (!has_slip(session, data)) return std::nullopt;
    Strings french = store.strings("fr");
    SlipContext c = context(store, visitor, french, here);
    switch (session.screen()) {
    case Screen::Flow: {
        const Node& node = flow_current(*session.visit().flow);
        return with_pictograms(store, result_slip(node, node_hotlines(store, node), data.result_services, c));
    }
    case Screen::Service:
        if (!data.service) return std::nullopt;
        return with_pictograms(store, service_slip(*data.service, c));
    case Screen::Hotline:
        if (const Hotline* h = store.hotline(session.visit().subject()))
            return with_pictograms(store, hotline_slip(*h, c));
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

SlipRequest test_slip_request(const ContentStore& store, const std::string& lang, const Here& here) {
    Strings visitor = store.strings(lang), french = store.strings("fr");
    std::vector<const Hotline*> strip;
    for (const Hotline& h : store.hotlines())
        if (h.strip > 0 && h.dates.on(iso_date(here.now.date))) strip.push_back(&h);
    std::sort(strip.begin(), strip.end(),
              [](const Hotline* a, const Hotline* b) { return a->strip < b->strip; });
    SlipRequest r = with_pictograms(
        store, test_slip(visitor.get("staff.test_slip"), strip, context(store, visitor, french, here)));
    r.test = true;
    return r;
}

} // namespace kiosk
