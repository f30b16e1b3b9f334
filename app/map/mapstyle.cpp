#include "map/mapstyle.h"

#include "map/mapfeatures.h"
#include "paint/rasterpainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

// Dash lengths are in pixels; QPen counts them in pen widths.
QList<qreal> dashes(qreal on, qreal off, qreal width)
{
    return {on / width, off / width};
}

// Widths are in the painter's units (pixels of the view), not cosmetic: a painter scaled onto
// a page keeps them in proportion to the map.
QPen pen(const QColor &color, qreal width, Qt::PenCapStyle cap = Qt::RoundCap)
{
    return QPen(color, width, Qt::SolidLine, cap, Qt::RoundJoin);
}

qreal lineWidth(MapLine::Kind kind)
{
    switch (kind) {
    case MapLine::Kind::Route: return 2.6;
    case MapLine::Kind::Railway: return 3.4;
    case MapLine::Kind::Road: return 3.0;
    case MapLine::Kind::Corridor: return 10.0;
    case MapLine::Kind::River: return 2.2;
    case MapLine::Kind::Pipeline: return 2.6;
    case MapLine::Kind::Flight: return 2.0;
    }
    return 2.0;
}

} // namespace

QColor MapStyle::water() { return QColor(0xc4, 0xd8, 0xe8); }
QColor MapStyle::land(int colourClass)
{
    static const QColor palette[] = {
        QColor(0xf6, 0xf3, 0xea), QColor(0xee, 0xeb, 0xf2), QColor(0xeb, 0xf0, 0xe4),
        QColor(0xf3, 0xec, 0xe5), QColor(0xe9, 0xee, 0xf0),
    };
    return palette[std::clamp(colourClass, 0, int(std::size(palette)) - 1)];
}
QColor MapStyle::landHost() { return QColor(0xf4, 0xe0, 0xa8); }
QColor MapStyle::landGuest() { return QColor(0xf0, 0xcf, 0xb5); }
QColor MapStyle::coast() { return QColor(0x76, 0x98, 0xb3); }
QColor MapStyle::border() { return QColor(0x8d, 0x7c, 0x8f); }
QColor MapStyle::graticule() { return QColor(0x4a, 0x6a, 0x88, 34); }
QColor MapStyle::countryLabel() { return QColor(0x6c, 0x62, 0x59); }
QColor MapStyle::placeLabel() { return QColor(0x1c, 0x1c, 0x1c); }
QColor MapStyle::halo() { return QColor(0xff, 0xc8, 0x00, 190); }
QColor MapStyle::hoverHalo() { return QColor(0xff, 0xff, 0xff, 220); }
QColor MapStyle::layerInk() { return QColor(0xc2, 0x18, 0x5b); }
QBrush MapStyle::layerFill() { return QBrush(layerInk(), Qt::BDiagPattern); }
QBrush MapStyle::disputedFill() { return QBrush(QColor(0x5a, 0x50, 0x48, 120), Qt::DiagCrossPattern); }
QPen MapStyle::borderPen(bool disputed)
{
    QPen p(border(), 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (disputed) {
        p.setCapStyle(Qt::FlatCap);
        p.setDashPattern({3, 2.5});
    }
    return p;
}

double MapStyle::markerRadius(Place::Kind kind)
{
    switch (kind) {
    case Place::Kind::Capital: return 6.0;
    case Place::Kind::City: return 4.6;
    case Place::Kind::Town: return 3.6;
    case Place::Kind::BorderCrossing: return 5.6;
    case Place::Kind::Port: return 4.4;
    case Place::Kind::Site: return 5.2;
    case Place::Kind::Station: return 4.4;
    case Place::Kind::Airport: return 5.2;
    case Place::Kind::Landmark: return 5.4;
    }
    return 4.0;
}

QColor MapStyle::markerColor(Place::Kind kind)
{
    switch (kind) {
    case Place::Kind::Capital: return QColor(0x9b, 0x1b, 0x1b);
    case Place::Kind::City: return QColor(0x2a, 0x2a, 0x2a);
    case Place::Kind::Town: return QColor(0x4d, 0x4d, 0x4d);
    case Place::Kind::BorderCrossing: return QColor(0xb8, 0x5c, 0x00);
    case Place::Kind::Port: return QColor(0x1b, 0x5a, 0x8e);
    case Place::Kind::Site: return QColor(0x6a, 0x3d, 0x9a);
    case Place::Kind::Station: return QColor(0x1f, 0x29, 0x37);
    case Place::Kind::Airport: return QColor(0x0e, 0x74, 0x90);
    case Place::Kind::Landmark: return QColor(0xa2, 0x1c, 0xaf);
    }
    return Qt::black;
}

void MapStyle::drawMarker(QPainter &painter, const QPointF &c, Place::Kind kind, bool approximate)
{
    const QColor color = markerColor(kind);
    const qreal r = markerRadius(kind);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Filled symbols get a white rim so they read on land, water and lines alike; an
    // approximate position is the same symbol hollow, with a thicker rim in its colour.
    const QPen rim = approximate ? pen(color, 1.8) : pen(Qt::white, 1.3);
    const QBrush fill = approximate ? QBrush(Qt::white) : QBrush(color);
    painter.setPen(rim);
    painter.setBrush(fill);
    switch (kind) {
    case Place::Kind::Capital:
        painter.setBrush(Qt::white);
        painter.setPen(pen(color, 1.8));
        painter.drawEllipse(c, r, r);
        painter.setPen(Qt::NoPen);
        painter.setBrush(approximate ? QBrush(Qt::white) : QBrush(color));
        if (approximate) {
            painter.setPen(pen(color, 1.4));
            painter.drawEllipse(c, r * 0.42, r * 0.42);
        } else {
            painter.drawEllipse(c, r * 0.5, r * 0.5);
        }
        break;
    case Place::Kind::City:
    case Place::Kind::Town:
        painter.drawEllipse(c, r, r);
        break;
    case Place::Kind::BorderCrossing:
        painter.drawPolygon(QPolygonF{c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r),
                                      c + QPointF(-r, 0)});
        break;
    case Place::Kind::Port:
        painter.drawRect(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        break;
    case Place::Kind::Site:
        painter.drawPolygon(QPolygonF{c + QPointF(0, -r * 1.1), c + QPointF(r, r * 0.75),
                                      c + QPointF(-r, r * 0.75)});
        break;
    case Place::Kind::Station: {
        // A square with a rail across it.
        painter.drawRoundedRect(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r)), r * 0.3, r * 0.3);
        painter.setPen(pen(approximate ? color : QColor(Qt::white), 1.4, Qt::FlatCap));
        painter.drawLine(c + QPointF(-r * 0.6, 0), c + QPointF(r * 0.6, 0));
        break;
    }
    case Place::Kind::Airport: {
        // A disc with a plane's cross: fuselage and wings.
        painter.drawEllipse(c, r, r);
        painter.setPen(pen(approximate ? color : QColor(Qt::white), 1.4));
        painter.drawLine(c + QPointF(0, -r * 0.65), c + QPointF(0, r * 0.65));
        painter.drawLine(c + QPointF(-r * 0.6, -r * 0.05), c + QPointF(r * 0.6, -r * 0.05));
        break;
    }
    case Place::Kind::Landmark: {
        // A five-pointed star.
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const qreal radius = i % 2 == 0 ? r * 1.15 : r * 0.5;
            const qreal angle = -M_PI / 2 + i * M_PI / 5;
            star << c + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        painter.drawPolygon(star);
        break;
    }
    }
    painter.restore();
}

void MapStyle::drawMarkerHalo(QPainter &painter, const QPointF &centre, Place::Kind kind,
                              const QColor &color)
{
    const qreal r = markerRadius(kind) + 5;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(centre, r, r);
    painter.restore();
}

QColor MapStyle::lineColor(MapLine::Kind kind)
{
    switch (kind) {
    case MapLine::Kind::Route: return QColor(0xc0, 0x2d, 0x2d);
    case MapLine::Kind::Railway: return QColor(0x22, 0x22, 0x22);
    case MapLine::Kind::Road: return QColor(0xe0, 0x86, 0x1f);
    case MapLine::Kind::Corridor: return QColor(0x7b, 0x3f, 0xa0);
    case MapLine::Kind::River: return QColor(0x2a, 0x78, 0xbd);
    case MapLine::Kind::Pipeline: return QColor(0x13, 0x8a, 0x6e);
    case MapLine::Kind::Flight: return QColor(0x1d, 0x4e, 0xd8);
    }
    return Qt::black;
}

void MapStyle::drawLine(QPainter &painter, const QPolygonF &points, MapLine::Kind kind,
                        bool approximate)
{
    drawLine(painter, QList<LinePiece>{{points, 0}}, kind, approximate);
}

void MapStyle::drawLineHalo(QPainter &painter, const QPolygonF &points, MapLine::Kind kind,
                            const QColor &color)
{
    drawLineHalo(painter, QList<LinePiece>{{points, 0}}, kind, color);
}

QList<MapStyle::LinePiece> MapStyle::clip(const QPolygonF &points, const QRectF &rect)
{
    QList<LinePiece> pieces;
    if (points.size() < 2) {
        if (!points.isEmpty() && rect.contains(points.constFirst()))
            pieces.append({points, 0});
        return pieces;
    }
    LinePiece current;
    qreal travelled = 0;
    const auto finish = [&]() {
        if (current.points.size() >= 2)
            pieces.append(current);
        current = {};
    };
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QPointF a = points.at(i - 1);
        const QPointF d = points.at(i) - a;
        const qreal length = std::hypot(d.x(), d.y());
        // Liang-Barsky: the part [t0, t1] of the segment inside the rectangle.
        qreal t0 = 0;
        qreal t1 = 1;
        const auto cut = [&t0, &t1](qreal p, qreal q) {
            if (p == 0)
                return q >= 0;
            const qreal t = q / p;
            if (p < 0)
                t0 = std::max(t0, t);
            else
                t1 = std::min(t1, t);
            return t0 <= t1;
        };
        const bool inside = cut(-d.x(), a.x() - rect.left()) && cut(d.x(), rect.right() - a.x())
            && cut(-d.y(), a.y() - rect.top()) && cut(d.y(), rect.bottom() - a.y());
        if (inside) {
            if (t0 > 0 || current.points.isEmpty()) {
                finish();
                current.points.append(a + d * t0);
                current.start = travelled + length * t0;
            }
            current.points.append(t1 < 1 ? a + d * t1 : points.at(i));
            if (t1 < 1)
                finish();
        } else {
            finish();
        }
        travelled += length;
    }
    finish();
    return pieces;
}

QPolygonF MapStyle::clipRing(const QPolygonF &ring, const QRectF &rect)
{
    // Against each side of the rectangle in turn: what is inside on that side stays, and
    // where an edge crosses the side, the crossing point is added.
    struct Side
    {
        bool vertical; // x = value, else y = value
        qreal value;
        bool keepGreater;
    };
    const Side sides[] = {{true, rect.left(), true}, {true, rect.right(), false},
                          {false, rect.top(), true}, {false, rect.bottom(), false}};
    QPolygonF in = ring;
    if (in.size() > 1 && in.constFirst() == in.constLast())
        in.removeLast();
    QPolygonF out;
    for (const Side &side : sides) {
        if (in.isEmpty())
            break;
        const auto coordinate = [&side](const QPointF &p) { return side.vertical ? p.x() : p.y(); };
        const auto inside = [&](const QPointF &p) {
            return side.keepGreater ? coordinate(p) >= side.value : coordinate(p) <= side.value;
        };
        out.clear();
        out.reserve(in.size() + 4);
        QPointF previous = in.constLast();
        bool previousInside = inside(previous);
        for (const QPointF &current : std::as_const(in)) {
            const bool currentInside = inside(current);
            if (currentInside != previousInside) {
                const qreal t = (side.value - coordinate(previous))
                    / (coordinate(current) - coordinate(previous));
                out.append(previous + (current - previous) * t);
            }
            if (currentInside)
                out.append(current);
            previous = current;
            previousInside = currentInside;
        }
        std::swap(in, out);
    }
    if (in.size() < 3)
        return {};
    in.append(in.constFirst());
    return in;
}

namespace {

// Whether a solid pen may be drawn as straight segments and round dots rather than stroked as
// a polyline: on the screen's raster engine, for an opaque pen at full opacity, where the
// overlaps at the joins cannot show. The raster engine draws a straight segment with flat
// caps directly, but outlines a polyline's stroke and fills the outline, which costs twenty
// times as much; that was most of a map frame with a few dozen routes. A page (PDF, SVG)
// keeps the polyline, one object a line.
bool canStrokeAsSegments(const QPainter &painter, const QPen &pen)
{
    return isRasterPainter(painter) && pen.style() == Qt::SolidLine
        && pen.joinStyle() == Qt::RoundJoin && pen.capStyle() != Qt::SquareCap
        && pen.brush().style() == Qt::SolidPattern && pen.color().alpha() == 255
        && painter.opacity() >= 1.0;
}

void strokeAsSegments(QPainter &painter, const QList<MapStyle::LinePiece> &pieces, const QPen &pen)
{
    QList<QLineF> segments;
    QPolygonF dots; // the joins, and the ends when the caps are round
    for (const MapStyle::LinePiece &piece : pieces) {
        const QPolygonF &points = piece.points;
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (i > 0)
                segments.append(QLineF(points.at(i - 1), points.at(i)));
            const bool end = i == 0 || i == points.size() - 1;
            if (!end || pen.capStyle() == Qt::RoundCap)
                dots.append(points.at(i));
        }
    }
    QPen flat = pen;
    flat.setCapStyle(Qt::FlatCap);
    painter.setPen(flat);
    painter.drawLines(segments);
    painter.setPen(Qt::NoPen);
    painter.setBrush(pen.color());
    const qreal r = pen.widthF() / 2;
    for (const QPointF &dot : std::as_const(dots))
        painter.drawEllipse(dot, r, r);
    painter.setBrush(Qt::NoBrush);
}

// Strokes the pieces of a line with a pen: solid, as one path, so that the pen is blended once
// where the line crosses itself (or as segments, where that cannot show); dashed, piece by
// piece, each dash pattern started where the piece begins along the line.
void strokePieces(QPainter &painter, const QList<MapStyle::LinePiece> &pieces, QPen pen)
{
    if (canStrokeAsSegments(painter, pen)) {
        strokeAsSegments(painter, pieces, pen);
        return;
    }
    if (pen.style() == Qt::SolidLine) {
        painter.setPen(pen);
        if (pieces.size() == 1) {
            painter.drawPolyline(pieces.constFirst().points);
            return;
        }
        QPainterPath path;
        for (const MapStyle::LinePiece &piece : pieces)
            path.addPolygon(piece.points);
        painter.drawPath(path);
        return;
    }
    const qreal offset = pen.dashOffset();
    for (const MapStyle::LinePiece &piece : pieces) {
        pen.setDashOffset(offset + piece.start / pen.widthF());
        painter.setPen(pen);
        painter.drawPolyline(piece.points);
    }
}

} // namespace

void MapStyle::drawLine(QPainter &painter, const QList<LinePiece> &points, MapLine::Kind kind,
                        bool approximate)
{
    const QColor color = lineColor(kind);
    const qreal width = lineWidth(kind);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    switch (kind) {
    case MapLine::Kind::Railway: {
        // Black casing with white ticks; an approximate course breaks the casing too.
        QPen casing = pen(color, width, Qt::FlatCap);
        if (approximate)
            casing.setDashPattern(dashes(9, 4, width));
        strokePieces(painter, points, casing);
        QPen ticks = pen(Qt::white, 1.6, Qt::FlatCap);
        ticks.setDashPattern(dashes(4, 5, 1.6));
        strokePieces(painter, points, ticks);
        break;
    }
    case MapLine::Kind::Road: {
        QPen casing = pen(color.darker(170), width + 1.6);
        QPen inner = pen(color, width);
        if (approximate) {
            casing.setDashPattern(dashes(8, 4, width + 1.6));
            casing.setCapStyle(Qt::FlatCap);
            inner.setDashPattern(dashes(8, 4, width));
            inner.setCapStyle(Qt::FlatCap);
        }
        strokePieces(painter, points, casing);
        strokePieces(painter, points, inner);
        break;
    }
    case MapLine::Kind::Corridor: {
        QColor band = color;
        band.setAlpha(58);
        strokePieces(painter, points, pen(band, width));
        QPen centre = pen(color, 1.8);
        if (approximate)
            centre.setDashPattern(dashes(6, 4, 1.8));
        strokePieces(painter, points, centre);
        break;
    }
    case MapLine::Kind::Flight: {
        // A flight is no course on the ground: long dashes, always.
        QPen p = pen(color, width, Qt::FlatCap);
        p.setDashPattern(dashes(approximate ? 5 : 10, 5, width));
        strokePieces(painter, points, p);
        break;
    }
    case MapLine::Kind::Route:
    case MapLine::Kind::River:
    case MapLine::Kind::Pipeline: {
        if (kind == MapLine::Kind::Pipeline) {
            // A pipeline is a pipe: a pale core inside its colour.
            QPen outer = pen(color, width + 1.4, approximate ? Qt::FlatCap : Qt::RoundCap);
            if (approximate)
                outer.setDashPattern(dashes(10, 4, width + 1.4));
            strokePieces(painter, points, outer);
            QPen core = pen(QColor(0xd7, 0xf2, 0xea), 1.2, Qt::FlatCap);
            if (approximate)
                core.setDashPattern(dashes(10, 4, 1.2));
            strokePieces(painter, points, core);
            break;
        }
        QPen p = pen(color, width, approximate ? Qt::FlatCap : Qt::RoundCap);
        if (approximate)
            p.setDashPattern(dashes(7, 4, width));
        strokePieces(painter, points, p);
        break;
    }
    }
    painter.restore();
}

void MapStyle::drawLineHalo(QPainter &painter, const QList<LinePiece> &points,
                            MapLine::Kind kind, const QColor &color)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    strokePieces(painter, points, pen(color, lineWidth(kind) + 9));
    painter.restore();
}

void MapStyle::drawMarkerSymbol(QPainter &painter, const QRectF &box, Place::Kind kind,
                                bool approximate)
{
    drawMarker(painter, box.center(), kind, approximate);
}

void MapStyle::drawLineSymbol(QPainter &painter, const QRectF &box, MapLine::Kind kind,
                              bool approximate)
{
    const qreal y = box.center().y();
    drawLine(painter, QPolygonF{QPointF(box.left() + 3, y), QPointF(box.right() - 3, y)}, kind,
             approximate);
}

void MapStyle::drawDashedSymbol(QPainter &painter, const QRectF &box)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen p = pen(QColor(0x55, 0x55, 0x55), 2.4, Qt::FlatCap);
    p.setDashPattern(dashes(6, 4, 2.4));
    painter.setPen(p);
    const qreal y = box.center().y();
    painter.drawLine(QPointF(box.left() + 3, y), QPointF(box.right() - 3, y));
    painter.restore();
}

void MapStyle::drawBorderSymbol(QPainter &painter, const QRectF &box, bool disputed)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Twice as wide as on the map, with the dashes in proportion, to be seen at legend size.
    QPen p = borderPen(disputed);
    p.setWidthF(2.0);
    if (disputed)
        p.setDashPattern({3, 2.5});
    painter.setPen(p);
    const qreal y = box.center().y();
    painter.drawLine(QPointF(box.left() + 3, y), QPointF(box.right() - 3, y));
    painter.restore();
}

void MapStyle::drawSwatchSymbol(QPainter &painter, const QRectF &box, const QBrush &fill)
{
    painter.save();
    painter.setPen(pen(border(), 1));
    painter.setBrush(fill);
    painter.drawRect(box.adjusted(5.5, 2.5, -5.5, -2.5));
    painter.restore();
}

QColor MapStyle::journey() { return QColor(0x0b, 0x4f, 0x6c); }

void MapStyle::drawStopRing(QPainter &painter, const QPointF &centre, Place::Kind kind)
{
    const qreal r = markerRadius(kind) + 3.2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(pen(Qt::white, 4.2));
    painter.drawEllipse(centre, r, r);
    painter.setPen(pen(journey(), 2.2));
    painter.drawEllipse(centre, r, r);
    painter.restore();
}

QRectF MapStyle::stopBadgeRect(const QPointF &centre, const QSizeF &textSize)
{
    const qreal height = textSize.height() + 1;
    const qreal width = std::max(height, textSize.width() + 7);
    return QRectF(centre - QPointF(width / 2, height / 2), QSizeF(width, height));
}

void MapStyle::drawStopBadge(QPainter &painter, const QRectF &rect, const QString &text,
                             const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(pen(Qt::white, 1.2));
    painter.setBrush(journey());
    const qreal radius = rect.height() / 2;
    painter.drawRoundedRect(rect, radius, radius);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.restore();
}

void MapStyle::drawCountBadge(QPainter &painter, const QRectF &rect, const QString &text,
                              const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(pen(placeLabel(), 1));
    painter.setBrush(Qt::white);
    const qreal radius = rect.height() / 2;
    painter.drawRoundedRect(rect, radius, radius);
    painter.setFont(font);
    painter.setPen(placeLabel());
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.restore();
}

void MapStyle::drawLeg(QPainter &painter, const QList<LinePiece> &pieces, ItineraryStep::Mode mode)
{
    if (mode != ItineraryStep::Mode::Ship) {
        drawLine(painter, pieces, MapFeatures::legKind(mode), mode != ItineraryStep::Mode::Flight);
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    QPen p = pen(QColor(0x1b, 0x3a, 0x6b), 2.4, Qt::FlatCap);
    p.setDashPattern(dashes(6, 4, 2.4));
    strokePieces(painter, pieces, p);
    painter.restore();
}

QColor MapStyle::areaColor(MapArea::Kind kind)
{
    switch (kind) {
    case MapArea::Kind::Occupied: return QColor(0xa3, 0x1d, 0x1d);
    case MapArea::Kind::Disputed: return QColor(0x5a, 0x50, 0x48);
    case MapArea::Kind::Zone: return QColor(0x0f, 0x76, 0x6e);
    case MapArea::Kind::Corridor: return lineColor(MapLine::Kind::Corridor);
    }
    return Qt::black;
}

void MapStyle::drawArea(QPainter &painter, const QPainterPath &shape, MapArea::Kind kind,
                        bool approximate)
{
    const QColor color = areaColor(kind);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    QColor tint = color;
    switch (kind) {
    case MapArea::Kind::Occupied:
        // Hatched in its red, one way: unlike the world's grey cross-hatch of what is only
        // disputed.
        tint.setAlpha(40);
        painter.setBrush(tint);
        painter.drawPath(shape);
        tint.setAlpha(150);
        painter.setBrush(QBrush(tint, Qt::BDiagPattern));
        painter.drawPath(shape);
        break;
    case MapArea::Kind::Disputed:
        // The world's mark of what is disputed, so that the two read the same.
        painter.setBrush(disputedFill());
        painter.drawPath(shape);
        break;
    case MapArea::Kind::Zone:
        tint.setAlpha(50);
        painter.setBrush(tint);
        painter.drawPath(shape);
        break;
    case MapArea::Kind::Corridor:
        // The tint of a corridor's band.
        tint.setAlpha(58);
        painter.setBrush(tint);
        painter.drawPath(shape);
        break;
    }
    QPen outline = pen(color, 1.6);
    if (approximate) {
        outline.setCapStyle(Qt::FlatCap);
        outline.setDashPattern(dashes(6, 4, 1.6));
    }
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);
    painter.restore();
}

void MapStyle::drawAreaHalo(QPainter &painter, const QPainterPath &shape, const QColor &color)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(pen(color, 7));
    painter.drawPath(shape);
    painter.restore();
}

void MapStyle::drawAreaSymbol(QPainter &painter, const QRectF &box, MapArea::Kind kind)
{
    QPainterPath shape;
    shape.addRect(box.adjusted(5.5, 2.5, -5.5, -2.5));
    drawArea(painter, shape, kind, false);
}

void MapStyle::drawLegSymbol(QPainter &painter, const QRectF &box, ItineraryStep::Mode mode)
{
    const qreal y = box.center().y();
    drawLeg(painter, {{QPolygonF{QPointF(box.left() + 3, y), QPointF(box.right() - 3, y)}, 0}},
            mode);
}

void MapStyle::drawStopSymbol(QPainter &painter, const QRectF &box, const QString &number)
{
    const QPointF centre(box.left() + 10, box.center().y());
    drawMarker(painter, centre, Place::Kind::City, false);
    drawStopRing(painter, centre, Place::Kind::City);
    QFont f = painter.font();
    f.setPixelSize(9);
    f.setBold(true);
    const QRectF badge = stopBadgeRect(QPointF(box.right() - 6, box.top() + 5.5), QSizeF(6, 10));
    drawStopBadge(painter, badge, number, f);
}

QPolygonF MapStyle::thinned(const QPolygonF &line, double tolerance)
{
    if (line.size() <= 2)
        return line;
    QList<bool> keep(line.size(), false);
    keep.first() = keep.last() = true;
    QList<std::pair<qsizetype, qsizetype>> stack{{0, line.size() - 1}};
    while (!stack.isEmpty()) {
        const auto [first, last] = stack.takeLast();
        const QPointF a = line.at(first);
        const QPointF d = line.at(last) - a;
        const double length = std::hypot(d.x(), d.y());
        double farthest = 0;
        qsizetype at = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const QPointF p = line.at(i) - a;
            const double distance = length > 0 ? std::abs(d.x() * p.y() - d.y() * p.x()) / length
                                               : std::hypot(p.x(), p.y());
            if (distance > farthest) {
                farthest = distance;
                at = i;
            }
        }
        if (at >= 0 && farthest > tolerance) {
            keep[at] = true;
            stack.append({first, at});
            stack.append({at, last});
        }
    }
    QPolygonF out;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (keep.at(i))
            out.append(onPageGrid(line.at(i)));
    }
    return out;
}

QPointF MapStyle::onPageGrid(const QPointF &point)
{
    return QPointF(std::round(point.x() * 8) / 8, std::round(point.y() * 8) / 8);
}
