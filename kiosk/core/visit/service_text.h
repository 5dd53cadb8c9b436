// How a service and a hotline read on screen, line by line, in the visitor's language.
// Kept out of the screens so the wording rules are tested without a window.
#pragma once
#include "core/content/content.h"
#include "core/language/i18n.h"
#include "core/time/civil_time.h"

#include <optional>

#include <string>
#include <vector>

namespace kiosk {

// What "here and now" means for the text: the kiosk's local time and which way its visitors face.
struct Here {
    LocalTime now;
    std::optional<double> facing;
};

std::string labelled(const Strings& s, const char* key, const std::string& value); // "Horaires : ..."
std::string distance_text(double metres, const Strings& s); // "À 1,2 km d'ici"; empty when unknown
std::string address_text(const Service& sv);                // "48, rue de la Roquette, 75011 Paris"
// The address, and when it is only a mail address (BP, CS, Cedex), a line that says so.
std::string where_text(const Service& sv, const Strings& s);
std::string hours_text(const Service& sv, const Strings& s, const Here& here); // "Open now · closes at 17:00"
// "À 0,4 km d'ici · à votre gauche (nord-est) · 6 min à pied"; empty when the distance is unknown.
std::string place_text(const Service& sv, const Strings& s, const Here& here);
std::string record_text(const Service& sv, const Strings& s); // its date as shown_date writes it
// "Title — Publisher (29/05/2024)": as written, in its own language, one isolate; only the date
// is written for the visitor's language (shown_date.h).
std::string source_line(const Source& src, const std::string& lang);
std::string free_text(const std::optional<bool>& free, const Strings& s); // empty when unknown
std::string price_text(CallPrice price, const Strings& s);                // empty when unknown
// Language codes as names in the visitor's language ("hébreu, kabyle"), in the order given.
std::string languages_text(const std::vector<std::string>& codes, const Strings& s);
std::string appointment_text(const Service& sv, const Strings& s);

// The coming seven days' hours from today, one line each ("jeudi 03/12 : 09:00-12:00, 14:00-17:00"):
// what a printed slip says, as the visitor may go on another day. Empty when the hours are unknown.
std::vector<std::string> week_hours(const Service& sv, const Strings& s, const Here& here);
// The short lines under a service's name in a list.
std::vector<std::string> service_card_lines(const Service& sv, const Strings& s, const Here& here);
// When a line answers, or "ask at the front desk" where no source gives its hours.
std::string hotline_hours_text(const Hotline& h, const Strings& s);
// The lines under a hotline's number: when it answers, what a call costs.
std::vector<std::string> hotline_lines(const Hotline& h, const Strings& s);
std::string hotline_card_label(const Hotline& h, const Strings& s); // "115 · Emergency shelter"

} // namespace kiosk
