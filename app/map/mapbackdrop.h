#pragma once

#include "map/mapviewport.h"

#include <QImage>

class MapPainter;
class QPainter;

// The last frame's backdrop (MapPainter::paintBackdrop: everything under the names), kept as
// an image for the screen. When only the view's centre has moved, by whole device pixels, the
// image is moved and only the strips it uncovers are painted; a zoom, a resize or any other
// change (MapPainter::revision()) paints it whole.
class MapBackdrop
{
public:
    // Draws the backdrop for `view` at the painter's origin.
    void paint(QPainter &painter, const MapPainter &map, const MapViewport &view);
    // Forgets the image (for example, when the canvas is hidden).
    void clear();

private:
    QImage m_image;
    QImage m_spare;
    MapViewport m_view;
    quint64 m_revision = 0;
    qreal m_ratio = 0;
};
