#include "layout_check.h"

#include <catch.hpp>

using namespace kiosk;

namespace {
Item item(std::string id, std::string label, Rect visible, Rect full, bool scrolls = false) {
    return {std::move(id), std::move(label), visible, full, scrolls};
}
} // namespace

TEST_CASE("a sound screen has no layout problem", "[layout]") {
    std::vector<Item> screen = {item("nav.back", "Back", {10, 10, 200, 80}, {10, 10, 200, 80}),
                                item("", "Back", {10, 10, 200, 80}, {10, 10, 200, 80}),
                                item("topic.shelter", "Shelter", {10, 100, 400, 200}, {10, 100, 400, 200})};
    CHECK(layout_problems(screen, 1920, 1080).empty());
}

TEST_CASE("layout problems are named", "[layout]") {
    CHECK(layout_problems({item("nav.lang", "Language", {1800, 10, 120, 80}, {1800, 10, 200, 80})}, 1920,
                          1080) == std::vector<std::string>{"nav.lang runs off the screen"});
    CHECK(layout_problems({item("a", "A", {0, 0, 100, 100}, {0, 0, 100, 100}),
                           item("b", "B", {50, 50, 100, 100}, {50, 50, 100, 100})},
                          1920, 1080) == std::vector<std::string>{"a overlaps b"});
    CHECK(layout_problems({item("", "Une très longue phrase", {0, 0, 100, 40}, {0, 0, 100, 90})}, 1920,
                          1080) == std::vector<std::string>{"text \"Une très longue phrase\" is cut off"});
}

TEST_CASE("scrolling areas cut at top and bottom on purpose, never sideways", "[layout]") {
    CHECK(
        layout_problems({item("", "Row", {0, 900, 500, 40}, {0, 900, 500, 300}, true)}, 1920, 1080).empty());
    CHECK(layout_problems({item("", "Row", {0, 900, 500, 40}, {0, 900, 900, 40}, true)}, 1920, 1080) ==
          std::vector<std::string>{"text \"Row\" is cut off"});
}
