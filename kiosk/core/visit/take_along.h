// What a visitor's phone gets from a QR code on the screen: a service's name, address, phone and
// hours in the visitor's language with a geo: line for the map; a hotline as a tel: link; a
// result as its title, the numbers to call and the places to go. Plain text, no tracking.
#pragma once
#include "core/content/content.h"
#include "core/language/i18n.h"
#include "core/visit/service_text.h"

#include <string>
#include <vector>

namespace kiosk {

std::string service_payload(const Service& sv, const Strings& s, const Here& here);
std::string hotline_payload(const Hotline& h); // tel:115
std::string result_payload(const std::string& title, const std::vector<const Hotline*>& hotlines,
                           const std::vector<Service>& services, const Strings& s);

} // namespace kiosk
