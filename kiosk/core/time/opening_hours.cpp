#include "core/time/opening_hours.h"

#include "core/time/french_holidays.h"

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
    std::string until(char end) { // the text up to `end` or the rule's end, as written
        size_t stop = std::min(s_.find(end, i_), s_.size());
        std::string out = s_.substr(i_, stop - i_);
        i_ = stop;
        return out;
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

// [1,3] or [-1] or [1-2] after a weekday: which of the month's occurrences of it.
uint16_t parse_nth(Cursor& c) {
    uint16_t bits = 0;
    do {
        bool from_end = c.take("-");
        int n = c.number(1), to = n;
        if (!from_end && c.take("-")) to = c.number(1);
        if (n < 1 || n > 5 || to < n || to > 5) c.fail("an nth weekday must be from 1 to 5, or -1 to -5");
        for (int k = n; k <= to; ++k) bits |= static_cast<uint16_t>(1 << (from_end ? 4 + k : k - 1));
    } while (c.take(","));
    if (!c.take("]")) c.fail("expected ']' after the nth weekdays");
    return bits;
}

// A list's entries are alternatives: Th[2],Th[4] is both Thursdays, and Mo-Fr,Th[2] every Thursday.
bool parse_weekdays(Cursor& c, HoursRule& r) {
    size_t start = c.save();
    bool any = false;
    uint8_t every_week = 0; // the days named without [..]
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
        if (c.take("[")) {
            if (to != from) c.fail("an nth weekday such as Th[2] names one weekday, not a range");
            r.nth[static_cast<size_t>(from)] |= parse_nth(c);
        } else {
            for (int d = from;; d = (d + 1) % 7) { // Sa-Mo wraps over the week's end
                every_week |= static_cast<uint8_t>(1 << d);
                if (d == to) break;
            }
        }
        r.weekdays |= static_cast<uint8_t>(1 << from) | every_week;
        any = true;
    } while (c.take(","));
    for (int d = 0; d < 7; ++d)
        if (every_week >> d & 1) r.nth[static_cast<size_t>(d)] = 0; // 0: every one
    return true;
}

// week 01-53/2, week 05,07: ISO week numbers.
void parse_weeks(Cursor& c, HoursRule& r) {
    if (!c.take("week")) return;
    do {
        WeekRange w;
        w.from = w.to = c.number(2);
        if (c.take("-")) w.to = c.number(2);
        if (c.take("/")) w.step = c.number(2);
        if (w.from < 1 || w.to > 53 || w.to < w.from || w.step < 1)
            c.fail("weeks must run from 1 to 53, the first before the last");
        r.weeks.push_back(w);
    } while (c.take(","));
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

// open / off / closed / unknown, then a "comment": a comment without a word for the state leaves
// it unknown, as opening_hours.js reads it.
void parse_mode_and_comment(Cursor& c, HoursRule& r) {
    bool said = true;
    if (c.take("open"))
        r.mode = HoursMode::Open;
    else if (c.take("off") || c.take("closed"))
        r.mode = HoursMode::Closed;
    else if (c.take("unknown"))
        r.mode = HoursMode::Unknown;
    else
        said = false;
    if (!c.take("\"")) return;
    r.comment = c.until('"');
    if (!c.take("\"")) c.fail("a comment must end with '\"'");
    if (!said) r.mode = HoursMode::Unknown;
}

HoursRule parse_rule(const std::string& text, size_t offset) {
    Cursor c(text, offset);
    HoursRule r;
    if (c.take("24/7")) {
        r.always = true;
        parse_mode_and_comment(c, r);
        if (!c.done()) c.fail("nothing may follow 24/7 in the same rule");
        return r;
    }
    parse_dates(c, r);
    parse_weeks(c, r);
    bool has_days = parse_weekdays(c, r);
    if (c.peek_digit()) parse_spans(c, r);
    size_t before = c.save();
    parse_mode_and_comment(c, r);
    if (c.save() == before && !has_days && r.dates.empty() && r.weeks.empty() && r.spans.empty())
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

// The ISO 8601 week number: the week (Monday first) holding the year's first Thursday is week 1.
int iso_week(CivilDate d) {
    CivilDate thursday = add_days(d, 3 - weekday(d));
    return static_cast<int>((days_from_civil(thursday) - days_from_civil({thursday.year, 1, 1})) / 7) + 1;
}

bool in_weeks(const std::vector<WeekRange>& weeks, CivilDate day) {
    int w = iso_week(day);
    return weeks.empty() || std::any_of(weeks.begin(), weeks.end(), [&](const WeekRange& r) {
               return w >= r.from && w <= r.to && (w - r.from) % r.step == 0;
           });
}

bool nth_matches(uint16_t nth, CivilDate day) {
    int from_start = (day.day - 1) / 7 + 1, from_end = (days_in_month(day.year, day.month) - day.day) / 7 + 1;
    return nth == 0 || (nth >> (from_start - 1) & 1) || (nth >> (4 + from_end) & 1);
}

bool applies(const HoursRule& r, CivilDate day, HolidayRegion region) {
    if (r.always) return true;
    if (!r.dates.empty() &&
        std::none_of(r.dates.begin(), r.dates.end(), [&](const DateRange& d) { return in_range(d, day); }))
        return false;
    if (!in_weeks(r.weeks, day)) return false;
    if (r.weekdays == 0 && !r.holidays) return true;
    int wd = weekday(day);
    if ((r.weekdays >> wd & 1) && nth_matches(r.nth[static_cast<size_t>(wd)], day)) return true;
    return r.holidays && is_french_public_holiday(day, region);
}

// Does rule i, applying to a day, set aside what earlier rules said about it? opening_hours.js's
// test: a rule that opens (or leaves unknown) and names dates does; so does an opening rule
// with no dates after another with none. Closing rules and fallbacks only paint over.
bool replaces_earlier(const OpeningHours& h, size_t i) {
    const HoursRule& r = h.rules[i];
    if (r.fallback || r.mode == HoursMode::Closed) return false;
    return r.names_dates() || (i > 0 && r.mode == HoursMode::Open && !h.rules[i - 1].names_dates());
}

struct Painting {
    size_t rule;
    bool carried; // the part past midnight of the day before's spans
};

// The rules that have a say about a day, in order, as opening_hours.js lists them: each rule,
// then its spans carried over from the day before.
std::vector<Painting> paintings(const OpeningHours& h, CivilDate day) {
    std::vector<Painting> out;
    CivilDate before = add_days(day, -1);
    for (size_t i = 0; i < h.rules.size(); ++i) {
        const HoursRule& r = h.rules[i];
        if (applies(r, day, h.region)) {
            if (replaces_earlier(h, i)) out.clear();
            out.push_back({i, false});
        }
        bool runs_over =
            std::any_of(r.spans.begin(), r.spans.end(), [](const TimeSpan& s) { return s.to > 1440; });
        if (runs_over && applies(r, before, h.region)) out.push_back({i, true});
    }
    return out;
}

// Sets [from, to) to a rule's state; a fallback only where the day is still closed.
void paint(std::vector<DaySegment>& day, int from, int to, const HoursRule& r, int rule) {
    std::vector<DaySegment> out;
    for (const DaySegment& seg : day) {
        int a = std::max(seg.from, from), b = std::min(seg.to, to);
        if (a >= b || (r.fallback && seg.mode != HoursMode::Closed)) {
            out.push_back(seg);
            continue;
        }
        if (seg.from < a) out.push_back({seg.from, a, seg.mode, seg.rule});
        out.push_back({a, b, r.mode, rule});
        if (b < seg.to) out.push_back({b, seg.to, seg.mode, seg.rule});
    }
    day = std::move(out);
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
    bool fallback = false;
    try {
        while (start <= text.size()) {
            size_t end = start;
            while (end < text.size() && text[end] != ';' && text.compare(end, 2, "||") != 0)
                end = text[end] == '"' ? std::min(text.find('"', end + 1), text.size() - 1) + 1 : end + 1;
            std::string rule = text.substr(start, end - start);
            if (rule.find_first_not_of(' ') == std::string::npos)
                throw ParseError{"an empty rule at position " + std::to_string(start + 1)};
            h.rules.push_back(parse_rule(rule, start));
            h.rules.back().fallback = fallback;
            fallback = text.compare(end, 2, "||") == 0;
            start = end + (fallback ? 2 : 1);
        }
    } catch (const ParseError& e) {
        out.error = e.message;
        return out;
    }
    out.hours = std::move(h);
    return out;
}

std::vector<DaySegment> day_segments(const OpeningHours& h, CivilDate day) {
    std::vector<DaySegment> segments{{0, 1440, HoursMode::Closed, -1}};
    for (const Painting& p : paintings(h, day)) {
        const HoursRule& r = h.rules[p.rule];
        int rule = static_cast<int>(p.rule);
        if (r.spans.empty()) paint(segments, 0, 1440, r, rule);
        for (const TimeSpan& sp : r.spans) {
            if (!p.carried)
                paint(segments, sp.from, std::min(sp.to, 1440), r, rule);
            else if (sp.to > 1440)
                paint(segments, 0, sp.to - 1440, r, rule);
        }
    }
    return segments;
}

namespace {

std::string comment_of(const OpeningHours& h, int rule) {
    return rule < 0 ? std::string() : h.rules[static_cast<size_t>(rule)].comment;
}

// Open from a segment of today: until when, going on over midnight into the next days' first
// segments while they stay open.
HoursState open_until(const OpeningHours& h, LocalTime at, const std::vector<DaySegment>& today, size_t i) {
    int closes = today[i].to;
    for (size_t k = i + 1; k < today.size() && today[k].mode == HoursMode::Open; ++k) closes = today[k].to;
    for (int day = 1; day <= 7 && closes == 1440 * day; ++day) {
        std::vector<DaySegment> next = day_segments(h, add_days(at.date, day));
        for (size_t k = 0; k < next.size() && next[k].mode == HoursMode::Open; ++k)
            closes = 1440 * day + next[k].to;
    }
    HoursState s{HoursState::Kind::OpenNow, closes, 0, -1, 0, 0, comment_of(h, today[i].rule)};
    if (closes >= 1440 * 8)
        s.closes_at = -1;
    else
        s.close_weekday = weekday(add_days(at.date, closes / 1440));
    return s;
}

} // namespace

HoursState hours_state(const OpeningHours& h, LocalTime at, Ahead ahead) {
    // A span known only by its comment ("sur rendez-vous") is told as when it opens, with its
    // comment; it is not a door open to walk in, which is what Ahead::OpeningsOnly looks for.
    auto counts = [&](HoursMode m) {
        return m == HoursMode::Open || (m == HoursMode::Unknown && ahead == Ahead::AnySpan);
    };
    std::vector<DaySegment> today = day_segments(h, at.date);
    std::string comment_now;
    for (size_t i = 0; i < today.size(); ++i) {
        const DaySegment& seg = today[i];
        if (at.minute >= seg.to) continue;
        if (at.minute >= seg.from) {
            if (seg.mode == HoursMode::Open) return open_until(h, at, today, i);
            if (seg.mode == HoursMode::Unknown)
                return {HoursState::Kind::Unknown, seg.to, 0, -1, 0, 0, comment_of(h, seg.rule)};
            comment_now = comment_of(h, seg.rule);
        } else if (counts(seg.mode)) {
            std::string c = comment_now.empty() ? comment_of(h, seg.rule) : comment_now;
            return {HoursState::Kind::OpensToday, 0, seg.from, -1, 0, 0, c};
        }
    }
    HoursState s;
    s.kind = HoursState::Kind::ClosedToday;
    s.comment = comment_now;
    for (int d = 1; d <= 7; ++d) {
        CivilDate day = add_days(at.date, d);
        for (const DaySegment& seg : day_segments(h, day)) {
            if (!counts(seg.mode)) continue;
            s.next_in_days = d;
            s.opens_at = seg.from;
            s.next_weekday = weekday(day);
            if (s.comment.empty()) s.comment = comment_of(h, seg.rule);
            return s;
        }
    }
    return s;
}

namespace {

std::string describe_state(const HoursState& s) {
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

} // namespace

std::string describe(const HoursState& s) {
    return describe_state(s) + (s.comment.empty() ? "" : " (\"" + s.comment + "\")");
}

} // namespace kiosk
