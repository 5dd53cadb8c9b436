// The condition language that guards flow transitions. Content carries no code, only these:
//   who == family      papers != none      age in (minor, unknown)      answered(who)
//   true   false   not X   X and Y   X or Y   ( X )
// Names and values are [a-z0-9_-]+. An unanswered question compares as different from every value.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kiosk {

using Answers = std::map<std::string, std::string>; // question var -> chosen value

struct Condition;
using ConditionPtr = std::shared_ptr<const Condition>;

struct Condition {
    enum class Op { True, False, Equals, NotEquals, In, Answered, Not, And, Or };
    Op op = Op::True;
    std::string var;                 // Equals, NotEquals, In, Answered
    std::vector<std::string> values; // Equals and NotEquals have one, In one or more
    ConditionPtr left, right;        // Not uses left
};

struct ConditionParse {
    ConditionPtr condition; // null when error is set
    std::string error;      // one plain sentence, with the position
};

[[nodiscard]] ConditionParse parse_condition(const std::string& text); // empty text means true
bool evaluate(const Condition& c, const Answers& answers);

// Every (var, value) pair the condition names; value is empty for answered(var).
std::vector<std::pair<std::string, std::string>> referenced_answers(const Condition& c);

} // namespace kiosk
