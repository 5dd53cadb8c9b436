#include "core/screen/screen_density.h"

#include <cmath>

namespace kiosk {

namespace {

// Monitors without a real EDID report nothing, or a nominal 16x9 or 4x3 that is only a shape.
// Anything from 1 to 20 px/mm (25 to 500 dpi) in the pixels' own proportions could be a real
// screen; the rest is not.
bool believable(int width_px, int height_px, int width_mm, int height_mm) {
    if (width_px <= 0 || height_px <= 0 || width_mm <= 0 || height_mm <= 0) return false;
    float density = static_cast<float>(width_px) / static_cast<float>(width_mm);
    float px_ratio = static_cast<float>(width_px) / static_cast<float>(height_px);
    float mm_ratio = static_cast<float>(width_mm) / static_cast<float>(height_mm);
    return density >= 1 && density <= 20 && std::abs(px_ratio / mm_ratio - 1) < 0.1f;
}

} // namespace

ScreenDensity screen_density(int width_px, int height_px, int configured_width_mm, int monitor_width_mm,
                             int monitor_height_mm) {
    if (configured_width_mm > 0 && width_px > 0)
        return {static_cast<float>(width_px) / static_cast<float>(configured_width_mm), "configuration"};
    if (believable(width_px, height_px, monitor_width_mm, monitor_height_mm))
        return {static_cast<float>(width_px) / static_cast<float>(monitor_width_mm), "monitor"};
    return {};
}

} // namespace kiosk
