// When a piece of content may be shown: advice (a node), an answer (a choice), a service or a
// hotline. Dates are Paris calendar days written "YYYY-MM-DD", both ends included; an empty end is
// open. review_by is for authors only: the day someone must check the content again.
#pragma once
#include "core/time/civil_time.h"

#include <optional>
#include <string>

namespace kiosk {

struct Validity {
    std::string from, until, review_by; // "YYYY-MM-DD" or empty

    bool on(const std::string& day) const; // shown on this day? day is "YYYY-MM-DD"
    bool dated() const { return !from.empty() || !until.empty() || !review_by.empty(); }
};

// "2026-12-31" -> the date; nullopt unless it is exactly such a date and the day exists.
[[nodiscard]] std::optional<CivilDate> parse_iso_date(const std::string& text);
std::string iso_date(CivilDate d);

} // namespace kiosk
