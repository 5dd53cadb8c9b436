// The anonymous figures as CSV for a USB stick: daily counters only (day, what, value, count), so
// the file holds no time finer than the day, no sequence of a visit and nothing a visitor typed.
#pragma once
#include "core/storage/state_store.h"

#include <string>
#include <vector>

namespace kiosk {

// RFC 4180: header "day,what,value,count", CRLF line ends, fields quoted when they need it.
// Throws std::runtime_error if a day is not YYYY-MM-DD, so nothing finer can leave the kiosk.
std::string figures_csv(const std::vector<DailyCount>& counts);

// Writes kiosk-figures-<first day>-to-<last day>.csv (kiosk-figures-none.csv when there are no
// figures) into dir, whole or not at all, and returns its name. Throws std::runtime_error with one
// plain sentence, such as "the stick is full".
std::string export_figures(const StateStore& store, const std::string& dir);

} // namespace kiosk
