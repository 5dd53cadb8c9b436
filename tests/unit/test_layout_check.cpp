#include "core/screen/layout_check.h"

#include <catch.hpp>

using namespace kiosk;

namespace {
Item item(std::string id, std::string label, Rect visible, Rect full, bool scrolls = false) {
    return {std::move(id), std::move(label), visible, full, scrolls, ""};
}
} // namespace

TEST_CASE("a sound screen has no layout problem", "[layout]") {
    std::vector<Item> screen = {item("nav.back", "Back", {10, 10, 200, 80}, {10, 10, 200, 80}),
                                item("", "Back", {10, 10, 200, 80}, {10, 10, 200, 80}),
                                item("topic.shelter", "Shelter", {10, 100, 400, 200}, {10, 100, 400, 200})};
    CHECK(layout_problems(screen, 1920, 1080, 4).empty());
}

TEST_CASE("layout problems are named", "[layout]") {
    CHECK(layout_problems({item("nav.lang", "Language", {1800, 10, 120, 80}, {1800, 10, 200, 80})}, 1920,
                          1080, 4) == std::vector<std::string>{"nav.lang runs off the screen"});
    CHECK(layout_problems({item("a", "A", {0, 0, 100, 100}, {0, 0, 100, 100}),
                           item("b", "B", {50, 50, 100, 100}, {50, 50, 100, 100})},
                          1920, 1080, 4) == std::vector<std::string>{"a overlaps b"});
    CHECK(layout_problems({item("", "Une très longue phrase", {0, 0, 100, 40}, {0, 0, 100, 90})}, 1920, 1080,
                          4) == std::vector<std::string>{"text \"Une très longue phrase\" is cut off"});
}

TEST_CASE("scrolling areas cut at top and bottom on purpose, never sideways", "[layout]") {
    CHECK(layout_problems({item("", "Row", {0, 900, 500, 40}, {0, 900, 500, 300}, true)}, 1920, 1080, 4)
              .empty());
    CHECK(layout_problems({item("", "Row", {0, 900, 500, 40}, {0, 900, 900, 40}, true)}, 1920, 1080, 4) ==
          std::vector<std::string>{"text \"Row\" is cut off"});
}

TEST_CASE("every tappable thing is at least 9 mm on a side", "[layout]") {
    Rect key{100, 100, 34, 80}; // 8.5 mm wide at 4 px/mm
    CHECK(layout_problems({item("key.a", "a", key, key)}, 1920, 1080, 4) ==
          std::vector<std::string>{"key.a is 34 x 80 px, under 9 mm (36 px)"});
    CHECK(layout_problems({item("key.a", "a", key, key)}, 1920, 1080, 3).empty()); // a larger screen
    Rect flat{100, 100, 400, 30};
    CHECK(layout_problems({item("nav.next", "Next", flat, flat)}, 1920, 1080, 4).size() == 1);
    CHECK(layout_problems({item("", "small print", flat, flat)}, 1920, 1080, 4).empty()); // text taps nothing
}

TEST_CASE("a target cut by its scrolling area is measured where it shows whole", "[layout]") {
    // A row at the bottom edge of a list, 20 px of it in view: its width still counts.
    CHECK(layout_problems({item("service.a", "A", {0, 1060, 500, 20}, {0, 1060, 500, 120}, true)}, 1920, 1080,
                          4)
              .empty());
    CHECK(
        layout_problems({item("service.a", "A", {0, 1060, 30, 20}, {0, 1060, 30, 120}, true)}, 1920, 1080, 4)
            .size() == 1);
    CHECK(layout_problems({item("service.a", "A", {0, 500, 500, 30}, {0, 500, 500, 30}, true)}, 1920, 1080, 4)
              .size() == 1);
}
