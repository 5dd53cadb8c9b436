#include "core/operations/script.h"

#include <catch.hpp>

using namespace kiosk;
using K = ScriptCommand::Kind;

TEST_CASE("scripts parse every driver command") {
    ScriptParse p = parse_script(
        "# a comment\n\ntap lang.fr\ntap-text Un endroit pour dormir\npress nav.home 2000\n"
        "drag 10 20 30 40 500\ntype bonjour à tous\nkey alt+f4\nwait 90000\nsettle\n"
        "expect Vous êtes toujours là ?\nexpect-id nav.back\nexpect-no Erreur\nshot home\ndump home\n");
    REQUIRE(p.error.empty());
    REQUIRE(p.commands.size() == 13);
    CHECK(p.commands[0].kind == K::Tap);
    CHECK(p.commands[0].text == "lang.fr");
    CHECK(p.commands[0].line == 3);
    CHECK(p.commands[1].text == "Un endroit pour dormir");
    CHECK(p.commands[2].numbers == std::vector<float>{2000});
    CHECK(p.commands[3].numbers == std::vector<float>{10, 20, 30, 40, 500});
    CHECK(p.commands[4].text == "bonjour à tous");
    CHECK(p.commands[5].text == "alt+f4");
    CHECK(p.commands[6].kind == K::Wait);
    CHECK(p.commands[7].kind == K::Settle);
    CHECK(p.commands[8].text == "Vous êtes toujours là ?");
    CHECK(p.commands[12].kind == K::Dump);
}

TEST_CASE("reveal takes one id and nothing after it") {
    ScriptParse p = parse_script("reveal list.legal\n");
    REQUIRE(p.error.empty());
    CHECK(p.commands.at(0).kind == K::Reveal);
    CHECK(p.commands.at(0).text == "list.legal");
    CHECK(parse_script("reveal\n").error == "line 1: reveal needs an argument");
    CHECK(parse_script("reveal a b\n").error == "line 1: unexpected 'b' after reveal");
}

TEST_CASE("scripts check what is not on screen and what stays still") {
    ScriptParse p =
        parse_script("expect-no-id service.a\nexpect-still service.b 2000\nexpect-whole choice.a.1\n"
                     "expect-forgotten logement paris\n");
    REQUIRE(p.error.empty());
    REQUIRE(p.commands.size() == 4);
    CHECK(p.commands[3].kind == K::ExpectForgotten);
    CHECK(p.commands[3].text == "logement paris");
    CHECK(p.commands[0].kind == K::ExpectNoId);
    CHECK(p.commands[0].text == "service.a");
    CHECK(p.commands[1].kind == K::ExpectStill);
    CHECK(p.commands[1].text == "service.b");
    CHECK(p.commands[1].numbers == std::vector<float>{2000});
    CHECK(p.commands[2].kind == K::ExpectWhole);
    CHECK(p.commands[2].text == "choice.a.1");
    CHECK(parse_script("expect-still service.b\n").error == "line 1: expect-still needs 1 number(s)");
    CHECK(parse_script("expect-no-id\n").error == "line 1: expect-no-id needs an argument");
}

TEST_CASE("malformed scripts name the line") {
    CHECK(parse_script("tap a\nfly away\n").error == "line 2: unknown command 'fly'");
    CHECK(parse_script("wait soon\n").error == "line 1: wait needs 1 number(s)");
    CHECK(parse_script("wait -5\n").error == "line 1: wait needs 1 number(s)");
    CHECK(parse_script("tap\n").error == "line 1: tap needs an argument");
    CHECK(parse_script("tap a b\n").error == "line 1: unexpected 'b' after tap");
    CHECK(parse_script("expect\n").error == "line 1: expect needs a text");
    CHECK(parse_script("drag 1 2 3\n").error == "line 1: drag needs 5 number(s)");
}

// The player turns milliseconds into a whole number of them: a number past that range, or not a
// number at all, would be undefined there, so the parser refuses it with its line.
TEST_CASE("script waits that are endless or longer than a day are refused") {
    CHECK(parse_script("wait 3e30\n").error == "line 1: wait: 3e30 ms is longer than a day (86400000 ms)");
    CHECK(parse_script("tap a\nwait inf\n").error == "line 2: wait: inf is not a number of milliseconds");
    CHECK(parse_script("wait 1e39\n").error == "line 1: wait: 1e39 is not a number of milliseconds");
    CHECK(parse_script("press nav.home infinity\n").error ==
          "line 1: press: infinity is not a number of milliseconds");
    CHECK(parse_script("expect-still a 9e18\n").error ==
          "line 1: expect-still: 9e18 ms is longer than a day (86400000 ms)");
    CHECK(parse_script("drag 1 2 3 4 1e20\n").error ==
          "line 1: drag: 1e20 ms is longer than a day (86400000 ms)");
    CHECK(parse_script("drag 1 inf 3 4 500\n").error == "line 1: drag: inf is not a position on the screen");
    CHECK(parse_script("drag 1 2 3e12 4 500\n").error ==
          "line 1: drag: 3e12 is not a position on the screen");
    CHECK(parse_script("wait 86400000\n").commands.at(0).numbers == std::vector<float>{86'400'000});
}
