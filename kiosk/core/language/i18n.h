// Strings of one language, with the fallback chain the visitor sees: the chosen language, then
// French (the source language), then English, then the key itself so a gap is visible, not blank.
// A stale translation (its French changed since) counts as missing, so the visitor reads the
// current French rather than an outdated sentence.
#pragma once
#include "core/language/plural_rule.h"

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kiosk {

struct StringEntry {
    std::string text;
    bool reviewed = false;
    bool stale = false;
    std::vector<std::string> forms{}; // a plural string's forms, in its language's rule's order
};

using StringTable = std::unordered_map<std::string, StringEntry>; // key -> entry, one language

struct Strings {
    std::string lang;
    StringTable chosen, french, english;
    PluralRule chosen_rule{}, french_rule{}, english_rule{}; // which form a count takes, per language

    // By value: a missing key comes back as itself, and callers pass literals made into temporaries.
    std::string get(const std::string& key) const;
    // The form a count of n takes ("1 seconde", "2 secondes"), through the same chain: a language
    // whose rule gives no form for n is passed over like one without the string.
    std::string get_plural(const std::string& key, uint64_t n) const;
    bool has(const std::string& key) const; // in any language of the chain: get() shows no raw key
};

// Wraps a value that is not translated (a name, an address, a phone number, an opening-hours
// rule) in a Unicode first-strong isolate, so that inside right-to-left text it keeps its own
// order: "01 42 500 900" and "48, rue de la Roquette" are not reordered by the Arabic around them.
std::string isolate(const std::string& value);
std::string strip_isolates(const std::string& text); // the same text without the marks

// How many bytes the UTF-8 sequence starting with this byte takes (1 for a stray byte).
size_t utf8_length(unsigned char lead);
// The codepoint at byte i of UTF-8 text (i < size), moving i past it; a byte that does not decode
// is one U+FFFD.
char32_t next_codepoint(const std::string& s, size_t& i);
// The codepoints of UTF-8 text, counted as the text engine counts them (a byte that does not
// decode is one U+FFFD), so that a range found here is the range the engine draws.
std::u32string utf8_codepoints(const std::string& utf8);

// Replaces {name} placeholders; unknown placeholders stay as written.
std::string format(const std::string& text, const std::vector<std::pair<std::string, std::string>>& args);

} // namespace kiosk
