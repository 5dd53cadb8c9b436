#include "core/voice/speech_synth.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace kiosk {

namespace {

// Where the synthesis under way collects its sound and words. It is synchronous, on the caller's
// thread, so the callback finds it here.
struct Collecting {
    const std::vector<ReadingPart>* parts;
    Speech* speech;
};
thread_local Collecting* collecting = nullptr;

void add_word(Collecting& c, const espeak_EVENT& e) {
    // Positions count codepoints from 1. A number gives one event per spoken word at one place.
    auto w = locate_word(*c.parts, static_cast<size_t>(e.text_position - 1),
                         static_cast<size_t>(std::max(e.length, 1)));
    if (!w) return;
    w->at_ms = e.audio_position;
    const std::vector<SpokenWord>& words = c.speech->words;
    if (words.empty() || words.back().part != w->part || words.back().begin != w->begin)
        c.speech->words.push_back(*w);
}

int collect(short* wav, int count, espeak_EVENT* events) {
    if (!collecting) return 1; // not ours: stop
    if (wav && count > 0)
        collecting->speech->sound.samples.insert(collecting->speech->sound.samples.end(), wav, wav + count);
    for (espeak_EVENT* e = events; e && e->type != espeakEVENT_LIST_TERMINATED; ++e)
        if (e->type == espeakEVENT_WORD && e->text_position >= 1) add_word(*collecting, *e);
    return 0; // go on
}

} // namespace

namespace {

// Dari is read by espeak-ng's Persian voice (Iranian pronunciation, the same written language);
// Simplified Chinese by its Mandarin voice.
const std::map<std::string, std::string>& voices() {
    static const std::map<std::string, std::string> v = {{"fr", "fr"}, {"en", "en"},      {"es", "es"},
                                                         {"ar", "ar"}, {"prs", "fa"},     {"ru", "ru"},
                                                         {"uk", "uk"}, {"zh-Hans", "cmn"}};
    return v;
}

} // namespace

std::string espeak_voice(const std::string& lang) {
    auto it = voices().find(lang);
    return it == voices().end() ? "" : it->second;
}

std::vector<std::string> voiced_languages() {
    std::vector<std::string> out;
    for (const auto& [lang, voice] : voices()) out.push_back(lang);
    return out;
}

SpeechSynth::SpeechSynth() {
    sample_rate_ = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (sample_rate_ <= 0)
        throw std::runtime_error("espeak-ng could not be started (is espeak-ng-data installed?)");
    espeak_SetSynthCallback(collect);
}

SpeechSynth::~SpeechSynth() {
    espeak_Terminate();
}

// From espeak-ng's list of voices ("roa/fr", "sit/cmn" ...), without loading any: loading one
// loads its dictionary, and checking them all that way kept 5 MB of dictionaries in memory.
bool SpeechSynth::has_voice(const std::string& lang) const {
    std::string voice = espeak_voice(lang);
    if (voice.empty()) return false;
    for (const espeak_VOICE** v = espeak_ListVoices(nullptr); v && *v; ++v) {
        std::string id = (*v)->identifier ? (*v)->identifier : "";
        if (id.substr(id.find('/') + 1) == voice) return true;
    }
    return false;
}

Speech SpeechSynth::synthesize(const std::vector<ReadingPart>& parts, const std::string& lang) {
    Speech speech;
    std::string voice = espeak_voice(lang);
    if (voice.empty() || espeak_SetVoiceByName(voice.c_str()) != EE_OK) return speech;
    speech.sound.sample_rate = sample_rate_;
    std::string text = reading_text(parts);
    Collecting c{&parts, &speech};
    collecting = &c;
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    espeak_Synchronize();
    collecting = nullptr;
    return speech;
}

} // namespace kiosk
