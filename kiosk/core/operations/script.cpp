#include "core/operations/script.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <sstream>

namespace kiosk {

namespace {

using Kind = ScriptCommand::Kind;

struct Syntax {
    Kind kind;
    int numbers;     // how many numbers follow
    bool text_first; // a word (id, chord, name) before the numbers
    bool rest;       // the rest of the line is one text
};

const std::map<std::string, Syntax>& syntax() {
    static const std::map<std::string, Syntax> s = {
        {"tap", {Kind::Tap, 0, true, false}},
        {"tap-text", {Kind::TapText, 0, false, true}},
        {"reveal", {Kind::Reveal, 0, true, false}},
        {"press", {Kind::Press, 1, true, false}},
        {"drag", {Kind::Drag, 5, false, false}},
        {"type", {Kind::Type, 0, false, true}},
        {"key", {Kind::Key, 0, true, false}},
        {"wait", {Kind::Wait, 1, false, false}},
        {"settle", {Kind::Settle, 0, false, false}},
        {"expect", {Kind::Expect, 0, false, true}},
        {"expect-id", {Kind::ExpectId, 0, true, false}},
        {"expect-no", {Kind::ExpectNo, 0, false, true}},
        {"expect-no-id", {Kind::ExpectNoId, 0, true, false}},
        {"expect-whole", {Kind::ExpectWhole, 0, true, false}},
        {"expect-pictogram", {Kind::ExpectPictogram, 0, true, false}},
        {"expect-still", {Kind::ExpectStill, 1, true, false}},
        {"expect-spoken", {Kind::ExpectSpoken, 0, false, true}},
        {"expect-silent", {Kind::ExpectSilent, 0, false, false}},
        {"expect-forgotten", {Kind::ExpectForgotten, 0, false, true}},
        {"shot", {Kind::Shot, 0, true, false}},
        {"dump", {Kind::Dump, 0, true, false}},
    };
    return s;
}

// The player turns a duration into whole milliseconds (int64_t): a number past that range, or not
// finite, is undefined behaviour there. No test waits a day; e2e scripts wait 200 s at most.
constexpr float longest_ms = 86'400'000;
constexpr float widest_px = 100'000; // further than any screen, and exact in a float

bool parse_number(const std::string& word, float& out) {
    char* end = nullptr;
    out = std::strtof(word.c_str(), &end);
    return !word.empty() && end && *end == '\0' && out >= 0;
}

// What is wrong with a command's number (its last one is milliseconds, the others pixels); empty if nothing.
std::string number_error(const std::string& verb, const std::string& word, float value, bool ms) {
    if (!std::isfinite(value))
        return verb + ": " + word + " is not a " + (ms ? "number of milliseconds" : "position on the screen");
    if (ms && value > longest_ms) return verb + ": " + word + " ms is longer than a day (86400000 ms)";
    if (!ms && value > widest_px) return verb + ": " + word + " is not a position on the screen";
    return "";
}

std::string parse_line(const std::string& line, ScriptCommand& cmd) {
    std::istringstream in(line);
    std::string verb;
    in >> verb;
    auto it = syntax().find(verb);
    if (it == syntax().end()) return "unknown command '" + verb + "'";
    const Syntax& s = it->second;
    cmd.kind = s.kind;
    if (s.rest) {
        std::getline(in >> std::ws, cmd.text);
        while (!cmd.text.empty() && (cmd.text.back() == ' ' || cmd.text.back() == '\r')) cmd.text.pop_back();
        return cmd.text.empty() ? verb + " needs a text" : "";
    }
    if (s.text_first && !(in >> cmd.text)) return verb + " needs an argument";
    for (int i = 0; i < s.numbers; ++i) {
        std::string word;
        float value;
        if (!(in >> word) || !parse_number(word, value))
            return verb + " needs " + std::to_string(s.numbers) + " number(s)";
        if (std::string e = number_error(verb, word, value, i == s.numbers - 1); !e.empty()) return e;
        cmd.numbers.push_back(value);
    }
    std::string extra;
    if (in >> extra) return "unexpected '" + extra + "' after " + verb;
    return "";
}

} // namespace

ScriptParse parse_script(const std::string& text) {
    ScriptParse out;
    std::istringstream in(text);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        size_t start = line.find_first_not_of(" \t\r");
        if (start == std::string::npos || line[start] == '#') continue;
        ScriptCommand cmd;
        cmd.line = number;
        cmd.source = line.substr(start);
        std::string error = parse_line(cmd.source, cmd);
        if (!error.empty()) {
            out.error = "line " + std::to_string(number) + ": " + error;
            out.commands.clear();
            return out;
        }
        out.commands.push_back(std::move(cmd));
    }
    return out;
}

} // namespace kiosk
