#include "core/screen/screen_density.h"

#include <catch.hpp>
#include <string>

using namespace kiosk;

TEST_CASE("the configured width wins") {
    ScreenDensity d = screen_density(1920, 1080, 600, 527, 296);
    CHECK(d.px_per_mm == Approx(3.2));
    CHECK(std::string(d.source) == "configuration");
}

TEST_CASE("a believable monitor gives its own density") {
    ScreenDensity d = screen_density(1920, 1080, 0, 527, 296); // 24 inches
    CHECK(d.px_per_mm == Approx(1920 / 527.0));
    CHECK(std::string(d.source) == "monitor");
    CHECK(screen_density(1080, 1920, 0, 296, 527).px_per_mm == Approx(1080 / 296.0)); // portrait
}

TEST_CASE("a monitor that reports nothing believable leaves the default") {
    for (auto [w, h] : {std::pair{0, 0}, {16, 9}, {527, 527}, {5270, 2960}}) {
        ScreenDensity d = screen_density(1920, 1080, 0, w, h);
        CHECK(d.px_per_mm == Approx(default_px_per_mm));
        CHECK(std::string(d.source) == "default");
    }
    CHECK(default_px_per_mm == Approx(4.03).epsilon(0.01)); // a 21.5-inch 1920x1080 panel
}
