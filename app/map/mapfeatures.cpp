#include "map/mapfeatures.h"

#include "map/greatcircle.h"
#include "map/mapprojection.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    double t = length2 > 0 ? QPointF::dotProduct(p - a, ab) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

// The bounding box of points, kept even when it has no width or height (QRectF's united()
// drops such boxes).
class Extent
{
public:
    void add(const QPointF &p)
    {
        m_left = std::min(m_left, p.x());
        m_right = std::max(m_right, p.x());
        m_top = std::min(m_top, p.y());
        m_bottom = std::max(m_bottom, p.y());
    }
    void add(const QRectF &r)
    {
        add(r.topLeft());
        add(r.bottomRight());
    }
    std::optional<QRectF> rect() const
    {
        if (m_left > m_right)
            return std::nullopt;
        return QRectF(QPointF(m_left, m_top), QPointF(m_right, m_bottom));
    }

private:
    double m_left = std::numeric_limits<double>::max();
    double m_right = std::numeric_limits<double>::lowest();
    double m_top = std::numeric_limits<double>::max();
    double m_bottom = std::numeric_limits<double>::lowest();
};

QRectF grown(const QRectF &box, double minimum)
{
    QRectF r = box;
    if (r.width() < minimum)
        r.adjust(-(minimum - r.width()) / 2, 0, (minimum - r.width()) / 2, 0);
    if (r.height() < minimum)
        r.adjust(0, -(minimum - r.height()) / 2, 0, (minimum - r.height()) / 2);
    return r;
}

// A point inside a ring, for its name: the middle of its box when that is inside, else the
// middle of the widest run inside the ring along the box's middle row, else its first point.
QPointF interiorPoint(const QPolygonF &ring)
{
    const QRectF box = ring.boundingRect();
    if (ring.containsPoint(box.center(), Qt::OddEvenFill))
        return box.center();
    const double y = box.center().y();
    QList<double> crossings;
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const QPointF a = ring.at(i - 1);
        const QPointF b = ring.at(i);
        if ((a.y() <= y) != (b.y() <= y))
            crossings.append(a.x() + (y - a.y()) / (b.y() - a.y()) * (b.x() - a.x()));
    }
    std::sort(crossings.begin(), crossings.end());
    double best = -1;
    QPointF point = ring.constFirst();
    for (qsizetype i = 1; i < crossings.size(); i += 2) {
        if (crossings.at(i) - crossings.at(i - 1) > best) {
            best = crossings.at(i) - crossings.at(i - 1);
            point = QPointF((crossings.at(i) + crossings.at(i - 1)) / 2, y);
        }
    }
    return point;
}

} // namespace

MapFeatures::MapFeatures(const Briefing &briefing)
{
    // The stops' numbers in the journey, by place.
    QHash<QString, QList<int>> stops;
    int stop = 0;
    for (const ItineraryStep &step : briefing.itinerary) {
        if (step.kind == ItineraryStep::Kind::Stop)
            stops[step.place].append(++stop);
    }
    m_places.reserve(briefing.places.size());
    for (const Place &place : briefing.places) {
        if (!place.hasPosition) {
            ++m_unplaced;
            continue;
        }
        m_places.append({place.id, place.kind, place.approximate, place.position,
                         MapProjection::project(place.position), stops.value(place.id)});
    }
    const auto boxOf = [](const QList<QPointF> &points) {
        Extent box;
        for (const QPointF &p : points)
            box.add(p);
        return box.rect().value_or(QRectF());
    };
    m_lines.reserve(briefing.lines.size());
    for (const MapLine &line : briefing.lines) {
        // A flight follows the great circles between its points.
        const QList<GeoPoint> course =
            line.kind == MapLine::Kind::Flight ? GreatCircle::path(line.points) : line.points;
        LineFeature feature{line.id, line.kind, line.approximate,
                            MapProjection::projectLine(course), {}, {}};
        feature.bounds = boxOf(feature.points);
        m_lines.append(feature);
    }
    QList<QRectF> boxes;
    boxes.reserve(m_places.size());
    for (const PlaceFeature &place : std::as_const(m_places))
        boxes.append(QRectF(place.position, QSizeF(0, 0)));
    m_placeIndex = SpatialIndex(boxes);

    // Segments shared by several lines: each line takes a slot, in document order, counted
    // across the segment in its canonical direction (from its lesser end to its greater one).
    using Key = QPair<QPair<double, double>, QPair<double, double>>;
    const auto ends = [](const GeoPoint &a, const GeoPoint &b) {
        const QPair<double, double> pa(a.lat, a.lon);
        const QPair<double, double> pb(b.lat, b.lon);
        return pa < pb ? Key(pa, pb) : Key(pb, pa);
    };
    QHash<Key, QList<int>> sharing;
    for (int l = 0; l < briefing.lines.size(); ++l) {
        const QList<GeoPoint> &points = briefing.lines.at(l).points;
        for (qsizetype i = 1; i < points.size(); ++i) {
            QList<int> &users = sharing[ends(points.at(i - 1), points.at(i))];
            if (!users.contains(l))
                users.append(l);
        }
    }
    for (int l = 0; l < briefing.lines.size(); ++l) {
        const MapLine &line = briefing.lines.at(l);
        const QList<GeoPoint> &points = line.points;
        QList<double> &offsets = m_lines[l].offsets;
        for (qsizetype i = 1; i < points.size(); ++i) {
            const Key key = ends(points.at(i - 1), points.at(i));
            const QList<int> &users = sharing.value(key);
            const double slot = users.indexOf(l) - (users.size() - 1) / 2.0;
            const bool forward = QPair<double, double>(points.at(i - 1).lat, points.at(i - 1).lon)
                == key.first;
            // A flight's segment is drawn in as many steps as its arc has.
            const qsizetype steps = line.kind == MapLine::Kind::Flight
                ? GreatCircle::arc(points.at(i - 1), points.at(i)).size() - 1
                : 1;
            for (qsizetype s = 0; s < steps; ++s)
                offsets.append(forward ? slot : -slot);
        }
    }

    // The legs that follow no line: drawn from their ends.
    for (const ItineraryStep &step : briefing.itinerary) {
        if (!drawsLeg(briefing, step))
            continue;
        const GeoPoint from = briefing.place(step.from)->position;
        const GeoPoint to = briefing.place(step.to)->position;
        const bool flight = step.mode == ItineraryStep::Mode::Flight;
        LineFeature feature{step.id, legKind(step.mode), !flight,
                            MapProjection::projectLine(flight ? GreatCircle::arc(from, to)
                                                              : QList<GeoPoint>{from, to}),
                            {}, {}, true, step.mode};
        feature.bounds = boxOf(feature.points);
        feature.offsets = QList<double>(feature.points.size() - 1, 0.0);
        m_lines.append(feature);
    }
    boxes.clear();
    for (const LineFeature &line : std::as_const(m_lines))
        boxes.append(line.bounds);
    m_lineIndex = SpatialIndex(boxes);

    for (const MapArea &area : briefing.areas) {
        AreaFeature feature{area.id, area.kind, area.approximate, {}, {}, {}};
        Extent box;
        double largest = -1;
        for (const QList<GeoPoint> &ring : area.rings) {
            QPolygonF polygon(MapProjection::projectLine(ring));
            if (polygon.size() < 3)
                continue;
            if (polygon.constFirst() != polygon.constLast())
                polygon.append(polygon.constFirst());
            const QRectF r = polygon.boundingRect();
            box.add(r);
            if (r.width() * r.height() > largest) {
                largest = r.width() * r.height();
                feature.labelPoint = interiorPoint(polygon);
            }
            feature.rings.append(polygon);
        }
        if (feature.rings.isEmpty())
            continue;
        feature.bounds = box.rect().value_or(QRectF());
        m_areas.append(feature);
    }
    boxes.clear();
    for (const AreaFeature &area : std::as_const(m_areas))
        boxes.append(area.bounds);
    m_areaIndex = SpatialIndex(boxes);

    if (briefing.hasRegion) {
        m_home = grown(MapProjection::projectBox(briefing.region), MinimumSpan);
    } else if (const std::optional<QRectF> box = extent()) {
        m_home = grown(*box, MinimumSpan);
    }
}

QString MapFeatures::hitTest(const QPointF &world, double worldWidth) const
{
    // Only the features near the point are measured: for each copy of the world that can
    // hold them, those whose box comes within reach of the point.
    const auto near = [&world](const SpatialIndex &index, double reach) {
        QList<int> found;
        if (index.size() == 0)
            return found;
        const QRectF &all = index.bounds();
        const int first = int(std::lround(world.x() - all.right()));
        const int last = int(std::lround(world.x() - all.left()));
        for (int k = first; k <= last; ++k) {
            const QPointF p(world.x() - k, world.y());
            found += index.query(QRectF(p - QPointF(reach, reach), p + QPointF(reach, reach)));
        }
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        return found;
    };

    QString best;
    double bestDistance = PlaceRadius;
    for (const int i : near(m_placeIndex, PlaceRadius / worldWidth)) {
        const PlaceFeature &place = m_places.at(i);
        const double dx = (world.x() - MapProjection::nearestCopy(place.position.x(), world.x()))
            * worldWidth;
        const double dy = (world.y() - place.position.y()) * worldWidth;
        const double distance = std::hypot(dx, dy);
        if (distance <= bestDistance) {
            best = place.id;
            bestDistance = distance;
        }
    }
    if (!best.isEmpty())
        return best;

    bestDistance = LineTolerance;
    const QPointF pixel = world * worldWidth;
    for (const int l : near(m_lineIndex, LineTolerance / worldWidth)) {
        const LineFeature &line = m_lines.at(l);
        const double shift = MapProjection::nearestCopy(line.bounds.center().x(), world.x())
            - line.bounds.center().x();
        const QPointF p = pixel - QPointF(shift * worldWidth, 0);
        for (qsizetype i = 1; i < line.points.size(); ++i) {
            const double distance = distanceToSegment(p, line.points.at(i - 1) * worldWidth,
                                                      line.points.at(i) * worldWidth);
            if (distance <= bestDistance) {
                best = line.id;
                bestDistance = distance;
            }
        }
    }
    if (!best.isEmpty())
        return best;

    // The smallest area around the point, so that an area inside another can be reached.
    double bestSize = std::numeric_limits<double>::max();
    for (const int a : near(m_areaIndex, 0)) {
        const AreaFeature &area = m_areas.at(a);
        const double shift = MapProjection::nearestCopy(area.bounds.center().x(), world.x())
            - area.bounds.center().x();
        const QPointF p = world - QPointF(shift, 0);
        const double size = area.bounds.width() * area.bounds.height();
        if (size >= bestSize)
            continue;
        for (const QPolygonF &ring : area.rings) {
            if (ring.containsPoint(p, Qt::OddEvenFill)) {
                best = area.id;
                bestSize = size;
                break;
            }
        }
    }
    return best;
}

std::optional<QRectF> MapFeatures::bounds(const QStringList &ids, double referenceX) const
{
    Extent box;
    for (const PlaceFeature &place : m_places) {
        if (ids.contains(place.id))
            box.add(QPointF(MapProjection::nearestCopy(place.position.x(), referenceX),
                               place.position.y()));
    }
    for (const LineFeature &line : m_lines) {
        if (ids.contains(line.id)) {
            const double shift = MapProjection::nearestCopy(line.bounds.center().x(), referenceX)
                - line.bounds.center().x();
            box.add(line.bounds.translated(shift, 0));
        }
    }
    for (const AreaFeature &area : m_areas) {
        if (ids.contains(area.id)) {
            const double shift = MapProjection::nearestCopy(area.bounds.center().x(), referenceX)
                - area.bounds.center().x();
            box.add(area.bounds.translated(shift, 0));
        }
    }
    return box.rect();
}

std::optional<QRectF> MapFeatures::extent() const
{
    QList<double> xs;
    Extent ys;
    const auto add = [&](const QPointF &p) {
        xs.append(p.x() - std::floor(p.x()));
        ys.add(QPointF(0, p.y()));
    };
    for (const PlaceFeature &place : m_places)
        add(place.position);
    for (const LineFeature &line : m_lines) {
        for (const QPointF &p : line.points)
            add(p);
    }
    for (const AreaFeature &area : m_areas) {
        for (const QPolygonF &ring : area.rings) {
            for (const QPointF &p : ring)
                add(p);
        }
    }
    if (xs.isEmpty())
        return std::nullopt;

    // The smallest span of x that holds every point is the world less its widest empty gap.
    std::sort(xs.begin(), xs.end());
    double gap = xs.constFirst() + 1.0 - xs.constLast(); // the gap across x = 0
    double left = xs.constFirst();
    for (qsizetype i = 1; i < xs.size(); ++i) {
        if (xs.at(i) - xs.at(i - 1) > gap) {
            gap = xs.at(i) - xs.at(i - 1);
            left = xs.at(i);
        }
    }
    const double width = 1.0 - gap;
    const QRectF yRange = *ys.rect();
    return QRectF(left, yRange.top(), width, yRange.height());
}

QRectF MapFeatures::region() const
{
    if (m_home)
        return *m_home;
    const QPointF north = MapProjection::project({72, 0});
    const QPointF south = MapProjection::project({-58, 0});
    return QRectF(QPointF(0, north.y()), QPointF(1, south.y()));
}

QStringList MapFeatures::idsToShow(const Briefing &briefing, const QString &id)
{
    if (id.isEmpty())
        return {};
    if (briefing.place(id) || briefing.line(id) || briefing.area(id))
        return {id};
    if (const Entry *entry = briefing.entry(id)) {
        QStringList ids = entry->places + entry->lines;
        if (isFeature(briefing, id))
            ids.append(id); // a leg drawn from its ends
        return ids;
    }
    return {};
}

bool MapFeatures::isFeature(const Briefing &briefing, const QString &id)
{
    if (const Place *place = briefing.place(id))
        return place->hasPosition;
    if (briefing.line(id) || briefing.area(id))
        return true;
    const Briefing::Ref *ref = briefing.find(id);
    return ref && ref->kind == Briefing::Kind::Itinerary
        && drawsLeg(briefing, briefing.itinerary.at(ref->index));
}

bool MapFeatures::drawsLeg(const Briefing &briefing, const ItineraryStep &step)
{
    if (step.kind != ItineraryStep::Kind::Leg || !step.line.isEmpty())
        return false;
    const Place *from = briefing.place(step.from);
    const Place *to = briefing.place(step.to);
    return from && to && from->hasPosition && to->hasPosition;
}

MapLine::Kind MapFeatures::legKind(ItineraryStep::Mode mode)
{
    switch (mode) {
    case ItineraryStep::Mode::Flight: return MapLine::Kind::Flight;
    case ItineraryStep::Mode::Train: return MapLine::Kind::Railway;
    case ItineraryStep::Mode::Road: return MapLine::Kind::Road;
    case ItineraryStep::Mode::Ship:
    case ItineraryStep::Mode::Unstated: break;
    }
    return MapLine::Kind::Route;
}
