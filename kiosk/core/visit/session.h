// A visit, from the language picker to the last result, and the rules that end it. The screens
// draw a Session and send it Intents; nothing here knows about pixels.
#pragma once
#include "core/content/content_store.h"
#include "core/time/clock.h"
#include "core/visit/flow_engine.h"

#include <cassert>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

enum class Screen { Language, Topics, Flow, Service, Hotline, Search, List };

struct Intent {
    enum class Kind {
        PickLanguage,
        OpenLanguages,
        OpenSearch,
        TypeKey,
        Backspace,
        BrowseCategory,
        OpenList,
        ToggleFilter,
        OpenTopic,
        Choose,
        Continue,
        OpenService,
        OpenHotline,
        Back,
        Home,
        StayHere,
        EndVisit,
        CycleTextSize, // normal, large, largest, normal again
        ToggleContrast,
        ReadAloud,    // the speaker button: the app reads the screen, or stops
        OpenGlossary, // a marked word: its explanation opens over the screen
        CloseGlossary,
        Print,       // the print button: the app prints the screen's slip
        DismissPrint // the printing message tapped away
    };
    Kind kind;
    std::string
        arg{};        // language code, topic key, category, filter, service id, hotline number or glossary id
    size_t index = 0; // Choose: the choice's position, from 0
};

// One screen of the visit's trail, with what it shows.
struct Step {
    Screen screen = Screen::Language;
    std::string subject; // the service id or hotline number it shows; empty for other screens
    bool operator==(const Step&) const = default;
};

struct Visit {
    std::string lang;                // empty until the visitor picks one
    std::vector<Step> steps{Step{}}; // never empty: the picker at the bottom, back() is what shows
    std::string topic;
    std::string day;                   // Paris "YYYY-MM-DD" when the topic was opened: the content's day
    std::shared_ptr<const Flow> dated; // the topic's flow as on that day; flow runs on it
    std::optional<FlowRun> flow;
    std::string query;          // typed on the on-screen keyboard: kept only for this visit
    std::string category;       // browsed instead, where the language has no keyboard
    ServiceFilter filter;       // the lists' filters: kept for the visit, then forgotten
    int text_size = 0;          // 0 normal, 1 large, 2 largest: kept for the visit only
    bool high_contrast = false; // light on black: kept for the visit only
    std::string glossary;       // the glossary word explained over the screen; empty for none

    const Step& step() const {
        assert(!steps.empty());
        return steps.back();
    }
    const std::string& subject() const { return step().subject; }
};

inline constexpr int text_size_count = 3;

struct SessionTimes {
    int64_t idle_after_ms = 90'000; // no touch for this long: "Still there?"
    int64_t countdown_ms = 15'000;  // then this long before the visit is erased
};

// Anonymous daily figures: what was chosen, never in which order or by whom.
using CountFn = std::function<void(const std::string& what, const std::string& value)>;

class Session {
  public:
    Session(const ContentStore& store, const Clock& clock, SessionTimes times = {}, CountFn count = {});

    void apply(const Intent& intent); // an intent is also a touch
    void touch();                     // any input at all
    void tick();                      // runs timers; call at next_deadline_ms() or later
    int64_t next_deadline_ms() const; // INT64_MAX when nothing is due
    void erase();                     // forget the visit: back to the picker, nothing kept

    const Visit& visit() const { return visit_; }
    Screen screen() const { return visit_.step().screen; }
    // A visitor who only changed how the picker looks has started a visit too: it must be erased.
    bool in_progress() const {
        return visit_.steps.size() > 1 || !visit_.lang.empty() || visit_.text_size != 0 ||
               visit_.high_contrast;
    }
    // Changes whenever the visitor is shown another screen or other content on it (another step,
    // service, list, filter or search): the screens then start at their top.
    uint64_t shown() const { return shown_; }
    bool shown_by_back() const {
        return shown_by_back_;
    } // the last change went back: the screen keeps its place
    bool idle_prompt() const { return prompt_; }
    int countdown_seconds() const; // whole seconds left before erasure, while prompting

  private:
    const ContentStore& store_;
    const Clock& clock_;
    SessionTimes times_;
    CountFn count_;
    Visit visit_;
    int64_t last_touch_ms_;
    bool prompt_ = false;
    uint64_t shown_ = 0;
    bool shown_by_back_ = false;

    void apply_intent(const Intent& intent);
    void push(Screen s, const std::string& subject = "");
    void back();
    void pick_language(const std::string& code);
    void open_topic(const std::string& key);
    bool may_exist(const std::string& service_id) const;
    void toggle_filter(const std::string& which);
    void after_flow_move();
    void count(const char* what, const std::string& value);
    std::string where() const; // what is shown, as a key: compared before and after an intent
};

} // namespace kiosk
