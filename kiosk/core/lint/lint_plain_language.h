// Lint's plain-French (FALC) check, by the rules of plain_language.h, over the French texts a
// visitor reads in the flows: node titles and texts (questions, information, advice), choices,
// hotline purposes and glossary explanations. Service descriptions are left out: most are the
// DILA's records, thousands of them, worded by their publisher and not ours to rewrite.
// It is run by `kiosk-content lint`, not by the build: the build refuses what would mislead or
// strand a visitor, while wording is the authors' bar, held by the content.lint test.
#pragma once
#include "core/content/content_store.h"
#include "core/lint/lint.h"

#include <string>
#include <vector>

namespace kiosk {

// A text's FALC score: the share of the rules it passes, each rule counted once whatever the
// number of its findings. Advice (a result's text) has one rule more, its steps.
struct PlainTextScore {
    std::string key;
    bool advice = false;
    size_t rules = 0, passed = 0;
    std::vector<std::string> failed; // rule names
    double score() const { return rules ? double(passed) / double(rules) : 1.0; }
};

struct PlainLanguageReport {
    std::vector<LintIssue> issues;
    std::vector<PlainTextScore> texts; // worst first
    size_t advice_sentences = 0, advice_over_warn = 0, advice_over_max = 0;
    std::vector<std::string> unexplained, advice_unexplained; // acronyms, once each
    double overall() const;                                   // the mean of every text's score
    double advice() const;                                    // the mean over advice alone
};

PlainLanguageReport lint_plain_language(const ContentStore& store);

} // namespace kiosk
