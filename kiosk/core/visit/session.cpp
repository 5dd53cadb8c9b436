#include "core/visit/session.h"

#include "core/content/dated_flow.h"
#include "core/language/keyboard_layout.h"

#include <algorithm>
#include <cassert>
#include <climits>

namespace kiosk {

Session::Session(const ContentStore& store, const Clock& clock, SessionTimes times, CountFn count)
    : store_(store), clock_(clock), times_(times), count_(std::move(count)),
      last_touch_ms_(clock.elapsed_ms()) {}

void Session::count(const char* what, const std::string& value) {
    if (count_) count_(what, value);
}

void Session::touch() {
    last_touch_ms_ = clock_.elapsed_ms();
    prompt_ = false;
}

void Session::erase() {
    visit_ = Visit{};
    ++shown_;
    shown_by_back_ = false;
    prompt_ = false;
    last_touch_ms_ = clock_.elapsed_ms();
}

void Session::tick() {
    if (!in_progress()) return;
    int64_t idle = clock_.elapsed_ms() - last_touch_ms_;
    if (idle >= times_.idle_after_ms + times_.countdown_ms)
        erase();
    else if (idle >= times_.idle_after_ms)
        prompt_ = true;
}

int64_t Session::next_deadline_ms() const {
    if (!in_progress()) return INT64_MAX;
    int64_t prompt_at = last_touch_ms_ + times_.idle_after_ms;
    if (!prompt_) return prompt_at;
    // While counting down, wake once a second so the number on screen moves.
    int64_t elapsed = clock_.elapsed_ms() - prompt_at;
    return prompt_at + (elapsed / 1000 + 1) * 1000;
}

int Session::countdown_seconds() const {
    int64_t left = last_touch_ms_ + times_.idle_after_ms + times_.countdown_ms - clock_.elapsed_ms();
    left = std::min(left, times_.countdown_ms); // a touch just ended the prompt: it shows it whole
    return left <= 0 ? 0 : static_cast<int>((left + 999) / 1000);
}

void Session::push(Screen s, const std::string& subject) {
    bool once = s == Screen::Service || s == Screen::Hotline || s == Screen::Language ||
                s == Screen::Search || s == Screen::List;
    if (screen() == s && once) { // from one service's page to another's: replace, do not stack
        visit_.steps.back().subject = subject;
        return;
    }
    visit_.steps.push_back({s, subject});
}

void Session::back() {
    if (screen() == Screen::Flow && visit_.flow && flow_back(*visit_.flow)) return;
    if (visit_.steps.size() <= 1) return;
    if (screen() == Screen::Flow) visit_.flow.reset();
    visit_.steps.pop_back();
}

void Session::pick_language(const std::string& code) {
    if (!store_.language(code)) return;
    if (visit_.lang != code) visit_.query.clear(); // typed in the old language's script
    if (!visit_.filter.language.empty()) visit_.filter.language = code;
    visit_.lang = code;
    count("language", code);
    if (visit_.steps.size() == 1) {
        push(Screen::Topics);
    } else { // back to the step the visitor was on, now in this language
        visit_.steps.pop_back();
    }
}

void Session::open_topic(const std::string& key) {
    const Topic* t = store_.topic(key);
    const Flow* f = t ? store_.flow(t->flow_id) : nullptr;
    if (!f) return;
    // A visit that goes on past midnight keeps the day it started with: its path stays whole.
    std::string day = local_date(clock_.now_ms());
    auto dated = std::make_shared<const Flow>(flow_on(*f, day, store_));
    if (!dated->find(dated->start)) return;
    visit_.topic = key;
    visit_.day = day;
    visit_.dated = dated;
    visit_.flow = flow_start(*dated);
    count("topic", key);
    push(Screen::Flow);
    after_flow_move();
}

// Filters: open-now, free, no-appointment, my-language, or a group of audience_groups. Tapping
// the group already chosen clears it: one group at a time keeps the list easy to read.
void Session::toggle_filter(const std::string& which) {
    ServiceFilter& f = visit_.filter;
    if (which == "open-now")
        f.open_now = !f.open_now;
    else if (which == "free")
        f.free = !f.free;
    else if (which == "no-appointment")
        f.no_appointment = !f.no_appointment;
    else if (which == "my-language")
        f.language = f.language.empty() ? visit_.lang : "";
    else if (is_audience_group(which))
        f.audience = f.audience == which ? "" : which;
    else if (which == "unrecorded")
        f.unrecorded = !f.unrecorded;
    if (!f.any()) f.unrecorded = false; // nothing asked: nothing to be unrecorded
}

void Session::after_flow_move() {
    const Node& n = flow_current(*visit_.flow);
    if (n.kind == NodeKind::Result) {
        count("result", n.id);
        count("qr", "result");
    }
}

std::string Session::where() const {
    std::string key = std::to_string(visit_.steps.size()) + '/' + std::to_string(static_cast<int>(screen())) +
                      '/' + visit_.subject() + '/' + visit_.lang + '/' + visit_.query + '/' + visit_.category;
    const ServiceFilter& f = visit_.filter;
    key += '/' + std::to_string(f.open_now) + std::to_string(f.free) + std::to_string(f.no_appointment) +
           std::to_string(f.unrecorded) + f.language + '/' + f.audience;
    if (visit_.flow)
        for (const std::string& node : visit_.flow->path) key += '/' + node;
    return key;
}

void Session::apply(const Intent& in) {
    std::string before = where();
    apply_intent(in);
    assert(screen() != Screen::Flow || visit_.flow); // the flow screen always has a walk to show
    if (where() == before) return;
    ++shown_;
    shown_by_back_ = in.kind == Intent::Kind::Back;
}

// While a glossary word's explanation is open, reading aloud and the look of the text act on it,
// and another word replaces it; anything else closes it.
static bool leaves_glossary_open(Intent::Kind kind) {
    return kind == Intent::Kind::ReadAloud || kind == Intent::Kind::CycleTextSize ||
           kind == Intent::Kind::ToggleContrast || kind == Intent::Kind::OpenGlossary ||
           kind == Intent::Kind::Print || kind == Intent::Kind::DismissPrint;
}

// A service the bundle cannot read (it went bad after its checks) still opens: its page says the
// information is not available, where leaving the tap without an answer would look broken.
bool Session::may_exist(const std::string& service_id) const {
    try {
        return store_.service(service_id).has_value();
    } catch (const DbError&) {
        return true;
    }
}

void Session::apply_intent(const Intent& in) {
    touch();
    if (!visit_.glossary.empty() && !leaves_glossary_open(in.kind)) {
        visit_.glossary.clear();
        // Back closes the explanation only: the screen under it stays where it was.
        if (in.kind == Intent::Kind::Back || in.kind == Intent::Kind::CloseGlossary) return;
    }
    switch (in.kind) {
    case Intent::Kind::PickLanguage:
        pick_language(in.arg);
        break;
    case Intent::Kind::OpenLanguages:
        push(Screen::Language);
        break;
    case Intent::Kind::OpenSearch:
        visit_.query.clear();
        visit_.category.clear();
        count("search", "");
        push(Screen::Search);
        break;
    case Intent::Kind::TypeKey:
        if (visit_.query.size() < 64) visit_.query += in.arg; // a search is a few words
        visit_.category.clear();
        break;
    case Intent::Kind::Backspace:
        visit_.query = without_last_character(visit_.query);
        break;
    case Intent::Kind::BrowseCategory:
        visit_.category = in.arg;
        visit_.query.clear();
        [[fallthrough]];
    case Intent::Kind::OpenList:
        count("list", in.arg);
        push(Screen::List, in.arg);
        break;
    case Intent::Kind::ToggleFilter:
        toggle_filter(in.arg);
        break;
    case Intent::Kind::OpenTopic:
        open_topic(in.arg);
        break;
    case Intent::Kind::Choose:
        if (screen() == Screen::Flow && flow_choose(*visit_.flow, in.index) == ChooseResult::Moved)
            after_flow_move();
        break;
    case Intent::Kind::Continue:
        if (screen() == Screen::Flow && flow_continue(*visit_.flow) == ChooseResult::Moved) after_flow_move();
        break;
    case Intent::Kind::OpenService:
        if (!may_exist(in.arg)) break;
        count("service", in.arg);
        count("qr", "service"); // every service page shows its code
        push(Screen::Service, in.arg);
        break;
    case Intent::Kind::OpenHotline:
        if (!store_.hotline(in.arg)) break;
        count("hotline", in.arg);
        count("qr", "hotline");
        push(Screen::Hotline, in.arg);
        break;
    case Intent::Kind::Back:
        back();
        break;
    case Intent::Kind::Home:
        visit_.flow.reset();
        visit_.steps.assign({{Screen::Language, ""}, {Screen::Topics, ""}});
        if (visit_.lang.empty()) visit_.steps.pop_back();
        break;
    case Intent::Kind::StayHere:
        break;
    case Intent::Kind::EndVisit:
        erase();
        break;
    case Intent::Kind::CycleTextSize:
        visit_.text_size = (visit_.text_size + 1) % text_size_count;
        break;
    case Intent::Kind::ToggleContrast:
        visit_.high_contrast = !visit_.high_contrast;
        break;
    case Intent::Kind::ReadAloud: // the app reads; the visit only counts it
        count("read_aloud", visit_.lang);
        break;
    case Intent::Kind::OpenGlossary:
        if (std::any_of(store_.glossary().begin(), store_.glossary().end(),
                        [&](const GlossaryWord& w) { return w.id == in.arg; }))
            visit_.glossary = in.arg;
        break;
    case Intent::Kind::CloseGlossary:
    case Intent::Kind::Print: // the app prints, and counts the slips that came out
    case Intent::Kind::DismissPrint:
        break;
    }
}

} // namespace kiosk
