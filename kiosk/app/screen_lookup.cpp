#include "app/screen_lookup.h"

#include "core/language/ui_keys.h"
#include "core/visit/soonest_open.h"

namespace kiosk {

namespace {

constexpr size_t services_per_category = 5;

} // namespace

void ScreenLookup::forget() {
    lang_.clear();
}

void ScreenLookup::follow_language(const ContentStore& store, const std::string& lang,
                                   const std::string& today, ScreenData& data) {
    if (lang_ == lang && strip_day_ == today) return;
    lang_ = lang;
    strip_day_ = today;
    strings_ = store.strings(lang_);
    glossary_ = Glossary(glossary_entries(store.glossary(), strings_.chosen));
    data.strip.clear();
    for (const Hotline& h : store.hotlines())
        if (h.strip > 0 && h.dates.on(today))
            data.strip.push_back({h.number, strings_.get(hotline_key(h.number, "name")), h.pictogram});
}

void ScreenLookup::refresh(const ContentStore& store, const Session& session, const std::string& lang,
                           const Clock& clock, ScreenData& data) {
    std::string today = local_date(clock.now_ms());
    follow_language(store, lang, today, data);
    data.unavailable = false;
    try {
        look_up_visit(store, session, clock, today, data);
    } catch (const DbError& e) {
        data.result_services.clear();
        data.service.reset();
        data.search_results.clear();
        data.list.clear();
        data.unavailable = true;
        if (std::string line = failures_.report(session.screen(), e); !line.empty())
            std::fprintf(stderr, "kiosk: %s\n", line.c_str());
    }
}

// What the visit's screen shows of the services. A bundle that went bad after its checks fails
// here (refresh() catches it): the screen then says its information is not available.
void ScreenLookup::look_up_visit(const ContentStore& store, const Session& session, const Clock& clock,
                                 const std::string& today, ScreenData& data) const {
    const Visit& v = session.visit();
    data.result_services.clear();
    if (v.flow && flow_current(*v.flow).kind == NodeKind::Result)
        data.result_services = store.services_for(flow_current(*v.flow), services_per_category, v.day);
    data.service = session.screen() == Screen::Service ? store.service(v.subject()) : std::nullopt;
    data.search_results.clear();
    if (session.screen() == Screen::Search && !v.query.empty()) {
        data.search_results = store.search(v.query, v.lang, 30);
        // Dated services are few (hand-written ones only): leaving them out here costs a row or two.
        std::erase_if(data.search_results, [&](const Service& s) { return !s.dates.on(today); });
    }
    data.list.clear();
    if (session.screen() == Screen::List) look_up_list(store, v, clock, data);
}

void ScreenLookup::look_up_list(const ContentStore& store, const Visit& v, const Clock& clock,
                                ScreenData& data) const {
    constexpr size_t longest_list = 500; // a visitor never walks further than the 500th nearest
    LocalTime now = paris_time(clock.now_ms());
    data.list = store.nearest(v.subject(), v.filter, now, longest_list + 1);
    data.list_is_cut = data.list.size() > longest_list;
    if (data.list_is_cut) data.list.pop_back();
    data.list_soonest = data.list.empty() && v.filter.open_now;
    if (data.list_soonest) { // nothing open now: where to go first, not an empty screen
        constexpr size_t soonest_shown = 10;
        ServiceFilter others = v.filter;
        others.open_now = false;
        data.list = soonest_open(store.nearest(v.subject(), others, now, longest_list), now, soonest_shown);
        data.list_soonest = !data.list.empty();
    }
    data.list_unrecorded = unrecorded_count(store, v, clock);
}

// How many more places the list would hold if it kept those for which nobody recorded what the
// filters ask: said on the list, so a visitor who finds nothing knows there may be more.
size_t ScreenLookup::unrecorded_count(const ContentStore& store, const Visit& v, const Clock& clock) const {
    if (!v.filter.any() || v.filter.unrecorded) return 0;
    ServiceFilter wider = v.filter;
    wider.unrecorded = true;
    LocalTime now = paris_time(clock.now_ms());
    size_t all = store.count(v.subject(), wider, now), known = store.count(v.subject(), v.filter, now);
    return all > known ? all - known : 0;
}

std::string ScreenLookup::title(const Session& session, const std::string& picker_title) const {
    const Visit& v = session.visit();
    switch (session.screen()) {
    case Screen::Language:
        return picker_title;
    case Screen::Topics:
        return strings_.get(ui_key::topics_title);
    case Screen::Flow:
        return strings_.get(topic_title_key(v.topic));
    case Screen::Service:
        return strings_.get(ui_key::services);
    case Screen::Hotline:
        return strings_.get(ui_key::hotlines);
    case Screen::Search:
        return strings_.get(ui_key::services);
    case Screen::List:
        return strings_.get(category_name_key(v.subject()));
    }
    return "";
}

} // namespace kiosk
