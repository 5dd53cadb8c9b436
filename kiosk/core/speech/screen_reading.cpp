#include "core/speech/screen_reading.h"

#include "core/language/glossary.h"
#include "core/language/ui_keys.h"
#include "core/visit/flow_engine.h"

namespace kiosk {

namespace {

// A string of the visitor's own language: a fallback to French or English is not read, nor is a
// stale translation, which the screen shows in French.
bool own(const Strings& s, const std::string& key) {
    auto it = s.chosen.find(key);
    return it != s.chosen.end() && !it->second.text.empty() && !it->second.stale;
}

void add_own(std::vector<ReadingPart>& parts, const Strings& s, const std::string& key) {
    if (own(s, key)) parts.push_back({s.get(key), key});
}

void topics(std::vector<ReadingPart>& parts, const ReadingInputs& in) {
    add_own(parts, *in.strings, ui_key::topics_title);
    for (const Topic& t : in.store->topics()) add_own(parts, *in.strings, topic_title_key(t.key));
}

void flow(std::vector<ReadingPart>& parts, const ReadingInputs& in) {
    const Node& node = flow_current(*in.session->visit().flow);
    if (node.kind == NodeKind::Result) {
        add_own(parts, *in.strings, node_title_key(node.id));
        add_own(parts, *in.strings, ui_key::what_to_do);
    }
    add_own(parts, *in.strings, node_text_key(node.id));
    if (node.kind == NodeKind::Result) // whom to call: the number and, in the visitor's language, the line
        for (const std::string& number : node.hotlines)
            if (const Hotline* h = in.store->hotline(number);
                h && own(*in.strings, hotline_key(number, "name")))
                parts.push_back({hotline_card_label(*h, *in.strings), ""});
    if (node.kind == NodeKind::Question)
        for (const Choice& c : node.choices) add_own(parts, *in.strings, choice_key(node, c));
}

void hotline(std::vector<ReadingPart>& parts, const ReadingInputs& in) {
    const Hotline* h = in.store->hotline(in.session->visit().subject());
    if (!h) return;
    parts.push_back({h->number, ""}); // digits: every voice reads them in its own language
    add_own(parts, *in.strings, hotline_key(h->number, "name"));
    add_own(parts, *in.strings, ui_key::front_desk_calls); // as drawn: under the number
    add_own(parts, *in.strings, hotline_key(h->number, "purpose"));
}

void service(std::vector<ReadingPart>& parts, const ReadingInputs& in) {
    if (!in.service) return;
    const Strings& s = *in.strings;
    parts.push_back({hours_text(*in.service, s, in.here) + "\n" + appointment_text(*in.service, s), ""});
    add_own(parts, s, ui_key::front_desk_calls);
    add_own(parts, s, in.service->description_key);
}

} // namespace

std::vector<ReadingPart> screen_reading(const ReadingInputs& in) {
    std::vector<ReadingPart> parts;
    if (!in.session || !in.store || !in.strings || in.session->visit().lang.empty()) return parts;
    if (const std::string& word = in.session->visit().glossary; !word.empty()) {
        // The explanation open over the screen is what the visitor is looking at: read it alone.
        add_own(parts, *in.strings, glossary_term_key(word));
        add_own(parts, *in.strings, glossary_text_key(word));
        return parts;
    }
    switch (in.session->screen()) {
    case Screen::Language:
        break;
    case Screen::Topics:
        topics(parts, in);
        break;
    case Screen::Flow:
        flow(parts, in);
        break;
    case Screen::Hotline:
        hotline(parts, in);
        break;
    case Screen::Service:
        service(parts, in);
        break;
    case Screen::Search:
    case Screen::List:
        add_own(parts, *in.strings, category_name_key(in.session->visit().subject()));
        break;
    }
    return parts;
}

} // namespace kiosk
