// How many pixels make a millimetre on the kiosk's screen: the tap slop and the smallest touch
// target are physical sizes, whatever the resolution. The configuration knows best
// ([display] width_mm); then what the monitor says of itself (EDID), when it is believable;
// else the screen is taken for a 21.5-inch 1920x1080 panel, the smallest common kiosk.
#pragma once

namespace kiosk {

constexpr float default_px_per_mm = 1920 / 476.f; // 21.5 inches across a 16:9 diagonal: 476 mm wide

struct ScreenDensity {
    float px_per_mm = default_px_per_mm;
    const char* source = "default"; // "configuration", "monitor" or "default"
};

// A screen narrower than this, in the units of the 21.5-inch panel's text (its pixels over the
// density's ratio to that panel's), is a phone or a 7-inch panel upright: one column, and
// headings near the body size.
constexpr float narrow_room = 600;

// The screen's size in pixels; its width as configured, 0 when not; as the monitor reports it,
// 0 when it does not.
ScreenDensity screen_density(int width_px, int height_px, int configured_width_mm, int monitor_width_mm,
                             int monitor_height_mm);

} // namespace kiosk
