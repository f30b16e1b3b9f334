#pragma once

#include "document/briefing.h"
#include "map/spatialindex.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

// A briefing's places, lines, areas and journey, projected to MapProjection's world units for
// the map, with what the map asks of them: what lies under a point at a zoom, and which box to
// show.
//
// Places without a position are not here (the lists name them; unplaced() counts them). A
// line of kind Flight follows the great circles between its points. Each leg of the itinerary
// that follows no line of its own is a line here, with the leg's id: a flight along the great
// circle from its start to its end, any other leg straight (see legKind()). Stops carry their
// numbers in the journey.
//
// Lines and areas that cross the 180° meridian are kept in one piece (x runs past 1 or below
// 0). The world repeats every unit of x, so every question here takes any copy of a point.
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
        QList<int> stops = {}; // its stops' numbers in the journey, from 1; empty when none
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
        // A leg of the itinerary drawn from its ends (its id is the leg's), and how the guest
        // travelled; a line of the briefing has none.
        bool leg = false;
        ItineraryStep::Mode mode = ItineraryStep::Mode::Unstated;
    };

    struct AreaFeature
    {
        QString id;
        MapArea::Kind kind = MapArea::Kind::Disputed;
        bool approximate = false;
        QList<QPolygonF> rings; // closed, each in one piece
        QRectF bounds;
        QPointF labelPoint; // inside the largest ring, where its name goes
    };

    // How near, in pixels, the pointer must be to a place's marker or to a line to be on it.
    static constexpr double PlaceRadius = 9;
    static constexpr double LineTolerance = 5;
    // The smallest box the map opens on, in world units (about 2 degrees of longitude), so that
    // a briefing with a single place shows its surroundings.
    static constexpr double MinimumSpan = 2.0 / 360.0;

    MapFeatures() = default;
    explicit MapFeatures(const Briefing &briefing);

    // The places, lines and areas the map shows for the selection `id`: a place, line, area or
    // leg drawn on its own itself, or those an entry names (a leg: its ends, and itself when
    // it is drawn on its own). Empty when it has none.
    static QStringList idsToShow(const Briefing &briefing, const QString &id);
    // Whether `id` is something the map draws and the pointer can select: a place with a
    // position, a line, an area, or a leg drawn on its own.
    static bool isFeature(const Briefing &briefing, const QString &id);
    // Whether a step is a leg that the map draws from its ends: one that follows no line, whose
    // ends both have a position.
    static bool drawsLeg(const Briefing &briefing, const ItineraryStep &step);
    // How a leg drawn from its ends looks: a flight as a flight line, a train or road leg as
    // its kind of line (approximate: straight, dashed), any other as a route. A leg by sea
    // keeps its own look on top of that (MapStyle::drawLeg()).
    static MapLine::Kind legKind(ItineraryStep::Mode mode);

    const QList<PlaceFeature> &places() const { return m_places; }
    const QList<LineFeature> &lines() const { return m_lines; }
    const QList<AreaFeature> &areas() const { return m_areas; }
    bool isEmpty() const { return m_places.isEmpty() && m_lines.isEmpty() && m_areas.isEmpty(); }
    // How many places of the briefing have no position, and so are not drawn.
    int unplaced() const { return m_unplaced; }

    // The indices (into places() and lines()) of the places whose position, and the lines
    // whose bounds, meet `area` (world units, edges included), ascending. Only the copy of the
    // world the features are stored in is searched: for another copy k, ask for the area moved
    // by -k. The answer costs in proportion to what is found, not to the whole briefing.
    QList<int> placesIn(const QRectF &area) const { return m_placeIndex.query(area); }
    QList<int> linesIn(const QRectF &area) const { return m_lineIndex.query(area); }
    QList<int> areasIn(const QRectF &area) const { return m_areaIndex.query(area); }

    // The id of the place, line or area under `world` (any copy) when the whole world is
    // `worldWidth` pixels wide: the nearest place within PlaceRadius pixels, else the nearest
    // line within LineTolerance pixels, else the smallest area it is inside; empty when there
    // is none. Places win over lines because their targets are small and lines often run
    // through them; both win over the areas they lie in.
    QString hitTest(const QPointF &world, double worldWidth) const;

    // The box around the places, lines and areas with these ids, each at its copy nearest to
    // `referenceX`; none when no id names one. Of no size for a single place.
    std::optional<QRectF> bounds(const QStringList &ids, double referenceX) const;

    // The box around all places, lines and areas, the short way round: places on both sides of the
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
    QList<AreaFeature> m_areas;
    SpatialIndex m_placeIndex;
    SpatialIndex m_lineIndex;
    SpatialIndex m_areaIndex;
    int m_unplaced = 0;
    std::optional<QRectF> m_home;
};
