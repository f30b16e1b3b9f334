#pragma once

#include "document/briefing.h"

#include <QCache>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

class QPainter;

// The map's names and place markers drawn once and kept as images, so that a pan or a zoom
// only copies them: shaping a name and stroking its halo costs far more than drawing the
// image. For the screen only; what is painted for a page (PDF, SVG) stays vectors and text,
// so the export never gets one.
//
// An image is made for the painter's device pixel ratio and kept while it is used; one drawn
// with a painter that scales or rotates is not taken from here (drawn directly instead).
// Names land on whole device pixels (at most half a pixel from where they would be drawn
// directly); markers on quarter pixels, so that they stay on the lines drawn through them.
class MapSpriteCache
{
public:
    struct TextMetrics
    {
        double width = 0;  // the advance of the whole text
        double height = 0; // the font's line height
        double ascent = 0;
    };

    MapSpriteCache();

    // QFontMetricsF's answers for a text, remembered.
    TextMetrics metrics(const QFont &font, const QString &text);

    // A name with a white halo `halo` pixels wide, the left end of its baseline at `baseline`.
    void drawLabel(QPainter &painter, const QPointF &baseline, const QString &text,
                   const QFont &font, const QColor &color, qreal halo);
    // A place's marker (MapStyle::drawMarker), over a glow of `glow` (MapStyle::drawMarkerHalo)
    // when it is valid.
    void drawMarker(QPainter &painter, const QPointF &centre, Place::Kind kind, bool approximate,
                    const QColor &glow);

    // Draws a name over a white halo `halo` pixels wide: what the cache keeps images of, and
    // what a page gets (as text over the stroked outlines of its letters).
    static void paintLabel(QPainter &painter, const QPointF &baseline, const QString &text,
                           const QFont &font, const QColor &color, qreal halo);

private:
    const QString &fontKey(const QFont &font);
    static bool canCopy(const QPainter &painter);

    QList<std::pair<QFont, QString>> m_fontKeys;
    QHash<QString, TextMetrics> m_metrics;
    QCache<QString, QImage> m_images;
};
