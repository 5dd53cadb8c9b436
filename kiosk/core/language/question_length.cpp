#include "core/language/question_length.h"

#include "core/language/i18n.h"

#include <array>
#include <initializer_list>

namespace kiosk {

namespace {

struct Range {
    char32_t first, last;
};

bool in(char32_t c, std::initializer_list<Range> ranges) {
    for (const Range& r : ranges)
        if (c >= r.first && c <= r.last) return true;
    return false;
}

// Marks drawn on the letter before them, and controls that draw nothing (bidi isolates, joiners).
bool invisible(char32_t c) {
    return in(c, {{0x0300, 0x036F},
                  {0x0483, 0x0489},
                  {0x0591, 0x05C7},
                  {0x0610, 0x061A},
                  {0x064B, 0x065F},
                  {0x0670, 0x0670},
                  {0x06D6, 0x06ED},
                  {0x135D, 0x135F},
                  {0x200B, 0x200F},
                  {0x202A, 0x202E},
                  {0x2060, 0x2069},
                  {0xFE00, 0xFE0F},
                  {0xFEFF, 0xFEFF}});
}

enum Script { Alphabet, Arabic, Ethiopic, Cjk, Other };

Script script_of(char32_t c) {
    if (in(c, {{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x08A0, 0x08FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFC}}))
        return Arabic;
    if (in(c, {{0x1200, 0x139F}, {0x2D80, 0x2DDF}, {0xAB00, 0xAB2F}})) return Ethiopic;
    if (in(c, {{0x2E80, 0x9FFF}, {0xAC00, 0xD7AF}, {0xF900, 0xFAFF}, {0x20000, 0x3FFFF}})) return Cjk;
    if (in(c, {{'A', 'Z'}, {'a', 'z'}, {0x00C0, 0x024F}, {0x0370, 0x052F}, {0x1E00, 0x1FFF}}))
        return Alphabet;
    return Other; // digits, punctuation, spaces: they say nothing of the script
}

// Two lines of a question at 1920x1080 hold about 80 Latin or Cyrillic characters, 12 to 15 words;
// the other scripts say the same in fewer characters, measured on this kiosk's own translations.
constexpr std::array<QuestionLimit, 4> limits{{
    {"Latin or another alphabet", 80},
    {"Arabic", 65},                      // short vowels are not written: about 4/5 of the French characters
    {"Ethiopic", 50},                    // one character is a syllable: about 3/5
    {"Chinese, Japanese or Korean", 30}, // one character is a syllable or a word: about 1/3
}};

} // namespace

size_t visible_chars(const std::string& utf8) {
    size_t n = 0;
    for (size_t i = 0; i < utf8.size();)
        if (!invisible(next_codepoint(utf8, i))) ++n;
    return n;
}

QuestionLimit question_limit(const std::string& utf8) {
    std::array<size_t, 4> letters{};
    for (size_t i = 0; i < utf8.size();)
        if (Script s = script_of(next_codepoint(utf8, i)); s != Other) ++letters[s];
    size_t most = 0;
    for (size_t s = 1; s < letters.size(); ++s)
        if (letters[s] > letters[most]) most = s;
    return limits[most];
}

} // namespace kiosk
