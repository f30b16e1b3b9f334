#pragma once

#include "map/mappainter.h"

#include <QRectF>

#include <future>
#include <memory>

class QPainter;
class WorldMap;

// The map as a figure of a page (PDF, SVG, print): what a MapPainter draws of a region, laid
// out at a fixed width so that names and symbols keep their proportion to the map whatever the
// size of the page, then scaled into the figure's rectangle. Always text and paths, never
// images of them; no hover is shown.
//
// Copies share the world outlines. When the painter has none yet (the map was never shown, or
// there is no window at all), they load on a thread of their own while the export lays out its
// text, and the first painting waits for them.
class MapFigure
{
public:
    // `shown` is the region in world units; empty: the briefing's own (MapFeatures::region()).
    explicit MapFigure(MapPainter painter, const QRectF &shown = {});

    void operator()(QPainter *target, const QRectF &rect);

private:
    MapPainter m_painter;
    QRectF m_shown;
    std::shared_future<std::shared_ptr<const WorldMap>> m_world;
};
