#include "map/greatcircle.h"

#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

using Vector = std::array<double, 3>;

Vector toVector(const GeoPoint &p)
{
    const double lat = qDegreesToRadians(p.lat);
    const double lon = qDegreesToRadians(p.lon);
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

GeoPoint toGeo(const Vector &v)
{
    return {qRadiansToDegrees(std::atan2(v[2], std::hypot(v[0], v[1]))),
            qRadiansToDegrees(std::atan2(v[1], v[0]))};
}

} // namespace

double GreatCircle::angle(const GeoPoint &a, const GeoPoint &b)
{
    const double dLat = qDegreesToRadians(b.lat - a.lat);
    const double dLon = qDegreesToRadians(b.lon - a.lon);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(qDegreesToRadians(a.lat)) * std::cos(qDegreesToRadians(b.lat))
            * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * std::asin(std::sqrt(std::clamp(h, 0.0, 1.0)));
}

double GreatCircle::distance(const GeoPoint &a, const GeoPoint &b)
{
    return angle(a, b) * EarthRadius;
}

QList<GeoPoint> GreatCircle::arc(const GeoPoint &a, const GeoPoint &b)
{
    const double d = angle(a, b);
    const double sinD = std::sin(d);
    // Nearly the same point, or nearly antipodal: no curve to draw, or none that is the one.
    if (sinD < 1e-9)
        return {a, b};
    const int steps = std::max(1, int(std::ceil(qRadiansToDegrees(d) / MaxStep)));
    const Vector va = toVector(a);
    const Vector vb = toVector(b);
    QList<GeoPoint> points;
    points.reserve(steps + 1);
    points.append(a);
    // Spherical linear interpolation: every point is on the circle through a and b.
    for (int i = 1; i < steps; ++i) {
        const double t = double(i) / steps;
        const double wa = std::sin((1 - t) * d) / sinD;
        const double wb = std::sin(t * d) / sinD;
        points.append(toGeo({wa * va[0] + wb * vb[0], wa * va[1] + wb * vb[1],
                             wa * va[2] + wb * vb[2]}));
    }
    points.append(b);
    return points;
}

QList<GeoPoint> GreatCircle::path(const QList<GeoPoint> &points)
{
    if (points.size() < 2)
        return points;
    QList<GeoPoint> out{points.constFirst()};
    for (qsizetype i = 1; i < points.size(); ++i)
        out += arc(points.at(i - 1), points.at(i)).mid(1);
    return out;
}
