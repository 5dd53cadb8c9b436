// When "open now" finds nothing (a Sunday, a night), the places that open soonest: a visitor is
// told where to go first rather than shown an empty list.
#pragma once
#include "core/content/content.h"
#include "core/time/civil_time.h"

#include <vector>

namespace kiosk {

// Minutes from `now` until the service next opens, within the coming week; -1 if its hours are
// unknown, unreadable, open now, or closed all week.
int minutes_until_open(const Service& s, LocalTime now);

// The first `n` of `places` (nearest first) by how soon they open, the nearer first among those
// opening at the same time; places not opening within the week are left out.
std::vector<Service> soonest_open(std::vector<Service> places, LocalTime now, size_t n);

} // namespace kiosk
