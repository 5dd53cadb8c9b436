// What a screen must never show a visitor, read from the items the last frame registered: anything
// running off the screen, two tappable things on top of each other, text cut off, a tappable thing
// smaller than a fingertip. Scrolling areas cut their content at top and bottom on purpose;
// sideways they must not.
#pragma once
#include "core/screen/item_registry.h"

#include <string>
#include <vector>

namespace kiosk {

constexpr float min_target_mm = 9; // every tappable thing is at least this wide and this tall

// width and height of the screen in pixels; px_per_mm its density (screen_density.h).
std::vector<std::string> layout_problems(const std::vector<Item>& items, float width, float height,
                                         float px_per_mm);

} // namespace kiosk
