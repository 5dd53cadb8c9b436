// A paragraph laid out for drawing: bidi levels (FriBidi), runs by script and font with
// fallback, HarfBuzz shaping, line breaking by the Unicode rules (libunibreak) wrapped to a width,
// and each line's runs in visual order. Positions are in pixels from the paragraph's top-left.
#pragma once
#include "text/font_set.h"

#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

struct TextStyle {
    int px = 34;
    bool bold = false;
    bool operator==(const TextStyle&) const = default;
};

enum class BaseDirection { Ltr, Rtl };

struct PlacedGlyph {
    Face* face;
    uint32_t glyph;       // glyph index in face, not a codepoint
    float x, y;           // pen position of the glyph's origin on its line's baseline
    uint32_t cluster = 0; // the codepoint of the paragraph's text it comes from (HarfBuzz cluster)
    float advance = 0;
};

struct Line {
    std::vector<PlacedGlyph> glyphs; // visual order, left to right
    float width = 0;                 // ink advance, without trailing spaces
    float baseline = 0;              // from the paragraph's top
};

struct Paragraph {
    std::vector<Line> lines;
    float width = 0;       // the widest line
    float height = 0;      // lines * line height
    float widest_word = 0; // the widest run with no break opportunity: wider than the line, it was broken
    float line_height = 0;
    BaseDirection direction = BaseDirection::Ltr;
};

enum class Align {
    Start,
    Centre,
    End
}; // Start is the left in left-to-right text, the right in right-to-left

// Where a line starts in a box of this width at x, aligned the way the paragraph reads: what the
// screen and the printed slip both draw from.
float line_start(const Paragraph& p, const Line& line, float x, float box_width, Align align);

// Lays text out in lines no wider than max_width (a word wider than the line is broken where
// Unicode allows, else overflows). '\n' starts a new line.
Paragraph layout_paragraph(FontSet& fonts, std::string_view utf8, TextStyle style, float max_width,
                           BaseDirection base);

std::u32string utf8_to_utf32(std::string_view utf8); // invalid bytes become U+FFFD

// Where the glyphs of codepoints [begin, end) are, one span per line they are on, in pixels from
// the start of their line: what is highlighted while that word is read aloud.
struct GlyphSpan {
    size_t line;
    float x0, x1;
};
std::vector<GlyphSpan> glyph_spans(const Paragraph& p, size_t begin, size_t end);

// Which lines' text a paragraph would break into, as codepoint ranges: for tests.
struct LineRange {
    size_t begin, end;
};
std::vector<LineRange> break_lines(FontSet& fonts, std::string_view utf8, TextStyle style, float max_width);

} // namespace kiosk
