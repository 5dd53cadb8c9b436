#include "core/lint/lint.h"

#include "core/content/pictogram_image.h"
#include "core/content/wav_file.h"
#include "core/content/web_address.h"
#include "core/language/i18n.h"
#include "core/language/question_length.h"
#include "core/language/ui_keys.h"
#include "core/lint/lint_dates.h"
#include "core/speech/read_aloud.h"
#include "core/time/ethiopic_months.h"
#include "core/time/opening_hours.h"
#include "core/visit/flow_engine.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace kiosk {

namespace {

using Severity = LintIssue::Severity;

struct Report {
    std::vector<LintIssue> issues;
    void error(const char* rule, std::string msg) {
        issues.push_back({Severity::Error, rule, std::move(msg)});
    }
    void warning(const char* rule, std::string msg) {
        issues.push_back({Severity::Warning, rule, std::move(msg)});
    }
};

std::string join(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
    return out;
}

void check_reachability(const Flow& flow, Report& r) {
    std::set<std::string> seen;
    for (const Node* n : reachable_nodes(flow)) seen.insert(n->id);
    for (const Node& n : flow.nodes)
        if (!seen.count(n.id))
            r.error("unreachable-node", "node " + n.id + " cannot be reached from " + flow.start);
}

void check_cycles(const Flow& flow, Report& r) {
    enum Mark { White, Grey, Black };
    std::map<std::string, Mark> mark;
    std::vector<std::string> stack;
    std::set<std::string> reported;
    std::function<void(const Node&)> visit = [&](const Node& n) {
        mark[n.id] = Grey;
        stack.push_back(n.id);
        for (const Transition& t : n.next) {
            const Node* to = flow.find(t.target);
            if (!to) continue;
            if (mark[to->id] == Grey) {
                auto from = std::find(stack.begin(), stack.end(), to->id);
                std::vector<std::string> cycle(from, stack.end());
                cycle.push_back(to->id);
                std::string text = join(cycle, " -> ");
                if (reported.insert(text).second) r.error("cycle", "flow " + flow.id + " loops: " + text);
            } else if (mark[to->id] == White) {
                visit(*to);
            }
        }
        stack.pop_back();
        mark[n.id] = Black;
    };
    for (const Node& n : flow.nodes)
        if (mark[n.id] == White) visit(n);
}

// Values each question offers, and which questions come before which (for conditions).
void check_conditions(const Flow& flow, const Node& n, Report& r) {
    std::map<std::string, std::set<std::string>> offered;
    for (const Node& q : flow.nodes)
        if (q.kind == NodeKind::Question)
            for (const Choice& c : q.choices) offered[q.var].insert(c.value);
    for (const Transition& t : n.next) {
        if (!t.condition) {
            std::string why = parse_condition(t.condition_text).error;
            r.error("bad-condition",
                    "node " + n.id + ": condition \"" + t.condition_text + "\" does not parse: " + why);
            continue;
        }
        for (const auto& [var, value] : referenced_answers(*t.condition)) {
            auto it = offered.find(var);
            if (it == offered.end())
                r.error("bad-condition", "node " + n.id + ": condition names \"" + var +
                                             "\", which no question of flow " + flow.id + " asks");
            else if (!value.empty() && !it->second.count(value))
                r.error("bad-condition",
                        "node " + n.id + ": question \"" + var + "\" offers no value \"" + value + "\"");
        }
    }
}

void check_node(const Flow& flow, const Node& n, Report& r) {
    for (const Transition& t : n.next)
        if (!flow.find(t.target))
            r.error("dangling-target", "node " + n.id + " leads to " + t.target + ", which does not exist");
    check_conditions(flow, n, r);
    if (n.kind == NodeKind::Result) {
        if (!n.next.empty())
            r.error("result-continues", "result " + n.id + " has a way on; results end a flow");
        if (n.services.empty() && n.categories.empty() && n.hotlines.empty())
            r.error("leaf-without-help", "result " + n.id + " names no service, category or hotline");
        if (n.sources.empty()) r.error("missing-source", "result " + n.id + " gives advice without a source");
        return;
    }
    if (n.next.empty())
        r.error("dead-end", "node " + n.id + " is a leaf but not a result: a visitor would be stranded");
    else if (!n.next.back().condition_text.empty())
        r.error("no-fallback",
                "node " + n.id + ": the last transition has a condition, so some answers may lead nowhere");
    if (n.kind == NodeKind::Question) {
        if (n.choices.empty()) r.error("no-choices", "question " + n.id + " offers no choice");
        size_t real = std::count_if(n.choices.begin(), n.choices.end(),
                                    [](const Choice& c) { return c.value != "unknown"; });
        if (real > 3)
            r.warning("too-many-choices", "question " + n.id + " offers " + std::to_string(real) +
                                              " choices; keep to 3 plus \"I don't know\"");
    }
}

void check_vars(const Flow& flow, Report& r) {
    std::set<std::string> vars;
    for (const Node& n : flow.nodes)
        if (n.kind == NodeKind::Question && !vars.insert(n.var).second)
            r.error("duplicate-question", "flow " + flow.id + " asks \"" + n.var + "\" twice");
}

// Every language code a visitor may read on a line or a service, with the first that uses it.
std::map<std::string, std::string> language_codes(const ContentStore& store) {
    std::map<std::string, std::string> first_use;
    for (const Hotline& h : store.hotlines())
        for (const std::string& code : h.languages) first_use.emplace(code, "hotline " + h.number);
    Stmt q(store.db(), "SELECT language, min(service_id) FROM service_language GROUP BY language");
    while (q.step()) first_use.emplace(q.text(0), "service " + q.text(1));
    return first_use;
}

// Every key a visitor may see in this bundle, but the services' own texts (check_service_strings).
std::vector<std::string> required_keys(const ContentStore& store) {
    std::vector<std::string> keys(ui_key::all.begin(), ui_key::all.end());
    for (const Topic& t : store.topics()) {
        keys.push_back(topic_title_key(t.key));
        keys.push_back(topic_subtitle_key(t.key));
    }
    for (const Flow& f : store.flows())
        for (const Node& n : f.nodes) {
            keys.push_back(node_text_key(n.id));
            if (n.kind == NodeKind::Result) keys.push_back(node_title_key(n.id));
            for (const Choice& c : n.choices) keys.push_back(choice_key(n, c));
        }
    // A line's hours are optional: where no source gives them the kiosk says to ask at the front
    // desk. Written in French, they are needed in every language.
    StringTable source = store.string_table(store.meta().languages.front());
    for (const Hotline& h : store.hotlines())
        for (const char* field : {"name", "purpose", "hours"})
            if (std::string key = hotline_key(h.number, field);
                field != std::string("hours") || source.count(key))
                keys.push_back(key);
    for (const std::string& c : store.category_ids()) keys.push_back(category_name_key(c));
    for (const auto& [code, use] : language_codes(store)) keys.push_back(language_name_key(code));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// A directory brings thousands of service descriptions that no one may have translated yet. The
// kiosk shows such a text in French, or else English, so a missing translation is a warning that
// coverage counts; a text with neither is an error, because a visitor would see nothing at all.
void check_service_strings(const ContentStore& store, Report& r) {
    std::vector<std::string> keys = store.service_string_keys();
    StringTable french = store.string_table("fr"), english = store.string_table("en");
    std::vector<std::string> none;
    for (const std::string& k : keys)
        if (!french.count(k) && !english.count(k)) none.push_back(k);
    if (!none.empty())
        r.error("missing-string",
                std::to_string(none.size()) +
                    " service text(s) have no French or English to fall back on: " + join(none, ", "));
    for (const std::string& lang : store.meta().languages) {
        StringTable t = store.string_table(lang);
        size_t missing = std::count_if(keys.begin(), keys.end(), [&](const std::string& k) {
            return !t.count(k) && (french.count(k) || english.count(k));
        });
        if (missing == 0) continue;
        std::string message = "language " + lang + " shows ";
        message += std::to_string(missing);
        message += " service text(s) in French or English until they are translated";
        r.warning("untranslated-service", message);
    }
}

void check_strings(const ContentStore& store, Report& r) {
    std::vector<std::string> keys = required_keys(store);
    for (const std::string& lang : store.meta().languages) {
        StringTable t = store.string_table(lang);
        std::vector<std::string> missing;
        for (const std::string& k : keys)
            if (!t.count(k)) missing.push_back(k);
        if (missing.empty()) continue;
        std::string count = std::to_string(missing.size());
        if (missing.size() > 8) missing.resize(8), missing.push_back("...");
        r.error("missing-string",
                "language " + lang + " lacks " + count + " string(s): " + join(missing, ", "));
    }
}

// A translation of a French text that has changed since, or one a tool marked fuzzy: the kiosk
// shows the French instead until a translator confirms it, so it is a warning, named.
void check_stale(const ContentStore& store, Report& r) {
    const std::vector<std::string>& langs = store.meta().languages;
    for (size_t i = 1; i < langs.size(); ++i) {
        StringTable t = store.string_table(langs[i]);
        std::vector<std::string> keys;
        for (const auto& [key, entry] : t)
            if (entry.stale) keys.push_back(key);
        std::sort(keys.begin(), keys.end());
        for (const std::string& key : keys)
            r.warning("stale-translation", "language " + langs[i] + ", " + key +
                                               ": translates an older French text; shown in French until a "
                                               "translator confirms it");
    }
}

// "he, kab, zh" tells a visitor nothing: each code shown needs a name, written first in French.
void check_language_names(const ContentStore& store, Report& r) {
    StringTable source = store.string_table(store.meta().languages.front());
    for (const auto& [code, use] : language_codes(store))
        if (!source.count(language_name_key(code)))
            r.error("unnamed-language",
                    "language code " + code + " (" + use + ") has no name: add " + language_name_key(code));
}

// Runs of digits, with the spaces, dots and hyphens people write between digit groups joined:
// "01 45 21 38 40", "01.45.21.38.40" and "01-45-21-38-40" are one number, 0145213840.
std::vector<std::string> numbers_in(const std::string& text) {
    std::vector<std::string> out;
    std::string run;
    for (size_t i = 0; i <= text.size(); ++i) {
        char c = i < text.size() ? text[i] : '\0';
        bool digit_follows = i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9';
        bool joiner = c == ' ' || c == '.' || c == '-';
        if (c >= '0' && c <= '9')
            run += c;
        else if (joiner && !run.empty() && digit_follows)
            continue;
        else if (!run.empty())
            out.push_back(run), run.clear();
    }
    return out;
}

// A translation must carry every phone number of its French text, digit for digit: a wrong
// number is worse than an untranslated sentence.
void check_numbers(const ContentStore& store, Report& r) {
    std::set<std::string> phones;
    for (const Hotline& h : store.hotlines())
        for (const std::string& n : numbers_in(h.number)) phones.insert(n);
    for (const std::string& p : store.phone_numbers())
        for (const std::string& n : numbers_in(p)) phones.insert(n);
    const std::vector<std::string>& langs = store.meta().languages;
    StringTable source = store.string_table(langs.front());
    for (size_t i = 1; i < langs.size(); ++i) {
        StringTable t = store.string_table(langs[i]);
        for (const auto& [key, entry] : source) {
            auto it = t.find(key);
            if (it == t.end()) continue;
            std::vector<std::string> theirs = numbers_in(it->second.text);
            for (const std::string& n : numbers_in(entry.text))
                if (phones.count(n) && std::find(theirs.begin(), theirs.end(), n) == theirs.end()) {
                    r.error("changed-number", "language " + langs[i] + ", " + key + ": the phone number " +
                                                  n + " of the French text is missing");
                    break;
                }
        }
    }
}

// Digit groups joined by spaces ("01 42 500 900", "3 000") outside a left-to-right isolate. In a
// right-to-left paragraph each space takes the paragraph's direction, so the groups come out in
// reverse order ("900 500 42 01"): a visitor would dial a wrong number. Dots, hyphens and colons
// between digits keep them together, and so does U+2066 ... U+2069 (LRI ... PDI) around them.
std::vector<std::string> reversible_numbers(const std::string& text) {
    auto isolate_mark = [&](size_t i) -> int { // 0x66..0x69 for U+2066..U+2069, else 0
        if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2 ||
            static_cast<unsigned char>(text[i + 1]) != 0x81)
            return 0;
        int c = static_cast<unsigned char>(text[i + 2]);
        return c >= 0xA6 && c <= 0xA9 ? c - 0xA6 + 0x66 : 0;
    };
    auto digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    std::vector<std::string> out;
    std::vector<int> open; // the isolates around this point, innermost last
    for (size_t i = 0; i < text.size();) {
        if (int mark = isolate_mark(i)) {
            if (mark == 0x69 && !open.empty()) open.pop_back();
            if (mark != 0x69) open.push_back(mark);
            i += 3;
            continue;
        }
        if (!digit(i)) {
            ++i;
            continue;
        }
        size_t start = i, groups = 1;
        while (digit(i)) {
            while (digit(i)) ++i;
            if (i + 1 < text.size() && text[i] == ' ' && digit(i + 1)) ++i, ++groups;
        }
        // LRI, or FSI (the kiosk's own isolate()): digits have no strong direction, so an FSI
        // around them is left to right too.
        bool isolated = !open.empty() && (open.back() == 0x66 || open.back() == 0x68);
        if (groups > 1 && !isolated) out.push_back(text.substr(start, i - start));
    }
    return out;
}

// Added after bundles were installed in the field: it only warns on a bundle the kiosk already
// accepted, or a software update would leave a kiosk without its content.
void check_rtl_numbers(const ContentStore& store, LintOf of, Report& r) {
    for (const Language& l : store.languages()) {
        if (!l.rtl) continue;
        for (const auto& [key, entry] : store.string_table(l.code))
            for (const std::string& n : reversible_numbers(entry.text)) {
                std::string message = "language " + l.code + ", " + key + ": \"" + n +
                                      "\" would read backwards right to left; put it between U+2066 and "
                                      "U+2069 (an LTR isolate)";
                if (of == LintOf::Installed)
                    r.warning("rtl-number-order", std::move(message));
                else
                    r.error("rtl-number-order", std::move(message));
            }
    }
}

void check_references(const ContentStore& store, Report& r) {
    std::vector<std::string> ids = store.service_ids(), cats = store.category_ids();
    std::set<std::string> services(ids.begin(), ids.end()), categories(cats.begin(), cats.end());
    for (const Topic& t : store.topics()) {
        if (!store.flow(t.flow_id))
            r.error("dangling-target",
                    "topic " + t.key + " opens flow " + t.flow_id + ", which does not exist");
    }
    for (const Flow& f : store.flows())
        for (const Node& n : f.nodes) {
            for (const std::string& s : n.services)
                if (!services.count(s))
                    r.error("unknown-service",
                            "result " + n.id + " names service " + s + ", which does not exist");
            for (const std::string& c : n.categories)
                if (!categories.count(c))
                    r.error("unknown-category",
                            "result " + n.id + " names category " + c + ", which does not exist");
            for (const std::string& h : n.hotlines)
                if (!store.hotline(h))
                    r.error("unknown-hotline",
                            "result " + n.id + " names hotline " + h + ", which does not exist");
            for (const std::string& s : n.sources)
                if (!store.source(s))
                    r.error("missing-source",
                            "result " + n.id + " cites source " + s + ", which is not in the sources");
        }
    for (const Hotline& h : store.hotlines())
        if (!store.source(h.source_id)) r.error("missing-source", "hotline " + h.number + " has no source");
    for (const std::string& fact : store.facts_without_source()) r.error("missing-source", fact);
    for (const auto& [service, rule] : store.schedules())
        if (std::string why = parse_opening_hours(rule).error; !why.empty())
            r.error("bad-hours", "service " + service + ": opening hours \"" + rule + "\": " + why);
    for (const auto& [service, url] : store.websites()) // the kiosk drops these: the service loses a way in
        if (!is_web_address(url))
            r.error("bad-website",
                    "service " + service + ": website \"" + url + "\" is not an https:// or http:// address");
}

// A name alone helps no one: a service a result names must have a phone, a street address or a
// website, so the visitor leaves with a way to reach it.
void check_reachable_services(const ContentStore& store, Report& r) {
    std::map<std::string, bool> reachable;
    for (const Flow& f : store.flows())
        for (const Node& n : f.nodes)
            for (const std::string& id : n.services) {
                auto it = reachable.find(id);
                if (it == reachable.end()) {
                    std::optional<Service> s = store.service(id);
                    bool way = !s || !s->phones.empty() || !s->address.empty() || !s->website.empty();
                    it = reachable.emplace(id, way).first; // a missing service is unknown-service's
                }
                if (!it->second)
                    r.error("unreachable-service", "result " + n.id + " names service " + id +
                                                       ", which has no phone, street address or website");
            }
}

// People who read little go by the pictures: every topic, choice and line shows one.
void check_pictograms(const ContentStore& store, Report& r) {
    std::map<std::string, bool> in_bundle;
    auto check = [&](const std::string& what, const std::string& name) {
        if (name.empty()) return r.error("missing-pictogram", what + " has no pictogram");
        auto it = in_bundle.find(name);
        if (it == in_bundle.end()) it = in_bundle.emplace(name, !store.asset(name).empty()).first;
        if (!it->second)
            r.error("missing-pictogram", what + " shows pictogram " + name + ", which is not in the assets");
    };
    for (const Topic& t : store.topics()) check("topic " + t.key, t.pictogram);
    for (const Flow& f : store.flows())
        for (const Node& n : f.nodes)
            for (const Choice& c : n.choices) check("choice " + n.id + "." + c.value, c.pictogram);
    for (const Hotline& h : store.hotlines()) check("hotline " + h.number, h.pictogram);
    // A bundle from a stick need not come from the builder: each image is bounded by its length and
    // its header, which is cheap enough for the kiosk's every opening (install also decodes them).
    Stmt assets(store.db(), "SELECT name, length(data) FROM asset ORDER BY name");
    while (assets.step()) {
        std::string name = assets.text(0);
        std::string bad = pictogram_bytes_error(name, static_cast<size_t>(assets.integer(1)));
        if (bad.empty()) bad = read_pictogram_header(name, store.asset(name)).error;
        if (!bad.empty()) r.error("bad-pictogram", bad);
    }
}

// A month named in Ethiopic script is another date to a reader from Tigray (ethiopic_months.h).
// A warning, not an error: the date is still there for readers from Eritrea.
void check_month_names(const ContentStore& store, Report& r) {
    for (const std::string& lang : store.meta().languages) {
        std::map<std::string, std::string> sorted; // one order from run to run
        for (const auto& [key, entry] : store.string_table(lang)) sorted[key] = entry.text;
        for (const auto& [key, text] : sorted) {
            std::string month = month_without_numbers(text);
            if (!month.empty())
                r.warning("month-in-words",
                          "language " + lang + ", " + key + ": names the month " + month +
                              " without the date in numbers (such as 31/12/2026), and Tigray "
                              "reads it in the Ethiopian calendar");
        }
    }
}

// A question read at a glance: question_length.h sets how long, per script.
void check_question_lengths(const ContentStore& store, Report& r) {
    for (const std::string& lang : store.meta().languages) {
        StringTable t = store.string_table(lang);
        for (const Flow& f : store.flows())
            for (const Node& n : f.nodes) {
                auto it = t.find(node_text_key(n.id));
                if (n.kind != NodeKind::Question || it == t.end()) continue;
                size_t length = visible_chars(it->second.text);
                QuestionLimit limit = question_limit(it->second.text);
                if (length > limit.max_chars)
                    r.warning("long-question", "question " + n.id + " is " + std::to_string(length) +
                                                   " characters long in " + lang + " (" + limit.script +
                                                   ": keep to " + std::to_string(limit.max_chars) + ")");
            }
    }
}

// A clip's word timings: within the clip, in time order, one word after the other, on its text.
void check_clip_words(const std::string& where, const VoiceClip& clip, const Pcm& pcm,
                      const std::optional<std::string>& text, Report& r) {
    ClipWords words = parse_clip_words(clip.words, duration_ms(pcm));
    if (!words.error.empty()) return r.error("voice-clip-timing", where + ": " + words.error);
    size_t length = text ? utf8_codepoints(*text).size() : 0;
    for (size_t i = 0; text && i < words.words.size(); ++i) {
        const SpokenWord& w = words.words[i];
        std::string word = "word " + std::to_string(i + 1) + " (" + std::to_string(w.at_ms) + ":" +
                           std::to_string(w.begin) + "-" + std::to_string(w.end) + ")";
        if (w.end > length)
            return r.error("voice-clip-timing", where + ": " + word + " ends at character " +
                                                    std::to_string(w.end) + ", past the end of its text (" +
                                                    std::to_string(length) + " characters)");
    }
}

} // namespace

// A recorded clip reads a string: that string must exist in its language, and the clip must play.
void check_voice_clips(const ContentStore& store, Report& r) {
    Stmt clips(store.db(), "SELECT lang, key FROM voice_clip ORDER BY lang, key");
    while (clips.step()) {
        std::string lang = clips.text(0), key = clips.text(1);
        std::string where = "voice clip " + key + " (" + lang + ")";
        StringTable strings = store.string_table(lang);
        auto text = strings.find(key);
        if (text == strings.end()) r.error("voice-clip-unknown-string", where + " reads no string");
        std::optional<VoiceClip> clip = store.voice_clip(lang, key);
        try {
            Pcm pcm = read_wav(clip ? clip->wav : "");
            check_clip_words(where, *clip, pcm,
                             text == strings.end() ? std::nullopt : std::optional(text->second.text), r);
        } catch (const std::exception& e) {
            r.error("voice-clip-unplayable", where + ": " + e.what());
        }
    }
}

std::vector<LintIssue> lint_flow(const Flow& flow) {
    Report r;
    if (!flow.find(flow.start)) {
        r.error("dangling-target", "flow " + flow.id + " starts at " + flow.start + ", which does not exist");
        return r.issues;
    }
    check_reachability(flow, r);
    check_cycles(flow, r);
    check_vars(flow, r);
    for (const Node& n : flow.nodes) check_node(flow, n, r);
    return r.issues;
}

std::vector<LintIssue> lint(const ContentStore& store, const std::string& on, LintOf of) {
    Report r;
    for (const Flow& f : store.flows())
        for (LintIssue& i : lint_flow(f)) r.issues.push_back(std::move(i));
    check_references(store, r);
    check_reachable_services(store, r);
    check_pictograms(store, r);
    check_strings(store, r);
    check_stale(store, r);
    check_language_names(store, r);
    check_question_lengths(store, r);
    check_service_strings(store, r);
    check_voice_clips(store, r);
    check_numbers(store, r);
    check_rtl_numbers(store, of, r);
    check_month_names(store, r);
    check_dates(store, on.empty() ? store.meta().created.substr(0, 10) : on, r.issues);
    for (const std::string& lang : store.meta().languages)
        if (!store.language(lang))
            r.error("missing-string", "language " + lang + " is enabled but has no name for the picker");
    return r.issues;
}

bool has_errors(const std::vector<LintIssue>& issues) {
    return std::any_of(issues.begin(), issues.end(),
                       [](const LintIssue& i) { return i.severity == Severity::Error; });
}

} // namespace kiosk
