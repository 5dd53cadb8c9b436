#include "core/language/i18n.h"

namespace kiosk {

namespace {

const StringEntry* usable(const StringTable& t, const std::string& key) {
    auto it = t.find(key);
    return it == t.end() || it->second.stale ? nullptr : &it->second;
}

} // namespace

std::string Strings::get(const std::string& key) const {
    for (const StringTable* t : {&chosen, &french, &english})
        if (const StringEntry* e = usable(*t, key)) return e->text;
    return key;
}

std::string Strings::get_plural(const std::string& key, uint64_t n) const {
    const std::pair<const StringTable*, const PluralRule*> chain[] = {
        {&chosen, &chosen_rule}, {&french, &french_rule}, {&english, &english_rule}};
    for (const auto& [table, rule] : chain) {
        const StringEntry* e = usable(*table, key);
        if (!e) continue;
        if (e->forms.empty()) return e->text; // written without plural forms: one text for all
        std::optional<int> form = rule->form(n);
        if (form && static_cast<size_t>(*form) < e->forms.size()) return e->forms[static_cast<size_t>(*form)];
    }
    return key;
}

bool Strings::has(const std::string& key) const {
    return usable(chosen, key) || usable(french, key) || usable(english, key);
}

size_t utf8_length(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

char32_t next_codepoint(const std::string& s, size_t& i) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) {
        auto cc = static_cast<unsigned char>(s[i + k]);
        ok = (cc & 0xC0) == 0x80;
        cp = (cp << 6) | (cc & 0x3F);
    }
    i += ok ? len : 1;
    return ok ? cp : U'\uFFFD';
}

std::u32string utf8_codepoints(const std::string& s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) out.push_back(next_codepoint(s, i));
    return out;
}

std::string isolate(const std::string& value) {
    return value.empty() ? value : "\u2068" + value + "\u2069"; // FSI ... PDI
}

std::string strip_isolates(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        // U+2066..U+2069 are E2 81 A6..A9 in UTF-8.
        if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
            static_cast<unsigned char>(text[i + 1]) == 0x81 &&
            static_cast<unsigned char>(text[i + 2]) >= 0xA6 &&
            static_cast<unsigned char>(text[i + 2]) <= 0xA9) {
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::string format(const std::string& text, const std::vector<std::pair<std::string, std::string>>& args) {
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        size_t open = text.find('{', i);
        size_t close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) {
            out.append(text, i, std::string::npos);
            break;
        }
        out.append(text, i, open - i);
        std::string name = text.substr(open + 1, close - open - 1);
        const std::string* value = nullptr;
        for (const auto& [k, v] : args)
            if (k == name) value = &v;
        out += value ? *value : text.substr(open, close - open + 1);
        i = close + 1;
    }
    return out;
}

} // namespace kiosk
