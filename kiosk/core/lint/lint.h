// Checks a bundle before any visitor sees it: flows that strand a visitor, strings missing in an
// enabled language, facts without a source, a topic, choice or line without its pictogram, a
// result naming a service with no way to reach it.
// Errors block a bundle; warnings (questions too long or with too many choices) are for authors.
#pragma once
#include "core/content/content_store.h"

#include <string>
#include <vector>

namespace kiosk {

struct LintIssue {
    enum class Severity { Error, Warning };
    Severity severity;
    std::string rule;    // unreachable-node, dangling-target, cycle, dead-end, ...
    std::string message; // one sentence naming the nodes, keys or records
};

// NewBundle: built, or offered on a stick. Installed: accepted before and opened again (at start,
// on a rollback), where a rule added since only warns.
enum class LintOf { NewBundle, Installed };

// Checks the bundle as it will be on `on` ("YYYY-MM-DD", Paris) and every later day of its life
// where dated content starts or ends (lint_dates.h); empty: the day the bundle was built.
std::vector<LintIssue> lint(const ContentStore& store, const std::string& on = "",
                            LintOf of = LintOf::NewBundle);
std::vector<LintIssue> lint_flow(const Flow& flow); // the flow rules alone, for unit tests
bool has_errors(const std::vector<LintIssue>& issues);

} // namespace kiosk
