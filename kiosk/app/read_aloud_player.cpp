#include "app/read_aloud_player.h"

#include "core/voice/speech_synth.h"

#include <alsa/asoundlib.h>
#include <pcaudiolib/audio.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace kiosk {

namespace {

// ALSA writes a dozen lines to stderr when a machine has no sound card; the kiosk says it in one.
void quiet_alsa(const char*, int, const char*, int, const char*, ...) {}

void release(audio_object* dev) {
    audio_object_close(dev);
    audio_object_destroy(dev);
}
using AudioDevice = std::unique_ptr<audio_object, void (*)(audio_object*)>;

// The default sound output (PulseAudio, else ALSA), opened for this rate; null when there is none.
AudioDevice open_device(int sample_rate) {
    AudioDevice dev(create_audio_device_object(nullptr, "kiosk", "Read aloud"), release);
    if (dev &&
        audio_object_open(dev.get(), AUDIO_OBJECT_FORMAT_S16LE, static_cast<uint32_t>(sample_rate), 1) != 0)
        dev.reset();
    return dev;
}

constexpr int64_t chunk_ms = 40; // a stop is heard within this

} // namespace

ReadAloudPlayer::ReadAloudPlayer(std::string wav_path, std::function<void()> wake)
    : wav_path_(std::move(wav_path)), wake_(std::move(wake)) {
    thread_ = std::thread([this] { loop(); });
}

ReadAloudPlayer::~ReadAloudPlayer() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        ++job_;
    }
    changed_.notify_all();
    thread_.join();
}

bool ReadAloudPlayer::has_output() const {
    std::lock_guard lock(mutex_);
    return has_output_;
}

bool ReadAloudPlayer::has_voice(const std::string& lang) const {
    std::lock_guard lock(mutex_);
    return voices_.count(lang) > 0;
}

void ReadAloudPlayer::start(std::vector<ReadingPart> parts, const std::string& lang) {
    parts_ = parts;
    {
        std::lock_guard lock(mutex_);
        ++job_;
        job_parts_ = std::move(parts);
        job_lang_ = lang;
        state_ = State::Preparing;
    }
    changed_.notify_all();
}

void ReadAloudPlayer::start(std::vector<ReadingPart> parts, Speech recorded) {
    parts_ = std::move(parts);
    {
        std::lock_guard lock(mutex_);
        ++job_;
        speech_ = std::move(recorded);
        state_ = speech_.words.empty() ? State::Idle : State::Ready;
    }
    changed_.notify_all();
}

void ReadAloudPlayer::stop() {
    {
        std::lock_guard lock(mutex_);
        ++job_;
        state_ = State::Idle;
    }
    changed_.notify_all();
}

bool ReadAloudPlayer::active() const {
    std::lock_guard lock(mutex_);
    return state_ != State::Idle;
}

bool ReadAloudPlayer::preparing() const {
    std::lock_guard lock(mutex_);
    return state_ == State::Preparing;
}

void ReadAloudPlayer::follow(int64_t now_ms) {
    {
        std::lock_guard lock(mutex_);
        if (state_ == State::Ready) {
            state_ = State::Playing;
            started_ms_ = now_ms;
        } else if (state_ == State::Playing && now_ms - started_ms_ >= speech_.duration_ms()) {
            state_ = State::Idle;
        } else {
            return;
        }
    }
    changed_.notify_all();
}

std::optional<SpokenWord> ReadAloudPlayer::word(int64_t now_ms) const {
    std::lock_guard lock(mutex_);
    if (state_ != State::Playing) return std::nullopt;
    return word_at(speech_, now_ms - started_ms_);
}

int64_t ReadAloudPlayer::next_change_ms(int64_t now_ms) const {
    std::lock_guard lock(mutex_);
    if (state_ != State::Playing) return INT64_MAX;
    int64_t next = kiosk::next_change_ms(speech_, now_ms - started_ms_);
    return next < 0 ? now_ms : started_ms_ + next;
}

void ReadAloudPlayer::wait_ready(int64_t timeout_ms) const {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                      [this] { return voices_known_ && state_ != State::Preparing; });
}

void ReadAloudPlayer::loop() {
    std::unique_ptr<SpeechSynth> synth;
    try {
        synth = std::make_unique<SpeechSynth>();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: reading aloud is off: %s\n", e.what());
    }
    std::set<std::string> voices;
    for (const std::string& lang : voiced_languages())
        if (synth && synth->has_voice(lang)) voices.insert(lang);
    snd_lib_error_set_handler(quiet_alsa);
    bool output = !wav_path_.empty() || (synth && open_device(22050));
    if (synth && !output) std::fprintf(stderr, "kiosk: no sound output: the speaker button is not shown\n");
    std::unique_lock lock(mutex_);
    voices_ = std::move(voices);
    has_output_ = output;
    voices_known_ = true;
    changed_.notify_all();
    while (!quit_) {
        changed_.wait(lock,
                      [this] { return quit_ || state_ == State::Preparing || state_ == State::Playing; });
        if (quit_) break;
        uint64_t job = job_;
        if (state_ == State::Playing) {
            lock.unlock();
            play(job);
            lock.lock();
            if (job_ == job) changed_.wait(lock, [&] { return quit_ || job_ != job; });
            continue;
        }
        std::vector<ReadingPart> parts = job_parts_;
        std::string lang = job_lang_;
        lock.unlock();
        Speech speech = synth ? synth->synthesize(parts, lang) : Speech{};
        lock.lock();
        if (job_ != job) continue; // stopped, or another screen asked, meanwhile
        speech_ = std::move(speech);
        state_ = speech_.words.empty() ? State::Idle : State::Ready;
        lock.unlock();
        if (wake_) wake_();
        lock.lock();
    }
}

// Sends the sound out in short pieces, so that a stop (a touch elsewhere) is heard at once.
void ReadAloudPlayer::play(uint64_t job) {
    Pcm sound;
    {
        std::lock_guard lock(mutex_);
        sound = speech_.sound;
    }
    if (!wav_path_.empty()) {
        try {
            std::error_code ec; // a missing folder is made; a failure to write says so below
            std::filesystem::create_directories(std::filesystem::path(wav_path_).parent_path(), ec);
            write_wav(wav_path_, sound);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "kiosk: %s\n", e.what());
        }
        return;
    }
    AudioDevice dev = open_device(sound.sample_rate);
    if (!dev) return;
    size_t chunk = static_cast<size_t>(sound.sample_rate * chunk_ms / 1000);
    for (size_t at = 0; at < sound.samples.size(); at += chunk) {
        bool stopped;
        {
            std::lock_guard lock(mutex_);
            stopped = job_ != job;
        }
        if (stopped) {
            audio_object_flush(dev.get());
            return;
        }
        size_t n = std::min(chunk, sound.samples.size() - at);
        audio_object_write(dev.get(), sound.samples.data() + at, n * sizeof(int16_t));
    }
    audio_object_drain(dev.get());
}

} // namespace kiosk
