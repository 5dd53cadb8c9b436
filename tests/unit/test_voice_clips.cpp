// Recorded clips in a bundle: built from voice/<lang>/clips.yaml, checked, and read in order with
// their word timings. The clips here are made by the test (a tone), not recordings of speech.
#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/lint/lint.h"
#include "core/speech/read_aloud.h"
#include "core/storage/sqlite_db.h"
#include "tools/bundle_builder.h"

#include <catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

using namespace kiosk;
using namespace kiosk::test;
namespace fs = std::filesystem;

namespace {

// A tone of this length: one second is `rate` samples.
std::string tone(int rate, int ms) {
    Pcm pcm{rate, {}};
    for (int i = 0; i < rate * ms / 1000; ++i)
        pcm.samples.push_back(static_cast<int16_t>(8000 * std::sin(i * 0.06)));
    return wav_bytes(pcm);
}

struct ClipContent {
    ContentFixture content;
    fs::path voice = content.dir / "voice" / "en";

    ClipContent() { fs::create_directories(voice); }
    void file(const std::string& name, const std::string& bytes) const {
        std::ofstream(voice / name, std::ios::binary) << bytes;
    }
    void list(const std::string& yaml) const { std::ofstream(voice / "clips.yaml") << yaml; }
    std::string build_error() const { return content.build_error(); }
};

} // namespace

TEST_CASE("clip word timings are read as written or refused") {
    ClipWords words = parse_clip_words("0:0-3 420:4-9", 1000);
    CHECK(words.error.empty());
    REQUIRE(words.words.size() == 2);
    CHECK(words.words[1] == SpokenWord{420, 0, 4, 9});
    CHECK(parse_clip_words("", 1000).words.empty());
    CHECK(parse_clip_words("", 1000).error.empty());
    CHECK(parse_clip_words("0:3-1", 1000).error == "word 1 (0:3-1) ends before it begins");
    CHECK(parse_clip_words("500:0-3 100:4-9", 1000).error ==
          "word 2 (100:4-9) starts at 100 ms, not after the word before it (500 ms)");
    CHECK(parse_clip_words("0:0-3x", 1000).error == "word 1 (0:0-3x) is not written ms:begin-end");
    CHECK(parse_clip_words("zero", 1000).error == "word 1 (zero) is not written ms:begin-end");
    CHECK(parse_clip_words("0:-1-3", 1000).error == "word 1 (0:-1-3) is not written ms:begin-end");
}

TEST_CASE("clip word timings past the clip or overlapping the word before are refused") {
    CHECK(parse_clip_words("9223372036854775807:0-1", 1000).error ==
          "word 1 (9223372036854775807:0-1) starts at 9223372036854775807 ms, past the clip's end (1000 ms)");
    CHECK(parse_clip_words("0:0-1 99999999999999999999:2-3", 1000).error ==
          "word 2 (99999999999999999999:2-3): 99999999999999999999 is too large a number");
    CHECK(parse_clip_words("0:0-1 1:2-184467440737095516160", 1000).error ==
          "word 2 (1:2-184467440737095516160): 184467440737095516160 is too large a number");
    CHECK(parse_clip_words("0:0-3 1000:4-9", 1000).error ==
          "word 2 (1000:4-9) starts at 1000 ms, past the clip's end (1000 ms)");
    CHECK(parse_clip_words("0:0-3 0:4-9", 1000).error ==
          "word 2 (0:4-9) starts at 0 ms, not after the word before it (0 ms)");
    CHECK(parse_clip_words("0:0-5 300:3-9", 1000).error ==
          "word 2 (300:3-9) begins at character 3, inside the word before it (0-5)");
    CHECK(parse_clip_words("0:0-5 300:5-9", 1000).error.empty());
}

// Each clip's words are shifted by the clips before it: a timing past its own clip's end, or one
// too large to shift, would land among the next clip's words (or overflow), and the highlight,
// found by a binary search in time order, would show the wrong word.
TEST_CASE("a clip with timings past its end is not read so the words stay in time order") {
    std::string second = tone(16000, 1000), first = tone(16000, 1000);
    std::vector<ReadingPart> parts{{"Who needs help?", "a"}, {"Family", "b"}, {"Alone", "c"}};
    std::map<std::string, VoiceClip> clips{{"a", {first, "0:0-3 1500:4-9", false}},
                                           {"b", {second, "0:0-6", false}},
                                           {"c", {second, "9223372036854775807:0-1", false}}};
    ClipReading r = read_from_clips(parts, [&](const std::string& k) { return clips.at(k); });
    REQUIRE(r.parts.size() == 1);
    CHECK(r.parts[0].text == "Family");
    REQUIRE(r.speech.words.size() == 1);
    CHECK(r.speech.words[0] == SpokenWord{0, 0, 0, 6});
    CHECK(r.speech.duration_ms() == 1000);
}

TEST_CASE("a bundle carries clips, and a screen is read from the parts that have one") {
    ClipContent c;
    c.file("who.wav", tone(16000, 1000));
    c.file("papers.wav", tone(16000, 500));
    c.list("- {key: node.help.who.text, file: who.wav, source: s1, status: draft, words: \"0:0-3 400:4-8\"}\n"
           "- {key: choice.help.who.family, file: papers.wav, source: s1, status: reviewed}\n");
    ContentStore store(c.content.build());
    CHECK_FALSE(has_errors(lint(store)));
    std::optional<VoiceClip> who = store.voice_clip("en", "node.help.who.text");
    REQUIRE(who);
    CHECK_FALSE(who->reviewed);
    CHECK(read_wav(who->wav).samples.size() == 16000);
    CHECK(store.voice_clip("en", "choice.help.who.family")->reviewed);
    CHECK_FALSE(store.voice_clip("fr", "node.help.who.text"));

    std::vector<ReadingPart> parts{{"Who needs help?", "node.help.who.text"},
                                   {"Me", "choice.help.who.alone"}, // no clip: left out
                                   {"Family", "choice.help.who.family"}};
    ClipReading r = read_from_clips(parts, [&](const std::string& k) { return store.voice_clip("en", k); });
    REQUIRE(r.parts.size() == 2);
    CHECK(r.parts[1].text == "Family");
    CHECK(r.speech.sound.sample_rate == 16000);
    CHECK(r.speech.duration_ms() == 1500);
    REQUIRE(r.speech.words.size() == 3);
    CHECK(r.speech.words[1] == SpokenWord{400, 0, 4, 8});
    CHECK(r.speech.words[2] == SpokenWord{1000, 1, 0, 6}); // untimed: the whole part, after the first clip
}

TEST_CASE("bad clips are refused when the bundle is built, naming the list and the line") {
    ClipContent c;
    c.file("ok.wav", tone(16000, 200));
    c.file("other-rate.wav", tone(22050, 200));
    c.file("not.wav", "just some text");
    c.list("- {key: node.help.who.text, file: not.wav, source: s1, status: draft}\n");
    CHECK_THAT(c.build_error(),
               Catch::Contains("clips.yaml:1: ") && Catch::Contains("not.wav: not a WAVE file"));
    c.list("- {key: node.help.who.text, file: missing.wav, source: s1, status: draft}\n");
    CHECK_THAT(c.build_error(), Catch::Contains("missing.wav cannot be read"));
    c.list("- {key: node.help.who.text, file: ok.wav, source: s1, status: draft}\n"
           "- {key: choice.help.who.family, file: other-rate.wav, source: s1, status: draft}\n");
    CHECK_THAT(c.build_error(),
               Catch::Contains("clips.yaml:2: ") && Catch::Contains("at 22050 Hz, the others at 16000 Hz"));
    c.list("- {key: node.help.who.text, file: ok.wav, source: nobody, status: draft}\n");
    CHECK_THAT(c.build_error(), Catch::Contains("unknown source 'nobody'"));
    c.list("- {key: node.help.who.text, file: ok.wav, source: s1, status: final}\n");
    CHECK_THAT(c.build_error(), Catch::Contains("'status' must be draft or reviewed"));
    c.list(
        "- {key: node.help.who.text, file: ok.wav, source: s1, status: draft, words: \"400:0-3 0:4-8\"}\n");
    CHECK_THAT(c.build_error(), Catch::Contains("'words' must read"));
}

TEST_CASE(
    "the builder refuses timings past the clip's end or overlapping naming the list and file and word") {
    ClipContent c;
    c.file("ok.wav", tone(16000, 1000));
    c.list(
        "- {key: choice.help.who.family, file: ok.wav, source: s1, status: draft}\n"
        "- {key: node.help.who.text, file: ok.wav, source: s1, status: draft, words: \"0:0-3 1500:4-8\"}\n");
    CHECK_THAT(c.build_error(),
               Catch::Contains("clips.yaml:2: ") && Catch::Contains("ok.wav") &&
                   Catch::Contains("word 2 (1500:4-8) starts at 1500 ms, past the clip's end "
                                   "(1000 ms)"));
    c.list("- {key: node.help.who.text, file: ok.wav, source: s1, status: draft, words: "
           "\"9223372036854775807:0-1\"}\n");
    CHECK_THAT(c.build_error(), Catch::Contains("clips.yaml:1: ") &&
                                    Catch::Contains("word 1 (9223372036854775807:0-1) starts at"));
    c.list(
        "- {key: node.help.who.text, file: ok.wav, source: s1, status: draft, words: \"0:0-5 300:2-8\"}\n");
    CHECK_THAT(c.build_error(), Catch::Contains("inside the word before it (0-5)"));
}

// A bundle made by hand (or by an older builder) carries its timings unchecked: lint, which a kiosk
// runs before it installs or opens a bundle, refuses them too, and a word past the text it reads.
TEST_CASE("lint refuses clip timings past the clip's end or overlapping or past the text") {
    ClipContent c;
    c.file("ok.wav", tone(16000, 1000));
    c.list("- {key: node.help.who.text, file: ok.wav, source: s1, status: draft, words: \"0:0-3\"}\n");
    std::string bundle = c.content.build();
    auto issues_with = [&](const std::string& words) {
        {
            Db db(bundle, OpenMode::ReadWrite);
            Stmt(db, "UPDATE voice_clip SET words = ?1").bind(1, words).run();
        }
        std::vector<std::string> found;
        for (const LintIssue& i : lint(ContentStore(bundle)))
            if (i.rule == "voice-clip-timing") found.push_back(i.message);
        return found;
    };
    CHECK(issues_with("0:0-3 400:4-9").empty());
    CHECK(issues_with("0:0-3 1500:4-9") ==
          std::vector<std::string>{"voice clip node.help.who.text (en): word 2 (1500:4-9) starts at 1500 ms, "
                                   "past the clip's end (1000 ms)"});
    CHECK(issues_with("0:0-3 400:2-9") ==
          std::vector<std::string>{
              "voice clip node.help.who.text (en): word 2 (400:2-9) begins at character 2, "
              "inside the word before it (0-3)"});
    CHECK(issues_with("9223372036854775807:0-1").size() == 1);
    std::vector<std::string> past_text = issues_with("0:0-3 400:4-99");
    REQUIRE(past_text.size() == 1);
    CHECK_THAT(past_text[0],
               Catch::Contains("word 2 (400:4-99) ends at character 99, past the end of its text"));
}

TEST_CASE("lint refuses a clip that reads no string") {
    ClipContent c;
    c.file("ok.wav", tone(16000, 200));
    c.list("- {key: node.help.nowhere.text, file: ok.wav, source: s1, status: draft}\n");
    ContentStore store(c.content.build());
    std::vector<LintIssue> issues = lint(store);
    bool found = false;
    for (const LintIssue& i : issues) found = found || i.rule == "voice-clip-unknown-string";
    CHECK(found);
    CHECK(has_errors(issues));
}
