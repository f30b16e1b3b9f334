#pragma once

#include "document/briefing.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPolygonF>
#include <QRectF>

class QPainter;
class QPainterPath;

// How the map looks: the colours of sea and land, and how each kind of place and line is
// drawn. The canvas and the legend both draw through here, so the legend shows exactly the
// symbols of the map. Sizes are in device-independent pixels.
//
// Places: capital (ringed dot), city (dot), town (small dot), border crossing (diamond),
// port (square), site (triangle), station (square with a rail), airport (disc with a plane's
// cross), landmark (star); an approximate position is drawn hollow. A stop of the journey is
// ringed in the journey's colour, with its number beside it.
// Lines: route (red), railway (black with white ticks), road (orange, cased), corridor (a
// violet band), river (blue), pipeline (green), flight (blue, long dashes); an approximate
// course is dashed. A leg by sea drawn from its ends: navy dashes.
// Areas: occupied (red tint, hatched), disputed (the world's disputed cross-hatch, outlined),
// zone (teal tint), corridor (the corridor's violet tint); an approximate outline is dashed.
class MapStyle
{
public:
    MapStyle() = delete;

    static QColor water();
    // Countries in pale colours that differ between neighbours (WorldMap::colourClass()).
    static QColor land(int colourClass);
    // The two parties of the visit, in warm tints that stand out from the rest.
    static QColor landHost();
    static QColor landGuest();
    static QColor coast();
    static QColor border();
    static QColor graticule();
    static QColor countryLabel();
    static QColor placeLabel();
    static QColor halo();      // the glow under what is selected or highlighted
    static QColor hoverHalo(); // the glow under what the pointer is on
    static QColor layerInk();  // features of layers added from GeoJSON files
    // The inside of an added layer's polygon: hatched, not tinted, so that a country under it
    // keeps its colour (a tint over the host's yellow read as the guest's colour).
    static QBrush layerFill();
    // Areas whose status or control is disputed (WorldMap): cross-hatched in grey over the
    // country's colour, unlike an added layer's single hatch.
    static QBrush disputedFill();
    // The border between two countries; a disputed one (or a line of control) is dashed. At
    // most a pixel wide, so that the screen draws borders as hairlines, as it draws the coast.
    static QPen borderPen(bool disputed);

    static double markerRadius(Place::Kind kind);
    static QColor markerColor(Place::Kind kind);
    static void drawMarker(QPainter &painter, const QPointF &centre, Place::Kind kind,
                           bool approximate);
    static void drawMarkerHalo(QPainter &painter, const QPointF &centre, Place::Kind kind,
                               const QColor &color);

    // The journey: the ring around a stop's marker and the badge with its number.
    static QColor journey();
    static void drawStopRing(QPainter &painter, const QPointF &centre, Place::Kind kind);
    // The number `text` in a disc of the journey's colour, centred on `centre`; returns the
    // disc's box.
    static QRectF stopBadgeRect(const QPointF &centre, const QSizeF &textSize);
    static void drawStopBadge(QPainter &painter, const QRectF &rect, const QString &text,
                              const QFont &font);
    // How many places one marker stands for: the number in white with a dark outline, so that
    // it is not read as a stop of the journey.
    static void drawCountBadge(QPainter &painter, const QRectF &rect, const QString &text,
                               const QFont &font);

    static QColor lineColor(MapLine::Kind kind);
    // Draws a line through `points` (in pixels).
    static void drawLine(QPainter &painter, const QPolygonF &points, MapLine::Kind kind,
                         bool approximate);
    static void drawLineHalo(QPainter &painter, const QPolygonF &points, MapLine::Kind kind,
                             const QColor &color);

    // A part of a line: its points, and how far along the whole line (in pixels) it begins.
    struct LinePiece
    {
        QPolygonF points;
        qreal start = 0;
    };
    // The parts of a polyline inside `rect`, cut where it leaves and re-enters: a line far
    // longer than the view then costs what its visible part does. Give `rect` a margin of at
    // least half the widest pen, so that the cut ends are not seen.
    static QList<LinePiece> clip(const QPolygonF &points, const QRectF &rect);
    // The part of a closed ring inside `rect` (Sutherland-Hodgman), as a ring; empty when
    // nothing of it is inside. Where the ring leaves and re-enters, the result runs along the
    // edge of `rect`, so give `rect` a margin beyond what is shown. Rings of one even-odd
    // shape may be cut one by one: the cut shape is the shape's part inside `rect`.
    static QPolygonF clipRing(const QPolygonF &ring, const QRectF &rect);
    // For a page: the points of `line` that keep it within `tolerance` (pixels) of its course
    // (Douglas–Peucker), snapped to an eighth of a pixel. A page gets no more points than a
    // printer can tell apart, and each point is some thirty bytes of PDF.
    static QPolygonF thinned(const QPolygonF &line, double tolerance);
    // A point on an eighth of a pixel: a PDF writes every coordinate with nine digits, and
    // digits that repeat compress to a fraction of those that do not.
    static QPointF onPageGrid(const QPointF &point);
    // Draws a line from its pieces (clip()) as the whole line would be drawn: dashes keep
    // their place along it, and a translucent line is blended once where it crosses itself.
    static void drawLine(QPainter &painter, const QList<LinePiece> &pieces, MapLine::Kind kind,
                         bool approximate);
    static void drawLineHalo(QPainter &painter, const QList<LinePiece> &pieces,
                             MapLine::Kind kind, const QColor &color);

    // A leg of the journey drawn from its ends (MapFeatures::legKind()): as its kind of line,
    // but a leg by sea in navy dashes.
    static void drawLeg(QPainter &painter, const QList<LinePiece> &pieces,
                        ItineraryStep::Mode mode);

    static QColor areaColor(MapArea::Kind kind);
    // An area's shape (view pixels): filled by its kind, outlined (dashed when approximate).
    static void drawArea(QPainter &painter, const QPainterPath &shape, MapArea::Kind kind,
                         bool approximate);
    static void drawAreaHalo(QPainter &painter, const QPainterPath &shape, const QColor &color);

    // The legend's symbols, drawn as paths into a box of iconSize() (see MapLegendEntry).
    static void drawMarkerSymbol(QPainter &painter, const QRectF &box, Place::Kind kind,
                                 bool approximate);
    static void drawLineSymbol(QPainter &painter, const QRectF &box, MapLine::Kind kind,
                               bool approximate);
    // A dashed grey line: "a dashed line is an approximate course", whatever its kind.
    static void drawDashedSymbol(QPainter &painter, const QRectF &box);
    static void drawSwatchSymbol(QPainter &painter, const QRectF &box, const QBrush &fill);
    static void drawAreaSymbol(QPainter &painter, const QRectF &box, MapArea::Kind kind);
    static void drawLegSymbol(QPainter &painter, const QRectF &box, ItineraryStep::Mode mode);
    // A ringed city marker with a stop's number (`number`, the first) beside it, in the
    // painter's font.
    static void drawStopSymbol(QPainter &painter, const QRectF &box, const QString &number);
    // A border, as borderPen() draws it.
    static void drawBorderSymbol(QPainter &painter, const QRectF &box, bool disputed);
    static QSize iconSize() { return {30, 16}; }
};
