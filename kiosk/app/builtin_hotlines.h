// The emergency numbers built into the program, for the screen shown when no content bundle can
// be used: a kiosk with broken content must still tell people whom to call.
#pragma once
#include "ui/ui_frame.h"

#include <vector>

namespace kiosk {

std::vector<StripEntry> builtin_strip();

} // namespace kiosk
