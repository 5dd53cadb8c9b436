// The language picker as the kiosk waits for a visitor: every enabled language's "choose your
// language", and the welcome line going through the languages one after another while nobody
// uses the kiosk, from the first language each time the picker is left alone.
#pragma once
#include "core/content/content_store.h"
#include "ui/ui_frame.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace kiosk {

class AttractScreen {
  public:
    // What never changes while the content is loaded: the greetings, the categories, the welcome
    // in every language. lang: the kiosk's language, whose welcome titles the picker.
    void load(const ContentStore* store, const std::string& lang, ScreenData& data);
    bool can_cycle() const { return !welcomes_.empty(); }
    // on: the picker shows with no visit. Puts the welcome that shows now into data.
    void follow(bool on, int64_t elapsed_ms, ScreenData& data);
    int64_t next_change_ms(int64_t elapsed_ms) const;     // the next language's turn
    const std::string& title() const { return welcome_; } // "Bienvenue" in the kiosk's language

  private:
    std::string welcome_;
    std::vector<std::pair<std::string, std::string>> welcomes_; // (language, its welcome)
    bool was_on_ = false;
    int64_t since_ms_ = 0; // elapsed time the picker was last left alone
};

} // namespace kiosk
