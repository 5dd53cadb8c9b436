#include "core/language/plural_rule.h"

#include <catch.hpp>

using namespace kiosk;

namespace {

// The headers of locales/*.po, as written there.
const char* const arabic = "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
                           "n%100>=11 ? 4 : 5);";
const char* const russian = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 "
                            "|| n%100>=20) ? 1 : 2);";
const char* const french = "nplurals=2; plural=(n > 1);";
const char* const english = "nplurals=2; plural=(n != 1);";
const char* const chinese = "nplurals=1; plural=0;";

PluralRule parsed(const std::string& header) {
    std::string error;
    PluralRule rule = PluralRule::parse(header, error);
    INFO(error);
    REQUIRE(error.empty());
    return rule;
}

std::string refusal(const std::string& header) {
    std::string error;
    PluralRule::parse(header, error);
    return error;
}

} // namespace

TEST_CASE("Arabic takes six forms: 0 1 2 3-10 11-99 and 100-102", "[plural]") {
    PluralRule ar = parsed(arabic);
    CHECK(ar.forms() == 6);
    CHECK(ar.form(0) == 0);
    CHECK(ar.form(1) == 1);
    CHECK(ar.form(2) == 2);
    for (uint64_t n : {3, 7, 10, 103, 110}) CHECK(ar.form(n) == 3);
    for (uint64_t n : {11, 15, 99, 111, 199}) CHECK(ar.form(n) == 4);
    for (uint64_t n : {100, 101, 102, 200}) CHECK(ar.form(n) == 5);
}

TEST_CASE("Russian and Ukrainian: 1 and 21 one form, 2-4 another, 5-20 and 111 the third", "[plural]") {
    PluralRule ru = parsed(russian);
    CHECK(ru.forms() == 3);
    for (uint64_t n : {1, 21, 101}) CHECK(ru.form(n) == 0);
    for (uint64_t n : {2, 3, 4, 22, 34}) CHECK(ru.form(n) == 1);
    for (uint64_t n : {0, 5, 11, 12, 14, 20, 111, 112}) CHECK(ru.form(n) == 2);
}

TEST_CASE("French 0 and 1 are singular, English only 1, Chinese has one form", "[plural]") {
    PluralRule fr = parsed(french), en = parsed(english), zh = parsed(chinese);
    CHECK(fr.form(0) == 0);
    CHECK(fr.form(1) == 0);
    CHECK(fr.form(2) == 1);
    CHECK(en.form(0) == 1);
    CHECK(en.form(1) == 0);
    CHECK(en.form(2) == 1);
    CHECK(zh.forms() == 1);
    CHECK(zh.form(1) == 0);
    CHECK(zh.form(1000) == 0);
}

TEST_CASE("Every real header gives a form in range for 0 to 1000", "[plural]") {
    for (const char* header : {arabic, russian, french, english, chinese})
        CHECK(parsed(header).check(1000) == "");
}

TEST_CASE("The default rule has one form, like Chinese", "[plural]") {
    PluralRule none;
    CHECK(none.forms() == 1);
    CHECK(none.form(5) == 0);
}

TEST_CASE("Spaces around '=' are gettext's too: the rule still parses", "[plural]") {
    PluralRule spaced = parsed("nplurals = 2; plural = n != 1;");
    CHECK(spaced.forms() == 2);
    CHECK(spaced.form(1) == 0);
    CHECK(spaced.form(2) == 1);
    CHECK(refusal("xnplurals=2; plural=0;") != ""); // a longer word is not the field
}

TEST_CASE("Garbage in a Plural-Forms header is refused with why", "[plural]") {
    CHECK(refusal("") != "");
    CHECK(refusal("nplurals=2;") != "");
    CHECK(refusal("nplurals=x; plural=0;").find("nplurals") != std::string::npos);
    CHECK(refusal("nplurals=0; plural=0;") != "");
    CHECK(refusal("nplurals=7; plural=0;") != "");
    CHECK(refusal("nplurals=2; plural=(n > 1;").find("')' expected") != std::string::npos);
    CHECK(refusal("nplurals=2; plural=n ? 1;").find("':' expected") != std::string::npos);
    CHECK(refusal("nplurals=2; plural=n = 1;") != "");
    CHECK(refusal("nplurals=2; plural=m > 1;") != "");
    CHECK(refusal("nplurals=2; plural=n > 1 2;") != "");
    CHECK(refusal("nplurals=2; plural=-n;") != "");
    CHECK(refusal("nplurals=2; plural=n > 99999999999999999999;").find("too large") != std::string::npos);
    CHECK(refusal("nplurals=2; plural=;") != "");
}

TEST_CASE("A literal division by zero is refused when parsed", "[plural]") {
    CHECK(refusal("nplurals=2; plural=n / 0;").find("division by zero") != std::string::npos);
    CHECK(refusal("nplurals=2; plural=n % 0;").find("division by zero") != std::string::npos);
}

TEST_CASE("A division by zero for some n is no form, and the check names that n", "[plural]") {
    PluralRule r = parsed("nplurals=2; plural=1 / (n - 5);");
    CHECK(r.form(5) == std::nullopt);
    CHECK(r.form(6) == 1);
    CHECK(r.check(1000) == "for n = 5 the plural expression divides by zero");
}

TEST_CASE("A form beyond nplurals is no form, and the check names the first n", "[plural]") {
    PluralRule r = parsed("nplurals=2; plural=n % 3;");
    CHECK(r.form(2) == std::nullopt);
    CHECK(r.check(1000).find("for n = 2 ") == 0);
}

TEST_CASE("Deep nesting is refused instead of overflowing the stack", "[plural]") {
    std::string deep = std::string(5000, '(') + "n" + std::string(5000, ')');
    CHECK(refusal("nplurals=2; plural=" + deep + ";").find("longer than") != std::string::npos);
    std::string parens = std::string(400, '(') + "n" + std::string(400, ')');
    CHECK(refusal("nplurals=2; plural=" + parens + ";").find("nested too deeply") != std::string::npos);
    std::string chain = "n";
    for (int i = 0; i < 100; ++i) chain += " + 1";
    CHECK(refusal("nplurals=2; plural=" + chain + ";").find("nested too deeply") != std::string::npos);
    std::string nots(300, '!');
    CHECK(refusal("nplurals=2; plural=" + nots + "n;").find("nested too deeply") != std::string::npos);
}

TEST_CASE("Arithmetic wraps as gettext's unsigned long does, never undefined", "[plural]") {
    PluralRule r = parsed("nplurals=2; plural=(n - 2) > 5;");
    CHECK(r.form(1) == 1); // 1 - 2 wraps to a huge number
    CHECK(r.form(3) == 0);
    PluralRule big = parsed("nplurals=2; plural=(n * 1000000000 * 1000000000 * 1000000000) % 2;");
    CHECK(big.form(3) == 0);
}

TEST_CASE("&& and || short-circuit: the right side's division is not reached", "[plural]") {
    PluralRule r = parsed("nplurals=2; plural=n == 0 || 1 / n > 0;");
    CHECK(r.form(0) == 1);
    PluralRule s = parsed("nplurals=2; plural=n != 0 && 1 / n > 0;");
    CHECK(s.form(0) == 0);
    CHECK(s.form(1) == 1);
}
