#include "core/language/i18n.h"
#include "core/visit/service_text.h"

#include <catch.hpp>

using namespace kiosk;

namespace {
Strings strings(const std::string& lang) {
    Strings s;
    s.lang = lang;
    s.chosen = {{"ui.distance", {lang == "fr" ? "À {km} km d'ici" : "{km} km from here", false}},
                {"ui.phone", {lang == "fr" ? "Téléphone" : "Phone", false}},
                {"ui.hours", {lang == "fr" ? "Horaires" : "Hours", false}},
                {"ui.hours_unknown", {"?", false}},
                {"ui.record_date", {"Information from {date}", false}}};
    return s;
}
} // namespace

TEST_CASE("format fills placeholders and leaves unknown ones") {
    CHECK(format("Step {step} of at most {max}", {{"step", "2"}, {"max", "4"}}) == "Step 2 of at most 4");
    CHECK(format("{a} {b}", {{"a", "x"}}) == "x {b}");
    CHECK(format("no braces", {}) == "no braces");
    CHECK(format("open { only", {}) == "open { only");
}

// A missing key shows as itself; the caller often passes a literal, so what comes back must
// outlive the temporary string made from it.
TEST_CASE("a missing string comes back as its key and can be kept") {
    Strings s = strings("fr");
    const std::string& shown = s.get("staff.a.key.long.enough.to.live.on.the.heap");
    CHECK(shown == "staff.a.key.long.enough.to.live.on.the.heap");
}

TEST_CASE("distances use the language's decimal mark") {
    CHECK(distance_text(1234, strings("fr")) == "À 1,2 km d'ici");
    CHECK(distance_text(1234, strings("en")) == "1.2 km from here");
    CHECK(distance_text(-1, strings("en")).empty());
    CHECK(distance_text(20, strings("en")) == "0.1 km from here");
}

namespace {

Strings french_and_english(const std::string& lang) {
    Strings s = strings(lang);
    bool fr = lang == "fr";
    auto add = [&](const char* key, const char* f, const char* e) { s.chosen[key] = {fr ? f : e, false}; };
    add("ui.open_now", "Ouvert maintenant · ferme à {time}", "Open now · closes at {time}");
    add("ui.open_closes_tomorrow", "Ouvert · ferme demain à {time}", "Open now · closes tomorrow at {time}");
    add("ui.open_always", "Ouvert jour et nuit", "Open day and night");
    add("ui.opens_today", "Fermé maintenant · ouvre à {time}", "Closed now · opens at {time}");
    add("ui.opens_tomorrow", "Fermé aujourd'hui · ouvre demain à {time}",
        "Closed today · opens tomorrow at {time}");
    add("ui.opens_on", "Fermé aujourd'hui · ouvre {day} à {time}", "Closed today · opens {day} at {time}");
    add("ui.weekday.0", "lundi", "Monday");
    add("ui.hours_comment.appointment", "Sur rendez-vous", "By appointment");
    add("ui.hours_comment.appointment_only", "Uniquement sur rendez-vous", "By appointment only");
    add("ui.walk", "{minutes} min à pied", "{minutes} min on foot");
    add("ui.heading", "{relative} ({compass})", "{relative} ({compass})");
    add("ui.dir.left", "à votre gauche", "to your left");
    add("ui.dir.ahead", "devant vous", "ahead of you");
    add("ui.compass.ne", "nord-est", "north-east");
    add("ui.compass.n", "nord", "north");
    return s;
}

Here tuesday(int minute, std::optional<double> facing = std::nullopt) {
    return {{{2026, 11, 24}, minute}, facing};
}

} // namespace

TEST_CASE("a service card shows where, how far, which way, phone, hours and the record's date") {
    Service sv;
    sv.address = "48, rue de la Roquette";
    sv.postal_code = "75011";
    sv.city = "Paris";
    sv.distance_m = 350;
    sv.bearing = 40; // north-east
    sv.phones = {"01 55 28 19 40"};
    sv.record_date = "2014-08-06";
    auto lines = service_card_lines(sv, french_and_english("fr"), tuesday(600, 120.0));
    for (std::string& l : lines) l = strip_isolates(l);
    CHECK(lines == std::vector<std::string>{"48, rue de la Roquette, 75011 Paris",
                                            "À 0,3 km d'ici · à votre gauche (nord-est) · 5 min à pied",
                                            "Téléphone : 01 55 28 19 40", "?",
                                            "Information from 06/08/2014"});
    CHECK(place_text(sv, french_and_english("en"), tuesday(600)) ==
          "0.3 km from here · north-east · 5 min on foot"); // facing unknown
    sv.distance_m = 3800;                                   // an hour on foot: still said
    CHECK(place_text(sv, french_and_english("en"), tuesday(600)) ==
          "3.8 km from here · north-east · 59 min on foot");
    sv.distance_m = 11500; // three hours: a bus or a train, not a walk
    CHECK(place_text(sv, french_and_english("en"), tuesday(600)) == "11.5 km from here · north-east");
}

TEST_CASE("a service with neither address nor phone shows its website on its card") {
    Service sv;
    sv.website = "https://refugies.info";
    Strings en = french_and_english("en");
    en.chosen["ui.website"] = {"Website", false};
    auto lines = service_card_lines(sv, en, tuesday(600));
    for (std::string& l : lines) l = strip_isolates(l);
    CHECK(lines == std::vector<std::string>{"Website: https://refugies.info", "?"});
    sv.phones = {"115"}; // a number to call comes first, and one way on a card is enough
    lines = service_card_lines(sv, en, tuesday(600));
    CHECK(strip_isolates(lines.front()) == "Phone: 115");
    CHECK(lines.size() == 2);
}

TEST_CASE("a service's hours read as its state now") {
    Service sv;
    Strings en = french_and_english("en");
    CHECK(hours_text(sv, en, tuesday(600)) == "?"); // no rule: hours unknown
    sv.opening_hours = "Mo-Fr 09:00-12:00,14:00-17:00";
    CHECK(strip_isolates(hours_text(sv, en, tuesday(600))) == "Open now · closes at 12:00");
    CHECK(strip_isolates(hours_text(sv, en, tuesday(750))) == "Closed now · opens at 14:00");
    CHECK(strip_isolates(hours_text(sv, en, tuesday(1100))) == "Closed today · opens tomorrow at 09:00");
    CHECK(strip_isolates(hours_text(sv, en, {{{2026, 11, 28}, 600}, std::nullopt})) ==
          "Closed today · opens Monday at 09:00");
    sv.opening_hours = "24/7";
    CHECK(hours_text(sv, en, tuesday(600)) == "Open day and night");
    sv.opening_hours = "whenever";
    CHECK(hours_text(sv, en, tuesday(600)) == "?"); // a rule that does not parse says nothing wrong
}

TEST_CASE("a line at the price of an ordinary call says so; an unknown price says nothing") {
    Strings s = strings("fr");
    s.chosen["ui.free"] = {"Gratuit", false};
    s.chosen["ui.price_normal"] = {"Prix d'un appel normal", false};
    s.chosen["hotline.0145394000.hours"] = {"24 h sur 24", false};
    Hotline h;
    h.number = "01 45 39 40 00";
    h.price = CallPrice::Normal;
    CHECK(hotline_lines(h, s) == std::vector<std::string>{"24 h sur 24", "Prix d'un appel normal"});
    h.price = CallPrice::Free;
    CHECK(hotline_lines(h, s) == std::vector<std::string>{"24 h sur 24", "Gratuit"});
    h.price = CallPrice::Unknown;
    CHECK(hotline_lines(h, s) == std::vector<std::string>{"24 h sur 24"});
}

TEST_CASE("a line whose hours no source gives sends the visitor to the front desk") {
    Strings s = strings("fr");
    s.chosen["ui.hours_unknown"] = {"Horaires inconnus : renseignez-vous à l'accueil", false};
    Hotline h;
    h.number = "3039";
    CHECK(hotline_hours_text(h, s) == "Horaires inconnus : renseignez-vous à l'accueil");
    s.french["hotline.3039.hours"] = {"Du lundi au vendredi", false};
    CHECK(hotline_hours_text(h, s) == "Du lundi au vendredi");
}

TEST_CASE("the languages a line answers in read as names in the visitor's language") {
    Strings s = strings("ar");
    s.chosen["language.he.name"] = {"العبرية", false};
    s.french["language.kab.name"] = {"kabyle", false}; // not yet translated: French, never the code
    CHECK(strip_isolates(languages_text({"he", "kab"}, s)) == "العبرية، kabyle");
    CHECK(strip_isolates(languages_text({"he"}, strings("en"))) == "he"); // no name at all: lint refuses it
}

TEST_CASE("a rule's comment is shown with the hours, translated when it is a known phrase") {
    Service sv;
    Strings en = french_and_english("en");
    sv.opening_hours = "Mo-Fr 09:00-12:00 || \"sur rendez-vous\"";
    CHECK(hours_text(sv, en, tuesday(840)) == "By appointment"); // the fallback: unknown, see the comment
    CHECK(strip_isolates(hours_text(sv, en, tuesday(600))) == "Open now · closes at 12:00");
    sv.opening_hours = "Mo-Fr 09:00-12:00 open \"Sur RDV.\"";
    CHECK(strip_isolates(hours_text(sv, en, tuesday(600))) == "Open now · closes at 12:00 · By appointment");
    sv.opening_hours = "Th[2,4] 09:00-12:00 \"uniquement sur rendez-vous\"";
    CHECK(strip_isolates(hours_text(sv, en, {{{2026, 12, 10}, 600}, std::nullopt})) ==
          "By appointment only"); // the 2nd Thursday, in the morning
    sv.opening_hours = "Mo-Fr 09:00-12:00 \"permanence d'un avocat\"";
    std::string shown = hours_text(sv, en, tuesday(600));
    CHECK(shown == "Hours: " + isolate("permanence d'un avocat")); // French, in its own isolate
}

TEST_CASE("public holidays are those of the place's region: Alsace-Moselle has 26 December") {
    Service sv;
    Strings en = french_and_english("en");
    sv.opening_hours = "Mo-Sa 09:00-17:00; PH off";
    Here st_stephen{{{2026, 12, 26}, 600}, std::nullopt}; // a Saturday
    sv.postal_code = "75011";
    CHECK(strip_isolates(hours_text(sv, en, st_stephen)) == "Open now · closes at 17:00");
    sv.postal_code = "67000"; // Strasbourg
    CHECK(strip_isolates(hours_text(sv, en, st_stephen)) == "Closed today · opens Monday at 09:00");
}

TEST_CASE("values that are not translated are isolated, and the isolation marks can be removed") {
    CHECK(isolate("01 42 500 900") == "\u206801 42 500 900\u2069");
    CHECK(isolate("").empty());
    CHECK(strip_isolates(isolate("48, rue de la Roquette") + " · x") == "48, rue de la Roquette · x");
}

// Tigrinya month names (ጥሪ ... ታሕሳስ) are Gregorian months in Eritrea but Ethiopian-calendar
// months in Tigray, where "ታሕሳስ 2026" is another date: a date shown in Tigrinya is numbers only.
TEST_CASE("a record date shown in Tigrinya is written in numbers") {
    Strings ti;
    ti.lang = "ti";
    ti.chosen = {{"ui.record_date", {"ሓበሬታ ናይ {date}፦ ኣብ መቐበሊ ኣረጋግጹ", false}}};
    Service sv;
    sv.record_date = "2026-12-31";
    CHECK(strip_isolates(record_text(sv, ti)) == "ሓበሬታ ናይ 31/12/2026፦ ኣብ መቐበሊ ኣረጋግጹ");
}

TEST_CASE("dates and source lines keep their own order inside right-to-left text") {
    // Seen in Arabic: "2015-11-03" after Arabic letters becomes Arabic numbers around a neutral
    // hyphen (bidi rule W2) and read "03-11-2015"; a French source line's dash and date jumped to
    // the start of its lines.
    Service sv;
    sv.record_date = "2015-11-03";
    CHECK(record_text(sv, strings("en")) == "Information from \u206803/11/2015\u2069");
    Source src{"s", "Appeler le 115 pour avoir un hébergement d'urgence", "Réfugiés.info", "", "2022-04-08"};
    CHECK(source_line(src, "ar") ==
          "\u2068Appeler le 115 pour avoir un hébergement d'urgence — Réfugiés.info "
          "(08/04/2022)\u2069");
    src.publisher.clear();
    src.date.clear();
    CHECK(strip_isolates(source_line(src, "ar")) == "Appeler le 115 pour avoir un hébergement d'urgence");
}
