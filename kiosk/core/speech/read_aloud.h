// Reading a screen aloud: the texts it reads (parts, each exactly as a screen draws it), the
// sound that reads them, and which word the voice is on at a moment of the playback, so the
// screen can highlight it. Nothing here plays sound or draws.
#pragma once
#include "core/content/content.h"
#include "core/content/wav_file.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct ReadingPart {
    std::string text; // as drawn: a highlighted word is found by this text
    std::string key;  // its string key, where a recorded clip may read it; empty for none
};

// A word being spoken: from at_ms into the playback, codepoints [begin, end) of parts[part].
struct SpokenWord {
    int64_t at_ms = 0;
    size_t part = 0;
    size_t begin = 0, end = 0;
    bool operator==(const SpokenWord&) const = default;
};

struct Speech {
    Pcm sound;
    std::vector<SpokenWord> words; // in time order
    int64_t duration_ms() const;
};

// The parts joined for a synthesiser: one paragraph each, so the voice pauses between them.
std::string reading_text(const std::vector<ReadingPart>& parts);

// Where a word the synthesiser reports at codepoint [pos, pos + len) of reading_text() lies;
// nothing for the separators between parts.
std::optional<SpokenWord> locate_word(const std::vector<ReadingPart>& parts, size_t pos, size_t len);

// The word's text, as it is written in its part.
std::string spoken_text(const std::vector<ReadingPart>& parts, const SpokenWord& w);

// The word spoken at this point of the playback: the last one started, until the sound ends.
std::optional<SpokenWord> word_at(const Speech& speech, int64_t ms);
// When the highlighted word next changes (a word starts, or the sound ends); -1 after the end.
int64_t next_change_ms(const Speech& speech, int64_t ms);

// Where espeak-ng has no voice: the parts that have a recorded clip, and their clips one after
// the other, with the clips' word timings (or each part highlighted whole while it plays).
// Clips of another sample rate than the first, or unreadable, are left out with their parts.
using ClipLookup = std::function<std::optional<VoiceClip>(const std::string& key)>;
struct ClipReading {
    std::vector<ReadingPart> parts;
    Speech speech;
};
ClipReading read_from_clips(const std::vector<ReadingPart>& parts, const ClipLookup& clip_for);

// A clip's word timings, "ms:begin-end ..." (schema.sql, voice_clip.words), for a clip clip_ms
// long. Each word starts within the clip, later than the word before, and on text after that
// word's end: a clip's words are shifted by the clips before it when a screen is read, and one
// past its own clip would land among the next clip's words, out of time order.
struct ClipWords {
    std::vector<SpokenWord> words;
    std::string error; // empty, or what is wrong, naming the word: "word 2 (1500:4-9) starts at ..."
};
ClipWords parse_clip_words(const std::string& words, int64_t clip_ms);

} // namespace kiosk
