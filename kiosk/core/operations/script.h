// The script driver's language (README.md, "The script driver"): one command a line, '#' comments. Parsing
// lives here so it is tested without a window; kiosk/app plays the commands on the real app.
#pragma once
#include <string>
#include <vector>

namespace kiosk {

struct ScriptCommand {
    enum class Kind {
        Tap,
        TapText,
        Reveal, // taps the "more below" cues, as a visitor would, until an item shows whole
        Press,
        Drag,
        Type,
        Key,
        Wait,
        Settle,
        Expect,
        ExpectId,
        ExpectNo,
        ExpectNoId,
        ExpectWhole,     // an item is on screen entirely: nothing of it is cut off or scrolled away
        ExpectPictogram, // an item shows its pictogram
        ExpectStill,
        ExpectSpoken,    // the word being read aloud (highlighted) is this text
        ExpectSilent,    // nothing is being read aloud
        ExpectForgotten, // no text held in memory (laid out for the screen) contains this
        Shot,
        Dump
    };
    Kind kind;
    std::string text;           // id, text, key chord or name
    std::vector<float> numbers; // Press: ms; Drag: x1 y1 x2 y2 ms; Wait, ExpectStill: ms
    int line = 0;
    std::string source; // the line as written, for error messages
};

struct ScriptParse {
    std::vector<ScriptCommand> commands;
    std::string error; // "line 3: ..." when the script is malformed
};

[[nodiscard]] ScriptParse parse_script(const std::string& text);

} // namespace kiosk
