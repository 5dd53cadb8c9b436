#include "core/screen/theme_colors.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

constexpr Rgb hex(uint32_t v) {
    return {static_cast<uint8_t>(v >> 16), static_cast<uint8_t>(v >> 8), static_cast<uint8_t>(v)};
}

// sRGB channel to linear light, as WCAG 2.x defines it.
double linear(uint8_t channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Rgb c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

} // namespace

const ThemeColors& normal_theme() {
    static const ThemeColors t{.background = hex(0xF6F4EF),
                               .panel = hex(0xFFFFFF),
                               .text = hex(0x1B1F24),
                               .muted = hex(0x4A525A),
                               .accent = hex(0x1B3A5C),
                               .on_accent = hex(0xFFFFFF),
                               .chosen = hex(0xFCE8D8),
                               .border = hex(0xB8C0C8),
                               .pressed = hex(0xDDE6EF),
                               .danger = hex(0xA31E16),
                               .on_danger = hex(0xFFFFFF),
                               .highlight = hex(0xFFE27A),
                               .overlay = hex(0x101418),
                               .overlay_alpha = 0xC0,
                               .dark = false};
    return t;
}

// Light on black, with the product's accent turned yellow and its red turned light enough to read
// on black; every pair is above 7:1 (WCAG AAA) rather than the 4.5:1 that AA asks for.
const ThemeColors& high_contrast_theme() {
    static const ThemeColors t{.background = hex(0x000000),
                               .panel = hex(0x141414),
                               .text = hex(0xFFFFFF),
                               .muted = hex(0xD6D6D6),
                               .accent = hex(0xFFD23F),
                               .on_accent = hex(0x000000),
                               .chosen = hex(0x3D3300),
                               .border = hex(0xE0E0E0),
                               .pressed = hex(0x262626),
                               .danger = hex(0xFF9A90),
                               .on_danger = hex(0x000000),
                               .highlight = hex(0x00205C),
                               .overlay = hex(0x000000),
                               .overlay_alpha = 0xD0,
                               .dark = true};
    return t;
}

const ThemeColors& theme_colors(bool high_contrast) {
    return high_contrast ? high_contrast_theme() : normal_theme();
}

double contrast_ratio(Rgb a, Rgb b) {
    double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Found by reading every use of f.theme in kiosk/ui: add a pair here when a screen adds one.
const std::vector<ColorPair>& text_color_pairs() {
    using T = ThemeColors;
    static const std::vector<ColorPair> pairs{
        {"text on the screen (advice, headings)", &T::text, &T::background},
        {"text on a card or button, the top bar, the idle prompt", &T::text, &T::panel},
        {"muted on the screen (notes, counts, captions)", &T::muted, &T::background},
        {"muted on the idle prompt (countdown)", &T::muted, &T::panel},
        {"on_accent on an accent button", &T::on_accent, &T::accent},
        {"text on a chosen answer or filter", &T::text, &T::chosen},
        {"text on a button held down (accent ones too)", &T::text, &T::pressed},
        {"on_danger on the emergency strip (its label)", &T::on_danger, &T::danger},
        {"danger on an emergency number's button", &T::danger, &T::panel},
        {"danger on an emergency number's button held down", &T::danger, &T::pressed},
        {"danger on the screen (record date, hotline number)", &T::danger, &T::background},
        {"accent on the screen (staff panel)", &T::accent, &T::background},
        {"a word being read aloud", &T::text, &T::highlight},
        {"a muted word being read aloud", &T::muted, &T::highlight},
        {"a hotline number being read aloud", &T::danger, &T::highlight},
    };
    return pairs;
}

} // namespace kiosk
