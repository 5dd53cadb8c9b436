#include "core/time/ethiopic_months.h"

#include "core/language/i18n.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <regex>
#include <vector>

namespace kiosk {

namespace {

// Tigrinya spellings, then the Amharic ones a translator may use.
constexpr std::array<const char*, 21> month_names = {"ጥሪ",   "ለካቲት",  "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ",   "ሓምለ",
                                                     "ነሓሰ",  "መስከረም", "ጥቅምቲ", "ሕዳር",  "ታሕሳስ", "ጥር",   "የካቲት",
                                                     "ሚያዚያ", "ሰኔ",    "ሐምሌ",  "ነሐሴ",  "ጥቅምት", "ታህሳስ", "ታኅሣሥ"};

bool ethiopic_letter(char32_t c) {
    return (c >= 0x1200 && c <= 0x135A) || (c >= 0x1380 && c <= 0x139F) || (c >= 0x2D80 && c <= 0x2DDF);
}

char32_t decode(const std::string& s, size_t at, size_t length) {
    if (length == 1) return static_cast<unsigned char>(s[at]);
    char32_t c = static_cast<unsigned char>(s[at]) & (0xFF >> (length + 1));
    for (size_t i = 1; i < length && at + i < s.size(); ++i) c = (c << 6) | (s[at + i] & 0x3F);
    return c;
}

// Runs of Ethiopic letters: the words, without the Ethiopic and Latin punctuation around them.
std::vector<std::string> ethiopic_words(const std::string& text) {
    std::vector<std::string> words(1);
    for (size_t i = 0; i < text.size();) {
        size_t length = utf8_length(static_cast<unsigned char>(text[i]));
        if (ethiopic_letter(decode(text, i, length)))
            words.back() += text.substr(i, length);
        else if (!words.back().empty())
            words.emplace_back();
        i += length;
    }
    return words;
}

// A month name alone or with the prepositions written onto it: ብ ("in"), ን ("for").
bool is_month(const std::string& word) {
    for (const char* name : month_names)
        for (const std::string& prefix : {std::string(), std::string("ብ"), std::string("ን")})
            if (word == prefix + name) return true;
    return false;
}

} // namespace

std::string month_without_numbers(const std::string& text) {
    std::vector<std::string> months;
    for (const std::string& w : ethiopic_words(text))
        if (is_month(w)) months.push_back(w);
    static const std::regex numeric(R"((^|[^0-9/])(\d{1,2}/)?\d{1,2}/\d{4}(?![0-9/]))");
    auto dates =
        std::distance(std::sregex_iterator(text.begin(), text.end(), numeric), std::sregex_iterator());
    return static_cast<size_t>(dates) < months.size() ? months.front() : "";
}

} // namespace kiosk
