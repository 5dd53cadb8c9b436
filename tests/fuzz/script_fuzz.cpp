// Script lines for the kiosk's script driver. Parsed here, then the durations converted the way
// kiosk/app/script_player.cpp converts them to whole milliseconds before playing.
#include "core/operations/script.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ScriptParse p = parse_script(std::string(reinterpret_cast<const char*>(data), size));
    if (!p.error.empty()) return 0;
    volatile int64_t sink = 0;
    for (const ScriptCommand& c : p.commands)
        if (c.kind == ScriptCommand::Kind::Press || c.kind == ScriptCommand::Kind::Wait ||
            c.kind == ScriptCommand::Kind::ExpectStill)
            sink = sink + static_cast<int64_t>(c.numbers.at(0));
    return 0;
}
