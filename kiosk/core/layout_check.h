// What a screen must never show a visitor, read from the items the last frame registered: anything
// running off the screen, two tappable things on top of each other, text cut off. Scrolling areas
// cut their content at top and bottom on purpose; sideways they must not.
#pragma once
#include "item_registry.h"

#include <string>
#include <vector>

namespace kiosk {

std::vector<std::string> layout_problems(const std::vector<Item>& items, float width, float height);

} // namespace kiosk
