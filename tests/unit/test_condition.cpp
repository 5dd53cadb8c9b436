#include "core/content/condition.h"

#include <catch.hpp>

using namespace kiosk;

namespace {
bool eval(const std::string& text, const Answers& a) {
    ConditionParse p = parse_condition(text);
    REQUIRE(p.error.empty());
    return evaluate(*p.condition, a);
}
} // namespace

TEST_CASE("conditions compare answers") {
    Answers a{{"who", "family"}, {"age", "minor"}};
    CHECK(eval("who == family", a));
    CHECK_FALSE(eval("who == alone", a));
    CHECK(eval("who != alone", a));
    CHECK(eval("age in (adult, minor)", a));
    CHECK_FALSE(eval("age in (adult, unknown)", a));
    CHECK(eval("answered(who)", a));
    CHECK_FALSE(eval("answered(papers)", a));
    CHECK(eval("", a));
    CHECK(eval("true", a));
    CHECK_FALSE(eval("false", a));
}

TEST_CASE("an unanswered question differs from every value") {
    Answers none;
    CHECK_FALSE(eval("who == family", none));
    CHECK(eval("who != family", none));
    CHECK_FALSE(eval("who in (family)", none));
}

TEST_CASE("and binds tighter than or; not and parentheses") {
    Answers a{{"x", "1"}, {"y", "2"}};
    CHECK(eval("x == 9 and y == 9 or x == 1", a)); // (F and F) or T
    CHECK_FALSE(eval("x == 9 and (y == 9 or x == 1)", a));
    CHECK(eval("not x == 9", a));
    CHECK_FALSE(eval("not (x == 1 and y == 2)", a));
}

TEST_CASE("malformed conditions give a plain error with the position") {
    CHECK(parse_condition("who ==").error == "expected a value, found the end at position 7");
    CHECK(parse_condition("who = family").error == "unexpected character '=' at position 5");
    CHECK(parse_condition("who family").error ==
          "expected '==', '!=' or 'in' after 'who', found 'family' at position 5");
    CHECK(parse_condition("(who == a").error == "expected ')', found the end at position 10");
    CHECK(parse_condition("who == a b").error == "expected 'and', 'or' or the end, found 'b' at position 10");
    CHECK(parse_condition("Who == a").error.find("unexpected character 'W'") == 0);
    CHECK_THAT(parse_condition(std::string(40, '(') + "true" + std::string(40, ')')).error,
               Catch::StartsWith("condition nested too deeply"));
}

TEST_CASE("conditions list what they refer to, for lint") {
    auto refs =
        referenced_answers(*parse_condition("who == a or (age in (b, c) and answered(papers))").condition);
    std::vector<std::pair<std::string, std::string>> expected{
        {"who", "a"}, {"age", "b"}, {"age", "c"}, {"papers", ""}};
    CHECK(refs == expected);
}

TEST_CASE("a condition too long to be a guard is refused before it is parsed") {
    std::string chain = "a == b";
    for (int i = 0; i < 100000; ++i) chain += " or a == b";
    CHECK(parse_condition(chain).error == "a condition may be at most 500 characters long");
}
