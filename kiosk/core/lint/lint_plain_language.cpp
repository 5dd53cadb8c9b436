#include "core/lint/lint_plain_language.h"

#include "core/language/advice_steps.h"
#include "core/language/plain_language.h"

#include <algorithm>

namespace kiosk {

namespace {

using Severity = LintIssue::Severity;

struct CheckedText {
    std::string key;
    bool advice = false;
};

std::vector<CheckedText> checked_texts(const ContentStore& store, const StringTable& french) {
    std::vector<CheckedText> out;
    for (const Flow& f : store.flows())
        for (const Node& n : f.nodes) {
            bool result = n.kind == NodeKind::Result;
            if (result) out.push_back({node_title_key(n.id)});
            out.push_back({node_text_key(n.id), result});
            for (const Choice& c : n.choices) out.push_back({choice_key(n, c)});
        }
    for (const Hotline& h : store.hotlines()) out.push_back({hotline_key(h.number, "purpose")});
    std::vector<std::string> glossary;
    for (const auto& [key, entry] : french)
        if (key.rfind("glossary.", 0) == 0 && key.size() > 5 && key.compare(key.size() - 5, 5, ".text") == 0)
            glossary.push_back(key);
    std::sort(glossary.begin(), glossary.end());
    for (const std::string& key : glossary) out.push_back({key});
    std::set<std::string> seen; // every question's "I don't know" is one string, checked once
    std::erase_if(out, [&](const CheckedText& c) { return !seen.insert(c.key).second; });
    return out;
}

std::set<std::string> french_glossary(const StringTable& french) {
    std::vector<std::string> words;
    for (const auto& [key, entry] : french)
        if (key.rfind("glossary.", 0) == 0 && (key.ends_with(".term") || key.ends_with(".forms")))
            words.push_back(entry.text);
    return glossary_forms(words);
}

// Names a text may write whole: the lines' and the named services' ("SOS homophobie").
std::vector<std::string> names(const ContentStore& store, const StringTable& french) {
    std::set<std::string> out;
    for (const Hotline& h : store.hotlines())
        if (auto it = french.find(hotline_key(h.number, "name")); it != french.end())
            out.insert(it->second.text);
    for (const Flow& f : store.flows())
        for (const Node& n : f.nodes)
            for (const std::string& id : n.services)
                if (std::optional<Service> s = store.service(id)) out.insert(s->name);
    return {out.begin(), out.end()};
}

// The start of a sentence, cut between characters, so a message shows which one it means.
std::string excerpt(const std::string& sentence) {
    constexpr size_t shown = 60;
    if (sentence.size() <= shown) return "\xC2\xAB" + sentence + "\xC2\xBB";
    size_t cut = shown;
    while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
    return "\xC2\xAB" + sentence.substr(0, cut) + "\xE2\x80\xA6\xC2\xBB";
}

std::string message(const std::string& key, const PlainFinding& f,
                    const std::vector<PlainSentence>& sentences) {
    std::string where =
        key + ", sentence " + std::to_string(f.sentence) + " " + excerpt(sentences[f.sentence - 1].text);
    switch (f.rule) {
    case PlainRule::LongSentence:
        return where + ": " + f.detail + "; keep to " + std::to_string(falc_warn_words) + ", never over " +
               std::to_string(falc_max_words);
    case PlainRule::ChainedClauses:
        return where + ": more than one idea (" + f.detail + "); make two sentences";
    case PlainRule::UnexplainedAcronym:
        return key + ": " + f.detail + " is not explained: write \"long form (" + f.detail +
               ")\" or add it to the glossary";
    case PlainRule::NumberInWords:
        return where + ": \"" + f.detail + "\" written in words; write digits";
    case PlainRule::Passive:
        return where + ": passive \"" + f.detail + "\"; say who does what";
    case PlainRule::Negation:
        return where + ": negation \"" + f.detail + "\"; say what to do";
    }
    return where;
}

// Advice is two or three steps, one per line, numbered by the kiosk, in every language alike.
using Translations = std::vector<std::pair<std::string, StringTable>>; // language, its strings

bool check_steps(const Translations& translations, const std::string& key, const std::string& french,
                 std::vector<LintIssue>& out) {
    size_t steps = advice_steps(french).size();
    bool ok = true;
    if (steps < 2 || steps > 3) {
        out.push_back({Severity::Warning, "falc-steps",
                       key + " has " + std::to_string(steps) + " step(s): write 2 or 3, one per line"});
        ok = false;
    }
    if (numbers_its_steps(french)) {
        out.push_back(
            {Severity::Warning, "falc-steps", key + " numbers its own steps: the kiosk draws the numbers"});
        ok = false;
    }
    for (const auto& [lang, table] : translations) {
        auto it = table.find(key);
        if (it == table.end()) continue;
        if (size_t theirs = advice_steps(it->second.text).size(); theirs != steps)
            out.push_back({Severity::Warning, "falc-steps-translation",
                           "language " + lang + ", " + key + ": " + std::to_string(theirs) +
                               " step(s) where the French has " + std::to_string(steps)});
    }
    return ok;
}

void add_once(std::vector<std::string>& list, const std::string& item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

double mean_score(const std::vector<PlainTextScore>& texts, bool advice_only) {
    double sum = 0;
    size_t n = 0;
    for (const PlainTextScore& t : texts)
        if (!advice_only || t.advice) sum += t.score(), ++n;
    return n ? sum / double(n) : 1.0;
}

// What lint needs beside the text: the glossary, the names, the translations.
struct Context {
    std::set<std::string> glossary;
    std::vector<std::string> names;
    Translations translations;
};

PlainTextScore score_rules(const CheckedText& c, const std::vector<PlainFinding>& findings) {
    PlainTextScore score{c.key, c.advice, std::size(all_plain_rules), 0, {}};
    for (PlainRule rule : all_plain_rules)
        if (std::none_of(findings.begin(), findings.end(),
                         [&](const PlainFinding& f) { return f.rule == rule; }))
            ++score.passed;
        else
            score.failed.push_back(plain_rule_name(rule));
    return score;
}

void check_advice(const Context& ctx, const std::string& key, const std::string& text,
                  const std::vector<PlainSentence>& sentences, PlainTextScore& score,
                  PlainLanguageReport& r) {
    ++score.rules;
    if (check_steps(ctx.translations, key, text, r.issues))
        ++score.passed;
    else
        score.failed.push_back("falc-steps");
    r.advice_sentences += sentences.size();
    for (const PlainSentence& s : sentences) {
        r.advice_over_warn += s.words > falc_warn_words;
        r.advice_over_max += s.words > falc_max_words;
    }
}

void check_text(const Context& ctx, const CheckedText& c, const std::string& text, PlainLanguageReport& r) {
    std::vector<PlainSentence> sentences = french_sentences(text);
    std::vector<PlainFinding> findings = check_plain_french(text, ctx.glossary, ctx.names);
    PlainTextScore score = score_rules(c, findings);
    for (const PlainFinding& f : findings) {
        r.issues.push_back({f.error ? Severity::Error : Severity::Warning, plain_rule_name(f.rule),
                            message(c.key, f, sentences)});
        if (f.rule != PlainRule::UnexplainedAcronym) continue;
        add_once(r.unexplained, f.detail);
        if (c.advice) add_once(r.advice_unexplained, f.detail);
    }
    if (c.advice) check_advice(ctx, c.key, text, sentences, score, r);
    r.texts.push_back(std::move(score));
}

} // namespace

double PlainLanguageReport::overall() const {
    return mean_score(texts, false);
}
double PlainLanguageReport::advice() const {
    return mean_score(texts, true);
}

PlainLanguageReport lint_plain_language(const ContentStore& store) {
    PlainLanguageReport r;
    const std::vector<std::string>& langs = store.meta().languages;
    StringTable french = store.string_table(langs.front());
    Context ctx{french_glossary(french), names(store, french), {}};
    for (size_t i = 1; i < langs.size(); ++i)
        ctx.translations.emplace_back(langs[i], store.string_table(langs[i]));
    for (const CheckedText& c : checked_texts(store, french))
        if (auto it = french.find(c.key); it != french.end()) // a missing string is check_strings' error
            check_text(ctx, c, it->second.text, r);
    std::stable_sort(r.texts.begin(), r.texts.end(),
                     [](const PlainTextScore& a, const PlainTextScore& b) { return a.score() < b.score(); });
    return r;
}

} // namespace kiosk
