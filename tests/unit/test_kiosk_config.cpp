// The kiosk's TOML configuration when it is wrong: nothing in it stops the kiosk. A setting that
// cannot be used keeps its default, with a line naming the file and line; a file toml++ cannot
// read, or must not be given (toml_guard.h), leaves every setting at its default.
#include "core/operations/kiosk_config.h"
#include "core/operations/toml_guard.h"

#include <catch.hpp>

using namespace kiosk;

namespace {

const char* const whole_file = "; the whole file is left out: every setting has its default";

} // namespace

TEST_CASE("nan and infinite positions or bearings are refused and the rest of the file is kept") {
    KioskConfig c =
        parse_config("[kiosk]\nlanguage = \"en\"\nlatitude = nan\nlongitude = 2.37\nfacing = nan\n"
                     "[session]\nidle_seconds = 120\n",
                     "k.toml");
    CHECK_FALSE(c.location);
    CHECK_FALSE(c.facing);
    CHECK(c.language == "en");
    CHECK(c.times.idle_after_ms == 120'000);
    CHECK(c.problems ==
          std::vector<std::string>{
              "k.toml:3: kiosk.latitude and kiosk.longitude go together, in degrees (-90..90, "
              "-180..180); the content's own kiosk location is used",
              "k.toml:5: kiosk.facing is a compass bearing in degrees, from 0 up to 360; places are "
              "given by compass point only"});
    CHECK_FALSE(parse_config("[kiosk]\nlatitude = 48.85\nlongitude = inf\n", "k.toml").location);
    CHECK_FALSE(parse_config("[kiosk]\nlatitude = -inf\nlongitude = 2.37\n", "k.toml").location);
    CHECK_FALSE(parse_config("[kiosk]\nlatitude = 48.85\nlongitude = -nan\n", "k.toml").location);
    CHECK_FALSE(parse_config("[kiosk]\nfacing = inf\n", "k.toml").facing);
    CHECK_FALSE(parse_config("[kiosk]\nfacing = 360\n", "k.toml").facing);
    CHECK(parse_config("[kiosk]\nfacing = 359.5\n", "k.toml").facing == 359.5);
}

TEST_CASE("a misspelt or unknown setting is named with its line and left out") {
    KioskConfig c = parse_config("[kiosk]\nlatitud = 48.85\n[sesion]\nidle_seconds = 30\n[session]\n"
                                 "idle_seconds = 30\n",
                                 "k.toml");
    CHECK(c.times.idle_after_ms == 30'000);
    CHECK(c.problems ==
          std::vector<std::string>{
              "k.toml:2: kiosk.latitud is not a setting of this kiosk (misspelt?); it is left out",
              "k.toml:3: sesion is not a setting of this kiosk (misspelt?); it is left out"});
    CHECK(parse_config("kiosk = 5\n", "k.toml").problems ==
          std::vector<std::string>{
              "k.toml:1: kiosk must be a section, [kiosk]; its settings keep their defaults"});
}

TEST_CASE("a setting of the wrong type or out of range keeps its default") {
    KioskConfig c =
        parse_config("[kiosk]\nlanguage = 7\n[session]\nidle_seconds = \"90\"\ncountdown_seconds = 2\n"
                     "[update]\ntrusted_keys = \"RWQ\"\nmax_bundle_mb = 0\n[staff]\npin_hash = \"1234\"\n"
                     "[display]\nwidth_mm = 4.77\n",
                     "k.toml");
    CHECK(c.language == "fr");
    CHECK(c.times.idle_after_ms == 90'000);
    CHECK(c.times.countdown_ms == 15'000);
    CHECK(c.trusted_keys.empty());
    CHECK(c.max_bundle_bytes == 512ll << 20);
    CHECK(c.staff_pin_hash.empty());
    CHECK(c.display_width_mm == 0);
    CHECK(
        c.problems ==
        std::vector<std::string>{
            "k.toml:2: kiosk.language must be a text such as \"fr\"; French is used",
            "k.toml:4: session.idle_seconds must be a whole number of seconds from 10 to 3600; 90 is used",
            "k.toml:5: session.countdown_seconds must be a whole number of seconds from 3 to 300; 15 is used",
            "k.toml:7: update.trusted_keys is a list of one or two public keys in quotes; without keys, "
            "bundles "
            "on sticks are ignored",
            "k.toml:8: update.max_bundle_mb must be a whole number of megabytes from 1 to 16384; 512 is used",
            "k.toml:12: display.width_mm must be a whole number of millimetres from 50 to 10000; the "
            "monitor's "
            "own size is used",
            "k.toml:10: staff.pin_hash must be an Argon2id hash from kiosk-content pin-hash; no first staff "
            "PIN "
            "is set"});
}

TEST_CASE("a file that is not TOML or cannot be read leaves every setting at its default") {
    KioskConfig c = parse_config("[session]\nidle_seconds = 30\n[kiosk\n", "k.toml");
    CHECK(c.times.idle_after_ms == 90'000);
    REQUIRE(c.problems.size() == 1);
    CHECK_THAT(c.problems[0], Catch::StartsWith("k.toml:3: ") && Catch::EndsWith(whole_file));
    CHECK(load_config("/nonexistent.toml").problems ==
          std::vector<std::string>{"/nonexistent.toml: cannot be read; every setting has its default"});
}

// toml++ 3.3.0 (Debian 12) fails an assertion on these, or runs into an unreachable branch: under
// the sanitizers, or with its assertions on, the kiosk would abort on them before the guard.
TEST_CASE("input that reaches the bugs of toml++ 3.3.0 is refused before it is parsed and names the line") {
    CHECK(parse_config("[\x02", "k.toml").problems ==
          std::vector<std::string>{
              std::string("k.toml:1: a section name in [ ] starts with a letter, a digit, - or "
                          "_, or a quote") +
              whole_file});
    CHECK(parse_config("a = 1\n\x02", "k.toml").problems ==
          std::vector<std::string>{std::string("k.toml:2: a control character (U+0002) is not allowed") +
                                   whole_file});
    CHECK(
        parse_config("# settings\n\xc3\xa9 = 1\n", "k.toml").problems ==
        std::vector<std::string>{std::string("k.toml:2: a letter that is not ASCII outside quotes: names are "
                                             "written with a-z, A-Z, 0-9, - and _ (text goes in quotes)") +
                                 whole_file});
    CHECK(parse_config("[kiosk]\n[[[1]]]\n", "k.toml").problems ==
          std::vector<std::string>{
              std::string("k.toml:2: a section name in [ ] starts with a letter, a digit, - or "
                          "_, or a quote") +
              whole_file});
    for (const char* bad : {"[=", "[[=", "a.\xc3\xa9 = 1", "a = {\xc3\xa9 = 1}", "[\xc3\xa9]", "a = [}",
                            "a = [1,\n # a comment\n }", "a = 1\"\xc3\xa9\"", "a = \"\"\"\\\xc3\xa9\"\"\"",
                            "a = \"\"\"\\ \n\xc3\xa9\"\"\"", "a = \"\xff\"", "a = 1\x7f", "a = 1\r"}) {
        CAPTURE(bad);
        CHECK(toml_guard(bad));
    }
}

TEST_CASE("a real configuration with UTF-8 in its strings and comments passes the guard unchanged") {
    const char* real =
        "# Kiosque de la salle d'attente – OFII Paris, écran tourné vers le sud\r\n"
        "[kiosk]\nlanguage = \"fr\"   # français\nlatitude = 48.85487\nlongitude = 2.37283\n"
        "facing = 200\n[update]\ntrusted_keys = [\n  \"RWQ1\", # clé principale\n  'RWQ2',\n]\n"
        "[staff]\npin_hash = \"$argon2id$v=19$m=65536,t=2,p=1$c2VsZMOp$aGFzaA\"\n"
        "[display]\nwidth_mm = 477\n"
        "# «\xe4\xbd\xa0\xe5\xa5\xbd» \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \"\"\" [=] \\\n";
    CHECK_FALSE(toml_guard(real));
    KioskConfig c = parse_config(real, "k.toml");
    CHECK(c.problems.empty());
    REQUIRE(c.location);
    CHECK(c.location->longitude == 2.37283);
    CHECK(c.facing == 200.0);
    CHECK(c.trusted_keys == std::vector<std::string>{"RWQ1", "RWQ2"});
    CHECK(c.display_width_mm == 477);
    CHECK_FALSE(toml_guard("a = \"\"\"é \\\"\"\" [=\n[}\"\"\"\nb = '''\né'''\nc = [[1], [], [\"é\"]]\n"
                           "d = {e = \"é\", f = [{}]}\n[ \"é\" . x ]\n[[y.\"ü\"]]\n"));
}

// Found by fuzzing: toml++ 3.3.0 converts a float to an integer without checking its range, which
// is undefined behaviour for 1e308. A number with a point or an exponent is not a whole number.
TEST_CASE("a huge float where a whole number goes keeps its default") {
    KioskConfig c = parse_config("[session]\nidle_seconds = 1e308\ncountdown_seconds = 20.0\n", "k.toml");
    CHECK(c.times.idle_after_ms == 90'000);
    CHECK(c.times.countdown_ms == 15'000);
    CHECK(c.problems ==
          std::vector<std::string>{
              "k.toml:2: session.idle_seconds must be a whole number of seconds from 10 to 3600; 90 is used",
              "k.toml:3: session.countdown_seconds must be a whole number of seconds from 3 to 300; 15 is "
              "used"});
}
