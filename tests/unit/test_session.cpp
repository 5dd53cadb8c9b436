#include "content_fixture.h"
#include "core/visit/session.h"

#include <catch.hpp>

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct Visitor {
    ContentFixture content;
    ContentStore store{content.build()};
    ManualClock clock{1'700'000'000'000};
    std::vector<std::pair<std::string, std::string>> counted;
    Session session{store, clock, SessionTimes{},
                    [this](const std::string& w, const std::string& v) { counted.emplace_back(w, v); }};

    void go(Intent::Kind k, std::string arg = "", size_t index = 0) {
        session.apply({k, std::move(arg), index});
    }
};

using K = Intent::Kind;

} // namespace

TEST_CASE("a visit goes from the picker through a topic to a result") {
    Visitor v;
    CHECK(v.session.screen() == Screen::Language);
    CHECK_FALSE(v.session.in_progress());
    v.go(K::PickLanguage, "en");
    CHECK(v.session.screen() == Screen::Topics);
    v.go(K::OpenTopic, "help");
    CHECK(v.session.screen() == Screen::Flow);
    v.go(K::Choose, "", 0);
    v.go(K::Choose, "", 1);
    CHECK(flow_current(*v.session.visit().flow).id == "help.alone");
    v.go(K::OpenService, "near");
    CHECK(v.session.screen() == Screen::Service);
    v.go(K::Back);
    CHECK(v.session.screen() == Screen::Flow);
    CHECK(flow_current(*v.session.visit().flow).id == "help.alone");
}

TEST_CASE("back walks the flow, then leaves it; home goes to the topics") {
    Visitor v;
    v.go(K::PickLanguage, "fr");
    v.go(K::OpenTopic, "help");
    v.go(K::Choose, "", 0);
    v.go(K::Back);
    CHECK(flow_current(*v.session.visit().flow).id == "help.who");
    v.go(K::Back);
    CHECK(v.session.screen() == Screen::Topics);
    CHECK_FALSE(v.session.visit().flow);
    v.go(K::Back);
    CHECK(v.session.screen() == Screen::Language);
    v.go(K::PickLanguage, "fr");
    v.go(K::OpenTopic, "help");
    v.go(K::Choose, "", 0);
    v.go(K::Home);
    CHECK(v.session.screen() == Screen::Topics);
    CHECK(v.session.visit().steps.size() == 2);
}

TEST_CASE("changing language keeps the current step") {
    Visitor v;
    v.go(K::PickLanguage, "fr");
    v.go(K::OpenTopic, "help");
    v.go(K::Choose, "", 0);
    v.go(K::OpenLanguages);
    CHECK(v.session.screen() == Screen::Language);
    v.go(K::PickLanguage, "en");
    CHECK(v.session.visit().lang == "en");
    CHECK(v.session.screen() == Screen::Flow);
    CHECK(flow_current(*v.session.visit().flow).id == "help.papers");
    CHECK(v.session.visit().flow->answers.at("who") == "alone");
    v.go(K::PickLanguage, "xx"); // unknown: ignored
    CHECK(v.session.visit().lang == "en");
}

TEST_CASE("after 90 s without a touch the kiosk asks, then erases the visit after 15 s more") {
    Visitor v;
    v.go(K::PickLanguage, "fr");
    v.go(K::OpenTopic, "help");
    CHECK(v.session.next_deadline_ms() == v.clock.now_ms() + 90'000);
    v.clock.advance(89'999);
    v.session.tick();
    CHECK_FALSE(v.session.idle_prompt());
    v.clock.advance(1);
    v.session.tick();
    CHECK(v.session.idle_prompt());
    CHECK(v.session.countdown_seconds() == 15);
    CHECK(v.session.next_deadline_ms() == v.clock.now_ms() + 1000); // redraw the countdown each second
    v.clock.advance(14'000);
    v.session.tick();
    CHECK(v.session.countdown_seconds() == 1);
    CHECK(v.session.in_progress());
    v.clock.advance(1'000);
    v.session.tick();
    CHECK_FALSE(v.session.in_progress());
    CHECK_FALSE(v.session.idle_prompt());
    CHECK(v.session.screen() == Screen::Language);
    CHECK(v.session.visit().lang.empty());
    CHECK_FALSE(v.session.visit().flow);
    CHECK(v.session.next_deadline_ms() == INT64_MAX); // nothing to erase: no timer, no frames
}

TEST_CASE("a touch during the countdown keeps the visit") {
    Visitor v;
    v.go(K::PickLanguage, "fr");
    v.clock.advance(95'000);
    v.session.tick();
    CHECK(v.session.idle_prompt());
    v.go(K::StayHere);
    CHECK_FALSE(v.session.idle_prompt());
    CHECK(v.session.screen() == Screen::Topics);
    v.clock.advance(60'000);
    v.session.tick();
    CHECK(v.session.in_progress());
}

TEST_CASE("ending the visit erases everything about it") {
    Visitor v;
    v.go(K::PickLanguage, "en");
    v.go(K::OpenTopic, "help");
    v.go(K::Choose, "", 1);
    v.go(K::EndVisit);
    const Visit& visit = v.session.visit();
    CHECK(visit.lang.empty());
    CHECK(visit.topic.empty());
    CHECK_FALSE(visit.flow);
    CHECK(visit.steps == std::vector<Step>{Step{Screen::Language, ""}});
}

TEST_CASE("the session counts choices, not visitors") {
    Visitor v;
    v.go(K::PickLanguage, "en");
    v.go(K::OpenTopic, "help");
    v.go(K::Choose, "", 1);
    v.go(K::OpenHotline, "115");
    std::vector<std::pair<std::string, std::string>> expected{
        {"language", "en"}, {"topic", "help"},  {"result", "help.family"},
        {"qr", "result"},   {"hotline", "115"}, {"qr", "hotline"}}; // a result and a hotline show a QR code
    CHECK(v.counted == expected);
}

TEST_CASE("back from a second service's page shows the first service again") {
    Visitor v;
    v.go(K::PickLanguage, "fr");
    v.go(K::OpenService, "near");
    v.go(K::OpenSearch);
    v.go(K::OpenService, "far");
    CHECK(v.session.visit().subject() == "far");
    v.go(K::Back);
    CHECK(v.session.screen() == Screen::Search);
    v.go(K::Back);
    CHECK(v.session.screen() == Screen::Service);
    CHECK(v.session.visit().subject() == "near");
    v.go(K::OpenHotline, "115");
    v.go(K::OpenHotline, "115"); // the same page twice is one step
    v.go(K::Back);
    CHECK(v.session.visit().subject() == "near");
}

TEST_CASE("setting the wall clock back does not delay the erasure of a visit") {
    struct JumpyClock : Clock {
        int64_t wall = 1'700'000'000'000, elapsed = 0;
        int64_t now_ms() const override { return wall; }
        int64_t elapsed_ms() const override { return elapsed; }
    } clock;
    ContentFixture content;
    ContentStore store(content.build());
    Session s(store, clock);
    s.apply({Intent::Kind::PickLanguage, "fr"});
    clock.wall -= 3'600'000; // someone sets the system time an hour back
    clock.elapsed += 105'000;
    s.tick();
    CHECK_FALSE(s.in_progress());
}

TEST_CASE("text size and contrast last the whole visit, through screens and languages") {
    Visitor v;
    v.go(K::CycleTextSize);
    CHECK(v.session.visit().text_size == 1);
    v.go(K::ToggleContrast);
    CHECK(v.session.visit().high_contrast);
    v.go(K::PickLanguage, "fr");
    v.go(K::CycleTextSize);
    v.go(K::OpenTopic, "help");
    v.go(K::Choose, "", 0);
    v.go(K::OpenLanguages);
    v.go(K::PickLanguage, "en");
    v.go(K::Back);
    v.go(K::Home);
    CHECK(v.session.visit().text_size == 2);
    CHECK(v.session.visit().high_contrast);
    v.go(K::CycleTextSize); // past the largest: back to normal
    CHECK(v.session.visit().text_size == 0);
    v.go(K::ToggleContrast);
    CHECK_FALSE(v.session.visit().high_contrast);
}

TEST_CASE("text size and contrast are reset for the next visitor") {
    Visitor v;
    v.go(K::PickLanguage, "fr");
    v.go(K::CycleTextSize);
    v.go(K::ToggleContrast);
    v.go(K::EndVisit);
    CHECK(v.session.visit().text_size == 0);
    CHECK_FALSE(v.session.visit().high_contrast);
}

TEST_CASE("a visitor who only changed the picker's look is erased when idle too") {
    Visitor v;
    v.go(K::ToggleContrast);
    v.go(K::CycleTextSize);
    CHECK(v.session.screen() == Screen::Language);
    CHECK(v.session.in_progress());
    v.clock.advance(90'000);
    v.session.tick();
    CHECK(v.session.idle_prompt());
    v.clock.advance(15'000);
    v.session.tick();
    CHECK_FALSE(v.session.in_progress());
    CHECK(v.session.visit().text_size == 0);
    CHECK_FALSE(v.session.visit().high_contrast);
}

TEST_CASE("every change of what is shown is a new screen; reading aloud or a bigger text is not") {
    Visitor v;
    uint64_t seen = v.session.shown();
    auto changed = [&] {
        bool c = v.session.shown() != seen;
        seen = v.session.shown();
        return c;
    };
    v.go(K::PickLanguage, "en");
    CHECK(changed());
    v.go(K::OpenTopic, "help");
    CHECK(changed());
    v.go(K::Choose, "", 0);
    CHECK(changed());
    v.go(K::Choose, "", 1); // the result
    CHECK(changed());
    v.go(K::Back); // the question again, where the visitor left it
    CHECK(changed());
    CHECK(v.session.shown_by_back());
    v.go(K::Choose, "", 0); // another answer: another result, from its top
    CHECK(changed());
    CHECK_FALSE(v.session.shown_by_back());
    v.go(K::CycleTextSize);
    CHECK_FALSE(changed());
    v.go(K::ToggleContrast);
    CHECK_FALSE(changed());
    v.go(K::ReadAloud);
    CHECK_FALSE(changed());
    v.go(K::StayHere);
    CHECK_FALSE(changed());
    v.go(K::OpenList, "legal");
    CHECK(changed());
    v.go(K::ToggleFilter, "free"); // a shorter list starts at its top
    CHECK(changed());
    v.go(K::Choose, "", 0); // no answer to give on a list: nothing moves
    CHECK_FALSE(changed());
    v.session.erase();
    CHECK(changed());
}

TEST_CASE("a glossary word's explanation opens over the screen and Back closes only it") {
    ContentFixture content;
    content.strings["glossary.ofii.term"] = {"OFII", "OFII"};
    content.strings["glossary.ofii.text"] = {"Le service de l'État.", "The State office."};
    content.files["glossary.yaml"] = "- { id: ofii, source: s1, forms: [OFII] }\n";
    ContentStore store(content.build());
    ManualClock clock{1'700'000'000'000};
    Session s(store, clock);
    s.apply({K::PickLanguage, "fr"});
    s.apply({K::OpenTopic, "help"});
    s.apply({K::Choose, "", 0});
    std::string node = flow_current(*s.visit().flow).id;
    uint64_t shown = s.shown();
    s.apply({K::OpenGlossary, "nothing"}); // not a glossary word
    CHECK(s.visit().glossary.empty());
    s.apply({K::OpenGlossary, "ofii"});
    CHECK(s.visit().glossary == "ofii");
    s.apply({K::CycleTextSize}); // the explanation stays open at the larger size
    CHECK(s.visit().glossary == "ofii");
    s.apply({K::Back});
    CHECK(s.visit().glossary.empty());
    CHECK(flow_current(*s.visit().flow).id == node); // the same step, at the same place
    CHECK(s.shown() == shown);
    s.apply({K::OpenGlossary, "ofii"});
    s.apply({K::CloseGlossary});
    CHECK(s.visit().glossary.empty());
    CHECK(flow_current(*s.visit().flow).id == node);
    s.apply({K::OpenGlossary, "ofii"});
    s.apply({K::Home}); // anything else closes it and does what it says
    CHECK(s.visit().glossary.empty());
    CHECK(s.screen() == Screen::Topics);
    s.apply({K::OpenGlossary, "ofii"});
    s.erase();
    CHECK(s.visit().glossary.empty()); // nothing of the visit is kept
}
