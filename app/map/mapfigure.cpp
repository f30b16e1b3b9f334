#include "map/mapfigure.h"

#include "map/mapviewport.h"
#include "map/worldmap.h"

#include <QPainter>

MapFigure::MapFigure(MapPainter painter, const QRectF &shown)
    : m_painter(std::move(painter)),
      m_shown(shown.isEmpty() ? m_painter.features().region() : shown)
{
    m_painter.setHovered({});
    m_painter.setSpriteCache(nullptr);
    if (!m_painter.world())
        m_world = std::async(std::launch::async, &WorldMap::builtIn).share();
}

void MapFigure::operator()(QPainter *target, const QRectF &rect)
{
    if (rect.isEmpty() || !m_painter.briefing())
        return;
    if (!m_painter.world())
        m_painter.setWorld(m_world.get());
    constexpr double Width = 1000;
    const QSizeF size(Width, Width * rect.height() / rect.width());
    const MapViewport view =
        MapViewport::fitting(m_shown, size, 1.0, MapFeatures::MinimumSpan).clamped();
    target->save();
    target->translate(rect.topLeft());
    target->scale(rect.width() / size.width(), rect.height() / size.height());
    target->setClipRect(QRectF(QPointF(0, 0), size), Qt::IntersectClip);
    m_painter.paint(*target, view);
    target->restore();
}
