#include "core/speech/read_aloud.h"

#include "core/language/i18n.h"

#include <algorithm>
#include <charconv>
#include <sstream>
#include <string_view>
#include <type_traits>

namespace kiosk {

namespace {

constexpr const char* separator = "\n\n"; // a paragraph break: espeak-ng pauses there
constexpr size_t separator_codepoints = 2;

// A number at the front of `text`, taken off it: false when there is none, and with `error`
// set when it is too large to hold. Digits only: "-1" is not read as a huge begin.
template <typename Number>
bool take_number(std::string_view& text, Number& n, const std::string& word, std::string& error) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    auto length = static_cast<size_t>(end - text.data());
    if (ec == std::errc::result_out_of_range)
        error = word + ": " + std::string(text.substr(0, length)) + " is too large a number";
    text.remove_prefix(length);
    if constexpr (std::is_signed_v<Number>) // from_chars reads a sign into a signed number
        return ec == std::errc() && n >= 0;
    return ec == std::errc();
}

bool take(std::string_view& text, char c) {
    if (text.empty() || text.front() != c) return false;
    text.remove_prefix(1);
    return true;
}

// "ms:begin-end"; nothing, with `error` saying why, when it is not.
std::optional<SpokenWord> clip_word(std::string_view text, const std::string& word, std::string& error) {
    SpokenWord w;
    bool read = take_number(text, w.at_ms, word, error) && take(text, ':') &&
                take_number(text, w.begin, word, error) && take(text, '-') &&
                take_number(text, w.end, word, error) && text.empty();
    if (read) return w;
    if (error.empty()) error = word + " is not written ms:begin-end";
    return std::nullopt;
}

// What is wrong with a word's timing, coming after `before` (none for the first); empty if nothing.
std::string timing_error(const SpokenWord& w, const SpokenWord* before, int64_t clip_ms,
                         const std::string& word) {
    auto ms = [](int64_t t) { return std::to_string(t) + " ms"; };
    if (w.end <= w.begin) return word + " ends before it begins";
    if (w.at_ms >= clip_ms)
        return word + " starts at " + ms(w.at_ms) + ", past the clip's end (" + ms(clip_ms) + ")";
    if (before && w.at_ms <= before->at_ms)
        return word + " starts at " + ms(w.at_ms) + ", not after the word before it (" + ms(before->at_ms) +
               ")";
    if (before && w.begin < before->end)
        return word + " begins at character " + std::to_string(w.begin) + ", inside the word before it (" +
               std::to_string(before->begin) + "-" + std::to_string(before->end) + ")";
    return "";
}

size_t codepoints(const std::string& s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); i += utf8_length(static_cast<unsigned char>(s[i]))) ++n;
    return n;
}

} // namespace

int64_t Speech::duration_ms() const {
    return kiosk::duration_ms(sound);
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

ClipWords parse_clip_words(const std::string& words, int64_t clip_ms) {
    ClipWords out;
    std::istringstream in(words);
    std::string item;
    while (out.error.empty() && in >> item) {
        std::string word = "word " + std::to_string(out.words.size() + 1) + " (" + item + ")";
        std::optional<SpokenWord> w = clip_word(item, word, out.error);
        if (!w) break;
        out.error = timing_error(*w, out.words.empty() ? nullptr : &out.words.back(), clip_ms, word);
        out.words.push_back(*w);
    }
    if (!out.error.empty()) out.words.clear();
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
        ClipWords words = parse_clip_words(clip->words, duration_ms(pcm));
        if (pcm.sample_rate != sound.sample_rate || !words.error.empty()) continue;
        int64_t offset = r.speech.duration_ms();
        size_t n = codepoints(part.text), index = r.parts.size();
        if (words.words.empty()) words.words.push_back({0, 0, 0, n});
        for (SpokenWord w : words.words)
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
