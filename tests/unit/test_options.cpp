#include "app/options.h"
#include "core/operations/kiosk_config.h"

#include <catch.hpp>

using namespace kiosk;

TEST_CASE("the command line gives content, window and script") {
    OptionsParse p = parse_options(
        {"--content", "a.kbundle", "--window", "1920x1080", "--lang", "en", "--script", "s", "--shots", "d"});
    REQUIRE(p.error.empty());
    CHECK(p.options.content == "a.kbundle");
    CHECK(p.options.width == 1920);
    CHECK(p.options.height == 1080);
    CHECK(p.options.lang == "en");
    CHECK(bundle_path(p.options) == "a.kbundle");
    CHECK(bundle_path(parse_options({"--data-dir", "/k"}).options) == "/k/current.kbundle");
    CHECK_FALSE(p.options.full_redraw);
    CHECK(parse_options({"--full-redraw"}).options.full_redraw);
    CHECK(p.options.display_mm == 0); // the configuration's, else the monitor's
    CHECK(parse_options({"--display-mm", "87"}).options.display_mm == 87);
}

TEST_CASE("--display-mm takes a screen's width in whole millimetres") {
    const std::string error = "--display-mm takes the screen's width in millimetres, from 50 to 10000";
    for (const char* bad : {"", "49", "10001", "87mm", "8.7", "-87", "wide"})
        CHECK(parse_options({"--display-mm", bad}).error == error);
    CHECK(parse_options({"--display-mm", "50"}).error.empty());
    CHECK(parse_options({"--display-mm", "10000"}).options.display_mm == 10'000);
    CHECK(parse_options({"--display-mm"}).error == "--display-mm needs a value");
}

TEST_CASE("a bad command line says what is wrong") {
    CHECK(parse_options({"--window", "big"}).error == "--window takes WIDTHxHEIGHT, e.g. 1920x1080");
    CHECK(parse_options({"--window", "1920x1080", "--fullscreen"}).error ==
          "--window and --fullscreen cannot go together");
    CHECK(parse_options({"--content"}).error == "--content needs a value");
    CHECK(parse_options({"--frobnicate"}).error == "unknown option --frobnicate");
    CHECK(parse_options({"--shots", "d"}).error == "--shots goes with --script");
    CHECK(parse_options({"--now", "2026-11-24 10:00"}).error ==
          "--now goes with --script: a kiosk in service keeps real time");
    CHECK(parse_options({"--script", "s", "--now", "2026-11-24 10:00"}).options.now == "2026-11-24 10:00");
    CHECK(parse_options({"--frame-times", "t"}).error == "--frame-times goes with --script");
    CHECK(parse_options({"--script", "s", "--frame-times", "t"}).options.frame_times == "t");
}

TEST_CASE("the kiosk's TOML configuration") {
    KioskConfig c = parse_config("[kiosk]\nlanguage = \"en\"\n[session]\nidle_seconds = 120\n", "k.toml");
    CHECK(c.language == "en");
    CHECK(c.language_at == "k.toml:2");
    CHECK(c.times.idle_after_ms == 120'000);
    CHECK(c.times.countdown_ms == 15'000);
    CHECK(c.problems.empty());
    CHECK(parse_config("", "k.toml").times.idle_after_ms == 90'000);
    CHECK(
        parse_config("[session]\nidle_seconds = 2\n", "k.toml").problems ==
        std::vector<std::string>{
            "k.toml:2: session.idle_seconds must be a whole number of seconds from 10 to 3600; 90 is used"});
    KioskConfig at = parse_config("[kiosk]\nlatitude = 48.85\nlongitude = 2.37\nfacing = 200\n", "k.toml");
    REQUIRE(at.location);
    CHECK(at.location->latitude == 48.85);
    CHECK(at.facing == 200.0);
    CHECK(at.problems.empty());
    CHECK_THAT(parse_config("[kiosk]\nlatitude = 48.85\n", "k.toml").problems.at(0),
               Catch::StartsWith("k.toml:2:") && Catch::Contains("go together"));
    CHECK_THAT(parse_config("[kiosk]\nfacing = 400\n", "k.toml").problems.at(0),
               Catch::Contains("compass bearing"));
    CHECK(parse_config("", "k.toml").display_width_mm == 0);
    CHECK(parse_config("[display]\nwidth_mm = 477\n", "k.toml").display_width_mm == 477);
}
