// Reading the screen aloud, the app's side: what the speaker button would read on the screen
// shown (espeak-ng in the visitor's language, or the bundle's recorded clips where espeak-ng has
// no voice), starting and stopping the player, and the word to highlight as it is read.
#pragma once
#include "app/read_aloud_player.h"
#include "core/speech/screen_reading.h"
#include "core/visit/content_failures.h"
#include "ui/ui_frame.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kiosk {

class ScreenReader {
  public:
    // Starts the player's thread; wake is called from it when sound is ready.
    void start(const std::string& wav_path, std::function<void()> wake);

    // The screen changed: what its speaker button reads now.
    void follow_screen(const ReadingInputs& in, const ContentStore& store);
    // The speaker button reads the screen, or stops the reading; anything else the visitor does
    // stops it too: a touch elsewhere, or another screen.
    void follow_intents(const std::vector<Intent>& intents, bool pressed_elsewhere, const std::string& lang,
                        ScreenData& data);
    // What the screens show of it this frame: the speaker button, the highlighted word.
    // session: null when no content could be opened, and nothing to read.
    void show(const Session* session, int64_t elapsed_ms, ScreenData& data) const;

    void follow(int64_t elapsed_ms); // the highlighting starts once the sound is ready
    void stop();
    void settle(int64_t timeout_ms, const Clock& clock); // waits for the sound (the script driver)
    bool active() const { return player_ && player_->active(); }
    int64_t next_change_ms(int64_t elapsed_ms) const;  // the next word; INT64_MAX if none
    std::string spoken_word(int64_t elapsed_ms) const; // empty when none

  private:
    std::unique_ptr<ReadAloudPlayer> player_; // its thread joined in its destructor
    std::vector<ReadingPart> parts_;          // what the speaker button would read on this screen
    Speech recorded_;                         // its recorded clips, where espeak-ng has no voice
    ContentFailures failures_;                // clips the bundle could not give, logged once each
};

} // namespace kiosk
