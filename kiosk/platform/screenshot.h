// Writes what the current OpenGL back buffer shows to a PNG file: the pixels a visitor sees.
#pragma once
#include <string>

namespace kiosk {

// Call after rendering and before swapping. Throws std::runtime_error when the file cannot be written.
void save_screenshot(const std::string& path, int width, int height);

} // namespace kiosk
