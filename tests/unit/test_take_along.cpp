#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/visit/take_along.h"

#include <catch.hpp>

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("what a phone takes along from a QR code") {
    Strings s;
    s.lang = "en";
    s.chosen = {{"ui.phone", {"Phone", false}},
                {"ui.hours_unknown", {"Hours unknown", false}},
                {"hotline.115.name", {"Emergency shelter", false}}};
    Service sv;
    sv.name = "OFII Paris";
    sv.address = "48, rue de la Roquette";
    sv.postal_code = "75011";
    sv.city = "Paris";
    sv.phones = {"+33 1 55 28 19 40"};
    sv.location = GeoPoint{48.85487, 2.37283};
    Here here{{{2026, 11, 24}, 600}, std::nullopt};
    CHECK(service_payload(sv, s, here) == "OFII Paris\n48, rue de la Roquette, 75011 Paris\nPhone: +33 1 55 "
                                          "28 19 40\nHours unknown\ngeo:48.854870,2.372830");
    Hotline h;
    h.number = "116 006";
    CHECK(hotline_payload(h) == "tel:116006");
    Hotline shelter;
    shelter.number = "115";
    CHECK(result_payload("Alone, no home", {&shelter}, {sv}, s) ==
          "Alone, no home\n115 · Emergency shelter\n\nOFII Paris\n48, rue de la Roquette, 75011 Paris\n+33 1 "
          "55 28 19 40\ngeo:48.854870,2.372830");
}

TEST_CASE("a service known only by its website takes the website along") {
    Strings s;
    s.lang = "en";
    s.chosen = {{"ui.website", {"Website", false}}, {"ui.hours_unknown", {"Hours unknown", false}}};
    Service sv;
    sv.name = "Réfugiés.info";
    sv.website = "https://refugies.info";
    Here here{{{2026, 11, 24}, 600}, std::nullopt};
    CHECK(service_payload(sv, s, here) == "Réfugiés.info\nhttps://refugies.info\nHours unknown");
    CHECK(result_payload("Papers", {}, {sv}, s) == "Papers\n\nRéfugiés.info\nhttps://refugies.info");
}

TEST_CASE("a QR code never carries a bundle's website that is not a web address") {
    ContentFixture c;
    std::string bundle = c.build();
    force_website(bundle, "near", "tel:+33899000000");
    ContentStore store(bundle);
    std::optional<Service> near = store.service("near");
    REQUIRE(near);
    near->phones.clear(); // then the website would be the one way to reach it
    Strings s;
    s.lang = "en";
    Here here{{{2026, 11, 24}, 600}, std::nullopt};
    CHECK(service_payload(*near, s, here).find("tel:") == std::string::npos);
    CHECK(result_payload("Help", {}, {*near}, s).find("tel:") == std::string::npos);
}
