#include "app/attract_screen.h"

#include "core/language/ui_keys.h"
#include "core/screen/attract_welcome.h"

#include <cassert>
#include <cstdio>

namespace kiosk {

void AttractScreen::load(const ContentStore* store, const std::string& lang, ScreenData& data) {
    data.greetings.clear(); // a reload brings new content
    welcomes_.clear();
    if (!store) return;
    data.categories.clear();
    try {
        data.categories = store->category_ids(); // read once: the search screen draws them every frame
    } catch (const DbError& e) {
        std::fprintf(stderr,
                     "kiosk: the categories cannot be read from the content bundle (SQLite code %d); the "
                     "search screen shows none\n",
                     e.code);
    }
    for (const std::string& l : store->meta().languages) {
        StringTable t;
        try {
            t = store->string_table(l);
        } catch (const DbError& e) { // the picker still offers the language, by its name
            std::fprintf(stderr,
                         "kiosk: the words of language %s cannot be read from the content bundle "
                         "(SQLite code %d); the picker shows no greeting for it\n",
                         l.c_str(), e.code);
        }
        auto text = [&](const char* key) { return t.count(key) ? t[key].text : std::string(); };
        data.greetings.emplace_back(l, text(ui_key::choose_language));
        if (l == lang) welcome_ = text(ui_key::welcome);
        if (!text(ui_key::welcome).empty()) welcomes_.emplace_back(l, text(ui_key::welcome));
    }
}

void AttractScreen::follow(bool on, int64_t elapsed_ms, ScreenData& data) {
    if (on && !was_on_) since_ms_ = elapsed_ms;
    was_on_ = on;
    data.welcome.clear();
    data.welcome_lang.clear();
    if (!on) return;
    assert(can_cycle());
    const auto& [lang, text] = welcomes_[attract_step(since_ms_, elapsed_ms, welcomes_.size()).index];
    data.welcome = text;
    data.welcome_lang = lang;
}

int64_t AttractScreen::next_change_ms(int64_t elapsed_ms) const {
    return attract_step(since_ms_, elapsed_ms, welcomes_.size()).next_change_ms;
}

} // namespace kiosk
