#include "map/mapprojection.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

double MapProjection::clampLatitude(double lat)
{
    return std::clamp(lat, -MaxLatitude, MaxLatitude);
}

double MapProjection::wrapLongitude(double lon)
{
    const double wrapped = std::fmod(lon + 180.0, 360.0);
    return (wrapped < 0 ? wrapped + 360.0 : wrapped) - 180.0;
}

QPointF MapProjection::project(const GeoPoint &point)
{
    const double lat = qDegreesToRadians(clampLatitude(point.lat));
    const double x = (point.lon + 180.0) / 360.0;
    const double y = 0.5 - std::log(std::tan(M_PI / 4 + lat / 2)) / (2 * M_PI);
    return {x, std::clamp(y, 0.0, 1.0)};
}

GeoPoint MapProjection::unproject(const QPointF &world)
{
    const double y = std::clamp(world.y(), 0.0, 1.0);
    const double lat = qRadiansToDegrees(2 * std::atan(std::exp((0.5 - y) * 2 * M_PI)) - M_PI / 2);
    return {clampLatitude(lat), wrapLongitude(world.x() * 360.0 - 180.0)};
}

QRectF MapProjection::projectBox(const GeoBox &box)
{
    const QPointF northWest = project({box.north, box.west});
    QPointF southEast = project({box.south, box.east});
    if (box.crossesDateline())
        southEast.rx() += 1.0;
    return QRectF(northWest, southEast);
}

double MapProjection::nearestCopy(double x, double reference)
{
    return x + std::round(reference - x);
}

QList<QPointF> MapProjection::projectLine(const QList<GeoPoint> &points)
{
    QList<QPointF> projected;
    projected.reserve(points.size());
    for (const GeoPoint &point : points) {
        QPointF p = project(point);
        if (!projected.isEmpty())
            p.rx() = nearestCopy(p.x(), projected.constLast().x());
        projected.append(p);
    }
    return projected;
}

double MapProjection::metresPerUnit(double lat)
{
    return 2 * M_PI * EarthRadius * std::cos(qDegreesToRadians(clampLatitude(lat)));
}
