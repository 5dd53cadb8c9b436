#include "core/language/keyboard_layout.h"

#include "core/language/i18n.h"

namespace kiosk {

namespace {

std::vector<std::string> keys(const std::string& row) {
    std::vector<std::string> out;
    for (size_t i = 0; i < row.size();) {
        size_t n = utf8_length(static_cast<unsigned char>(row[i]));
        out.push_back(row.substr(i, n));
        i += n;
    }
    return out;
}

KeyboardLayout make(const char* name, std::initializer_list<const char*> rows) {
    KeyboardLayout l{name, {}};
    for (const char* r : rows) l.rows.push_back(keys(r));
    return l;
}

} // namespace

const KeyboardLayout* keyboard_for(const std::string& lang) {
    // French AZERTY also serves English and Spanish: search ignores accents, so plain letters find all.
    static const KeyboardLayout azerty = make("azerty", {"1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn"});
    static const KeyboardLayout russian =
        make("йцукен", {"1234567890", "йцукенгшщзх", "фывапролджэ", "ячсмитьбю"});
    static const KeyboardLayout ukrainian =
        make("йцукен-uk", {"1234567890", "йцукенгшщзхї", "фівапролджє", "ячсмитьбюґ"});
    static const KeyboardLayout arabic =
        make("arabic", {"1234567890", "ضصثقفغعهخحج", "شسيبلاتنمكط", "ئءؤرىةوزظدذ"});
    static const KeyboardLayout persian =
        make("persian", {"1234567890", "ضصثقفغعهخحجچ", "شسیبلاتنمکگ", "ظطزرذدپوژ"});
    static const KeyboardLayout pashto =
        make("pashto", {"1234567890", "ضصثقفغعهخحجچ", "شسیبلاتنمکګ", "ظطزرذدپوژ", "ټډړږښڅځڼېۍ"});
    if (lang == "fr" || lang == "en" || lang == "es") return &azerty;
    if (lang == "ru") return &russian;
    if (lang == "uk") return &ukrainian;
    if (lang == "ar") return &arabic;
    if (lang == "prs") return &persian;
    if (lang == "ps") return &pashto;
    return nullptr;
}

std::string without_last_character(const std::string& text) {
    size_t end = text.size();
    while (end > 0 && (static_cast<unsigned char>(text[end - 1]) & 0xC0) == 0x80) --end; // continuation bytes
    return end > 0 ? text.substr(0, end - 1) : text;
}

} // namespace kiosk
