#include "core/lint/lint_dates.h"

#include "core/content/dated_content.h"
#include "core/content/dated_flow.h"
#include "core/visit/flow_engine.h"

#include <set>

namespace kiosk {

namespace {

using Severity = LintIssue::Severity;

void check_item(const DatedItem& i, const std::string& built, std::vector<LintIssue>& out) {
    for (const std::string* day : {&i.dates.from, &i.dates.until, &i.dates.review_by})
        if (!day->empty() && !parse_iso_date(*day))
            out.push_back(
                {Severity::Error, "bad-date", i.what + ": \"" + *day + "\" is not a date YYYY-MM-DD"});
    if (!i.dates.from.empty() && !i.dates.until.empty() && i.dates.until < i.dates.from)
        out.push_back({Severity::Error, "bad-date",
                       i.what + " ends (" + i.dates.until + ") before it starts (" + i.dates.from + ")"});
    if (!i.dates.until.empty() && i.dates.until < built)
        out.push_back({Severity::Error, "expired",
                       i.what + " ended on " + i.dates.until + ", before the bundle was built on " + built});
}

bool has_help(const Node& n) {
    return !n.services.empty() || !n.categories.empty() || !n.hotlines.empty();
}

// The flow as it is on `day`, from its start: every node a visitor can reach must lead on.
void walk(const Flow& original, const ContentStore& store, const std::string& day,
          std::vector<LintIssue>& out) {
    Flow f = flow_on(original, day, store);
    auto error = [&](const char* rule, const std::string& msg) {
        out.push_back({Severity::Error, rule, "on " + day + ", " + msg});
    };
    if (!f.find(f.start))
        return error("dead-end", "flow " + f.id + " has no start: " + f.start + " is not shown");
    for (const Node* n : reachable_nodes(f)) {
        const Node* whole = original.find(n->id);
        if (n->kind == NodeKind::Result && !has_help(*n) && has_help(*whole))
            error("empty-result",
                  "result " + n->id + " names no service, category or hotline shown that day");
        if (n->kind == NodeKind::Question && n->choices.empty() && !whole->choices.empty())
            error("dead-end", "question " + n->id + " offers no answer");
        if (n->kind != NodeKind::Result && n->next.empty() && !whole->next.empty())
            error("dead-end", "node " + n->id + " leads to no node shown that day");
        else if (!n->next.empty() && !n->next.back().condition_text.empty() &&
                 whole->next.back().condition_text.empty())
            error("no-fallback",
                  "node " + n->id + ": its last way on is not shown, so some answers lead nowhere");
    }
}

} // namespace

std::vector<std::string> boundary_days(const ContentStore& store, const std::string& on) {
    std::string end = store.meta().valid_until;
    std::set<std::string> days{on};
    auto add = [&](const std::string& day) {
        if (parse_iso_date(day) && on < day && (end.empty() || day <= end)) days.insert(day);
    };
    for (const DatedItem& i : dated_content(store)) {
        add(i.dates.from);
        if (!i.dates.until.empty()) add(day_after(i.dates.until, 1));
    }
    return {days.begin(), days.end()};
}

void check_dates(const ContentStore& store, const std::string& on, std::vector<LintIssue>& out) {
    std::string built = store.meta().created.substr(0, 10);
    std::vector<DatedItem> items = dated_content(store);
    for (const DatedItem& i : items) check_item(i, built, out);
    if (!store.meta().valid_until.empty() && !parse_iso_date(store.meta().valid_until))
        out.push_back({Severity::Error, "bad-date", "the bundle's valid_until is not a date YYYY-MM-DD"});
    for (const Ending& e : ending_soon(items, on, lint_warn_days))
        out.push_back(
            {Severity::Warning, "ends-soon", (e.review ? "review by " : "until ") + e.date + ": " + e.what});
    for (const std::string& day : boundary_days(store, on))
        for (const Flow& f : store.flows()) walk(f, store, day, out);
}

} // namespace kiosk
