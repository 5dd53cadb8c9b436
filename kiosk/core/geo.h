// Distances on the Earth's surface, for "nearest first" and "1.2 km from here".
#pragma once
#include "content.h"

namespace kiosk {

double distance_m(GeoPoint a, GeoPoint b); // great-circle (haversine), metres
bool is_valid(GeoPoint p);                 // latitude in [-90, 90], longitude in [-180, 180], not NaN

} // namespace kiosk
