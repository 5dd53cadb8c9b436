#include "core/update/bundle_claim.h"

#include <algorithm>
#include <charconv>

namespace kiosk {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_id_char(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' ||
           c == '-';
}

// Takes "name=value" off the front of text up to the next space (or the end) and returns the value.
std::optional<std::string_view> take_field(std::string_view& text, std::string_view name, bool last) {
    if (text.substr(0, name.size()) != name || text.substr(name.size(), 1) != "=") return std::nullopt;
    text.remove_prefix(name.size() + 1);
    size_t end = text.find(' ');
    if (last != (end == std::string_view::npos)) return std::nullopt;
    std::string_view value = text.substr(0, end);
    text.remove_prefix(last ? text.size() : end + 1);
    return value;
}

// Whole decimal numbers from 1, without sign or leading zero.
template <typename Int> std::optional<Int> positive(std::string_view s) {
    Int v = 0;
    if (s.empty() || s[0] == '0' || !std::all_of(s.begin(), s.end(), is_digit)) return std::nullopt;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

bool is_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!is_digit(s[i])) return false;
    int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

} // namespace

std::string format_claim(const BundleClaim& c) {
    std::string text = "kiosk-bundle id=";
    text += c.bundle_id;
    text += " version=";
    text += std::to_string(c.version);
    text += " date=";
    text += c.date;
    text += " schema=";
    text += std::to_string(c.schema);
    return text;
}

std::optional<BundleClaim> parse_claim(std::string_view text) {
    constexpr std::string_view head = "kiosk-bundle ";
    if (text.substr(0, head.size()) != head) return std::nullopt;
    text.remove_prefix(head.size());
    auto id = take_field(text, "id", false);
    auto version = id ? take_field(text, "version", false) : std::nullopt;
    auto date = version ? take_field(text, "date", false) : std::nullopt;
    auto schema = date ? take_field(text, "schema", true) : std::nullopt;
    if (!schema || id->empty() || id->size() > 64 || !std::all_of(id->begin(), id->end(), is_id_char) ||
        !is_date(*date))
        return std::nullopt;
    std::optional<int64_t> v = positive<int64_t>(*version);
    std::optional<int> s = positive<int>(*schema);
    if (!v || !s) return std::nullopt;
    return BundleClaim{std::string(*id), *v, std::string(*date), *s};
}

} // namespace kiosk
