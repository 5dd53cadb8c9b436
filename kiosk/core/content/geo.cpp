#include "core/content/geo.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

double distance_m(GeoPoint a, GeoPoint b) {
    constexpr double earth_radius_m = 6371008.8; // IUGG mean radius
    constexpr double rad = M_PI / 180.0;
    double dlat = (b.latitude - a.latitude) * rad;
    double dlon = (b.longitude - a.longitude) * rad;
    double h = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(a.latitude * rad) *
                                                             std::cos(b.latitude * rad) * std::sin(dlon / 2) *
                                                             std::sin(dlon / 2);
    return 2 * earth_radius_m * std::asin(std::min(1.0, std::sqrt(h)));
}

bool is_valid(GeoPoint p) { // false for NaN too: every comparison with NaN is false
    return p.latitude >= -90 && p.latitude <= 90 && p.longitude >= -180 && p.longitude <= 180;
}

UnitVector unit_vector(GeoPoint p) {
    constexpr double rad = M_PI / 180.0;
    double lat = p.latitude * rad, lon = p.longitude * rad;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

double chord(UnitVector a, UnitVector b) {
    return std::sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) + (a.z - b.z) * (a.z - b.z));
}

double bearing_deg(GeoPoint a, GeoPoint b) {
    constexpr double rad = M_PI / 180.0;
    double phi1 = a.latitude * rad, phi2 = b.latitude * rad, dlon = (b.longitude - a.longitude) * rad;
    double y = std::sin(dlon) * std::cos(phi2);
    double x = std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(dlon);
    double deg = std::atan2(y, x) / rad;
    return std::fmod(deg + 360.0, 360.0);
}

int walking_minutes(double straight_line_m) {
    return std::max(1, static_cast<int>(std::lround(straight_line_m * 1.25 / 80.0)));
}

Compass compass_point(double bearing) {
    if (!std::isfinite(bearing)) return Compass::N;
    int sector = static_cast<int>(std::floor(std::fmod(bearing + 22.5 + 360.0, 360.0) / 45.0));
    return static_cast<Compass>(sector % 8);
}

Relative relative_direction(double bearing, double facing) {
    if (!std::isfinite(bearing) || !std::isfinite(facing)) return Relative::Ahead;
    double delta = std::fmod(bearing - facing + 360.0 + 45.0, 360.0);
    return static_cast<Relative>(static_cast<int>(delta / 90.0) % 4);
}

} // namespace kiosk
