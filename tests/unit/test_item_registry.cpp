#include "core/screen/item_registry.h"

#include <catch.hpp>

using namespace kiosk;

TEST_CASE("the registry finds what was drawn, the last drawn first") {
    ItemRegistry r;
    r.add_item("hotline.115", "115", {0, 0, 10, 10});
    r.add_text("Où dormir ce soir ?", {0, 20, 100, 10});
    r.add_item("hotline.115", "115", {50, 50, 10, 10});
    CHECK(r.find_id("hotline.115")->rect.x == 50);
    CHECK(r.find_label("115"));
    CHECK_FALSE(r.find_id("nav.back"));
    CHECK(r.shows_text("dormir"));
    CHECK_FALSE(r.shows_text("manger"));
    CHECK(r.to_json().find(
              "{\"id\": \"hotline.115\", \"label\": \"115\", \"x\": 0, \"y\": 0, \"w\": 10, \"h\": 10, "
              "\"full\": [0, 0, 10, 10], \"scrolls\": false}") != std::string::npos);
    CHECK(json_escape("a\"b\\c\n") == "a\\\"b\\\\c\\n");
    r.add_item("service.x", "\u2068Maison de justice\u2069", {0, 0, 1, 1});
    CHECK(r.find_label("Maison de justice")); // labels read as a visitor reads them, without bidi marks
}

TEST_CASE("what a sheet covers can be neither tapped nor read; the rest stays") {
    ItemRegistry r;
    r.add_item("nav.back", "Back", {0, 0, 100, 80});
    r.add_item("choice.help.who.1", "Alone", {100, 300, 400, 120});
    r.add_text("Advice", {100, 200, 800, 40});
    r.add_item("strip.112", "112", {0, 1000, 200, 80});
    r.cover({0, 100, 1920, 880});
    CHECK(r.find_id("nav.back"));
    CHECK(r.find_id("strip.112"));
    CHECK_FALSE(r.find_id("choice.help.who.1"));
    CHECK_FALSE(r.shows_text("Advice"));
}
