#include "i18n.h"
#include "service_text.h"

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

TEST_CASE("distances use the language's decimal mark") {
    CHECK(distance_text(1234, strings("fr")) == "À 1,2 km d'ici");
    CHECK(distance_text(1234, strings("en")) == "1.2 km from here");
    CHECK(distance_text(-1, strings("en")).empty());
    CHECK(distance_text(20, strings("en")) == "0.1 km from here");
}

TEST_CASE("a service card shows where, how far, phone, hours and the record's date") {
    Service sv;
    sv.address = "48, rue de la Roquette";
    sv.postal_code = "75011";
    sv.city = "Paris";
    sv.distance_m = 350;
    sv.phones = {"01 55 28 19 40"};
    sv.record_date = "2014-08-06";
    auto lines = service_card_lines(sv, strings("fr"));
    for (std::string& l : lines) l = strip_isolates(l);
    CHECK(lines == std::vector<std::string>{"48, rue de la Roquette, 75011 Paris · À 0,3 km d'ici",
                                            "Téléphone : 01 55 28 19 40", "?",
                                            "Information from 2014-08-06"});
    sv.opening_hours = "Mo-Fr 09:00-12:00";
    CHECK(service_card_lines(sv, strings("en"))[2] ==
          "Hours: \u2068Mo-Fr 09:00-12:00\u2069"); // kept in its own order
}

TEST_CASE("values that are not translated are isolated, and the isolation marks can be removed") {
    CHECK(isolate("01 42 500 900") == "\u206801 42 500 900\u2069");
    CHECK(isolate("").empty());
    CHECK(strip_isolates(isolate("48, rue de la Roquette") + " · x") == "48, rue de la Roquette · x");
}
