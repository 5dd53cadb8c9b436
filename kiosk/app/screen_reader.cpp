#include "app/screen_reader.h"

#include "core/voice/speech_synth.h"

#include <algorithm>
#include <climits>
#include <cstdio>

namespace kiosk {

void ScreenReader::start(const std::string& wav_path, std::function<void()> wake) {
    player_ = std::make_unique<ReadAloudPlayer>(wav_path, std::move(wake));
}

void ScreenReader::follow_screen(const ReadingInputs& in, const ContentStore& store) {
    const std::string& lang = in.session->visit().lang;
    parts_ = screen_reading(in);
    recorded_ = {};
    if (lang.empty() || !espeak_voice(lang).empty()) return;
    try {
        ClipReading clips =
            read_from_clips(parts_, [&](const std::string& key) { return store.voice_clip(lang, key); });
        parts_ = std::move(clips.parts);
        recorded_ = std::move(clips.speech);
    } catch (const DbError& e) { // no recorded voice: nothing is read aloud
        if (std::string line =
                failures_.report(std::string("recorded voice of the ") + screen_subject(in.session->screen()),
                                 "nothing is read aloud", e);
            !line.empty())
            std::fprintf(stderr, "kiosk: %s\n", line.c_str());
    }
}

void ScreenReader::follow_intents(const std::vector<Intent>& intents, bool pressed_elsewhere,
                                  const std::string& lang, ScreenData& data) {
    if (!player_) return;
    bool toggle = std::any_of(intents.begin(), intents.end(),
                              [](const Intent& i) { return i.kind == Intent::Kind::ReadAloud; });
    if (toggle && !player_->active() && data.can_read_aloud) {
        data.reading = parts_;
        if (recorded_.words.empty())
            player_->start(parts_, lang);
        else
            player_->start(parts_, recorded_);
    } else if (toggle || pressed_elsewhere || !intents.empty()) {
        player_->stop();
    }
}

void ScreenReader::show(const Session* session, int64_t elapsed_ms, ScreenData& data) const {
    data.can_read_aloud = player_ && session && player_->has_output() && !parts_.empty() &&
                          (player_->has_voice(session->visit().lang) || !recorded_.words.empty());
    data.reading_aloud = active();
    data.spoken = player_ ? player_->word(elapsed_ms) : std::nullopt;
}

void ScreenReader::follow(int64_t elapsed_ms) {
    if (player_) player_->follow(elapsed_ms);
}

void ScreenReader::stop() {
    if (player_) player_->stop();
}

void ScreenReader::settle(int64_t timeout_ms, const Clock& clock) {
    if (!player_) return;
    player_->wait_ready(timeout_ms);
    player_->follow(clock.elapsed_ms());
}

int64_t ScreenReader::next_change_ms(int64_t elapsed_ms) const {
    return player_ ? player_->next_change_ms(elapsed_ms) : INT64_MAX;
}

std::string ScreenReader::spoken_word(int64_t elapsed_ms) const {
    std::optional<SpokenWord> w = player_ ? player_->word(elapsed_ms) : std::nullopt;
    return w ? spoken_text(player_->parts(), *w) : "";
}

} // namespace kiosk
