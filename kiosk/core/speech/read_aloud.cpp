#include "core/speech/read_aloud.h"

#include "core/language/i18n.h"

#include <algorithm>
#include <sstream>

namespace kiosk {

namespace {

constexpr const char* separator = "\n\n"; // a paragraph break: espeak-ng pauses there
constexpr size_t separator_codepoints = 2;

size_t codepoints(const std::string& s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); i += utf8_length(static_cast<unsigned char>(s[i]))) ++n;
    return n;
}

} // namespace

int64_t Speech::duration_ms() const {
    if (sound.sample_rate <= 0) return 0;
    return static_cast<int64_t>(sound.samples.size()) * 1000 / sound.sample_rate;
}

std::string reading_text(const std::vector<ReadingPart>& parts) {
    std::string out;
    for (const ReadingPart& p : parts) {
        if (!out.empty()) out += separator;
        out += p.text;
    }
    return out;
}

std::optional<SpokenWord> locate_word(const std::vector<ReadingPart>& parts, size_t pos, size_t len) {
    size_t start = 0;
    for (size_t i = 0; i < parts.size(); ++i) {
        size_t n = codepoints(parts[i].text);
        if (pos >= start && pos < start + n) {
            size_t begin = pos - start;
            return SpokenWord{0, i, begin, std::min(n, begin + std::max<size_t>(len, 1))};
        }
        start += n + separator_codepoints;
    }
    return std::nullopt;
}

std::string spoken_text(const std::vector<ReadingPart>& parts, const SpokenWord& w) {
    if (w.part >= parts.size()) return "";
    const std::string& s = parts[w.part].text;
    size_t cp = 0, begin = s.size(), end = s.size();
    for (size_t i = 0; i < s.size(); i += utf8_length(static_cast<unsigned char>(s[i])), ++cp) {
        if (cp == w.begin) begin = i;
        if (cp == w.end) {
            end = i;
            break;
        }
    }
    return begin < end ? s.substr(begin, end - begin) : "";
}

std::optional<std::vector<SpokenWord>> parse_clip_words(const std::string& words) {
    std::vector<SpokenWord> out;
    std::istringstream in(words);
    std::string item;
    while (in >> item) {
        long long ms = -1;
        size_t begin = 0, end = 0;
        char colon = 0, dash = 0;
        std::istringstream one(item);
        if (!(one >> ms >> colon >> begin >> dash >> end) || colon != ':' || dash != '-' || ms < 0 ||
            end <= begin || !one.eof() || (!out.empty() && ms < out.back().at_ms))
            return std::nullopt;
        out.push_back({ms, 0, begin, end});
    }
    return out;
}

ClipReading read_from_clips(const std::vector<ReadingPart>& parts, const ClipLookup& clip_for) {
    ClipReading r;
    for (const ReadingPart& part : parts) {
        std::optional<VoiceClip> clip = part.key.empty() ? std::nullopt : clip_for(part.key);
        if (!clip) continue;
        Pcm pcm;
        try {
            pcm = read_wav(clip->wav);
        } catch (const std::exception&) {
            continue; // lint refuses such a bundle; a kiosk skips what it cannot play
        }
        Pcm& sound = r.speech.sound;
        if (sound.sample_rate == 0) sound.sample_rate = pcm.sample_rate;
        std::optional<std::vector<SpokenWord>> words = parse_clip_words(clip->words);
        if (pcm.sample_rate != sound.sample_rate || !words) continue;
        int64_t offset = r.speech.duration_ms();
        size_t n = codepoints(part.text), index = r.parts.size();
        if (words->empty()) words->push_back({0, 0, 0, n});
        for (SpokenWord w : *words)
            if (w.begin < n) r.speech.words.push_back({offset + w.at_ms, index, w.begin, std::min(w.end, n)});
        sound.samples.insert(sound.samples.end(), pcm.samples.begin(), pcm.samples.end());
        r.parts.push_back(part);
    }
    return r;
}

std::optional<SpokenWord> word_at(const Speech& speech, int64_t ms) {
    if (ms < 0 || ms >= speech.duration_ms()) return std::nullopt;
    auto after = std::upper_bound(speech.words.begin(), speech.words.end(), ms,
                                  [](int64_t t, const SpokenWord& w) { return t < w.at_ms; });
    if (after == speech.words.begin()) return std::nullopt;
    return *std::prev(after);
}

int64_t next_change_ms(const Speech& speech, int64_t ms) {
    auto after = std::upper_bound(speech.words.begin(), speech.words.end(), ms,
                                  [](int64_t t, const SpokenWord& w) { return t < w.at_ms; });
    if (after != speech.words.end() && after->at_ms < speech.duration_ms()) return after->at_ms;
    return ms < speech.duration_ms() ? speech.duration_ms() : -1;
}

} // namespace kiosk
