#include "text/font_set.h"
#include "text/glyph_atlas.h"
#include "text/paragraph.h"
#include "text/text_engine.h"

#include <algorithm>
#include <catch.hpp>
#include <ft2build.h>
#include <imgui.h>
#include <memory>
#include FT_FREETYPE_H

using namespace kiosk;

namespace {

FontSet& fonts() {
    static FontSet f;
    return f;
}

std::vector<uint32_t> glyph_ids(const Paragraph& p) {
    std::vector<uint32_t> ids;
    for (const Line& l : p.lines)
        for (const PlacedGlyph& g : l.glyphs) ids.push_back(g.glyph);
    return ids;
}

// The glyph a face draws for a character on its own (its isolated form, for Arabic).
uint32_t isolated(Family family, char32_t c) {
    return FT_Get_Char_Index(fonts().face(family, false, 34)->ft, c);
}

// The texture in memory, as OpenGL would hold it.
struct MemoryTexture : AtlasTexture {
    int width = 0, height = 0, resizes = 0, uploads = 0;
    std::vector<uint8_t> texels;
    void resize(int w, int h) override {
        width = w, height = h, ++resizes;
        texels.assign(static_cast<size_t>(w) * static_cast<size_t>(h), 0);
    }
    void upload(int x, int y, int w, int h, const uint8_t* pixels) override {
        REQUIRE(x >= 0);
        REQUIRE(y >= 0);
        REQUIRE(x + w <= width);
        REQUIRE(y + h <= height);
        for (int row = 0; row < h; ++row)
            std::copy_n(pixels + static_cast<size_t>(row) * static_cast<size_t>(w), w,
                        texels.begin() + static_cast<long>(y + row) * width + x);
        ++uploads;
    }
    void* id() const override { return nullptr; }
    // A glyph's rectangle in the texture, its rows one after the other.
    std::vector<uint8_t> block(const AtlasGlyph& g) const {
        std::vector<uint8_t> out;
        for (int row = 0; row < g.h; ++row) {
            auto begin = texels.begin() + static_cast<long>(g.y + row) * width + g.x;
            out.insert(out.end(), begin, begin + g.w);
        }
        return out;
    }
};

} // namespace

TEST_CASE("the Noto families are found through fontconfig") {
    CHECK(fonts().missing().empty());
}

TEST_CASE("fallback picks the face of each script") {
    CHECK(fonts().family_for(U'a', Family::Latin) == Family::Latin);
    CHECK(fonts().family_for(U'Ж', Family::Latin) == Family::Latin); // Noto Sans has Cyrillic
    CHECK(fonts().family_for(U'ب', Family::Latin) == Family::Arabic);
    CHECK(fonts().family_for(U'ځ', Family::Latin) == Family::Arabic); // Pashto
    CHECK(fonts().family_for(U'ሰ', Family::Latin) == Family::Ethiopic);
    CHECK(fonts().family_for(U'语', Family::Latin) == Family::Cjk);
    CHECK(fonts().family_for(U'5', Family::Arabic) ==
          Family::Arabic); // digits stay with the text around them
}

TEST_CASE("an Arabic word shapes to joined contextual forms") {
    // سلام: seen, lam, alef, meem. Joined, seen and lam take initial and medial forms.
    Paragraph p = layout_paragraph(fonts(), "سلام", {34, false}, 1000, BaseDirection::Rtl);
    std::vector<uint32_t> ids = glyph_ids(p);
    REQUIRE(!ids.empty());
    std::vector<uint32_t> isolated_forms{isolated(Family::Arabic, U'س'), isolated(Family::Arabic, U'ل'),
                                         isolated(Family::Arabic, U'ا'), isolated(Family::Arabic, U'م')};
    std::vector<uint32_t> logical(ids.rbegin(),
                                  ids.rend()); // shaped right to left: the first letter is drawn last
    CHECK(logical != isolated_forms);
    CHECK(logical.front() != isolated_forms.front()); // seen joins to the left: not its isolated form
    CHECK(p.lines[0].glyphs.back().face->family == Family::Arabic);
}

TEST_CASE("bidi keeps numbers and Latin names in their own order inside Arabic") {
    // "اتصل بـ 115": in a right-to-left paragraph 115 still reads 1, 1, 5 from left to right,
    // and it stands to the left of the Arabic words.
    Paragraph p = layout_paragraph(fonts(), "اتصل بـ 115", {34, false}, 1000, BaseDirection::Rtl);
    const auto& g = p.lines.at(0).glyphs;
    Face* latin = fonts().face(Family::Arabic, false, 34);
    uint32_t one = FT_Get_Char_Index(latin->ft, U'1'), five = FT_Get_Char_Index(latin->ft, U'5');
    REQUIRE(g.size() >= 3);
    CHECK(g[0].glyph == one);
    CHECK(g[1].glyph == one);
    CHECK(g[2].glyph == five);
    CHECK(g[0].x < g[2].x);

    Paragraph mixed = layout_paragraph(fonts(), "OFII مكتب", {34, false}, 1000, BaseDirection::Rtl);
    const auto& m = mixed.lines.at(0).glyphs;
    CHECK(m.back().face->family ==
          Family::Latin); // the Latin name ends the line on the left... read from the right: last
    CHECK(m.back().glyph == FT_Get_Char_Index(fonts().face(Family::Latin, false, 34)->ft, U'I'));
}

TEST_CASE("brackets mirror in right-to-left text") {
    Paragraph p = layout_paragraph(fonts(), "(مرحبا)", {34, false}, 1000, BaseDirection::Rtl);
    const auto& g = p.lines.at(0).glyphs;
    // Read from the right, the text opens with "(": drawn as ")" at the right end of the line.
    CHECK(g.back().glyph == FT_Get_Char_Index(g.back().face->ft, U')'));
    CHECK(g.front().glyph == FT_Get_Char_Index(g.front().face->ft, U'('));
}

TEST_CASE("lines break by the Unicode rules in French, Arabic and Chinese") {
    TextStyle s{34, false};
    auto fr = break_lines(fonts(), "Appelez le 115 : c'est gratuit, jour et nuit.", s, 300);
    CHECK(fr.size() >= 2);
    std::u32string text = utf8_to_utf32("Appelez le 115 : c'est gratuit, jour et nuit.");
    for (size_t i = 1; i < fr.size(); ++i)
        CHECK(text[fr[i].begin - 1] == U' '); // French breaks at spaces only
    for (size_t i = 1; i < fr.size(); ++i)
        CHECK(text[fr[i].begin] != U':'); // never before the colon of "115 :"

    auto ar = break_lines(fonts(), "اتصل بالرقم 115 مجانا ليلا ونهارا للحصول على مكان للنوم", s, 250);
    std::u32string atext = utf8_to_utf32("اتصل بالرقم 115 مجانا ليلا ونهارا للحصول على مكان للنوم");
    CHECK(ar.size() >= 2);
    for (size_t i = 1; i < ar.size(); ++i) CHECK(atext[ar[i].begin - 1] == U' ');

    auto zh = break_lines(fonts(), "请拨打115免费电话寻找今晚的住处", s, 200);
    CHECK(zh.size() >= 2); // no spaces: Chinese breaks between ideographs
    std::u32string ztext = utf8_to_utf32("请拨打115免费电话寻找今晚的住处");
    for (const Line& l :
         layout_paragraph(fonts(), "请拨打115免费电话寻找今晚的住处", s, 200, BaseDirection::Ltr).lines)
        CHECK(l.width <= 200);
    for (size_t i = 1; i < zh.size(); ++i)
        CHECK(!(ztext[zh[i].begin] >= U'0' && ztext[zh[i].begin] <= U'9' && ztext[zh[i].begin - 1] >= U'0' &&
                ztext[zh[i].begin - 1] <= U'9'));
}

TEST_CASE("a phone number is never broken across lines where it fits on one") {
    TextStyle s{34, false};
    for (const char* t : {"في باريس اتصل أولا بالرقم \u206601 42 500 900\u2069. سيعطونك موعدا.",
                          "À Paris, appelez d'abord l'OFII au 01 42 500 900. Vous aurez un rendez-vous."}) {
        std::u32string text = utf8_to_utf32(t);
        for (float width : {260.f, 300.f, 340.f, 380.f, 420.f, 460.f, 500.f})
            for (const LineRange& l : break_lines(fonts(), t, s, width)) {
                INFO(t << " at " << width);
                size_t b = l.begin;
                while (b > 0 && (text[b - 1] == U' ' || text[b - 1] == 0x2066)) --b;
                bool after_digit = b > 0 && text[b - 1] >= U'0' && text[b - 1] <= U'9';
                bool digit_next = text[l.begin] >= U'0' && text[l.begin] <= U'9';
                CHECK(!(after_digit && digit_next && l.begin > 0));
            }
    }
}

TEST_CASE("a paragraph is one line when it fits, and newlines always break") {
    Paragraph p = layout_paragraph(fonts(), "Retour", {34, false}, 1000, BaseDirection::Ltr);
    CHECK(p.lines.size() == 1);
    CHECK(p.width > 0);
    CHECK(layout_paragraph(fonts(), "a\nb", {34, false}, 1000, BaseDirection::Ltr).lines.size() == 2);
    CHECK(layout_paragraph(fonts(), "abc\u2028def", {34, false}, 1000, BaseDirection::Ltr).lines.size() == 2);
    for (const Line& l : layout_paragraph(fonts(), "i WWWWW", {34, false}, 88, BaseDirection::Ltr).lines)
        CHECK(l.width <= 88); // a word carried to the next line is broken again if it still does not fit
    CHECK(layout_paragraph(fonts(), "", {34, false}, 1000, BaseDirection::Ltr).lines.empty());
    CHECK(utf8_to_utf32("a\xff"
                        "b") == U"a\uFFFDb");
}

TEST_CASE("the glyph atlas grows, then evicts the least recently used glyphs and re-creates them") {
    MemoryTexture tex;
    GlyphAtlas atlas(tex, 256, 64, 128);
    Face* face = fonts().face(Family::Cjk, false, 40);
    std::u32string han = utf8_to_utf32("请拨打免费电话寻找今晚的住处医疗帮助法律权利工作家庭");
    auto glyph = [&](char32_t c) { return FT_Get_Char_Index(face->ft, c); };

    atlas.begin_frame();
    const AtlasGlyph* first = atlas.get(face, glyph(han[0]));
    REQUIRE(first);
    CHECK(first->w > 0);
    std::vector<uint8_t> first_texels = tex.block(*first);
    CHECK(std::count(first_texels.begin(), first_texels.end(), 0) < static_cast<long>(first_texels.size()));
    for (size_t i = 1; i < 10; ++i) REQUIRE(atlas.get(face, glyph(han[i]))); // fills 64 px, grows to 128
    CHECK(tex.height == 128);
    CHECK(tex.resizes == 2);
    CHECK(atlas.stats().evicted == 0);
    // The atlas keeps no copy of the texture: a grown one has its glyphs drawn again where they were.
    const AtlasGlyph* again = atlas.get(face, glyph(han[0]));
    REQUIRE(again);
    CHECK(again->x == first->x);
    CHECK(again->y == first->y);
    CHECK(tex.block(*again) == first_texels);
    CHECK(atlas.stats().rasterised == 10); // drawn again for the texture, not for a new glyph

    for (size_t i = 10; i < han.size(); ++i) {
        atlas.begin_frame(); // each new frame may evict what earlier frames used
        REQUIRE(atlas.get(face, glyph(han[i])));
    }
    AtlasStats s = atlas.stats();
    CHECK(s.height == 128); // never past its limit
    CHECK(s.evicted > 0);
    uint64_t rasterised = s.rasterised;
    atlas.begin_frame();
    REQUIRE(atlas.get(face, glyph(han[0]))); // evicted long ago: rasterised again
    CHECK(atlas.stats().rasterised == rasterised + 1);
    REQUIRE(atlas.get(face, glyph(han[0]))); // and now cached
    CHECK(atlas.stats().rasterised == rasterised + 1);
}

TEST_CASE("glyphs drawn in the current frame are never evicted") {
    MemoryTexture tex;
    GlyphAtlas atlas(tex, 128, 64, 64);
    Face* face = fonts().face(Family::Cjk, false, 40);
    std::u32string han = utf8_to_utf32("请拨打免费电话寻找今晚的住处");
    atlas.begin_frame();
    int placed = 0;
    for (char32_t c : han)
        if (atlas.get(face, FT_Get_Char_Index(face->ft, c))) ++placed;
    CHECK(placed < static_cast<int>(han.size())); // the atlas is full for this frame: the rest waits
    CHECK(atlas.stats().evicted == 0);
}

TEST_CASE("a full atlas still finds room for a glyph of a new height") {
    MemoryTexture tex;
    GlyphAtlas atlas(tex, 256, 64, 64);
    Face* small = fonts().face(Family::Latin, false, 12);
    std::u32string letters = U"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    atlas.begin_frame();
    for (char32_t c : letters) atlas.get(small, FT_Get_Char_Index(small->ft, c));
    for (int i = 0; i < 5; ++i) atlas.begin_frame(); // those glyphs are stale now
    Face* big = fonts().face(Family::Latin, true, 40);
    CHECK(atlas.get(big, FT_Get_Char_Index(big->ft, U'W')) != nullptr);
}

namespace {

// The clusters (codepoint positions) of one line's glyphs that fall in [begin, end), in the
// order they are drawn from left to right.
std::vector<uint32_t> clusters_left_to_right(const Line& line, size_t begin, size_t end) {
    std::vector<const PlacedGlyph*> in;
    for (const PlacedGlyph& g : line.glyphs)
        if (g.cluster >= begin && g.cluster < end) in.push_back(&g);
    std::sort(in.begin(), in.end(), [](const PlacedGlyph* a, const PlacedGlyph* b) { return a->x < b->x; });
    std::vector<uint32_t> out;
    for (const PlacedGlyph* g : in) out.push_back(g->cluster);
    return out;
}

} // namespace

TEST_CASE("every line of a right-to-left card keeps its numbers in order") {
    // A place card as the result screen draws it: one line each for the address, the way there,
    // the phone and the hours, each number in an isolate. Seen broken: from the second line on,
    // the phone read "80 62 38 53 1 33+".
    const std::string phone = "\u2068+33 1 53 38 62 80\u2069";
    const std::string lines[] = {"\u206848, rue de la Roquette, 75011 Paris\u2069",
                                 "على بعد 0.1 كم من هنا · شرق · 1 دقيقة سيرًا على الأقدام", "الهاتف: " + phone,
                                 "مواعيد العمل غير معروفة: اسأل في الاستقبال"};
    for (size_t which = 0; which < 4; ++which) { // the phone on each line in turn
        std::vector<std::string> order(std::begin(lines), std::end(lines));
        std::rotate(order.begin(), order.begin() + static_cast<long>((4 + 2 - which) % 4), order.end());
        std::string text;
        for (const std::string& l : order) text += (text.empty() ? "" : "\n") + l;
        Paragraph p = layout_paragraph(fonts(), text, {28, false}, 2000, BaseDirection::Rtl);
        REQUIRE(p.lines.size() == 4);
        std::u32string u = utf8_to_utf32(text), number = utf8_to_utf32(phone);
        size_t begin = u.find(number) + 1, end = begin + number.size() - 2; // inside the isolate
        std::vector<uint32_t> drawn = clusters_left_to_right(p.lines[which], begin, end);
        std::erase_if(drawn, [&](uint32_t c) { return u[c] == U' '; });
        std::vector<uint32_t> digits; // the number's visible characters, in logical order
        for (size_t i = begin; i < end; ++i)
            if (u[i] != U' ') digits.push_back(static_cast<uint32_t>(i));
        INFO("phone on line " << which + 1);
        CHECK(drawn == digits);
    }
}

TEST_CASE("text drawn before the atlas grows in the same frame samples the right texels") {
    // Seen: the atlas grew from 64 to 1024 px in one frame and the quads emitted before kept
    // texture coordinates for a 64 px tall texture, so they sampled the wrong glyphs.
    ImGuiContext* context = ImGui::CreateContext();
    {
        ImDrawList dl(ImGui::GetDrawListSharedData());
        dl._ResetForNewFrame();
        dl.PushClipRectFullScreen();
        auto owned = std::make_unique<MemoryTexture>();
        MemoryTexture* tex = owned.get();
        TextEngine engine(std::move(owned), 512, 64, 1024);
        engine.begin_frame();
        const Paragraph& first = engine.layout("Appelez le 115", {34, false}, 2000, BaseDirection::Ltr);
        engine.draw(&dl, first, ImVec2(0, 0), 2000, Align::Start, IM_COL32_WHITE);
        const Paragraph& second = engine.layout("请拨打免费电话寻找今晚的住处医疗帮助法律权利工作家庭",
                                                {60, false}, 2000, BaseDirection::Ltr);
        engine.draw(&dl, second, ImVec2(0, 100), 2000, Align::Start, IM_COL32_WHITE);
        engine.end_frame();
        REQUIRE(tex->height > 64); // the second paragraph made it grow

        // Every quad, in the order drawn, against where its glyph now is in the atlas.
        size_t quad = 0;
        int w = engine.atlas().width(), h = engine.atlas().height();
        for (const Paragraph* p : {&first, &second})
            for (const Line& line : p->lines)
                for (const PlacedGlyph& g : line.glyphs) {
                    const AtlasGlyph* a = engine.glyph(g.face, g.glyph);
                    REQUIRE(a);
                    if (a->w == 0) continue;
                    REQUIRE(quad * 4 + 2 < static_cast<size_t>(dl.VtxBuffer.Size));
                    const ImDrawVert& top_left = dl.VtxBuffer[static_cast<int>(quad * 4)];
                    const ImDrawVert& bottom_right = dl.VtxBuffer[static_cast<int>(quad * 4 + 2)];
                    INFO("quad " << quad);
                    CHECK(top_left.uv.x * static_cast<float>(w) == Approx(a->x));
                    CHECK(top_left.uv.y * static_cast<float>(h) == Approx(a->y));
                    CHECK(bottom_right.uv.y * static_cast<float>(h) == Approx(a->y + a->h));
                    ++quad;
                }
        CHECK(quad * 4 == static_cast<size_t>(dl.VtxBuffer.Size));
    }
    ImGui::DestroyContext(context);
}

TEST_CASE("a visit's paragraphs are forgotten, its glyphs kept") {
    // What a visitor typed is laid out like any text: once the visit ends it must not stay in memory.
    auto owned = std::make_unique<MemoryTexture>();
    MemoryTexture* tex = owned.get();
    TextEngine engine(std::move(owned), 512, 64, 1024);
    engine.begin_frame();
    const Paragraph& typed = engine.layout("logement paris 15", {34, false}, 2000, BaseDirection::Ltr);
    std::vector<uint32_t> before = glyph_ids(typed);
    for (const Line& l : typed.lines)
        for (const PlacedGlyph& g : l.glyphs) REQUIRE(engine.glyph(g.face, g.glyph));
    engine.layout("Appelez le 115", {34, false}, 2000, BaseDirection::Ltr);
    REQUIRE(engine.cached_paragraphs() == 2);
    size_t glyphs = engine.atlas().stats().glyphs, uploads = static_cast<size_t>(tex->uploads);

    engine.forget_paragraphs();
    CHECK(engine.cached_paragraphs() == 0);
    CHECK(engine.atlas().stats().glyphs == glyphs);

    engine.begin_frame(); // the next visit lays the same words out again, from the glyphs still there
    const Paragraph& again = engine.layout("logement paris 15", {34, false}, 2000, BaseDirection::Ltr);
    CHECK(glyph_ids(again) == before);
    for (const Line& l : again.lines)
        for (const PlacedGlyph& g : l.glyphs) REQUIRE(engine.glyph(g.face, g.glyph));
    CHECK(static_cast<size_t>(tex->uploads) == uploads);
    CHECK(engine.cached_paragraphs() == 1);
}

TEST_CASE("a paragraph knows its widest unbreakable run: what fitting shrinks a label by") {
    Paragraph word = layout_paragraph(fonts(), "Hébergement", {34, false}, 1e6f, BaseDirection::Ltr);
    Paragraph phrase =
        layout_paragraph(fonts(), "Hébergement d'urgence", {34, false}, 1e6f, BaseDirection::Ltr);
    CHECK(word.widest_word == Approx(word.width).margin(0.5));
    CHECK(phrase.widest_word == Approx(word.width).margin(0.5)); // "Hébergement" is the wider word
    Paragraph number = layout_paragraph(fonts(), "3039", {34, true}, 10, BaseDirection::Ltr);
    CHECK(number.lines.size() > 1); // broken inside: no opportunity in a number
    CHECK(number.widest_word > 10);
    Paragraph arabic = layout_paragraph(fonts(), "مساعدة قانونية", {34, false}, 1e6f, BaseDirection::Rtl);
    CHECK(arabic.widest_word < arabic.width);
}

TEST_CASE("a number kept whole counts its inner space, and a run never its trailing ones") {
    // A box exactly "116 006" wide must hold it on one line: the space belongs to the run.
    Paragraph whole = layout_paragraph(fonts(), "116 006", {34, true}, 1e6f, BaseDirection::Ltr);
    CHECK(whole.widest_word == Approx(whole.width).margin(0.5));
    Paragraph fitted =
        layout_paragraph(fonts(), "116 006", {34, true}, whole.widest_word, BaseDirection::Ltr);
    CHECK(fitted.lines.size() == 1);
    Paragraph words = layout_paragraph(fonts(), "Appelez   le", {34, false}, 1e6f, BaseDirection::Ltr);
    Paragraph first = layout_paragraph(fonts(), "Appelez", {34, false}, 1e6f, BaseDirection::Ltr);
    CHECK(words.widest_word == Approx(first.width).margin(0.5));
}

TEST_CASE("Arabic lines are taller than Latin ones, not twice as tall") {
    Paragraph latin = layout_paragraph(fonts(), "Aide juridique", {40, false}, 1e6f, BaseDirection::Ltr);
    Paragraph arabic = layout_paragraph(fonts(), "مساعدة قانونية", {40, false}, 1e6f, BaseDirection::Rtl);
    CHECK(arabic.line_height > latin.line_height);
    CHECK(arabic.line_height <= 1.7f * 40);            // the font declares 2.1 em
    CHECK(arabic.lines[0].baseline >= 0.94f * 40 - 1); // its tallest letter (alef with hamza) stays inside
}

TEST_CASE("a box exactly as wide as its text holds it on one line, whatever the fraction") {
    TextEngine engine(std::make_unique<MemoryTexture>(), 512, 64, 1024);
    for (const char* text : {"Pour qui", "Les 500 lieux les plus proches", "مساعدة قانونية"}) {
        float w = engine.layout(text, {34, false}, 1e6f, BaseDirection::Ltr).width;
        INFO(text << " " << w);
        CHECK(engine.layout(text, {34, false}, w, BaseDirection::Ltr).lines.size() == 1);
    }
}
