// Finds the Noto fonts with fontconfig and loads the kiosk's four sizes into Dear ImGui's atlas.
#pragma once
#include "ui_frame.h"

#include <string>

namespace kiosk {

// The file of the font fontconfig chooses for this family and style; empty when it has none
// of that family (fontconfig would otherwise silently substitute another).
std::string find_font_file(const std::string& family, const std::string& style);

// Loads the fonts at this scale (1 at 1920x1080). A missing font is not fatal: the kiosk falls
// back to Dear ImGui's built-in font and returns a warning to log.
Fonts load_fonts(float scale, std::string& warning);

} // namespace kiosk
