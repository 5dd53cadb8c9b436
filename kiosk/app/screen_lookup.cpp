#include "app/screen_lookup.h"

#include "core/language/ui_keys.h"
#include "core/visit/soonest_open.h"

#include <cstdio>

namespace kiosk {

namespace {

constexpr size_t services_per_category = 5;
const std::string told_unavailable = "visitors are told the information is not available";

} // namespace

void ScreenLookup::forget() {
    lang_.clear();
}

void ScreenLookup::follow_language(const ContentStore& store, const std::string& lang,
                                   const std::string& today, ScreenData& data) {
    if (lang_ == lang && strip_day_ == today) return;
    Strings strings = store.strings(lang);
    Glossary glossary(glossary_entries(store.glossary(), strings.chosen));
    std::vector<StripEntry> strip;
    for (const Hotline& h : store.hotlines())
        if (h.strip > 0 && h.dates.on(today))
            strip.push_back({h.number, strings.get(hotline_key(h.number, "name")), h.pictogram});
    // Only once all three are read: a failure keeps the last language's words whole.
    lang_ = lang;
    strip_day_ = today;
    strings_ = std::move(strings);
    glossary_ = std::move(glossary);
    data.strip = std::move(strip);
}

// Each part a screen shows is looked up on its own, so a part the bundle cannot give makes its
// screen say "not available" (and the log name that part, once) while the rest reads as before.
void ScreenLookup::refresh(const ContentStore& store, const Session& session, const std::string& lang,
                           const Clock& clock, ScreenData& data) {
    const Visit& v = session.visit();
    std::string today = local_date(clock.now_ms());
    clear_services(data);
    looked_up("words of the screens and the emergency strip", "the screens keep the words last read",
              [&] { follow_language(store, lang, today, data); });
    // Only the result screen shows them: a service, list or search opened from a result keeps
    // the flow on it, and must not say "not available" for a place it does not show.
    if (session.screen() == Screen::Flow && v.flow && flow_current(*v.flow).kind == NodeKind::Result) {
        const char* what = "places of a topic's result";
        std::vector<DbError> unreadable; // named places that could not be read: the others are shown
        if (!looked_up(what, told_unavailable, [&] {
                data.result_services =
                    store.services_for(flow_current(*v.flow), services_per_category, v.day, &unreadable);
            }))
            data.unavailable = true;
        for (const DbError& e : unreadable) log_failure(what, told_unavailable, e);
        if (!unreadable.empty()) data.unavailable = true;
    }
    if (session.screen() == Screen::Service && !looked_up(screen_subject(Screen::Service), told_unavailable,
                                                          [&] { data.service = store.service(v.subject()); }))
        data.unavailable = true;
    if (session.screen() == Screen::Search && !v.query.empty() &&
        !looked_up(screen_subject(Screen::Search), told_unavailable, [&] {
            data.search_results = store.search(v.query, v.lang, 30);
            // Dated services are few (hand-written ones only): leaving them out here costs a row or two.
            std::erase_if(data.search_results, [&](const Service& s) { return !s.dates.on(today); });
        }))
        data.unavailable = true;
    if (session.screen() == Screen::List && !looked_up(screen_subject(Screen::List), told_unavailable,
                                                       [&] { look_up_list(store, v, clock, data); })) {
        clear_services(data); // a list read half way
        data.unavailable = true;
    }
}

void ScreenLookup::clear_services(ScreenData& data) {
    data.result_services.clear();
    data.service.reset();
    data.search_results.clear();
    data.list.clear();
    data.list_is_cut = data.list_soonest = false;
    data.list_unrecorded = 0;
    data.unavailable = false;
}

// Runs one look-up; false, and the failure logged once, if the bundle could not give it.
bool ScreenLookup::looked_up(const std::string& what, const std::string& outcome,
                             const std::function<void()>& look_up) {
    try {
        look_up();
        return true;
    } catch (const DbError& e) {
        log_failure(what, outcome, e);
        return false;
    }
}

void ScreenLookup::log_failure(const std::string& what, const std::string& outcome, const DbError& e) {
    if (std::string line = failures_.report(what, outcome, e); !line.empty())
        std::fprintf(stderr, "kiosk: %s\n", line.c_str());
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
