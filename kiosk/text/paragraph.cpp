#include "text/paragraph.h"

#include <algorithm>
#include <cmath>
#include <fribidi.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>
#include <linebreak.h>
#include <mutex>

namespace kiosk {

namespace {

struct Run {
    size_t begin, end; // codepoints, logical order
    int level;         // bidi embedding level: odd is right-to-left
    Family family;
};

struct Shaped {
    std::vector<PlacedGlyph> glyphs;
    float advance = 0;
};

struct Analysis {
    std::u32string text;
    std::vector<FriBidiLevel> levels;
    std::vector<char> breaks; // after each codepoint: LINEBREAK_MUSTBREAK, _ALLOWBREAK, _NOBREAK
    std::vector<Run> runs;
    std::vector<float> advances; // per codepoint, from shaping each run whole
};

bool is_space(char32_t c) {
    return c == ' ' || c == 0x3000 || c == '\n' || c == '\r' || c == '\t' || c == 0x2028 || c == 0x2029;
}

// The bidi paragraph separators (class B): each ends a paragraph of its own.
bool is_paragraph_separator(char32_t c) {
    return c == '\n' || c == '\r' || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2029;
}

// Levels of one bidi paragraph, text[begin, end), written into levels[begin, end).
void paragraph_levels(const std::u32string& text, size_t begin, size_t end, BaseDirection base,
                      std::vector<FriBidiLevel>& levels) {
    auto n = static_cast<FriBidiStrIndex>(end - begin);
    std::vector<FriBidiCharType> types(end - begin);
    std::vector<FriBidiBracketType> brackets(end - begin);
    const auto* s = reinterpret_cast<const FriBidiChar*>(text.data() + begin);
    fribidi_get_bidi_types(s, n, types.data());
    fribidi_get_bracket_types(s, n, types.data(), brackets.data());
    FriBidiParType dir = base == BaseDirection::Rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    FriBidiLevel* out = levels.data() + begin;
    // On failure (out of memory) every level stays at the base direction's: text still shows, unreordered.
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &dir, out))
        std::fill(out, out + n, base == BaseDirection::Rtl ? 1 : 0);
}

// The Unicode bidi algorithm runs on each paragraph alone (rule P1): given several at once,
// FriBidi lets the isolates and embeddings of the first reach into the next, and a card's phone
// number on its third line came out reversed.
std::vector<FriBidiLevel> bidi_levels(const std::u32string& text, BaseDirection base) {
    std::vector<FriBidiLevel> levels(text.size());
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (!is_paragraph_separator(text[i])) continue;
        paragraph_levels(text, start, i + 1, base, levels);
        start = i + 1;
    }
    if (start < text.size()) paragraph_levels(text, start, text.size(), base, levels);
    return levels;
}

bool digit(char32_t c) {
    return c >= U'0' && c <= U'9';
}
bool bidi_mark(char32_t c) {
    return (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
}

// A space between two digits is inside a number as France writes them ("01 42 500 900",
// "116 006", "59 373 €"): the rules allow a break there, but a phone number split over two lines
// is misread, the more so in right-to-left text where its halves change sides.
void keep_numbers_whole(const std::u32string& text, std::vector<char>& breaks) {
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != U' ' || breaks[i] != LINEBREAK_ALLOWBREAK) continue;
        size_t b = i, a = i + 1;
        while (b > 0 && bidi_mark(text[b - 1])) --b;
        while (a < text.size() && bidi_mark(text[a])) ++a;
        if (b > 0 && digit(text[b - 1]) && a < text.size() && digit(text[a])) breaks[i] = LINEBREAK_NOBREAK;
    }
}

std::vector<char> line_breaks(const std::u32string& text, const char* lang) {
    static std::once_flag once;
    std::call_once(once, init_linebreak);
    std::vector<char> breaks(text.size());
    set_linebreaks_utf32(reinterpret_cast<const utf32_t*>(text.data()), text.size(), lang, breaks.data());
    keep_numbers_whole(text, breaks);
    return breaks;
}

// Runs of one bidi level and one font family. Neutral characters (spaces, digits, punctuation)
// stay in the family of the text around them, so a phone number inside Arabic is one run.
std::vector<Run> itemize(FontSet& fonts, const std::u32string& text,
                         const std::vector<FriBidiLevel>& levels) {
    std::vector<Run> runs;
    Family current = Family::Latin;
    for (size_t i = 0; i < text.size(); ++i) {
        if (!is_neutral(text[i])) {
            current = script_family(text[i]);
            break;
        }
    }
    for (size_t i = 0; i < text.size(); ++i) {
        Family f = fonts.family_for(text[i], current);
        if (!is_neutral(text[i])) current = f;
        if (!runs.empty() && runs.back().level == levels[i] && runs.back().family == f) {
            runs.back().end = i + 1;
            continue;
        }
        runs.push_back({i, i + 1, levels[i], f});
    }
    return runs;
}

Shaped shape(FontSet& fonts, const std::u32string& text, const Run& run, size_t begin, size_t end,
             TextStyle style, std::vector<float>* advances) {
    Shaped out;
    Face* face = fonts.face(run.family, style.bold, style.px);
    if (!face) face = fonts.face(Family::Latin, style.bold, style.px);
    if (!face || begin >= end) return out;
    hb_buffer_t* buf = hb_buffer_create();
    hb_buffer_add_utf32(buf, reinterpret_cast<const uint32_t*>(text.data()), static_cast<int>(text.size()),
                        static_cast<unsigned>(begin), static_cast<int>(end - begin));
    hb_buffer_set_direction(buf, run.level % 2 ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_guess_segment_properties(buf);
    hb_shape(face->hb, buf, nullptr, 0);
    unsigned count = 0;
    hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &count);
    hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &count);
    float pen = 0;
    for (unsigned i = 0; i < count; ++i) {
        float adv = static_cast<float>(pos[i].x_advance) / 64.f;
        out.glyphs.push_back({face, info[i].codepoint, pen + static_cast<float>(pos[i].x_offset) / 64.f,
                              -static_cast<float>(pos[i].y_offset) / 64.f, info[i].cluster, adv});
        if (advances) (*advances)[info[i].cluster] += adv;
        pen += adv;
    }
    out.advance = pen;
    hb_buffer_destroy(buf);
    return out;
}

Analysis analyse(FontSet& fonts, std::string_view utf8, TextStyle style, BaseDirection base) {
    Analysis a;
    a.text = utf8_to_utf32(utf8);
    a.levels = bidi_levels(a.text, base);
    a.breaks = line_breaks(a.text, nullptr);
    a.runs = itemize(fonts, a.text, a.levels);
    a.advances.assign(a.text.size(), 0);
    for (const Run& r : a.runs) shape(fonts, a.text, r, r.begin, r.end, style, &a.advances);
    return a;
}

// Greedy wrapping at the break opportunities Unicode allows; trailing spaces hang.
std::vector<LineRange> wrap(const Analysis& a, float max_width) {
    std::vector<LineRange> lines;
    size_t n = a.text.size(), start = 0, last_break = 0;
    float width = 0, width_at_break = 0;
    for (size_t i = 0; i < n; ++i) {
        width += a.advances[i];
        bool fits = width <= max_width || is_space(a.text[i]);
        if (!fits && last_break > start) {
            lines.push_back({start, last_break});
            start = last_break;
            width -= width_at_break;
            width_at_break = 0;
            fits = width <= max_width; // the word carried over may itself be too wide
        }
        if (!fits && i > start) { // no opportunity left on this line: break inside the word
            lines.push_back({start, i});
            start = i, last_break = i;
            width = a.advances[i];
        }
        // A mandatory break ('\n', U+2028, U+2029 ...) ends the line here, whatever room is left.
        if (a.breaks[i] == LINEBREAK_MUSTBREAK && i + 1 < n) {
            lines.push_back(
                {start, is_space(a.text[i]) || a.text[i] == 0x2028 || a.text[i] == 0x2029 ? i : i + 1});
            start = i + 1, last_break = start, width = 0, width_at_break = 0;
            continue;
        }
        if (a.breaks[i] == LINEBREAK_ALLOWBREAK) {
            last_break = i + 1;
            width_at_break = width;
        }
    }
    if (start < n || lines.empty()) lines.push_back({start, n});
    return lines;
}

// One line's runs, shaped again over just that line (so joining restarts at a break), placed in
// visual order by the bidi rule L2.
Line place_line(FontSet& fonts, const Analysis& a, LineRange range, TextStyle style) {
    size_t end = range.end;
    while (end > range.begin && is_space(a.text[end - 1])) --end;
    struct Piece {
        int level;
        Shaped shaped;
    };
    std::vector<Piece> pieces;
    for (const Run& r : a.runs) {
        size_t b = std::max(r.begin, range.begin), e = std::min(r.end, end);
        if (b < e) pieces.push_back({r.level, shape(fonts, a.text, r, b, e, style, nullptr)});
    }
    int max_level = 0, min_odd = 255;
    for (const Piece& p : pieces) {
        max_level = std::max(max_level, p.level);
        if (p.level % 2) min_odd = std::min(min_odd, p.level);
    }
    for (int level = max_level; level >= min_odd && level > 0; --level) {
        for (size_t i = 0; i < pieces.size();) {
            if (pieces[i].level < level) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j < pieces.size() && pieces[j].level >= level) ++j;
            std::reverse(pieces.begin() + static_cast<long>(i), pieces.begin() + static_cast<long>(j));
            i = j;
        }
    }
    Line line;
    float pen = 0;
    for (const Piece& p : pieces) {
        for (PlacedGlyph g : p.shaped.glyphs) {
            g.x += pen;
            line.glyphs.push_back(g);
        }
        pen += p.shaped.advance;
    }
    line.width = pen;
    return line;
}

} // namespace

std::u32string utf8_to_utf32(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        bool ok = len > 0 && i + static_cast<size_t>(len) <= s.size();
        for (int k = 1; ok && k < len; ++k) {
            auto cc = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            ok = (cc & 0xC0) == 0x80;
            cp = (cp << 6) | (cc & 0x3F);
        }
        out.push_back(ok ? cp : 0xFFFD);
        i += ok ? static_cast<size_t>(len) : 1;
    }
    return out;
}

std::vector<GlyphSpan> glyph_spans(const Paragraph& p, size_t begin, size_t end) {
    std::vector<GlyphSpan> spans;
    for (size_t l = 0; l < p.lines.size(); ++l) {
        float x0 = 0, x1 = 0;
        bool found = false;
        for (const PlacedGlyph& g : p.lines[l].glyphs) {
            if (g.cluster < begin || g.cluster >= end) continue;
            x0 = found ? std::min(x0, g.x) : g.x;
            x1 = found ? std::max(x1, g.x + g.advance) : g.x + g.advance;
            found = true;
        }
        if (found) spans.push_back({l, x0, x1});
    }
    return spans;
}

std::vector<LineRange> break_lines(FontSet& fonts, std::string_view utf8, TextStyle style, float max_width) {
    return wrap(analyse(fonts, utf8, style, BaseDirection::Ltr), max_width);
}

namespace {

// Line height and ascent from the fonts the paragraph uses: Arabic needs more room above and
// below than Latin, and one paragraph keeps one line pitch. Noto Sans Arabic declares 1.37 em above
// and 0.74 below, room for marks stacked on marks; its letters reach 0.94 em and -0.42 em, and a
// vowel mark over a tall letter about 1.1 em. Its lines take that, not the declared 2.1 em, which
// left a blank line's worth between lines and cost a small screen a third of its Arabic text.
void vertical_metrics(FontSet& fonts, const Analysis& a, TextStyle style, float& ascent, float& line_height) {
    float asc = 0, desc = 0, em = static_cast<float>(style.px);
    auto take = [&](Face* f, Family family) {
        if (!f) return;
        float up = static_cast<float>(f->size->metrics.ascender) / 64.f;
        float down = -static_cast<float>(f->size->metrics.descender) / 64.f;
        if (family == Family::Arabic) up = std::min(up, 1.1f * em), down = std::min(down, 0.55f * em);
        asc = std::max(asc, up), desc = std::max(desc, down);
    };
    take(fonts.face(Family::Latin, style.bold, style.px), Family::Latin);
    for (const Run& r : a.runs) take(fonts.face(r.family, style.bold, style.px), r.family);
    if (asc == 0) asc = static_cast<float>(style.px), desc = static_cast<float>(style.px) * 0.3f;
    ascent = std::ceil(asc);
    line_height = std::ceil(asc + desc);
}

} // namespace

Paragraph layout_paragraph(FontSet& fonts, std::string_view utf8, TextStyle style, float max_width,
                           BaseDirection base) {
    Paragraph p;
    p.direction = base;
    Analysis a = analyse(fonts, utf8, style, base);
    float ascent = 0;
    vertical_metrics(fonts, a, style, ascent, p.line_height);
    if (utf8.empty()) return p;
    // A run counts every advance inside it (the space in "116 006", kept whole, is part of it) but
    // not the spaces it ends with, which a line break drops.
    float word = 0, trailing = 0;
    for (size_t i = 0; i < a.text.size(); ++i) {
        word += a.advances[i];
        trailing = is_space(a.text[i]) ? trailing + a.advances[i] : 0;
        p.widest_word = std::max(p.widest_word, word - trailing);
        if (a.breaks[i] == LINEBREAK_ALLOWBREAK || a.breaks[i] == LINEBREAK_MUSTBREAK) word = trailing = 0;
    }
    for (LineRange r : wrap(a, max_width)) {
        Line line = place_line(fonts, a, r, style);
        line.baseline = static_cast<float>(p.lines.size()) * p.line_height + ascent;
        p.width = std::max(p.width, line.width);
        p.lines.push_back(std::move(line));
    }
    p.height = static_cast<float>(p.lines.size()) * p.line_height;
    return p;
}

float line_start(const Paragraph& p, const Line& line, float x, float box_width, Align align) {
    bool rtl = p.direction == BaseDirection::Rtl;
    float slack = box_width - line.width;
    return x + (align == Align::Centre ? slack / 2 : (align == Align::End) != rtl ? slack : 0);
}

} // namespace kiosk
