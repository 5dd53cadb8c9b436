// What a visitor can narrow a list of services by. Every filter keeps only the services known to
// match: a service whose fee, appointments, languages, audience or hours no source gives is left
// out, because "maybe" is not an answer to someone who has to walk there. The visitor may still
// ask to see those too (`unrecorded`), each then marked as not recorded: an empty list is no answer
// either.
#pragma once
#include "core/content/content.h"
#include "core/time/civil_time.h"
#include "core/time/french_holidays.h"

#include <array>
#include <string>

namespace kiosk {

// The groups of the "for whom" filter, as stored in service_audience.
constexpr std::array<const char*, 5> audience_groups = {"asylum-seekers", "undocumented", "women", "under-25",
                                                        "families"};
bool is_audience_group(const std::string& group);

struct ServiceFilter {
    bool open_now = false;
    bool free = false;
    bool no_appointment = false;
    std::string language;    // works in this language; empty: any
    std::string audience;    // welcomes this group; empty: anyone
    bool unrecorded = false; // also keep services for which nobody recorded what a filter asks

    bool any() const { return open_now || free || no_appointment || !language.empty() || !audience.empty(); }
};

bool passes(const ServiceFilter& f, const Service& s, LocalTime now);
// Passes only because nobody recorded what a filter asks: the list marks it so.
bool passes_unrecorded(const ServiceFilter& f, const Service& s, LocalTime now);
// The hours of a place whose public holidays are the region's (the place's own: its hours are its own).
bool open_at(const std::string& opening_hours, HolidayRegion region,
             LocalTime now); // false when unknown or unreadable
bool closed_at(const std::string& opening_hours, HolidayRegion region,
               LocalTime now); // readable hours that say closed

} // namespace kiosk
