#include "geo.h"

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

bool is_valid(GeoPoint p) {
    return p.latitude >= -90 && p.latitude <= 90 && p.longitude >= -180 && p.longitude <= 180;
}

} // namespace kiosk
