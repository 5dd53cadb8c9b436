// An advice text is a few short steps, one per line, that the result screen draws under big
// numbers (FALC: one idea a line, the thing to do now last). The numbers are not in the text, so
// every language writes only its words and a voice does not read "one dot".
#pragma once
#include <string>
#include <vector>

namespace kiosk {

struct AdviceStep {
    std::string text;
    size_t begin = 0; // where it starts in the whole text, in codepoints: what read-aloud counts in
};

// The non-empty lines of a text, in order, without surrounding spaces.
std::vector<AdviceStep> advice_steps(const std::string& text);

// Where a drawn line starts inside the whole text being read aloud, in codepoints; npos when the
// line is not one of its steps. A word spoken in the whole text is highlighted in its step.
size_t step_offset(const std::string& whole, const std::string& step);

} // namespace kiosk
