// Touch targets of the marked words in a text: each word's glyph box, grown to a fingertip's size
// without covering another marked word.
#pragma once
#include <string>
#include <vector>

namespace kiosk {

// A word's target on one line: its glyphs' box, to be grown to a fingertip's size.
struct WordTarget {
    std::string id;
    float min_x = 0, min_y = 0, max_x = 0, max_y = 0;
};

// Grows each target to `room` wide and high around its word; where small text puts a marked word
// on the line above or below within reach, away from it, so that no two targets overlap.
void grow_word_targets(std::vector<WordTarget>& targets, float room);

} // namespace kiosk
