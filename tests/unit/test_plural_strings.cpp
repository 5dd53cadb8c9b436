// Plural strings end to end: the PO files' plural entries and Plural-Forms headers, through the
// builder into a bundle, and back as the form a count takes; and translations gone stale.
#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/lint/lint.h"
#include "tools/bundle_builder.h"
#include "tools/po_file.h"

#include <catch.hpp>
#include <fstream>

using namespace kiosk;
using namespace kiosk::test;

namespace {

void append(const ContentFixture& c, const std::string& lang, const std::string& text) {
    std::ofstream(c.dir / "locales" / (lang + ".po"), std::ios::app) << "\n" << text;
}

const char* const french_count = "msgctxt \"ui.test_count\"\nmsgid \"{count} lieu\"\nmsgid_plural \"{count} "
                                 "lieux\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n";

std::string build_written(const ContentFixture& c) {
    BuildOptions o{c.dir.string(), 1, (c.dir / "b.kbundle").string(), {}};
    build_bundle(o);
    return o.output;
}

std::string refusal(const ContentFixture& c) {
    try {
        build_written(c);
    } catch (const BuildError& e) {
        return e.what();
    }
    return "";
}

std::vector<std::string> warnings(const std::vector<LintIssue>& issues, const std::string& rule) {
    std::vector<std::string> out;
    for (const LintIssue& i : issues)
        if (i.rule == rule && i.severity == LintIssue::Severity::Warning) out.push_back(i.message);
    return out;
}

// The real locales/LANG.po: the forms of one plural entry and the language's rule.
struct RealPlural {
    PluralRule rule;
    std::vector<std::string> forms;
    std::string form(uint64_t n) const {
        Strings s;
        s.chosen["k"] = {forms.front(), false, false, forms};
        s.chosen_rule = rule;
        return s.get_plural("k", n);
    }
};

RealPlural real(const std::string& lang, const std::string& key) {
    PoCatalog po = read_po(std::string(KIOSK_SOURCE_DIR) + "/locales/" + lang + ".po");
    std::string error;
    RealPlural out{PluralRule::parse(po.plural_forms, error), {}};
    REQUIRE(error.empty());
    for (const PoEntry& e : po.entries)
        if (e.key == key)
            out.forms = lang == "fr" ? std::vector<std::string>{e.msgid, e.msgid_plural} : e.msgstr_plural;
    REQUIRE(out.forms.size() == static_cast<size_t>(out.rule.forms()));
    return out;
}

} // namespace

TEST_CASE("a plural entry gives each count its form, in French and in English", "[plural]") {
    ContentFixture c;
    c.write();
    append(c, "fr", french_count);
    append(c, "en",
           "msgctxt \"ui.test_count\"\nmsgid \"{count} lieu\"\nmsgid_plural \"{count} lieux\"\nmsgstr[0] "
           "\"{count} "
           "place\"\nmsgstr[1] \"{count} places\"\n");
    ContentStore store(build_written(c));
    Strings fr = store.strings("fr"), en = store.strings("en");
    CHECK(fr.get_plural("ui.test_count", 0) == "{count} lieu");
    CHECK(fr.get_plural("ui.test_count", 1) == "{count} lieu");
    CHECK(fr.get_plural("ui.test_count", 2) == "{count} lieux");
    CHECK(en.get_plural("ui.test_count", 0) == "{count} places");
    CHECK(en.get_plural("ui.test_count", 1) == "{count} place");
    CHECK(en.get_plural("ui.test_count", 21) == "{count} places");
    CHECK(en.get("ui.test_count") == "{count} place");       // without a count: the first form
    CHECK(en.get_plural("ui.step", 3) == en.get("ui.step")); // a string without plural: its one text
}

TEST_CASE("a plural entry whose msgstr count differs from nplurals is refused", "[plural]") {
    ContentFixture c;
    c.write();
    append(c, "fr", french_count);
    append(c, "en",
           "msgctxt \"ui.test_count\"\nmsgid \"{count} lieu\"\nmsgid_plural \"{count} lieux\"\nmsgstr[0] "
           "\"{count} "
           "place\"\nmsgstr[1] \"{count} places\"\nmsgstr[2] \"{count} placez\"\n");
    CHECK(refusal(c).find("en.po: ui.test_count has 3 plural forms, but its Plural-Forms says nplurals=2") !=
          std::string::npos);
}

TEST_CASE("a Plural-Forms that does not parse or names a missing form is refused", "[plural]") {
    ContentFixture c;
    c.plural_forms["en"] = "nplurals=2; plural=(n != 1;";
    CHECK(c.build_error().find("en.po: Plural-Forms: plural=(n != 1: ')' expected") != std::string::npos);
    c.plural_forms["en"] = "nplurals=2; plural=n % 3;";
    CHECK(c.build_error().find("en.po: Plural-Forms: for n = 2 the plural expression gives form 2, but "
                               "nplurals is 2") != std::string::npos);
    c.plural_forms["en"] = "nplurals=2; plural=n / (n - 700);";
    CHECK(c.build_error().find("for n = 700 the plural expression divides by zero") != std::string::npos);
    c.plural_forms["en"] = "nplurals=2; plural=(n != 1);";
    CHECK(c.build_error() == "");
}

TEST_CASE("a translation whose French changed is stale: French is shown, lint names it", "[stale]") {
    ContentFixture c;
    c.write();
    append(c, "fr", "msgctxt \"topic.extra\"\nmsgid \"Nouveau texte\"\nmsgstr \"\"\n");
    append(c, "en",
           "# reviewed-by: A. Reviewer 2026-01-01\nmsgctxt \"topic.extra\"\nmsgid \"Ancien texte\"\nmsgstr "
           "\"Old "
           "text\"\n");
    std::string bundle = build_written(c);
    ContentStore store(bundle);
    StringEntry entry = store.string_table("en").at("topic.extra");
    CHECK(entry.stale);
    CHECK_FALSE(entry.reviewed);
    CHECK(store.strings("en").get("topic.extra") == "Nouveau texte");
    CHECK(store.strings("en").has("topic.extra"));
    std::vector<std::string> stale = warnings(lint(store), "stale-translation");
    REQUIRE(stale.size() == 1);
    CHECK(stale[0] == "language en, topic.extra: translates an older French text; shown in French until a "
                      "translator confirms it");
}

TEST_CASE("a fuzzy translation is stale until a translator removes the mark", "[stale]") {
    ContentFixture c;
    c.write();
    append(c, "fr", "msgctxt \"topic.extra\"\nmsgid \"Texte\"\nmsgstr \"\"\n");
    append(c, "en", "#, fuzzy\nmsgctxt \"topic.extra\"\nmsgid \"Texte\"\nmsgstr \"Text\"\n");
    BuildOptions o{c.dir.string(), 1, (c.dir / "b.kbundle").string(), {}};
    std::vector<std::string> said = build_bundle(o);
    REQUIRE(said.size() == 1);
    CHECK(said[0].find("language en, topic.extra is marked fuzzy; shown in French") != std::string::npos);
    CHECK(ContentStore(o.output).strings("en").get("topic.extra") == "Texte");
    c.write(); // the translator confirms: the mark is gone, msgid is the current French
    append(c, "fr", "msgctxt \"topic.extra\"\nmsgid \"Texte\"\nmsgstr \"\"\n");
    append(c, "en", "msgctxt \"topic.extra\"\nmsgid \"Texte\"\nmsgstr \"Text\"\n");
    CHECK(build_bundle(o).empty());
    CHECK(ContentStore(o.output).strings("en").get("topic.extra") == "Text");
}

TEST_CASE("a plural translation is stale when the French plural changed", "[stale]") {
    ContentFixture c;
    c.write();
    append(c, "fr", french_count);
    append(c, "en", // translated from the French before it had a plural
           "msgctxt \"ui.test_count\"\nmsgid \"{count} lieux\"\nmsgstr \"{count} places\"\n");
    ContentStore store(build_written(c));
    CHECK(store.string_table("en").at("ui.test_count").stale);
    CHECK(store.strings("en").get_plural("ui.test_count", 1) == "{count} lieu");
}

TEST_CASE("the staff panel's coverage counts stale translations apart", "[stale]") {
    ContentFixture c;
    c.write();
    append(c, "fr", "msgctxt \"topic.extra\"\nmsgid \"Nouveau texte\"\nmsgstr \"\"\n");
    append(c, "en", "msgctxt \"topic.extra\"\nmsgid \"Ancien texte\"\nmsgstr \"Old text\"\n");
    ContentStore store(build_written(c));
    std::vector<StringCoverage> coverage = store.coverage();
    REQUIRE(coverage.size() == 2);
    CHECK(coverage[0].stale == 0);
    CHECK(coverage[1].lang == "en");
    CHECK(coverage[1].stale == 1);
    CHECK(coverage[1].translated == coverage[1].total - 1);
}

TEST_CASE("the real countdown: French and English say 1 second, not 1 seconds", "[plural]") {
    CHECK(real("fr", "ui.countdown").form(1) == "Tout sera effacé dans {seconds} seconde.");
    CHECK(real("fr", "ui.countdown").form(15) == "Tout sera effacé dans {seconds} secondes.");
    CHECK(real("en", "ui.countdown").form(1) == "Everything will be erased in {seconds} second.");
    CHECK(real("en", "ui.countdown").form(2) == "Everything will be erased in {seconds} seconds.");
}

TEST_CASE("the real Arabic countdown, walk and list take the form of 1, 2, 3, 11 and 100", "[plural]") {
    RealPlural countdown = real("ar", "ui.countdown");
    CHECK(countdown.form(1) == "سيُمحى كل شيء بعد ثانية واحدة.");
    CHECK(countdown.form(2) == "سيُمحى كل شيء بعد ثانيتين.");
    CHECK(countdown.form(3) == "سيُمحى كل شيء بعد {seconds} ثوانٍ.");
    CHECK(countdown.form(11) == "سيُمحى كل شيء بعد {seconds} ثانية.");
    CHECK(countdown.form(100) == "سيُمحى كل شيء بعد {seconds} ثانية.");
    RealPlural walk = real("ar", "ui.walk");
    CHECK(walk.form(1) == "دقيقة واحدة سيرًا على الأقدام");
    CHECK(walk.form(2) == "دقيقتان سيرًا على الأقدام");
    CHECK(walk.form(5) == "{minutes} دقائق سيرًا على الأقدام");
    CHECK(walk.form(36) == "{minutes} دقيقة سيرًا على الأقدام");
    RealPlural places = real("ar", "ui.list_count");
    CHECK(places.form(1) == "مكان واحد");
    CHECK(places.form(3) == "{count} أماكن، من الأقرب إلى الأبعد");
    CHECK(places.form(11) == "{count} مكانًا، من الأقرب إلى الأبعد");
    CHECK(places.form(100) == "{count} مكان، من الأقرب إلى الأبعد");
}

TEST_CASE("the real Russian and Ukrainian countdown: 1 and 21, 2 to 4, 5 to 20 and 111", "[plural]") {
    RealPlural ru = real("ru", "ui.countdown"), uk = real("uk", "ui.countdown");
    for (uint64_t n : {1, 21}) CHECK(ru.form(n) == "Через {seconds} секунду всё будет удалено.");
    for (uint64_t n : {2, 4}) CHECK(ru.form(n) == "Через {seconds} секунды всё будет удалено.");
    for (uint64_t n : {5, 11, 15, 111}) CHECK(ru.form(n) == "Через {seconds} секунд всё будет удалено.");
    CHECK(uk.form(1) == "Через {seconds} секунду все буде видалено.");
    CHECK(uk.form(3) == "Через {seconds} секунди все буде видалено.");
    CHECK(uk.form(12) == "Через {seconds} секунд усе буде видалено.");
}

TEST_CASE("every language's plural entries have as many forms as its Plural-Forms says", "[plural]") {
    for (const char* lang : {"fr", "en", "es", "ar", "prs", "ps", "ru", "uk", "ti", "zh-Hans"})
        for (const char* key :
             {"ui.countdown", "ui.walk", "ui.list_count", "ui.list_nearest", "ui.list.show_unrecorded"}) {
            INFO(lang << " " << key);
            RealPlural p = real(lang, key);
            CHECK(p.rule.check(1000) == "");
        }
}
