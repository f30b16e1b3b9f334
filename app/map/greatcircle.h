#pragma once

#include "document/briefing.h"

#include <QList>

// The shortest way between two points of the globe, as a flight takes it: the great circle
// through them, on a sphere. A flight drawn as a straight line on the Mercator map would
// cross seas and countries it never flies over; drawn along its great circle it bulges
// towards the pole, as airline maps show it.
class GreatCircle
{
public:
    GreatCircle() = delete;

    // The mean radius of the Earth (IUGG), in metres.
    static constexpr double EarthRadius = 6371008.8;
    // The longest step of an arc, in degrees of the circle: short enough that the steps look
    // like one curve at any zoom the map reaches.
    static constexpr double MaxStep = 0.5;

    // The angle between two points seen from the Earth's centre, in radians (haversine).
    static double angle(const GeoPoint &a, const GeoPoint &b);
    // The length of the shortest way from `a` to `b`, in metres.
    static double distance(const GeoPoint &a, const GeoPoint &b);

    // Points along the shortest arc from `a` to `b`, both ends included, no more than MaxStep
    // apart. Longitudes stay in [-180, 180]: an arc across the 180° meridian jumps there, and
    // MapProjection::projectLine() keeps it in one piece. Two antipodal points have no single
    // shortest arc; they give their two ends.
    static QList<GeoPoint> arc(const GeoPoint &a, const GeoPoint &b);
    // The arcs between consecutive points, joined.
    static QList<GeoPoint> path(const QList<GeoPoint> &points);
};
