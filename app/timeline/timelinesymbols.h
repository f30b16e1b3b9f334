#pragma once

#include <QColor>
#include <QImage>
#include <QPixmap>
#include <QRectF>

class QPainter;

// How the timeline draws what it shows, shared by the chart and its legend so that the legend's
// symbols are the chart's own.
//
// - a day: a filled dot;
// - a month or a year without a day: a light bar with a solid outline, as long as the month or
//   year (at least a dot wide), never a dot;
// - a span: a solid bar from its first to its last day; where an end is only a month or a year,
//   that part of the bar is light;
// - approximate ("~"): hollow, with a dashed outline;
// - the visit: a star in the accent colour, and a line across every lane;
// - related to what is selected elsewhere: a yellow halo.
class TimelineSymbols
{
public:
    enum class Legend {
        Day,
        Vague,
        Span,
        Approximate,
        Period,
        Visit,
        Related,
    };

    // The lane's colour; lanes keep their colour in every language. "Other" is grey.
    static QColor laneColor(int lane, bool other);
    static QColor visitColor();
    static QColor highlightColor();
    static QColor periodColor();
    static QColor selectionColor();
    // The chart's furniture, in shades that sit on any lane colour.
    static QColor gridColor();        // the lanes' dividers
    static QColor tickColor();        // lines at the axis's ticks
    static QColor laneStripeColor();  // every other lane
    static QColor hoverColor();       // the ring around the event under the pointer
    static QColor periodTitleColor();

    // Dots and stars are drawn once per colour and size and then copied: a zoomed-out chart
    // shows thousands of them, and copying is many times cheaper than drawing a curve.
    static void drawDay(QPainter *painter, const QRectF &rect, const QColor &color,
                        bool approximate);
    static void drawStar(QPainter *painter, const QRectF &rect, const QColor &color);
    // A bar over `rect`, on whole pixels; the part between `certainLeft` and `certainRight` (x)
    // is solid when `solid`, the rest light.
    static void drawBar(QPainter *painter, const QRectF &rect, const QColor &color,
                        bool approximate, bool solid, double certainLeft, double certainRight);
    static void drawHalo(QPainter *painter, const QRectF &rect);
    // A "+N" badge for events that do not fit.
    static void drawBadge(QPainter *painter, const QRectF &rect, const QString &text);

    // The legend's picture of one symbol.
    static QPixmap legendIcon(Legend symbol, const QSize &size, qreal devicePixelRatio);

private:
    enum class Marker { Day, ApproximateDay, Star };
    static const QImage &marker(Marker kind, const QColor &color, double size, qreal ratio);
    static void paintMarker(QPainter *painter, Marker kind, const QRectF &rect,
                            const QColor &color);
};
