#include "content_fixture.h"
#include "core/content/wav_file.h"
#include "core/language/i18n.h"
#include "core/language/ui_keys.h"
#include "core/speech/read_aloud.h"
#include "core/speech/screen_reading.h"
#include "core/visit/session.h"
#include "core/voice/speech_synth.h"

#include <catch.hpp>

using namespace kiosk;
using namespace kiosk::test;

namespace {

Speech speech_of(std::vector<SpokenWord> words, int64_t duration_ms) {
    Speech s;
    s.sound.sample_rate = 1000; // a sample a millisecond keeps the arithmetic plain
    s.sound.samples.assign(static_cast<size_t>(duration_ms), 0);
    s.words = std::move(words);
    return s;
}

} // namespace

TEST_CASE("the parts are read as paragraphs and a word is found in its part") {
    std::vector<ReadingPart> parts{{"Où dormir ?", ""}, {"Appelez le 115", ""}};
    CHECK(reading_text(parts) == "Où dormir ?\n\nAppelez le 115");
    CHECK(spoken_text(parts, {0, 1, 11, 14}) == "115");
    CHECK(spoken_text(parts, {0, 1, 11, 40}) == "115"); // never past the end
    CHECK(spoken_text(parts, {0, 5, 0, 1}).empty());
    auto w = locate_word(parts, 3, 6); // "dormir": codepoints, not bytes ("Où" is 3 bytes)
    REQUIRE(w);
    CHECK(w->part == 0);
    CHECK(spoken_text(parts, *w) == "dormir");
    w = locate_word(parts, 13, 7); // after "Où dormir ?" (11) and the break (2)
    REQUIRE(w);
    CHECK(w->part == 1);
    CHECK(spoken_text(parts, *w) == "Appelez");
    CHECK_FALSE(locate_word(parts, 11, 1)); // the break between the parts
    CHECK_FALSE(locate_word(parts, 40, 1));
    w = locate_word(parts, 24, 9); // a length running past its part is cut at the part's end
    REQUIRE(w);
    CHECK(w->end == 14);
}

TEST_CASE("the word highlighted follows the playback and ends with the sound") {
    Speech s = speech_of({{0, 0, 0, 2}, {300, 0, 3, 9}, {900, 1, 0, 7}}, 1500);
    CHECK(word_at(s, -1) == std::nullopt);
    CHECK(word_at(s, 0)->begin == 0);
    CHECK(word_at(s, 299)->begin == 0);
    CHECK(word_at(s, 300)->begin == 3);
    CHECK(word_at(s, 1499)->part == 1);
    CHECK(word_at(s, 1500) == std::nullopt);
    CHECK(next_change_ms(s, 0) == 300);
    CHECK(next_change_ms(s, 300) == 900);
    CHECK(next_change_ms(s, 900) == 1500); // the end takes the highlight away
    CHECK(next_change_ms(s, 1500) == -1);
}

TEST_CASE("espeak-ng reads French, Arabic and Chinese with each word placed, and has no Pashto") {
    SpeechSynth synth;
    CHECK_FALSE(synth.has_voice("ps"));
    CHECK_FALSE(synth.has_voice("ti"));
    CHECK(synth.synthesize({{"زه", ""}}, "ps").sound.samples.empty()); // never in another language

    std::vector<ReadingPart> fr{{"Où dormir cette nuit ?", ""}, {"Appelez le 115.", ""}};
    Speech s = synth.synthesize(fr, "fr");
    CHECK(s.duration_ms() > 1000);
    REQUIRE(s.words.size() >= 6);
    CHECK(spoken_text(fr, s.words[0]) == "Où");
    CHECK(spoken_text(fr, s.words[1]) == "dormir");
    CHECK(s.words[4].part == 1);
    CHECK(spoken_text(fr, s.words[4]) == "Appelez");
    for (size_t i = 1; i < s.words.size(); ++i) CHECK(s.words[i].at_ms >= s.words[i - 1].at_ms);
    CHECK(s.words.back().at_ms < s.duration_ms());

    std::vector<ReadingPart> ar{{"أين أنام الليلة؟", ""}};
    Speech a = synth.synthesize(ar, "ar");
    REQUIRE(a.words.size() == 3);
    CHECK(spoken_text(ar, a.words[1]) == "أنام");

    std::vector<ReadingPart> zh{{"今晚睡哪里", ""}};
    Speech z = synth.synthesize(zh, "zh-Hans");
    CHECK(z.words.size() >= 4); // a word an ideograph or two
    CHECK(z.duration_ms() > 500);
}

TEST_CASE("a WAVE file round-trips and bad ones are refused with a reason") {
    Pcm pcm{22050, {0, 1000, -1000, 32767, -32768}};
    Pcm back = read_wav(wav_bytes(pcm));
    CHECK(back.sample_rate == 22050);
    CHECK(back.samples == pcm.samples);
    CHECK_THROWS_WITH(read_wav("RIFF1234WAVX"), "not a WAVE file");
    std::string stereo = wav_bytes(pcm);
    stereo[22] = 2; // channels
    CHECK_THROWS_WITH(read_wav(stereo), "only 16-bit mono PCM WAVE is read");
    std::string cut = wav_bytes(pcm);
    cut.resize(cut.size() - 4);
    CHECK_THROWS_WITH(read_wav(cut), "a WAVE chunk runs past the end of the file");
}

TEST_CASE("each screen reads its main text in the visitor's language, never a fallback") {
    ContentFixture content;
    ContentStore store{content.build()};
    ManualClock clock{1'700'000'000'000};
    Session session{store, clock};
    Strings strings = store.strings("en");
    ReadingInputs in{&session, &store, &strings, nullptr, {}};
    CHECK(screen_reading(in).empty()); // the picker: no language chosen yet

    session.apply({Intent::Kind::PickLanguage, "en"});
    std::vector<ReadingPart> topics = screen_reading(in);
    REQUIRE(topics.size() == 1 + store.topics().size());
    CHECK(topics[0].text == strings.get(ui_key::topics_title));
    CHECK(topics[1].text == strings.get(topic_title_key(store.topics()[0].key)));

    session.apply({Intent::Kind::OpenTopic, "help"});
    const Node& q = flow_current(*session.visit().flow);
    std::vector<ReadingPart> question = screen_reading(in);
    REQUIRE(question.size() == 1 + q.choices.size());
    CHECK(question[0].key == node_text_key(q.id));
    CHECK(question.back().text == strings.get(choice_key(q, q.choices.back())));

    session.apply({Intent::Kind::Choose, "", 1}); // family: a result with a hotline
    std::vector<ReadingPart> result = screen_reading(in);
    REQUIRE(result.size() == 4); // its title, "what to do", its advice, then whom to call
    CHECK(result[0].key == "node.help.family.title");
    CHECK(result[1].key == ui_key::what_to_do);
    CHECK(result[3].text == hotline_card_label(*store.hotline("115"), strings)); // as the card shows it

    session.apply(
        {Intent::Kind::OpenHotline, "115"}); // as drawn: the number, its name, the front desk, its purpose
    std::vector<ReadingPart> line = screen_reading(in);
    REQUIRE(line.size() == 4);
    CHECK(line[0].text == "115");
    CHECK(line[2].key == ui_key::front_desk_calls);
    CHECK(line[3].key == "hotline.115.purpose");
    session.apply({Intent::Kind::Back});

    session.apply({Intent::Kind::Back});
    strings.chosen.erase(node_text_key(q.id)); // only in French now
    CHECK(screen_reading(in).size() == q.choices.size());

    // A stale translation is shown in French: the English voice must not read that French.
    strings.chosen[choice_key(q, q.choices.back())].stale = true;
    std::vector<ReadingPart> stale = screen_reading(in);
    CHECK(stale.size() == q.choices.size() - 1);
    for (const ReadingPart& p : stale) CHECK(p.key != choice_key(q, q.choices.back()));
}

TEST_CASE("an open glossary explanation is read alone: the word, then what it means") {
    ContentFixture content;
    content.strings["glossary.ofii.term"] = {"OFII", "OFII"};
    content.strings["glossary.ofii.text"] = {"Le service de l'État.", "The State office."};
    content.files["glossary.yaml"] = "- { id: ofii, source: s1, forms: [OFII] }\n";
    ContentStore store{content.build()};
    ManualClock clock{1'700'000'000'000};
    Session session{store, clock};
    Strings strings = store.strings("en");
    ReadingInputs in{&session, &store, &strings, nullptr, {}};
    session.apply({Intent::Kind::PickLanguage, "en"});
    session.apply({Intent::Kind::OpenTopic, "help"});
    session.apply({Intent::Kind::OpenGlossary, "ofii"});
    std::vector<ReadingPart> parts = screen_reading(in);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].key == "glossary.ofii.term");
    CHECK(parts[1].text == "The State office.");
    session.apply({Intent::Kind::CloseGlossary});
    CHECK(screen_reading(in)[0].key == node_text_key(flow_current(*session.visit().flow).id));
}
