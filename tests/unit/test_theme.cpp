#include "core/screen/theme_colors.h"

#include <catch.hpp>

using namespace kiosk;

TEST_CASE("contrast ratios follow WCAG 2.x") {
    Rgb black{0, 0, 0}, white{255, 255, 255}, grey{0x77, 0x77, 0x77};
    CHECK(contrast_ratio(black, white) == Approx(21.0));
    CHECK(contrast_ratio(white, black) == Approx(21.0)); // order does not matter
    CHECK(contrast_ratio(white, white) == Approx(1.0));
    CHECK(contrast_ratio(grey, white) == Approx(4.48).margin(0.005)); // just short of AA
    CHECK(contrast_ratio(Rgb{0x76, 0x76, 0x76}, white) == Approx(4.54).margin(0.005));
}

TEST_CASE("every text colour reads on every background it is drawn on, in both themes") {
    const ThemeColors* themes[] = {&normal_theme(), &high_contrast_theme()};
    for (const ThemeColors* t : themes)
        for (const ColorPair& p : text_color_pairs()) {
            double ratio = contrast_ratio(t->*p.fg, t->*p.bg);
            INFO((t->dark ? "high contrast: " : "normal: ") << p.what << ": " << ratio);
            CHECK(ratio >= 4.5);              // WCAG AA for text of any size
            if (t->dark) CHECK(ratio >= 7.0); // the high-contrast theme meets AAA
        }
}

TEST_CASE("the high-contrast theme is light on dark and the normal one is not") {
    CHECK(high_contrast_theme().dark);
    CHECK_FALSE(normal_theme().dark);
    CHECK(&theme_colors(true) == &high_contrast_theme());
    CHECK(&theme_colors(false) == &normal_theme());
}
