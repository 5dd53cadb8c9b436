// The kiosk's colours as plain data, for the normal and the high-contrast look, and the WCAG
// contrast ratio, so a unit test can prove that every text colour reads on every background the
// screens put it on. The UI builds its ImGui colours from these: one source of truth.
#pragma once
#include <cstdint>
#include <vector>

namespace kiosk {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
};

struct ThemeColors {
    Rgb background, panel, text, muted, accent, on_accent, chosen, border, pressed, danger, on_danger;
    Rgb highlight;             // behind the word being read aloud
    Rgb overlay;               // drawn over the screen under the idle prompt, at overlay_alpha
    uint8_t overlay_alpha = 0; // 0 to 255
    bool dark = false;         // light on dark: pictograms are drawn in their light variant
};

const ThemeColors& normal_theme();
const ThemeColors& high_contrast_theme();
const ThemeColors& theme_colors(bool high_contrast);

// WCAG 2.x: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter first; 1 to 21.
double contrast_ratio(Rgb a, Rgb b);

// A text colour and the background the screens draw it on, both as members of ThemeColors.
struct ColorPair {
    const char* what;
    Rgb ThemeColors::*fg;
    Rgb ThemeColors::*bg;
};
const std::vector<ColorPair>& text_color_pairs();

} // namespace kiosk
