#include "core/visit/service_text.h"

#include "core/content/geo.h"
#include "core/language/ui_keys.h"
#include "core/time/french_holidays.h"
#include "core/time/opening_hours.h"
#include "core/time/shown_date.h"
#include "core/time/validity.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <utility>

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
    if (!place.empty()) {
        if (!out.empty()) out += ", ";
        out += place;
    }
    return isolate(out);
}

std::string where_text(const Service& sv, const Strings& s) {
    std::string out = address_text(sv);
    if (sv.postal_only) {
        if (!sv.address.empty()) out += '\n';
        out += s.get(ui_key::postal_only);
    }
    return out;
}

namespace {

std::string clock_time(int minutes) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", (minutes / 60) % 24, minutes % 60);
    return buf;
}

// The phrases services write as an opening rule's comment that the kiosk says in every language.
const char* comment_key(const std::string& comment) {
    std::string c;
    for (char ch : comment) c += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    while (!c.empty() && (c.back() == '.' || c.back() == ' ')) c.pop_back();
    c.erase(0, c.find_first_not_of(' '));
    static const std::pair<const char*, const char*> phrases[] = {
        {"sur rendez-vous", ui_key::hours_comment_appointment},
        {"sur rendez vous", ui_key::hours_comment_appointment},
        {"sur rdv", ui_key::hours_comment_appointment},
        {"uniquement sur rendez-vous", ui_key::hours_comment_appointment_only},
        {"uniquement sur rdv", ui_key::hours_comment_appointment_only},
        {"sur rendez-vous uniquement", ui_key::hours_comment_appointment_only},
        {"sur rdv uniquement", ui_key::hours_comment_appointment_only},
        {"sans rendez-vous", ui_key::hours_comment_walk_in},
        {"sans rdv", ui_key::hours_comment_walk_in},
        {"fermé", ui_key::hours_comment_closed},
        {"fermé au public", ui_key::hours_comment_closed},
    };
    for (const auto& [phrase, key] : phrases)
        if (c == phrase) return key;
    return nullptr;
}

// A known phrase in the visitor's language; any other comment as written, in French, isolated.
std::string comment_text(const std::string& comment, const Strings& s) {
    const char* key = comment_key(comment);
    return key ? s.get(key) : isolate(comment);
}

// The state, then what the rule's comment says ("Open now · closes at 12:00 · By appointment").
std::string with_comment(const std::string& state, const std::string& comment, const Strings& s) {
    return comment.empty() ? state : state + " · " + comment_text(comment, s);
}

const char* weekday_key(int day) {
    static const char* const keys[] = {"ui.weekday.0", "ui.weekday.1", "ui.weekday.2", "ui.weekday.3",
                                       "ui.weekday.4", "ui.weekday.5", "ui.weekday.6"};
    return keys[day % 7];
}

std::string state_text(const HoursState& st, const Strings& s) {
    std::string at = isolate(clock_time(st.kind == HoursState::Kind::OpenNow ? st.closes_at : st.opens_at));
    switch (st.kind) {
    case HoursState::Kind::OpenNow:
        if (st.closes_at < 0) return s.get(ui_key::open_always);
        if (st.closes_at == 1440) return s.get(ui_key::open_until_midnight);
        return format(s.get(st.closes_at > 1440 ? ui_key::open_closes_tomorrow : ui_key::open_now),
                      {{"time", at}});
    case HoursState::Kind::OpensToday:
        return format(s.get(ui_key::opens_today), {{"time", at}});
    case HoursState::Kind::ClosedToday:
        if (st.next_in_days < 0) return s.get(ui_key::closed_today);
        if (st.next_in_days == 1) return format(s.get(ui_key::opens_tomorrow), {{"time", at}});
        return format(s.get(ui_key::opens_on), {{"day", s.get(weekday_key(st.next_weekday))}, {"time", at}});
    case HoursState::Kind::Unknown:
        break;
    }
    return s.get(ui_key::hours_unknown);
}

} // namespace

std::string hours_text(const Service& sv, const Strings& s, const Here& here) {
    if (sv.opening_hours.empty()) return s.get(ui_key::hours_unknown);
    HoursParse p = parse_opening_hours(sv.opening_hours);
    if (!p.hours)
        return s.get(ui_key::hours_unknown); // lint refuses these; a hostile bundle shows nothing wrong
    p.hours->region = holiday_region(sv.postal_code); // the place's holidays, wherever the kiosk stands
    HoursState st = hours_state(*p.hours, here.now);
    if (st.kind == HoursState::Kind::Unknown) { // open or not, only the comment says
        if (st.comment.empty()) return s.get(ui_key::hours_unknown);
        const char* key = comment_key(st.comment);
        return key ? s.get(key) : labelled(s, ui_key::hours, st.comment);
    }
    return with_comment(state_text(st, s), st.comment, s);
}

namespace {

// One day of a week's hours: its spans in order ("09:00-12:00, 14:00-17:00"), a span known only by
// its comment with that comment, or "closed".
std::string day_hours(const OpeningHours& h, CivilDate day, const Strings& s) {
    std::string spans;
    for (const DaySegment& seg : day_segments(h, day)) {
        if (seg.mode == HoursMode::Closed) continue;
        std::string span = seg.from == 0 && seg.to == 1440
                               ? s.get(ui_key::open_always)
                               : isolate(clock_time(seg.from) + "-" + clock_time(seg.to));
        const std::string& comment = seg.rule >= 0 ? h.rules[static_cast<size_t>(seg.rule)].comment : "";
        if (!comment.empty()) span += " (" + comment_text(comment, s) + ")";
        spans += (spans.empty() ? "" : ", ") + span;
    }
    return spans.empty() ? s.get(ui_key::slip_closed) : spans;
}

} // namespace

std::vector<std::string> week_hours(const Service& sv, const Strings& s, const Here& here) {
    if (sv.opening_hours.empty()) return {};
    HoursParse p = parse_opening_hours(sv.opening_hours);
    if (!p.hours) return {};
    p.hours->region = holiday_region(sv.postal_code);
    std::vector<std::string> lines;
    for (int i = 0; i < 7; ++i) {
        CivilDate day = add_days(here.now.date, i);
        std::string hours = day_hours(*p.hours, day, s);
        // A public holiday says so, whatever the place's rules: not every source writes "PH off".
        if (is_french_public_holiday(day, p.hours->region)) hours += " · " + s.get(ui_key::slip_holiday);
        lines.push_back(format(s.get(ui_key::slip_day), {{"day", s.get(weekday_key(weekday(day)))},
                                                         {"date", isolate(shown_date(iso_date(day), s.lang))},
                                                         {"hours", hours}}));
    }
    return lines;
}

std::string place_text(const Service& sv, const Strings& s, const Here& here) {
    if (sv.distance_m < 0) return "";
    static const char* const compass[] = {"ui.compass.n", "ui.compass.ne", "ui.compass.e", "ui.compass.se",
                                          "ui.compass.s", "ui.compass.sw", "ui.compass.w", "ui.compass.nw"};
    static const char* const relative[] = {"ui.dir.ahead", "ui.dir.right", "ui.dir.behind", "ui.dir.left"};
    std::string way = s.get(compass[static_cast<int>(compass_point(sv.bearing))]);
    if (here.facing)
        way = format(
            s.get(ui_key::heading),
            {{"relative", s.get(relative[static_cast<int>(relative_direction(sv.bearing, *here.facing))])},
             {"compass", way}});
    std::string near = distance_text(sv.distance_m, s) + " · " + way;
    // Past an hour on foot a visitor takes a bus or a train: "180 min on foot" helps nobody.
    int minutes = walking_minutes(sv.distance_m);
    if (minutes > 60) return near;
    return near + " · " +
           format(s.get_plural(ui_key::walk, static_cast<uint64_t>(minutes)),
                  {{"minutes", std::to_string(minutes)}});
}

// A date such as 03/11/2015 after Arabic letters could be reordered by the bidi rules: isolated.
std::string record_text(const Service& sv, const Strings& s) {
    return sv.record_date.empty()
               ? ""
               : format(s.get(ui_key::record_date), {{"date", isolate(shown_date(sv.record_date, s.lang))}});
}

// A source's title is never translated: the whole line is one isolate, so the dash and the date
// stay where a reader of its language expects them inside right-to-left text.
std::string source_line(const Source& src, const std::string& lang) {
    std::string text = src.title;
    if (!src.publisher.empty()) text += " — " + src.publisher;
    if (!src.date.empty()) text += " (" + shown_date(src.date, lang) + ")";
    return isolate(text);
}

std::string free_text(const std::optional<bool>& free, const Strings& s) {
    if (!free) return "";
    return s.get(*free ? ui_key::free : ui_key::not_free);
}

std::string price_text(CallPrice price, const Strings& s) {
    switch (price) {
    case CallPrice::Free:
        return s.get(ui_key::free);
    case CallPrice::Normal:
        return s.get(ui_key::price_normal);
    case CallPrice::Unknown:
        break;
    }
    return "";
}

namespace {

// The comma a list is written with: Arabic script turns it, Chinese uses the enumeration comma.
const char* list_separator(const std::string& lang) {
    if (lang == "ar" || lang == "prs" || lang == "ps") return "\u060C ";
    if (lang == "zh-Hans") return "\u3001";
    return ", ";
}

} // namespace

// A code with no name anywhere is shown isolated rather than dropped: lint refuses such a bundle.
std::string languages_text(const std::vector<std::string>& codes, const Strings& s) {
    std::string out;
    for (const std::string& code : codes) {
        std::string key = language_name_key(code);
        if (!out.empty()) out += list_separator(s.lang);
        out += s.has(key) ? s.get(key) : isolate(code);
    }
    return out;
}

std::string appointment_text(const Service& sv, const Strings& s) {
    if (sv.appointment == "required") return s.get(ui_key::appointment_required);
    if (sv.appointment == "none") return s.get(ui_key::appointment_none);
    return s.get(ui_key::appointment_unknown);
}

std::vector<std::string> service_card_lines(const Service& sv, const Strings& s, const Here& here) {
    std::vector<std::string> lines;
    if (std::string where = where_text(sv, s); !where.empty()) lines.push_back(where);
    if (std::string place = place_text(sv, s, here); !place.empty()) lines.push_back(place);
    if (!sv.phones.empty())
        lines.push_back(labelled(s, ui_key::phone, sv.phones.front()));
    else if (sv.address.empty() && !sv.website.empty()) // then the website is the way to reach it
        lines.push_back(labelled(s, ui_key::website, sv.website));
    lines.push_back(hours_text(sv, s, here));
    if (std::string r = record_text(sv, s); !r.empty()) lines.push_back(r);
    return lines;
}

std::string hotline_hours_text(const Hotline& h, const Strings& s) {
    std::string key = hotline_key(h.number, "hours");
    return s.has(key) ? s.get(key) : s.get(ui_key::hours_unknown);
}

std::vector<std::string> hotline_lines(const Hotline& h, const Strings& s) {
    std::vector<std::string> lines{hotline_hours_text(h, s)};
    if (std::string p = price_text(h.price, s); !p.empty()) lines.push_back(p);
    return lines;
}

std::string hotline_card_label(const Hotline& h, const Strings& s) {
    return isolate(h.number) + " · " + s.get(hotline_key(h.number, "name"));
}

} // namespace kiosk
