#include "print/slip_page.h"

#include "core/visit/qr_matrix.h"
#include "text/paragraph.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <ft2build.h>
#include <memory>
#include FT_FREETYPE_H

namespace kiosk {

namespace {

using Kind = SlipBlock::Kind;

// A strip of the slip as wide as the printable width, drawn onto a page when it is placed.
struct Canvas {
    PageImage& page;
    int top; // where the piece starts on the page

    void ink(int x, int y, int coverage, bool white) {
        y += top;
        if (x < 0 || y < 0 || x >= page.width || y >= page.height) return;
        uint8_t& d =
            page.gray[static_cast<size_t>(y) * static_cast<size_t>(page.width) + static_cast<size_t>(x)];
        d = static_cast<uint8_t>(white ? d + (255 - d) * coverage / 255 : d * (255 - coverage) / 255);
    }
    void fill(int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x) ink(x, y, 255, false);
    }
};

struct Piece {
    int height = 0;
    std::function<void(Canvas&)> draw;
};

struct Sizes {
    TextStyle title, heading, name, text, number, footer;
    int gap, heading_gap, width;
};

Sizes sizes_for(const Paper& paper) {
    auto px = [&](float mm, bool bold) { return TextStyle{paper.dots(mm * paper.text_scale), bold}; };
    return {px(5.2f, true),   px(3.4f, true),   px(4.0f, true),
            px(3.6f, false),  px(8.0f, true),   px(2.8f, false),
            paper.dots(1.2f), paper.dots(3.5f), paper.dots(paper.printable_mm)};
}

void draw_paragraph(Canvas& c, const Paragraph& p, int x, int y, int width, Align align, bool white) {
    for (const Line& line : p.lines) {
        float x0 = line_start(p, line, static_cast<float>(x), static_cast<float>(width), align);
        for (const PlacedGlyph& g : line.glyphs) {
            if (!rasterise(g.face, g.glyph)) continue;
            const FT_GlyphSlot slot = g.face->ft->glyph;
            const FT_Bitmap& bm = slot->bitmap;
            int gx = static_cast<int>(std::lround(x0 + g.x)) + slot->bitmap_left;
            int gy =
                static_cast<int>(std::lround(static_cast<float>(y) + line.baseline + g.y)) - slot->bitmap_top;
            for (unsigned row = 0; row < bm.rows; ++row)
                for (unsigned col = 0; col < bm.width; ++col)
                    if (int cov = bm.buffer[static_cast<int>(row) * bm.pitch + static_cast<int>(col)])
                        c.ink(gx + static_cast<int>(col), gy + static_cast<int>(row), cov, white);
        }
    }
}

class Layout {
  public:
    Layout(const Slip& slip, const Paper& paper, FontSet& fonts, const PictogramDots& pictograms)
        : slip_(slip), paper_(paper), fonts_(fonts), pictograms_(pictograms), s_(sizes_for(paper)) {}

    std::vector<Piece> pieces() {
        std::vector<Piece> out;
        Kind before = Kind::Title;
        for (const SlipBlock& b : slip_.blocks) {
            int space = out.empty()                                       ? 0
                        : b.kind == Kind::Heading || b.kind == Kind::Rule ? s_.heading_gap
                                                                          : s_.gap;
            if (b.kind == Kind::Number && before == Kind::Number) space = s_.gap;
            out.push_back(spaced(space, block(b)));
            before = b.kind;
        }
        if (!slip_.qr.empty()) out.push_back(spaced(s_.heading_gap, qr()));
        out.push_back(spaced(s_.heading_gap, text(slip_.footer, s_.footer, direction(false), Align::Centre)));
        return out;
    }

  private:
    const Slip& slip_;
    const Paper& paper_;
    FontSet& fonts_;
    const PictogramDots& pictograms_;
    Sizes s_;
    std::deque<Paragraph> kept_; // laid out once, drawn when placed: pieces refer to them

    BaseDirection direction(bool french) const {
        return slip_.rtl && !french ? BaseDirection::Rtl : BaseDirection::Ltr;
    }
    const Paragraph& lay(const std::string& t, TextStyle style, int width, BaseDirection dir) {
        kept_.push_back(layout_paragraph(fonts_, t, style, static_cast<float>(width), dir));
        return kept_.back();
    }
    static Piece spaced(int space, Piece p) {
        return {p.height + space, [space, draw = std::move(p.draw)](Canvas& c) {
                    Canvas moved{c.page, c.top + space};
                    draw(moved);
                }};
    }
    Piece text(const std::string& t, TextStyle style, BaseDirection dir, Align align = Align::Start) {
        const Paragraph& p = lay(t, style, s_.width, dir);
        int w = s_.width;
        return {static_cast<int>(std::ceil(p.height)),
                [&p, w, align](Canvas& c) { draw_paragraph(c, p, 0, 0, w, align, false); }};
    }
    Piece block(const SlipBlock& b) {
        BaseDirection dir = direction(b.french);
        switch (b.kind) {
        case Kind::Title:
            return text(b.text, s_.title, dir);
        case Kind::Heading:
            return text(b.text, s_.heading, dir);
        case Kind::Name:
            return text(b.text, s_.name, dir);
        case Kind::Text:
            return text(b.text, s_.text, dir);
        case Kind::Step:
            return step(b, dir);
        case Kind::Number:
            return number(b, dir);
        case Kind::Rule:
            return rule();
        }
        return {};
    }
    // The step's number white in a black disc at the reading side, the words beside it.
    Piece step(const SlipBlock& b, BaseDirection dir) {
        TextStyle digit = s_.text;
        digit.bold = true;
        const Paragraph& n = lay(std::to_string(b.step), digit, s_.width, BaseDirection::Ltr);
        int d = static_cast<int>(std::ceil(n.line_height * 1.05f)), gap = paper_.dots(1.5f);
        const Paragraph& p = lay(b.text, s_.text, s_.width - d - gap, dir);
        bool rtl = dir == BaseDirection::Rtl;
        int disc_x = rtl ? s_.width - d : 0, text_x = rtl ? 0 : d + gap, tw = s_.width - d - gap;
        return {
            std::max(d, static_cast<int>(std::ceil(p.height))), [&n, &p, d, disc_x, text_x, tw](Canvas& c) {
                float r = static_cast<float>(d) / 2;
                for (int y = 0; y < d; ++y)
                    for (int x = 0; x < d; ++x) {
                        float dx = static_cast<float>(x) + 0.5f - r, dy = static_cast<float>(y) + 0.5f - r;
                        float cov = std::clamp(r - std::sqrt(dx * dx + dy * dy) + 0.5f, 0.f, 1.f);
                        if (cov > 0) c.ink(disc_x + x, y, static_cast<int>(cov * 255), false);
                    }
                draw_paragraph(c, n, disc_x, static_cast<int>((static_cast<float>(d) - n.height) / 2), d,
                               Align::Centre, true);
                draw_paragraph(c, p, text_x, 0, tw, Align::Start, false);
            }};
    }
    // A phone number, large, with the line's pictogram at the reading side where it has one. A
    // number is read whole: on a narrow roll it is drawn smaller rather than broken across lines.
    Piece number(const SlipBlock& b, BaseDirection dir) {
        int side =
            static_cast<int>(std::lround(lay(b.text, s_.number, s_.width, BaseDirection::Ltr).line_height));
        std::optional<PageImage> pic =
            b.pictogram.empty() || !pictograms_ ? std::nullopt : pictograms_(b.pictogram, side);
        int gap = pic ? paper_.dots(2) : 0, used = pic ? pic->width + gap : 0, tw = s_.width - used;
        TextStyle style = s_.number;
        const Paragraph* p = &lay(b.text, style, tw, BaseDirection::Ltr);
        while (p->lines.size() > 1 && style.px > s_.name.px) {
            style.px = style.px * 9 / 10;
            p = &lay(b.text, style, tw, BaseDirection::Ltr);
        }
        bool rtl = dir == BaseDirection::Rtl;
        int pic_x = rtl ? s_.width - used + gap : 0, text_x = rtl ? 0 : used;
        int h = std::max(static_cast<int>(std::ceil(p->height)), pic ? pic->height : 0);
        int text_y = (h - static_cast<int>(std::ceil(p->height))) / 2,
            pic_y = pic ? (h - pic->height) / 2 : 0;
        Align align = rtl ? Align::End : Align::Start; // the number reads left to right, at the reading side
        return {h, [p, pic, pic_x, pic_y, text_x, text_y, tw, align](Canvas& c) {
                    if (pic)
                        for (int y = 0; y < pic->height; ++y)
                            for (int x = 0; x < pic->width; ++x)
                                c.ink(pic_x + x, pic_y + y,
                                      255 - pic->gray[static_cast<size_t>(y * pic->width + x)], false);
                    draw_paragraph(c, *p, text_x, text_y, tw, align, false);
                }};
    }
    Piece rule() {
        int thick = std::max(2, paper_.dots(0.35f)), dash = paper_.dots(2), w = s_.width;
        return {thick, [thick, dash, w](Canvas& c) {
                    for (int x = 0; x < w; x += 2 * dash) c.fill(x, 0, std::min(w, x + dash), thick);
                }};
    }
    // The code about 40 mm a side where the paper allows, modules of whole dots and at least 3 of
    // them (0.375 mm on a thermal head): a phone reads it from a hand's length, a creased slip too.
    Piece qr() {
        std::shared_ptr<QrMatrix> m = std::make_shared<QrMatrix>(encode_qr(slip_.qr));
        if (m->width == 0) return {0, [](Canvas&) {}};
        int cells = m->width + 8; // with the quiet zone of four modules each side
        int module = std::min(std::max(paper_.dots(40) / cells, 3), std::max(1, s_.width / cells));
        int code = module * m->width, x0 = (s_.width - code) / 2, quiet = 4 * module;
        return {code + 2 * quiet, [m, module, x0, quiet](Canvas& c) {
                    for (int y = 0; y < m->width; ++y)
                        for (int x = 0; x < m->width; ++x)
                            if (m->dark[static_cast<size_t>(y * m->width + x)])
                                c.fill(x0 + x * module, quiet + y * module, x0 + (x + 1) * module,
                                       quiet + (y + 1) * module);
                }};
    }
};

PageImage blank(int width, int height) {
    return {width, height,
            std::vector<uint8_t>(static_cast<size_t>(width) * static_cast<size_t>(height), 255)};
}

} // namespace

std::vector<PageImage> draw_slip(const Slip& slip, const Paper& paper, FontSet& fonts,
                                 const PictogramDots& pictograms) {
    Layout layout(slip, paper, fonts, pictograms);
    std::vector<Piece> pieces = layout.pieces();
    int width = paper.dots(paper.printable_mm);
    std::vector<PageImage> pages;
    if (paper.roll()) {
        int total = 0;
        for (const Piece& p : pieces) total += p.height;
        pages.push_back(blank(width, total));
        int y = 0;
        for (const Piece& p : pieces) {
            Canvas c{pages.back(), y};
            p.draw(c);
            y += p.height;
        }
        return pages;
    }
    // A sheet: pieces in order, a new page where the next does not fit whole. A piece taller than
    // a page (a long advice in one block) goes on over the next pages, drawn again on each, moved up.
    int room = std::max(1, paper.dots(paper.height_mm - 2 * paper.margin_mm)), y = room;
    for (const Piece& p : pieces) {
        if (y + p.height > room && y > 0) pages.push_back(blank(width, room)), y = 0;
        Canvas c{pages.back(), y};
        p.draw(c);
        y += p.height;
        while (y > room) {
            pages.push_back(blank(width, room));
            y -= room;
            Canvas rest{pages.back(), y - p.height};
            p.draw(rest);
        }
    }
    return pages;
}

PageImage grey_over_white(int width, int height, const std::vector<unsigned char>& rgba) {
    PageImage img = blank(width, height);
    for (size_t i = 0; i < img.gray.size() && 4 * i + 3 < rgba.size(); ++i) {
        const unsigned char* px = &rgba[4 * i];
        int lum = (299 * px[0] + 587 * px[1] + 114 * px[2]) / 1000;
        img.gray[i] = static_cast<uint8_t>(255 - px[3] * (255 - lum) / 255);
    }
    return img;
}

} // namespace kiosk
