// What the screens show, looked up in the bundle when the visit changes (not in a frame): the
// visitor's language's strings and glossary, the emergency strip of the day, the result's
// services, the service, the search results and the list.
#pragma once
#include "core/content/content_store.h"
#include "core/language/glossary.h"
#include "core/language/i18n.h"
#include "core/time/clock.h"
#include "core/visit/content_failures.h"
#include "core/visit/session.h"
#include "ui/ui_frame.h"

#include <cstddef>
#include <functional>
#include <string>

namespace kiosk {

class ScreenLookup {
  public:
    void forget(); // new content: the strings are read again
    // lang: the language shown (the visitor's, else the kiosk's).
    void refresh(const ContentStore& store, const Session& session, const std::string& lang,
                 const Clock& clock, ScreenData& data);
    std::string title(const Session& session, const std::string& picker_title) const; // the top bar's

    const Strings& strings() const { return strings_; }
    Glossary& glossary() { return glossary_; }

  private:
    std::string lang_;      // whose strings and glossary are held
    std::string strip_day_; // the Paris day the strip was listed for: lines have dates
    Strings strings_;
    Glossary glossary_;        // the words of lang_, found in each text once
    ContentFailures failures_; // what the bundle could not give a screen, logged once each

    void follow_language(const ContentStore& store, const std::string& lang, const std::string& today,
                         ScreenData& data);
    static void clear_services(ScreenData& data);
    bool looked_up(const std::string& what, const std::string& outcome, const std::function<void()>& look_up);
    void log_failure(const std::string& what, const std::string& outcome, const DbError& e);
    void look_up_list(const ContentStore& store, const Visit& v, const Clock& clock, ScreenData& data) const;
    size_t unrecorded_count(const ContentStore& store, const Visit& v, const Clock& clock) const;
};

} // namespace kiosk
