// Plain French ("Facile à lire et à comprendre", FALC) as far as rules can see it in a text:
// short sentences, one idea each, every acronym explained, numbers in digits, active and
// affirmative sentences, advice in two or three steps. Pure functions over French UTF-8 text.
//
// Sentences: a line break ends one, and so does ".", "!", "?" or "…" at the end of a word (a
// closing quote or bracket may follow), except after an abbreviation ("M.", "Mme", "etc.",
// "art.", a single capital as in "art. L. 313-11"). A colon or a semicolon does not end one.
// Words: what stands between spaces (no-break spaces too) and holds a letter or a digit, so
// "?" and "«" are not words. An elided word counts once with the word it leans on ("l'aide",
// "qu'il"), as a reader sees one written unit; so does a hyphenated word ("peut-être"). A number
// written in groups ("01 45 21 38 40", "5 626") is one word.
#pragma once
#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace kiosk {

constexpr size_t falc_warn_words = 15; // a longer sentence is a warning
constexpr size_t falc_max_words = 25;  // a longer one is an error

struct PlainSentence {
    std::string text; // as written, spaces between words
    size_t words = 0;
};

std::vector<PlainSentence> french_sentences(const std::string& text);

enum class PlainRule { LongSentence, ChainedClauses, UnexplainedAcronym, NumberInWords, Passive, Negation };
constexpr PlainRule all_plain_rules[] = {
    PlainRule::LongSentence,  PlainRule::ChainedClauses, PlainRule::UnexplainedAcronym,
    PlainRule::NumberInWords, PlainRule::Passive,        PlainRule::Negation};
const char* plain_rule_name(PlainRule rule); // as lint names it: "falc-long-sentence", ...

struct PlainFinding {
    PlainRule rule;
    bool error = false;  // a sentence over falc_max_words, an unexplained acronym
    size_t sentence = 0; // 1-based, in french_sentences order
    std::string detail;  // what was found: "43 words", "OFPRA", "ne ... pas"
};

// The glossary's forms: every French `glossary.<id>.term` and each " | "-separated `.forms`.
std::set<std::string> glossary_forms(const std::vector<std::string>& terms_and_forms);

// Every finding of every rule in one French text; an acronym the glossary holds is explained, and
// one inside a name the text writes whole ("SOS Amitié", a line's or a service's name) is a name.
std::vector<PlainFinding> check_plain_french(const std::string& text, const std::set<std::string>& glossary,
                                             const std::vector<std::string>& names = {});

// Acronyms ("OFII", "A1") of the text that neither the text nor the glossary explains, once each.
std::vector<std::string> unexplained_acronyms(const std::string& text, const std::set<std::string>& glossary,
                                              const std::vector<std::string>& names = {});

// A step that starts with its own number ("1. Allez ..."): the kiosk draws the numbers.
bool numbers_its_steps(const std::string& text);

} // namespace kiosk
