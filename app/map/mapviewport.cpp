#include "map/mapviewport.h"

#include "map/mapprojection.h"

#include <algorithm>
#include <cmath>

MapViewport::MapViewport(const QPointF &centre, double worldWidth, const QSizeF &size)
    : m_centre(centre), m_worldWidth(worldWidth), m_size(size)
{
}

MapViewport MapViewport::fitting(const QRectF &box, const QSizeF &size, double padding,
                                 double minimumSpan)
{
    const double w = std::max(box.width(), minimumSpan);
    const double h = std::max(box.height(), minimumSpan);
    return {box.center(), std::min(size.width() / w, size.height() / h) * padding, size};
}

MapViewport MapViewport::clamped(double minWorldWidth, double maxWorldWidth) const
{
    const double lowest = std::max(minWorldWidth, std::min(m_size.width(), m_size.height()) * 0.9);
    const double width = std::clamp(m_worldWidth, lowest, std::max(lowest, maxWorldWidth));
    QPointF c = m_centre;
    c.rx() -= std::floor(c.x());
    const double halfHeight = m_size.height() / 2.0 / width;
    c.ry() = halfHeight * 2 >= 1 ? 0.5 : std::clamp(c.y(), halfHeight, 1 - halfHeight);
    return {c, width, m_size};
}

QRectF MapViewport::viewRect() const
{
    const QSizeF size = m_size / m_worldWidth;
    return QRectF(m_centre - QPointF(size.width() / 2, size.height() / 2), size);
}

QPointF MapViewport::toScreen(const QPointF &world) const
{
    return (world - m_centre) * m_worldWidth + QPointF(m_size.width() / 2, m_size.height() / 2);
}

QPointF MapViewport::toScreen(const GeoPoint &point) const
{
    QPointF world = MapProjection::project(point);
    world.rx() = MapProjection::nearestCopy(world.x(), m_centre.x());
    return toScreen(world);
}

QPointF MapViewport::toWorld(const QPointF &pixel) const
{
    return m_centre + (pixel - QPointF(m_size.width() / 2, m_size.height() / 2)) / m_worldWidth;
}

QTransform MapViewport::worldToScreen(int copy) const
{
    QTransform t;
    t.translate(m_size.width() / 2, m_size.height() / 2);
    t.scale(m_worldWidth, m_worldWidth);
    t.translate(copy - m_centre.x(), -m_centre.y());
    return t;
}

QList<int> MapViewport::copies() const
{
    const QRectF view = viewRect();
    QList<int> list;
    for (int k = int(std::floor(view.left())) - 1; k <= int(std::floor(view.right())); ++k)
        list.append(k);
    return list;
}

double MapViewport::metresPerPixel() const
{
    return MapProjection::metresPerUnit(MapProjection::unproject(m_centre).lat) / m_worldWidth;
}
