#include "core/time/validity.h"

#include <cstdio>

namespace kiosk {

// ISO dates of equal length compare as text in calendar order, so no parse is needed per check.
bool Validity::on(const std::string& day) const {
    return (from.empty() || from <= day) && (until.empty() || day <= until);
}

std::optional<CivilDate> parse_iso_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    CivilDate d{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)), std::stoi(text.substr(8, 2))};
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
        return std::nullopt;
    return d;
}

std::string iso_date(CivilDate d) {
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", d.year, d.month, d.day);
    return out;
}

} // namespace kiosk
