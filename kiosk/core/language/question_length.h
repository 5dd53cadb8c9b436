// How long a question may be and still be read at a glance. Scripts carry different amounts per
// character, so each has its own limit, in characters as a reader sees them: code points without
// combining marks (Arabic vowel signs, accents written apart) or invisible controls.
#pragma once
#include <cstddef>
#include <string>

namespace kiosk {

struct QuestionLimit {
    const char* script;   // as lint names it: "Latin or another alphabet", "Arabic", ...
    size_t max_chars = 0; // longer than this, lint warns
};

size_t visible_chars(const std::string& utf8);
// The limit for the script most of the text's letters are in.
QuestionLimit question_limit(const std::string& utf8);

} // namespace kiosk
