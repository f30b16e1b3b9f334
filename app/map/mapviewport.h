#pragma once

#include "document/briefing.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

// What part of the world a map shows, and where it lands on screen: a centre in
// MapProjection's world units, the width of the whole world in pixels (the zoom) and the size
// of the view in pixels. Pixels grow right (east) and down (south) from the view's top left.
//
// The world repeats every unit of x: the view may span the 180° meridian or show the world
// several times side by side, and copies() says which copies meet it.
class MapViewport
{
public:
    // The zoom's range, as the width of the whole world in pixels: from the whole world to a
    // few hundred metres across the view.
    static constexpr double MinWorldWidth = 256;
    static constexpr double MaxWorldWidth = 4194304;

    MapViewport() = default;
    MapViewport(const QPointF &centre, double worldWidth, const QSizeF &size);

    // The viewport that shows `box` (world units) whole and centred, with `padding` (a
    // fraction of the view, e.g. 0.92) to spare. A box of no size keeps `minimumSpan`.
    static MapViewport fitting(const QRectF &box, const QSizeF &size, double padding,
                               double minimumSpan);

    const QPointF &centre() const { return m_centre; }
    double worldWidth() const { return m_worldWidth; }
    const QSizeF &size() const { return m_size; }

    // The same view kept within bounds: the zoom in [minWorldWidth, maxWorldWidth] (and never
    // so far out that the world is less tall than 90 % of the view), the centre's x wrapped
    // into [0, 1), and its y held so the view does not run past the poles.
    MapViewport clamped(double minWorldWidth = MinWorldWidth,
                        double maxWorldWidth = MaxWorldWidth) const;

    // The view in world units; x may lie outside [0, 1).
    QRectF viewRect() const;
    QPointF toScreen(const QPointF &world) const;
    // A geographic point, at its copy nearest the centre of the view.
    QPointF toScreen(const GeoPoint &point) const;
    QPointF toWorld(const QPointF &pixel) const;
    // World units of copy `copy` (x + copy) to pixels.
    QTransform worldToScreen(int copy) const;
    // The copies of the world whose [copy, copy + 1) meets the view, with one more on the west
    // for shapes that run past 180° east.
    QList<int> copies() const;
    // Metres on the ground per pixel at the centre of the view.
    double metresPerPixel() const;

    friend bool operator==(const MapViewport &a, const MapViewport &b)
    {
        return a.m_centre == b.m_centre && a.m_worldWidth == b.m_worldWidth && a.m_size == b.m_size;
    }

private:
    QPointF m_centre{0.5, 0.5};
    double m_worldWidth = 1024;
    QSizeF m_size{1, 1};
};
