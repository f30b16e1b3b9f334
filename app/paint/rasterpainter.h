#pragma once

// The paint/ folder: what the map and the timeline share in painting, on the screen and on a
// page.

#include <QPaintEngine>
#include <QPainter>

// Whether a painter paints pixels (the screen, an image) rather than a page (PDF, SVG): the
// screen gets shortcuts that look the same there, such as images copied instead of shapes
// drawn, and a page keeps its shapes and text.
inline bool isRasterPainter(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster;
}
