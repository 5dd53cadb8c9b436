#include "opening_hours.h"

#include "french_holidays.h"

#include <algorithm>
#include <cctype>

namespace kiosk {

namespace {

const char* const weekday_names[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
const char* const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct ParseError {
    std::string message;
};

// A cursor over one rule's text, with the rule's position for messages.
class Cursor {
  public:
    Cursor(const std::string& text, size_t offset) : s_(text), base_(offset) {}

    void skip_spaces() {
        while (i_ < s_.size() && s_[i_] == ' ') ++i_;
    }
    bool done() {
        skip_spaces();
        return i_ >= s_.size();
    }
    bool take(const char* word) {
        skip_spaces();
        size_t n = std::char_traits<char>::length(word);
        if (s_.compare(i_, n, word) != 0) return false;
        i_ += n;
        return true;
    }
    int name_index(const char* const* names, int count) {
        skip_spaces();
        for (int k = 0; k < count; ++k)
            if (s_.compare(i_, 2, names[k], 2) == 0 &&
                (names[k][2] == '\0' || s_.compare(i_, 3, names[k]) == 0)) {
                i_ += std::char_traits<char>::length(names[k]);
                return k;
            }
        return -1;
    }
    bool peek_digit() {
        skip_spaces();
        return i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]));
    }
    int number(int digits) {
        skip_spaces();
        int v = 0, n = 0;
        while (n < digits && i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_])))
            v = v * 10 + (s_[i_++] - '0'), ++n;
        if (n == 0) fail("expected a number");
        return v;
    }
    size_t save() const { return i_; }
    void restore(size_t at) { i_ = at; }
    [[noreturn]] void fail(const std::string& what) const {
        std::string near = i_ < s_.size() ? "'" + s_.substr(i_, 12) + "'" : "the end";
        throw ParseError{what + " at position " + std::to_string(base_ + i_ + 1) + " (" + near + ")"};
    }

  private:
    const std::string& s_;
    size_t base_, i_ = 0;
};

int parse_time(Cursor& c) {
    int h = c.number(2);
    if (!c.take(":")) c.fail("expected ':' in a time such as 09:30");
    int m = c.number(2);
    if (h > 48 || m > 59) c.fail("a time must be between 00:00 and 48:00");
    return h * 60 + m;
}

void parse_spans(Cursor& c, HoursRule& r) {
    do {
        TimeSpan span;
        span.from = parse_time(c);
        if (!c.take("-")) c.fail("expected '-' between two times");
        span.to = parse_time(c);
        if (span.from >= 1440) c.fail("a span must start before 24:00");
        if (span.to <= span.from) span.to += 1440; // 22:00-02:00 runs past midnight
        if (span.to - span.from > 1440) c.fail("a span cannot last more than a day");
        r.spans.push_back(span);
    } while (c.take(","));
}

bool parse_weekdays(Cursor& c, HoursRule& r) {
    size_t start = c.save();
    bool any = false;
    do {
        if (c.take("PH")) {
            r.holidays = any = true;
            continue;
        }
        int from = c.name_index(weekday_names, 7);
        if (from < 0) {
            if (!any) return c.restore(start), false;
            c.fail("expected a weekday (Mo, Tu, We, Th, Fr, Sa, Su) or PH");
        }
        int to = from;
        if (c.take("-")) {
            to = c.name_index(weekday_names, 7);
            if (to < 0) c.fail("expected a weekday after '-'");
        }
        for (int d = from;; d = (d + 1) % 7) { // Sa-Mo wraps over the week's end
            r.weekdays |= static_cast<uint8_t>(1 << d);
            if (d == to) break;
        }
        any = true;
    } while (c.take(","));
    return true;
}

// [YYYY] Mon [DD]; without a day, the month's first day (or its last, for the end of a range).
bool parse_date_point(Cursor& c, int& year, int& month, int& day, bool is_end, bool* day_given = nullptr) {
    size_t start = c.save();
    year = 0;
    if (c.peek_digit()) {
        year = c.number(4);
        if (year < 1900) return c.restore(start), false; // a time, not a year
    }
    month = c.name_index(month_names, 12) + 1;
    if (month == 0) return c.restore(start), false;
    day = is_end ? days_in_month(year ? year : 2000, month) : 1;
    size_t before_day = c.save();
    if (c.peek_digit()) {
        int d = c.number(2);
        if (c.take(":")) { // it was a time: leave it for the spans
            c.restore(before_day);
        } else {
            if (d < 1 || d > 31) c.fail("a day of the month must be from 1 to 31");
            day = d;
            if (day_given) *day_given = true;
        }
    }
    return true;
}

bool parse_dates(Cursor& c, HoursRule& r) {
    bool any = false;
    do {
        DateRange d;
        bool day_given = false;
        if (!parse_date_point(c, d.from_year, d.from_month, d.from_day, false, &day_given)) {
            if (!any) return false;
            c.fail("expected a month (Jan ... Dec)");
        }
        d.to_year = d.from_year, d.to_month = d.from_month;
        d.to_day = day_given ? d.from_day : days_in_month(d.from_year ? d.from_year : 2000, d.from_month);
        size_t after = c.save();
        if (c.take("-")) {
            size_t end_at = c.save();
            if (!parse_date_point(c, d.to_year, d.to_month, d.to_day, true)) {
                c.restore(end_at);
                int day = c.peek_digit() ? c.number(2) : 0; // Dec 24-26: a day of the same month
                if (day == 0 || c.take(":"))
                    c.restore(after);
                else
                    d.to_day = day;
            }
            if (d.to_year == 0) { // 2026 Dec 20-Jan 05 ends in the next year
                bool wraps =
                    d.to_month < d.from_month || (d.to_month == d.from_month && d.to_day < d.from_day);
                d.to_year = d.from_year == 0 ? 0 : d.from_year + (wraps ? 1 : 0);
            }
        }
        r.dates.push_back(d);
        any = true;
    } while (c.take(","));
    return true;
}

HoursRule parse_rule(const std::string& text, size_t offset) {
    Cursor c(text, offset);
    HoursRule r;
    if (c.take("24/7")) {
        r.always = true;
        if (!c.done()) c.fail("nothing may follow 24/7 in the same rule");
        return r;
    }
    parse_dates(c, r);
    bool has_days = parse_weekdays(c, r);
    if (c.take("off") || c.take("closed"))
        r.off = true;
    else if (c.peek_digit())
        parse_spans(c, r);
    else if (!has_days && r.dates.empty())
        c.fail("expected days, times, 'off' or '24/7'");
    if (!c.done()) c.fail("unexpected text");
    return r;
}

bool in_range(const DateRange& r, CivilDate d) {
    auto key = [](int y, int m, int day) { return (static_cast<int64_t>(y) * 100 + m) * 100 + day; };
    if (r.from_year == 0) { // every year, maybe wrapping over New Year (Dec-Jan)
        int64_t v = key(0, d.month, d.day), a = key(0, r.from_month, r.from_day),
                b = key(0, r.to_month, r.to_day);
        return a <= b ? v >= a && v <= b : v >= a || v <= b;
    }
    int64_t v = key(d.year, d.month, d.day);
    return v >= key(r.from_year, r.from_month, r.from_day) && v <= key(r.to_year, r.to_month, r.to_day);
}

bool applies(const HoursRule& r, CivilDate day) {
    if (r.always) return true;
    if (!r.dates.empty() &&
        std::none_of(r.dates.begin(), r.dates.end(), [&](const DateRange& d) { return in_range(d, day); }))
        return false;
    if (r.weekdays == 0 && !r.holidays) return true;
    bool holiday = is_french_public_holiday(day);
    return (r.weekdays & (1 << weekday(day))) || (r.holidays && holiday);
}

std::string hhmm(int minutes) {
    minutes %= 1440;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

} // namespace

HoursParse parse_opening_hours(const std::string& text) {
    HoursParse out;
    OpeningHours h;
    size_t start = 0;
    try {
        while (start <= text.size()) {
            size_t end = text.find(';', start);
            if (end == std::string::npos) end = text.size();
            std::string rule = text.substr(start, end - start);
            if (rule.find_first_not_of(' ') == std::string::npos)
                throw ParseError{"an empty rule at position " + std::to_string(start + 1)};
            h.rules.push_back(parse_rule(rule, start));
            start = end + 1;
        }
    } catch (const ParseError& e) {
        out.error = e.message;
        return out;
    }
    out.hours = std::move(h);
    return out;
}

std::vector<TimeSpan> spans_on(const OpeningHours& h, CivilDate day) {
    std::vector<TimeSpan> spans;
    for (const HoursRule& r : h.rules) {
        if (!applies(r, day)) continue;
        spans.clear(); // a later rule replaces what earlier ones said about this day
        if (r.always)
            spans.push_back({0, 1440});
        else if (!r.off) {
            if (r.spans.empty())
                spans.push_back({0, 1440});
            else
                spans = r.spans;
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const TimeSpan& a, const TimeSpan& b) { return a.from < b.from; });
    std::vector<TimeSpan> merged; // 09:00-12:00,12:00-14:00 is one stretch: it does not close at noon
    for (const TimeSpan& sp : spans) {
        if (!merged.empty() && sp.from <= merged.back().to)
            merged.back().to = std::max(merged.back().to, sp.to);
        else
            merged.push_back(sp);
    }
    return merged;
}

HoursState hours_state(const OpeningHours& h, LocalTime at) {
    HoursState s;
    // Open now: a span of today, or one of yesterday's running past midnight.
    for (const TimeSpan& sp : spans_on(h, add_days(at.date, -1)))
        if (sp.to > 1440 && at.minute < sp.to - 1440)
            return {HoursState::Kind::OpenNow, sp.to - 1440, 0, -1, 0};
    std::vector<TimeSpan> today = spans_on(h, at.date);
    for (const TimeSpan& sp : today) {
        if (at.minute >= sp.from && at.minute < sp.to) {
            // A stretch that reaches midnight goes on into the next day's first span, day after day.
            int closes = sp.to;
            for (int day = 1; day <= 7 && closes == 1440 * day; ++day) {
                std::vector<TimeSpan> next = spans_on(h, add_days(at.date, day));
                if (next.empty() || next.front().from != 0) break;
                closes = 1440 * day + next.front().to;
            }
            if (closes >= 1440 * 8) return {HoursState::Kind::OpenNow, -1, 0, -1, 0};
            return {HoursState::Kind::OpenNow, closes, 0, -1, 0, weekday(add_days(at.date, closes / 1440))};
        }
        if (sp.from > at.minute) return {HoursState::Kind::OpensToday, 0, sp.from, -1, 0};
    }
    s.kind = HoursState::Kind::ClosedToday;
    for (int d = 1; d <= 7; ++d) {
        CivilDate day = add_days(at.date, d);
        std::vector<TimeSpan> spans = spans_on(h, day);
        if (spans.empty()) continue;
        s.next_in_days = d;
        s.opens_at = spans.front().from;
        s.next_weekday = weekday(day);
        break;
    }
    return s;
}

std::string describe(const HoursState& s) {
    static const char* const days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
    switch (s.kind) {
    case HoursState::Kind::OpenNow:
        if (s.closes_at < 0) return "open now, day and night";
        if (s.closes_at == 1440) return "open now, until midnight";
        if (s.closes_at >= 2 * 1440)
            return "open now, closes " + std::string(days[s.close_weekday]) + " at " + hhmm(s.closes_at);
        if (s.closes_at > 1440) return "open now, closes tomorrow at " + hhmm(s.closes_at);
        return "open now, closes at " + hhmm(s.closes_at);
    case HoursState::Kind::OpensToday:
        return "closed now, opens today at " + hhmm(s.opens_at);
    case HoursState::Kind::ClosedToday:
        if (s.next_in_days < 0) return "closed today, and not open in the next seven days";
        if (s.next_in_days == 1) return "closed today, opens tomorrow at " + hhmm(s.opens_at);
        return "closed today, opens " + std::string(days[s.next_weekday]) + " at " + hhmm(s.opens_at);
    case HoursState::Kind::Unknown:
        return "hours unknown";
    }
    return "hours unknown";
}

} // namespace kiosk
