// Recorded clips in a bundle: built from voice/<lang>/clips.yaml, checked, and read in order with
// their word timings. The clips here are made by the test (a tone), not recordings of speech.
#include "content_fixture.h"
#include "core/content/content_store.h"
#include "core/lint/lint.h"
#include "core/speech/read_aloud.h"
#include "tools/bundle_builder.h"

#include <catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>

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

TEST_CASE("clip word timings are read as written, or refused") {
    auto words = parse_clip_words("0:0-3 420:4-9");
    REQUIRE(words);
    REQUIRE(words->size() == 2);
    CHECK((*words)[1] == SpokenWord{420, 0, 4, 9});
    CHECK(parse_clip_words("")->empty());
    CHECK_FALSE(parse_clip_words("0:3-1"));           // ends before it begins
    CHECK_FALSE(parse_clip_words("500:0-3 100:4-9")); // not in time order
    CHECK_FALSE(parse_clip_words("0:0-3x"));
    CHECK_FALSE(parse_clip_words("zero"));
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
