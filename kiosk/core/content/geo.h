// Distances on the Earth's surface, for "nearest first" and "1.2 km from here".
#pragma once
#include "core/content/content.h"

namespace kiosk {

double distance_m(GeoPoint a, GeoPoint b);      // great-circle (haversine), metres
double bearing_deg(GeoPoint from, GeoPoint to); // initial compass bearing, 0 north, 90 east, [0, 360)

// Walking minutes for a straight-line distance: city streets make a walk about 1.25 times the
// straight line, at 4.8 km/h (80 m a minute). Never less than one minute.
int walking_minutes(double straight_line_m);

enum class Compass { N, NE, E, SE, S, SW, W, NW };
Compass compass_point(double bearing);

// Where a place is for a visitor facing the screen: the screen faces `facing` degrees, so the
// visitor looks that way. Ahead, right, behind or left, by quarter.
enum class Relative { Ahead, Right, Behind, Left };
Relative relative_direction(double bearing, double facing);
bool is_valid(GeoPoint p); // latitude in [-90, 90], longitude in [-180, 180], not NaN

// A point on the unit sphere. The straight line between two of them (the chord) grows with the
// great-circle distance, so comparing chords orders places as distance_m does at the cost of a few
// multiplications, and chords obey the triangle inequality.
struct UnitVector {
    double x, y, z;
};
UnitVector unit_vector(GeoPoint p);
double chord(UnitVector a, UnitVector b); // in Earth radii

} // namespace kiosk
