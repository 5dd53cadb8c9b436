#include "core/language/advice_steps.h"

#include "core/language/i18n.h"

namespace kiosk {

namespace {

// As the text engine counts them, so that a spoken word's range lands on its glyphs.
size_t codepoints(const std::string& s, size_t to) {
    size_t n = 0;
    for (size_t i = 0; i < to; ++n) next_codepoint(s, i);
    return n;
}

bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

} // namespace

std::vector<AdviceStep> advice_steps(const std::string& text) {
    std::vector<AdviceStep> steps;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        size_t b = start, e = end;
        while (b < e && blank(text[b])) ++b;
        while (e > b && blank(text[e - 1])) --e;
        if (e > b) steps.push_back({text.substr(b, e - b), codepoints(text, b)});
        start = end + 1;
    }
    return steps;
}

size_t step_offset(const std::string& whole, const std::string& step) {
    for (const AdviceStep& s : advice_steps(whole))
        if (s.text == step) return s.begin;
    return std::string::npos;
}

} // namespace kiosk
