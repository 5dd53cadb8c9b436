#include "core/language/i18n.h"
#include "core/visit/print_notice.h"
#include "core/visit/slip.h"

#include <catch.hpp>

using namespace kiosk;

namespace {

Strings visitor_strings() {
    Strings s;
    s.lang = "en";
    s.chosen = {{"node.stay.result.title", {"Alone, no home", false}},
                {"node.stay.result.text", {"Ask at the desk.\nCall 115 tonight.", false}},
                {"ui.what_to_do", {"What to do", false}},
                {"ui.hotlines", {"Whom to call", false}},
                {"hotline.115.name", {"Emergency shelter", false}},
                {"ui.slip.nearest", {"The nearest place", false}},
                {"ui.slip.week", {"Opening hours for the coming week", false}},
                {"ui.slip.day", {"{day} {date}: {hours}", false}},
                {"ui.slip.closed", {"closed", false}},
                {"ui.slip.holiday", {"public holiday", false}},
                {"ui.record_date", {"Information from {date}: check at the desk", false}},
                {"ui.slip.in_french", {"In French, to show someone:", false}},
                {"ui.slip.printed", {"Printed on {date} · information {content}", false}},
                {"ui.weekday.3", {"Thursday", false}},
                {"ui.weekday.4", {"Friday", false}},
                {"ui.weekday.5", {"Saturday", false}},
                {"ui.weekday.6", {"Sunday", false}},
                {"ui.weekday.0", {"Monday", false}},
                {"ui.weekday.1", {"Tuesday", false}},
                {"ui.weekday.2", {"Wednesday", false}}};
    return s;
}

Strings french_strings() {
    Strings s;
    s.lang = "fr";
    s.chosen = {{"ui.address", {"Adresse", false}}, {"ui.phone", {"Téléphone", false}}};
    return s;
}

Service place(const std::string& id, const std::string& address, bool postal_only) {
    Service sv;
    sv.id = id;
    sv.name = "OFII " + id;
    sv.address = address;
    sv.postal_code = "75011";
    sv.city = "Paris";
    sv.postal_only = postal_only;
    sv.phones = {"+33 1 55 28 19 40"};
    sv.opening_hours = "Mo-Fr 09:00-12:00,14:00-17:00";
    return sv;
}

std::vector<std::string> texts(const Slip& s, SlipBlock::Kind kind, bool french) {
    std::vector<std::string> out;
    for (const SlipBlock& b : s.blocks)
        if (b.kind == kind && b.french == french) out.push_back(strip_isolates(b.text));
    return out;
}

} // namespace

TEST_CASE("a result's slip: title, numbered steps, whom to call, the nearest street address, then French") {
    Strings v = visitor_strings(), fr = french_strings();
    SlipContext c{v, fr, Here{{{2026, 12, 3}, 600}, std::nullopt}, false, "fr-ofii-paris 7"};
    Node node;
    node.id = "stay.result";
    Hotline shelter;
    shelter.number = "115";
    shelter.pictogram = "shelter";
    // The first is a mail address (BP), the second named by the result but further away: the slip
    // names the nearest place a visitor can walk to.
    std::vector<Service> nearest = {place("bp", "BP 123", true), place("far", "1 rue du Loin", false),
                                    place("paris", "48, rue de la Roquette", false)};
    nearest[0].distance_m = 100, nearest[1].distance_m = 9000, nearest[2].distance_m = 800;
    nearest[2].record_date = "2014-08-06";
    Slip s = result_slip(node, {&shelter}, nearest, c);

    REQUIRE(!s.blocks.empty());
    CHECK(s.blocks.front().kind == SlipBlock::Kind::Title);
    CHECK(s.blocks.front().text == "Alone, no home");
    std::vector<std::string> steps = texts(s, SlipBlock::Kind::Step, false);
    CHECK(steps == std::vector<std::string>{"Ask at the desk.", "Call 115 tonight."});
    CHECK(texts(s, SlipBlock::Kind::Number, false) == std::vector<std::string>{"115", "+33 1 55 28 19 40"});
    // Old information warns before the place's details, as the screen does in red.
    CHECK(texts(s, SlipBlock::Kind::Heading, false)[3] == "Information from 06/08/2014: check at the desk");
    CHECK(slip_place(nearest)->id == "paris");
    std::vector<std::string> french = texts(s, SlipBlock::Kind::Text, true);
    CHECK(french == std::vector<std::string>{"Adresse : 48, rue de la Roquette, 75011 Paris",
                                             "Téléphone : +33 1 55 28 19 40"});
    // The French part comes after a rule, at the end, and is marked left to right.
    auto rule = std::find_if(s.blocks.begin(), s.blocks.end(),
                             [](const SlipBlock& b) { return b.kind == SlipBlock::Kind::Rule; });
    REQUIRE(rule != s.blocks.end());
    CHECK(std::none_of(s.blocks.begin(), rule, [](const SlipBlock& b) { return b.french; }));
    CHECK(s.blocks.back().french);
    // The content's name is kept on one line: non-breaking hyphens.
    CHECK(strip_isolates(s.footer) == "Printed on 03/12/2026 · information fr\u2011ofii\u2011paris 7");
    CHECK(s.qr.find("115") != std::string::npos);
    for (const SlipBlock& b : s.blocks)
        if (b.kind == SlipBlock::Kind::Number && strip_isolates(b.text) == "115")
            CHECK(b.pictogram == "shelter");
}

TEST_CASE("the week's hours start today and name each day, closed days too") {
    Strings v = visitor_strings();
    Here thursday{{{2026, 12, 3}, 600}, std::nullopt};
    std::vector<std::string> week = week_hours(place("paris", "48, rue de la Roquette", false), v, thursday);
    REQUIRE(week.size() == 7);
    CHECK(strip_isolates(week[0]) == "Thursday 03/12/2026: 09:00-12:00, 14:00-17:00");
    CHECK(strip_isolates(week[2]) == "Saturday 05/12/2026: closed");
    CHECK(strip_isolates(week[4]) == "Monday 07/12/2026: 09:00-12:00, 14:00-17:00");
    Service unknown = place("x", "1 rue", false);
    unknown.opening_hours.clear();
    CHECK(week_hours(unknown, v, thursday).empty());
    unknown.opening_hours = "not hours";
    CHECK(week_hours(unknown, v, thursday).empty());
}

TEST_CASE("a holiday in the week is closed on the slip") {
    Strings v = visitor_strings();
    Service sv = place("paris", "48, rue de la Roquette", false);
    sv.opening_hours = "Mo-Fr 09:00-17:00; PH off";
    // Friday 25 December 2026 is Christmas Day.
    std::vector<std::string> week = week_hours(sv, v, Here{{{2026, 12, 24}, 600}, std::nullopt});
    REQUIRE(week.size() == 7);
    CHECK(strip_isolates(week[0]) == "Thursday 24/12/2026: 09:00-17:00");
    CHECK(strip_isolates(week[1]) == "Friday 25/12/2026: closed · public holiday");
    // A source that does not write "PH off": the day's hours, and that it is a public holiday.
    sv.opening_hours = "Mo-Fr 09:00-17:00";
    week = week_hours(sv, v, Here{{{2026, 12, 24}, 600}, std::nullopt});
    CHECK(strip_isolates(week[1]) == "Friday 25/12/2026: 09:00-17:00 · public holiday");
}

TEST_CASE("a hotline's slip prints its number large and its name again in French") {
    Strings v = visitor_strings(), fr = french_strings();
    fr.chosen["hotline.115.name"] = {"Hébergement d'urgence", false};
    SlipContext c{v, fr, Here{{{2026, 12, 3}, 600}, std::nullopt}, true, "x 1"};
    Hotline h;
    h.number = "115";
    Slip s = hotline_slip(h, c);
    CHECK(s.rtl);
    REQUIRE(!s.blocks.empty());
    CHECK(s.blocks.front().kind == SlipBlock::Kind::Number);
    CHECK(texts(s, SlipBlock::Kind::Name, true) == std::vector<std::string>{"Hébergement d'urgence"});
    CHECK(texts(s, SlipBlock::Kind::Text, true) == std::vector<std::string>{"Téléphone : 115"});
    CHECK(s.qr == "tel:115");
}

TEST_CASE("the printing notice stays while printing, then comes down by itself or when tapped") {
    PrintNotice n{PrintNotice::Stage::Printing, "", 1000, 1};
    CHECK(print_notice_until(n) == INT64_MAX);
    dismiss(n); // the slip is coming: the message stays
    CHECK(n.stage == PrintNotice::Stage::Printing);
    n = {PrintNotice::Stage::Done, "", 1000, 1};
    CHECK(print_notice_until(n) == 1000 + print_done_shown_ms);
    n = {PrintNotice::Stage::Failed, "ui.print_no_paper", 1000, 1};
    CHECK(print_notice_until(n) == 1000 + print_failed_shown_ms);
    dismiss(n);
    CHECK(n.stage == PrintNotice::Stage::None);
    CHECK(print_notice_until(n) == INT64_MAX);
}
