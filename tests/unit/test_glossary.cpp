#include "core/language/glossary.h"
#include "core/screen/touch_targets.h"

#include <catch.hpp>

using namespace kiosk;

namespace {

std::vector<GlossaryEntry>
entries(const std::vector<std::pair<std::string, std::vector<std::string>>>& words) {
    std::vector<GlossaryEntry> out;
    for (const auto& [id, forms] : words) {
        GlossaryEntry e{id, {}};
        for (const std::string& f : forms) e.forms.push_back(utf8_codepoints(f));
        out.push_back(e);
    }
    return out;
}

// The words found, each as the text it covers.
std::vector<std::string> found(const std::string& text, const std::vector<GlossaryEntry>& e) {
    std::u32string cps = utf8_codepoints(text);
    std::vector<std::string> out;
    for (const GlossaryMatch& m : find_glossary_words(cps, e)) {
        std::u32string part = cps.substr(m.begin, m.end - m.begin);
        std::string utf8;
        for (char32_t c : part) { // back to UTF-8 for readable failures
            if (c < 0x80)
                utf8 += static_cast<char>(c);
            else if (c < 0x800)
                utf8 += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
            else if (c < 0x10000)
                utf8 += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                         static_cast<char>(0x80 | (c & 0x3F))};
            else
                utf8 += {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
                         static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
        }
        out.push_back(m.id + ":" + utf8);
    }
    return out;
}

using V = std::vector<std::string>;

} // namespace

TEST_CASE("a Latin acronym is found only as a whole word") {
    auto e = entries({{"caf", {"CAF"}}, {"pass", {"PASS"}}, {"a1", {"A1"}}});
    CHECK(found("Demandez à la CAF.", e) == V{"caf:CAF"});
    CHECK(found("Au CAFÉ du coin", e).empty());
    CHECK(found("Montrez votre PASSEPORT", e).empty());
    CHECK(found("la PASS d'un hôpital, l'A1 puis l'A12", e) == V{"pass:PASS", "a1:A1"});
    CHECK(found("la CAF-PASS", e) == V{"caf:CAF", "pass:PASS"});
}

TEST_CASE("glossary words are found with their codepoint ranges in text order") {
    auto e = entries({{"ofii", {"OFII"}}, {"prefecture", {"préfecture"}}});
    std::u32string text = utf8_codepoints("À la préfecture et à l'OFII.");
    auto m = find_glossary_words(text, e);
    REQUIRE(m.size() == 2);
    CHECK(m[0] == GlossaryMatch{"prefecture", 5, 15});
    CHECK(m[1] == GlossaryMatch{"ofii", 23, 27});
}

TEST_CASE("overlapping forms: the longest wins and nothing overlaps") {
    auto e = entries({{"titre-sejour", {"titre de séjour"}}, {"titre", {"titre"}}, {"sejour", {"séjour"}}});
    CHECK(found("Un titre de séjour, un titre, un séjour.", e) ==
          V{"titre-sejour:titre de séjour", "titre:titre", "sejour:séjour"});
}

TEST_CASE("Latin acronyms are found inside Arabic, Dari, Pashto, Tigrinya and Chinese text") {
    auto e = entries({{"ofii", {"OFII"}}, {"b1", {"B1"}}});
    CHECK(found("اذهب إلى OFII غدًا", e) == V{"ofii:OFII"});                   // Arabic
    CHECK(found("به دفتر OFII بروید", e) == V{"ofii:OFII"});                  // Dari
    CHECK(found("د OFII دفتر ته لاړ شئ", e) == V{"ofii:OFII"});               // Pashto
    CHECK(found("ናብ OFII ኪዱ፣ ደረጃ B1", e) == V{"ofii:OFII", "b1:B1"});         // Tigrinya
    CHECK(found("请去OFII办公室，达到B1水平", e) == V{"ofii:OFII", "b1:B1"}); // Chinese, no spaces
    CHECK(found("لـOFII", e) == V{"ofii:OFII"}); // joined to an Arabic prefix: still a word
}

TEST_CASE("a word inside Unicode isolates is found where it stands") {
    auto e = entries({{"ofii", {"OFII"}}});
    std::u32string text = utf8_codepoints("اتصل بـ \u2068OFII\u2069 الآن");
    auto m = find_glossary_words(text, e);
    REQUIRE(m.size() == 1);
    CHECK(text.substr(m[0].begin, m[0].end - m[0].begin) == U"OFII");
    CHECK(text[m[0].begin - 1] == U'\u2068');
}

TEST_CASE("a form in another script matches inside a word, as Arabic joins prefixes") {
    // "the prefecture" is المحافظة; "to the prefecture" joins لل to محافظة: للمحافظة.
    auto e = entries({{"prefecture", {"المحافظة", "محافظة"}}, {"ofpra", {"أوفبرا"}}});
    CHECK(found("اذهب للمحافظة ثم إلى أوفبرا", e) == V{"prefecture:محافظة", "ofpra:أوفبرا"});
    CHECK(found("في المحافظة", e) == V{"prefecture:المحافظة"}); // the longer form, not both
}

TEST_CASE("a language's entries hold its own term and forms and every Latin form") {
    std::vector<GlossaryWord> words{{"prefecture", {}, "s1"}, {"ofii", {"OFII"}, "s1"}};
    StringTable ar{{"glossary.prefecture.term", {"المحافظة", false}},
                   {"glossary.prefecture.forms", {"محافظة | المحافظات", false}}};
    auto e = glossary_entries(words, ar);
    REQUIRE(e.size() == 2);
    CHECK(e[0].forms == std::vector<std::u32string>{U"المحافظة", U"محافظة", U"المحافظات"});
    CHECK(e[1].forms == std::vector<std::u32string>{U"OFII"});
    CHECK(found("في محافظة باريس وفي OFII", e) == V{"prefecture:محافظة", "ofii:OFII"});
}

TEST_CASE("a stale term is not matched: the screen shows its French instead") {
    std::vector<GlossaryWord> words{{"prefecture", {}, "s1"}};
    StringTable ar{{"glossary.prefecture.term", {"المحافظة", false, true}},
                   {"glossary.prefecture.forms", {"محافظة", false, true}}};
    auto e = glossary_entries(words, ar);
    REQUIRE(e.size() == 1);
    CHECK(e[0].forms.empty());
}

TEST_CASE("the glossary finds a text's words once and keeps them") {
    Glossary g(entries({{"ofii", {"OFII"}}}));
    const auto& first = g.words_in("L'OFII vous reçoit.");
    CHECK(first.size() == 1);
    CHECK(&g.words_in("L'OFII vous reçoit.") == &first);
    CHECK(g.words_in("Rien ici.").empty());
}

TEST_CASE("marked words close on one line get touch targets that do not cover each other", "[glossary]") {
    // "A2, B1" at 40 px a word, 15 px apart, grown to 90 px: the two targets met halfway.
    std::vector<WordTarget> t = {{"a2", 100, 0, 130, 30}, {"b1", 145, 0, 175, 30}};
    grow_word_targets(t, 90);
    CHECK(t[0].max_x == 137.5f);
    CHECK(t[1].min_x == 137.5f);
    CHECK(t[0].min_x == 70.f);
    CHECK(t[1].max_x == 205.f);
    CHECK(t[0].max_y - t[0].min_y == 90.f);
    // Far apart on one line, or on different lines, each keeps its full width.
    std::vector<WordTarget> apart = {
        {"a2", 100, 0, 130, 30}, {"b1", 400, 0, 430, 30}, {"ofii", 120, 30, 160, 60}};
    grow_word_targets(apart, 90);
    CHECK(apart[0].max_x == 160.f);
    CHECK(apart[1].min_x == 370.f);
    CHECK(apart[2].min_x == 95.f);
    CHECK(apart[2].max_x == 185.f);
}
