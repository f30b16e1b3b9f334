#pragma once

#include "document/briefing.h"
#include "map/spatialindex.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

// A briefing's places and lines, projected to MapProjection's world units for the map, with
// what the map asks of them: what lies under a point at a zoom, and which box to show.
//
// Lines that cross the 180° meridian are kept in one piece (x runs past 1 or below 0). The
// world repeats every unit of x, so every question here takes any copy of a point.
class MapFeatures
{
public:
    struct PlaceFeature
    {
        QString id;
        Place::Kind kind = Place::Kind::City;
        bool approximate = false;
        GeoPoint geo;
        QPointF position; // in [0, 1) x [0, 1]
    };

    struct LineFeature
    {
        QString id;
        MapLine::Kind kind = MapLine::Kind::Route;
        bool approximate = false;
        QList<QPointF> points;
        QRectF bounds;
        // Per segment: where the line runs beside the other lines that share the segment (the
        // same two points, in either order), in steps to the right of its own direction of
        // travel; 0 for a segment no other line takes. Lines that share a course are drawn
        // side by side instead of over each other.
        QList<double> offsets;
    };

    // How near, in pixels, the pointer must be to a place's marker or to a line to be on it.
    static constexpr double PlaceRadius = 9;
    static constexpr double LineTolerance = 5;
    // The smallest box the map opens on, in world units (about 2 degrees of longitude), so that
    // a briefing with a single place shows its surroundings.
    static constexpr double MinimumSpan = 2.0 / 360.0;

    MapFeatures() = default;
    explicit MapFeatures(const Briefing &briefing);

    // The places and lines the map shows for the selection `id`: a place or line itself, or
    // those an entry names. Empty when it has none.
    static QStringList idsToShow(const Briefing &briefing, const QString &id);

    const QList<PlaceFeature> &places() const { return m_places; }
    const QList<LineFeature> &lines() const { return m_lines; }
    bool isEmpty() const { return m_places.isEmpty() && m_lines.isEmpty(); }

    // The indices (into places() and lines()) of the places whose position, and the lines
    // whose bounds, meet `area` (world units, edges included), ascending. Only the copy of the
    // world the features are stored in is searched: for another copy k, ask for the area moved
    // by -k. The answer costs in proportion to what is found, not to the whole briefing.
    QList<int> placesIn(const QRectF &area) const { return m_placeIndex.query(area); }
    QList<int> linesIn(const QRectF &area) const { return m_lineIndex.query(area); }

    // The id of the place or line under `world` (any copy) when the whole world is
    // `worldWidth` pixels wide: the nearest place within PlaceRadius pixels, else the nearest
    // line within LineTolerance pixels; empty when there is none. Places win over lines because
    // their targets are small and lines often run through them.
    QString hitTest(const QPointF &world, double worldWidth) const;

    // The box around the places and lines with these ids, each at its copy nearest to
    // `referenceX`; none when no id names a place or line. Of no size for a single place.
    std::optional<QRectF> bounds(const QStringList &ids, double referenceX) const;

    // The box around all places and lines, the short way round: places on both sides of the
    // 180° meridian give a box across it (right edge past 1), not one around the world. None
    // when there is nothing.
    std::optional<QRectF> extent() const;

    // The box the map opens on: the briefing's own region when it has one, else extent(),
    // grown to MinimumSpan. None when the briefing has no geography at all.
    const std::optional<QRectF> &home() const { return m_home; }
    // home(), or the inhabited world (72° N to 58° S) when the briefing has no geography.
    QRectF region() const;

private:
    QList<PlaceFeature> m_places;
    QList<LineFeature> m_lines;
    SpatialIndex m_placeIndex;
    SpatialIndex m_lineIndex;
    std::optional<QRectF> m_home;
};
