#include "core/language/advice_steps.h"

#include <catch.hpp>

using namespace kiosk;

TEST_CASE("advice steps are the text's non-empty lines in order", "[advice]") {
    auto steps = advice_steps("Allez à la PASS.\n\n  Apportez vos papiers.  \nAppelez le 3039.\n");
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].text == "Allez à la PASS.");
    CHECK(steps[1].text == "Apportez vos papiers.");
    CHECK(steps[2].text == "Appelez le 3039.");
    CHECK(steps[0].begin == 0);
    CHECK(steps[1].begin == 20); // "Allez à la PASS.\n\n  ": the à is one codepoint, not two bytes
}

TEST_CASE("a text of one line is one step", "[advice]") {
    auto steps = advice_steps("Appelez le 15.");
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].text == "Appelez le 15.");
    CHECK(advice_steps("").empty());
    CHECK(advice_steps(" \n \n").empty());
}

TEST_CASE("a step's offset in the whole text counts codepoints", "[advice]") {
    std::string whole = "اذهبوا إلى المحافظة.\nاتصلوا بالرقم 3039.";
    CHECK(step_offset(whole, "اذهبوا إلى المحافظة.") == 0);
    CHECK(step_offset(whole, "اتصلوا بالرقم 3039.") == 21);
    CHECK(step_offset(whole, "Appelez le 3039.") == std::string::npos);
    CHECK(step_offset("Appelez le 3039.", "Appelez le 3039.") == 0);
}
