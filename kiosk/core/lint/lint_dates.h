// Lint's rules on content with dates (validity.h): a malformed or reversed date, content already
// expired when the bundle was built (errors), content that ends or is due for review within 60
// days of the day checked (warnings), and every flow walked as it will be on each day, from the
// day checked to the end of the bundle's life, where something starts or ends: no dead end, no
// result left empty.
#pragma once
#include "core/lint/lint.h"

#include <string>
#include <vector>

namespace kiosk {

constexpr int lint_warn_days = 60;

// The days on which what the kiosk shows changes: `on`, then each first day something is shown
// and each day after its last, up to the bundle's valid_until (or without end when it has none).
std::vector<std::string> boundary_days(const ContentStore& store, const std::string& on);
void check_dates(const ContentStore& store, const std::string& on, std::vector<LintIssue>& out);

} // namespace kiosk
