#include "core/screen/touch_targets.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

bool side_by_side(const WordTarget& a, const WordTarget& b) {
    return a.min_x < b.max_x && b.min_x < a.max_x;
}

void widen(std::vector<WordTarget>& targets, float room) {
    for (WordTarget& t : targets) {
        float extra = std::max(0.f, room - (t.max_x - t.min_x)) / 2;
        t.min_x -= extra, t.max_x += extra;
    }
}

// Two marked words close on one line ("A2, B1"): their widened targets meet halfway between the
// words, so that neither covers the other's glyphs.
void part_on_lines(std::vector<WordTarget>& targets, const std::vector<WordTarget>& words) {
    for (size_t a = 0; a < targets.size(); ++a)
        for (size_t b = 0; b < targets.size(); ++b) {
            const WordTarget &left = words[a], &right = words[b];
            bool same_line = left.min_y < right.max_y && right.min_y < left.max_y;
            if (a == b || !same_line || left.max_x > right.min_x || targets[a].max_x <= targets[b].min_x)
                continue;
            float middle = (left.max_x + right.min_x) / 2;
            targets[a].max_x = std::min(targets[a].max_x, middle);
            targets[b].min_x = std::max(targets[b].min_x, middle);
        }
}

void heighten(std::vector<WordTarget>& targets, float room) {
    std::vector<WordTarget> words = targets; // on their lines, before they grow up or down
    for (WordTarget& t : targets) {
        float need = room - (t.max_y - t.min_y);
        if (need <= 0) continue;
        bool above = std::any_of(words.begin(), words.end(), [&](const WordTarget& o) {
            return std::abs(o.max_y - t.min_y) < 1 && side_by_side(o, t);
        });
        bool below = std::any_of(words.begin(), words.end(), [&](const WordTarget& o) {
            return std::abs(o.min_y - t.max_y) < 1 && side_by_side(o, t);
        });
        float up = above == below ? need / 2 : below ? need : 0;
        t.min_y -= up, t.max_y += need - up;
    }
}

} // namespace

void grow_word_targets(std::vector<WordTarget>& targets, float room) {
    std::vector<WordTarget> words = targets; // as the words lie, before any grows
    widen(targets, room);
    part_on_lines(targets, words);
    heighten(targets, room);
}

} // namespace kiosk
