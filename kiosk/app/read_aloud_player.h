// Reads a screen aloud without holding up a frame: espeak-ng and the sound card work on a
// thread of their own, and the frame loop only asks which word is being spoken now, on the
// kiosk's clock, to highlight it and to know when to draw next.
#pragma once
#include "core/speech/read_aloud.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace kiosk {

class ReadAloudPlayer {
  public:
    // wav_path: write what is read to this WAV file instead of the sound card (tests, and a
    // kiosk without speakers being checked). wake is called from the thread when sound is ready.
    ReadAloudPlayer(std::string wav_path, std::function<void()> wake);
    ~ReadAloudPlayer();
    ReadAloudPlayer(const ReadAloudPlayer&) = delete;
    ReadAloudPlayer& operator=(const ReadAloudPlayer&) = delete;

    bool has_output() const;                                             // a sound card, or the WAV file
    bool has_voice(const std::string& lang) const;                       // espeak-ng reads this language
    void start(std::vector<ReadingPart> parts, const std::string& lang); // synthesised on the thread
    void start(std::vector<ReadingPart> parts, Speech recorded);         // clips from the bundle
    void stop();
    bool active() const; // being prepared or being read
    bool preparing() const;

    // The frame loop's side, on its clock: the first call after the sound is ready starts the
    // highlighting from that moment.
    void follow(int64_t now_ms);
    std::optional<SpokenWord> word(int64_t now_ms) const;
    int64_t next_change_ms(int64_t now_ms) const; // INT64_MAX when nothing will change
    const std::vector<ReadingPart>& parts() const { return parts_; }
    void wait_ready(int64_t timeout_ms) const; // the script driver's `settle`

  private:
    enum class State { Idle, Preparing, Ready, Playing };
    std::string wav_path_;
    std::function<void()> wake_;
    std::vector<ReadingPart> parts_; // the frame loop's copy
    int64_t started_ms_ = 0;         // kiosk clock, when the highlighting began

    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    State state_ = State::Idle;
    bool quit_ = false, voices_known_ = false, has_output_ = false;
    uint64_t job_ = 0; // bumped by start and stop: the thread drops work for an older job
    std::set<std::string> voices_;
    std::vector<ReadingPart> job_parts_;
    std::string job_lang_;
    Speech speech_;
    std::thread thread_;

    void loop();
    void play(uint64_t job);
};

} // namespace kiosk
