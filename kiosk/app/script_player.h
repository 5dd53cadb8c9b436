// Plays a driver script (README.md, "The script driver") on the real app: real window, real GL, virtual time.
#pragma once
#include "app/kiosk_app.h"
#include "core/operations/script.h"
#include "core/time/clock.h"

#include <string>

namespace kiosk {

// Returns 0 when every line held, 1 after printing the first line that failed. frame_times, when
// not empty, is a file that gets one line per frame: the script line playing, the frame's build
// time in microseconds (bench/soak reads it).
int play_script(KioskApp& app, ManualClock& clock, const std::vector<ScriptCommand>& commands,
                const std::string& script_name, const std::string& shots_dir, const std::string& frame_times);

} // namespace kiosk
