// Text to speech with espeak-ng (libespeak-ng, offline): the sound of a screen's parts and when
// each word starts in it. espeak-ng keeps global state, so a process has one SpeechSynth and
// uses it from one thread.
#pragma once
#include "core/speech/read_aloud.h"

#include <string>
#include <vector>

namespace kiosk {

// espeak-ng's voice for one of the kiosk's languages; empty when it has none (Pashto, Tigrinya):
// a screen is never read in a language the visitor did not choose.
std::string espeak_voice(const std::string& lang);
std::vector<std::string> voiced_languages(); // the kiosk languages espeak_voice() has a voice for

class SpeechSynth {
  public:
    SpeechSynth(); // throws std::runtime_error when espeak-ng or its data cannot be loaded
    ~SpeechSynth();
    SpeechSynth(const SpeechSynth&) = delete;
    SpeechSynth& operator=(const SpeechSynth&) = delete;

    bool has_voice(const std::string& lang) const;
    // The parts read in this language; an empty Speech when the language has no voice.
    Speech synthesize(const std::vector<ReadingPart>& parts, const std::string& lang);

  private:
    int sample_rate_ = 0;
};

} // namespace kiosk
