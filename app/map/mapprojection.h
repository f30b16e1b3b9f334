#pragma once

#include "document/briefing.h"

#include <QList>
#include <QPointF>
#include <QRectF>

// Web Mercator on the unit square, the projection of the map tab. It is conformal (shapes and
// angles look right at every latitude, which suits regional maps) and independent of the
// region shown, so the world's outlines are projected once for every document.
//
// World units: x = 0 at 180° W, growing east to 1 at 180° E; y = 0 at MaxLatitude north,
// growing south to 1 at MaxLatitude south. Latitudes beyond ±MaxLatitude clamp to the square's
// edge, so a pole maps to its edge and never to infinity. Longitudes wrap: the world repeats
// every unit of x, and x outside [0, 1) is the same meridian as x modulo 1. Something that
// crosses the 180° meridian (a region with west > east, a line from 179° E to 179° W) is kept in
// one piece by letting x run past 1 (or below 0) instead of jumping across the map.
class MapProjection
{
public:
    MapProjection() = delete;

    // atan(sinh(pi)) in degrees: where the Mercator square ends.
    static constexpr double MaxLatitude = 85.05112877980659;
    // The sphere of Web Mercator (WGS 84 semi-major axis), in metres.
    static constexpr double EarthRadius = 6378137.0;

    static double clampLatitude(double lat);
    // Into [-180, 180).
    static double wrapLongitude(double lon);

    static QPointF project(const GeoPoint &point);
    // The inverse of project(), with x wrapped back to a longitude in [-180, 180) and y clamped
    // to the square.
    static GeoPoint unproject(const QPointF &world);

    // The projected box. When west > east the box crosses the 180° meridian and its right
    // edge lies past x = 1. A box of no size stays one (a point).
    static QRectF projectBox(const GeoBox &box);

    // The x of the copy of `x` (x + k for a whole k) nearest to `reference`.
    static double nearestCopy(double x, double reference);

    // The points of a line, projected so that consecutive points are never more than half a
    // world apart in x: a line that crosses the 180° meridian continues past the edge.
    static QList<QPointF> projectLine(const QList<GeoPoint> &points);

    // Metres on the ground per world unit, at a latitude (the Mercator scale factor).
    static double metresPerUnit(double lat);
};
