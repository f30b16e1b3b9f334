#include "map/mappainter.h"

#include "map/labelgrid.h"
#include "map/mapprojection.h"
#include "map/mapspritecache.h"
#include "map/mapstyle.h"
#include "map/mapviewport.h"
#include "map/worldmap.h"
#include "paint/rasterpainter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QTransform>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

int kindRank(Place::Kind kind)
{
    switch (kind) {
    case Place::Kind::Capital: return 0;
    case Place::Kind::City: return 1;
    case Place::Kind::BorderCrossing: return 2;
    case Place::Kind::Port: return 2;
    case Place::Kind::Town: return 3;
    case Place::Kind::Airport: return 2;
    case Place::Kind::Station: return 3;
    case Place::Kind::Site: return 4;
    case Place::Kind::Landmark: return 4;
    }
    return 5;
}

// A graticule step, in degrees, that leaves lines at least `minPixels` apart.
double graticuleStep(double pixelsPerDegree, double minPixels)
{
    for (const double step : {0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0}) {
        if (step * pixelsPerDegree >= minPixels)
            return step;
    }
    return 30.0;
}

// A round length (1, 2 or 5 times a power of ten) no longer than `metres`.
double roundLength(double metres)
{
    const double power = std::pow(10.0, std::floor(std::log10(metres)));
    for (const double factor : {5.0, 2.0, 1.0}) {
        if (factor * power <= metres)
            return factor * power;
    }
    return power;
}

// The polyline moved sideways segment by segment (see MapFeatures::LineFeature::offsets); a
// vertex between two segments moves by the mean of theirs.
QPolygonF offsetPolyline(const QPolygonF &points, const QList<double> &offsets, double spacing)
{
    if (std::all_of(offsets.cbegin(), offsets.cend(), [](double o) { return o == 0; }))
        return points;
    const auto shift = [&](qsizetype segment) {
        const QPointF d = points.at(segment + 1) - points.at(segment);
        const double length = std::hypot(d.x(), d.y());
        if (length == 0)
            return QPointF();
        // Right of the direction of travel, with y pointing down.
        return QPointF(-d.y(), d.x()) / length * offsets.value(segment) * spacing;
    };
    QPolygonF out;
    out.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        QPointF v;
        int count = 0;
        if (i > 0) {
            v += shift(i - 1);
            ++count;
        }
        if (i + 1 < points.size()) {
            v += shift(i);
            ++count;
        }
        out.append(points.at(i) + (count ? v / count : QPointF()));
    }
    return out;
}

// A projected path in view coordinates, keeping only what reaches into `box` (pixels): a
// shape's rings cut to it, or a line's runs of segments that meet it. A large country or a
// long coast then costs a page's figure what its part in view does (the map's page was once
// a third of a briefing's PDF before compression). A line keeps its own segments, whole, so
// that it is drawn as when nothing is cut.
// A projected path in view coordinates, every part thinned for a page.
QPainterPath thinnedPath(const QPainterPath &path, const QTransform &toScreen);

// Less than a pixel of the view: on a page figure about a fifth of a millimetre, which no reader
// tells from the full outline at arm's length (compared at 300 dpi).
constexpr double PageTolerance = 0.8;

QPainterPath cutToBox(const QPainterPath &path, const QTransform &toScreen, const QRectF &box,
                      bool shape)
{
    QPainterPath cut;
    cut.setFillRule(path.fillRule());
    for (const QPolygonF &part : path.toSubpathPolygons(toScreen)) {
        if (shape) {
            const QPolygonF ring = MapStyle::thinned(MapStyle::clipRing(part, box), PageTolerance);
            if (ring.size() >= 3)
                cut.addPolygon(ring);
            continue;
        }
        QPolygonF run;
        const auto finish = [&run, &cut]() {
            if (run.size() >= 2)
                cut.addPolygon(MapStyle::thinned(run, PageTolerance));
            run.clear();
        };
        for (qsizetype i = 1; i < part.size(); ++i) {
            const QPointF &a = part.at(i - 1);
            const QPointF &b = part.at(i);
            const QRectF segment = QRectF(a, b).normalized();
            // A segment's box meeting the view's keeps it (a few more than needed, never fewer).
            if (segment.right() >= box.left() && segment.left() <= box.right()
                && segment.bottom() >= box.top() && segment.top() <= box.bottom()) {
                if (run.isEmpty())
                    run.append(a);
                run.append(b);
            } else {
                finish();
            }
        }
        finish();
    }
    return cut;
}

// A page's shape in the device's pixels, back on an eighth of a pixel. A PDF writes a shape
// drawn without a pen through the painter's transform (the figure's scale), so the points that
// MapStyle::thinned put on the grid of the view came out with nine digits that do not repeat,
// and the country fills cost a map page twice the bytes a point of its lines does.
QPainterPath onDeviceGrid(const QPainterPath &path, const QTransform &toDevice)
{
    QPainterPath out;
    out.setFillRule(path.fillRule());
    for (QPolygonF part : path.toSubpathPolygons(toDevice)) {
        for (QPointF &p : part)
            p = MapStyle::onPageGrid(p);
        out.addPolygon(part);
    }
    return out;
}

QPainterPath thinnedPath(const QPainterPath &path, const QTransform &toScreen)
{
    QPainterPath out;
    out.setFillRule(path.fillRule());
    for (const QPolygonF &part : path.toSubpathPolygons(toScreen))
        out.addPolygon(MapStyle::thinned(part, PageTolerance));
    return out;
}

QPen plainPen(const QColor &color, qreal width)
{
    QPen pen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    return pen;
}

} // namespace

void MapPainter::setWorld(std::shared_ptr<const WorldMap> world)
{
    m_world = std::move(world);
    updateVisitCountries();
    ++m_revision;
}

void MapPainter::setBriefing(BriefingPtr briefing, const QString &language)
{
    if (briefing != m_briefing) {
        m_features = briefing ? MapFeatures(*briefing) : MapFeatures();
        m_highlight.clear();
        m_selected.clear();
        m_hovered.clear();
    }
    m_briefing = std::move(briefing);
    m_language = language;
    updateVisitCountries();
    ++m_revision;
}

void MapPainter::setHighlight(const QStringList &ids, const QString &selected)
{
    m_highlight = ids;
    m_selected = selected;
    ++m_revision;
}

void MapPainter::setFont(const QFont &font, const QColor &textColor)
{
    m_font = font;
    if (m_font.pixelSize() <= 0)
        m_font.setPixelSize(int(std::lround(QFontInfo(font).pixelSize())));
    m_textColor = textColor;
    ++m_revision;
}

QStringList MapPainter::hostCountries(const Briefing &briefing)
{
    QStringList hosts = briefing.visit.hostCountries;
    if (!briefing.visit.host.isEmpty() && !hosts.contains(briefing.visit.host))
        hosts.prepend(briefing.visit.host);
    return hosts;
}

QString MapPainter::stopNumbers(const QList<int> &numbers, const QString &language)
{
    const QLocale locale(language);
    QStringList texts;
    for (const int n : numbers)
        texts.append(locale.toString(n));
    // A middle dot, which reads the same in every script.
    return texts.join(u'\u00b7');
}

void MapPainter::updateVisitCountries()
{
    m_hosts.clear();
    m_guest = -1;
    if (!m_world || !m_briefing)
        return;
    for (const QString &id : hostCountries(*m_briefing)) {
        const Country *host = m_briefing->country(id);
        const int index = host ? m_world->countryIndex(host->iso3) : -1;
        if (index >= 0)
            m_hosts.append(index);
    }
    if (const Country *guest = m_briefing->country(m_briefing->visit.guest))
        m_guest = m_world->countryIndex(guest->iso3);
}

QFont MapPainter::font(double scale, bool bold) const
{
    QFont f = m_font;
    f.setPixelSize(std::max(1, int(std::lround(m_font.pixelSize() * scale))));
    f.setBold(bold);
    return f;
}

MapSpriteCache::TextMetrics MapPainter::measure(const QFont &font, const QString &text) const
{
    if (m_sprites)
        return m_sprites->metrics(font, text);
    const QFontMetricsF metrics(font);
    return {metrics.horizontalAdvance(text), metrics.height(), metrics.ascent()};
}

QString MapPainter::nameOf(const QString &id) const
{
    if (!m_briefing)
        return {};
    if (const Place *place = m_briefing->place(id))
        return m_briefing->text(place->name, m_language).text;
    if (const MapLine *line = m_briefing->line(id))
        return m_briefing->text(line->name, m_language).text;
    if (const MapArea *area = m_briefing->area(id))
        return m_briefing->text(area->name, m_language).text;
    if (MapFeatures::isFeature(*m_briefing, id)) {
        if (const Entry *leg = m_briefing->entry(id))
            return m_briefing->text(leg->title, m_language).text;
    }
    return {};
}

void MapPainter::paint(QPainter &painter, const MapViewport &view, QList<DrawnLabel> *drawn,
                       QList<DrawnCount> *counts) const
{
    paintBackdrop(painter, view, QRectF(QPointF(0, 0), view.size()));
    paintOverlay(painter, view, drawn, counts);
}

void MapPainter::paintBackdrop(QPainter &painter, const MapViewport &view, const QRectF &area) const
{
    painter.save();
    const QRectF clip = area & QRectF(QPointF(0, 0), view.size());
    painter.setClipRect(clip, Qt::IntersectClip);
    painter.fillRect(clip, MapStyle::water());
    // Hatches are fixed to the ground, so that a pan moves them with it.
    painter.setBrushOrigin(view.toScreen(QPointF(0, 0)));
    // What may reach into the area: a little more than it, for antialiased edges and pens.
    const QRectF near = clip.adjusted(-2, -2, 2, 2);
    paintWorld(painter, view, near);
    paintGraticule(painter, view);
    paintLayers(painter, view);
    paintAreas(painter, view, near);
    paintLines(painter, view, near);
    paintMarkers(painter, visiblePlaces(view, near));
    painter.restore();
}

void MapPainter::paintOverlay(QPainter &painter, const MapViewport &view, QList<DrawnLabel> *drawn,
                              QList<DrawnCount> *counts) const
{
    painter.save();
    // Names in any script lay out in their own direction on the left-to-right map.
    painter.setLayoutDirection(Qt::LayoutDirectionAuto);
    const QRectF area(QPointF(0, 0), view.size());
    painter.setClipRect(area, Qt::IntersectClip);
    QList<int> stacked;
    const QList<PlaceOnScreen> places = visiblePlaces(view, area, &stacked);

    // Labels: the overlays and markers first, then place names, then country names where
    // there is room left, so nothing covers a marker or a name of the briefing.
    LabelGrid occupied(area);
    occupied.take(paintScaleBar(painter, view));
    occupied.take(paintCredit(painter, view));
    for (const auto &[place, pos] : places) {
        // A stop's ring is part of its marker.
        const double r = MapStyle::markerRadius(place->kind) + (place->stops.isEmpty() ? 1 : 5);
        occupied.take(QRectF(pos - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    const QList<Badge> badges = layoutStopBadges(places, occupied);
    const QList<DrawnCount> countBadges = layoutCounts(places, stacked, occupied);
    const QList<Label> placeLabels = layoutPlaceLabels(view, places, occupied);
    const QList<Label> areaLabels = layoutAreaLabels(view, occupied);
    const QList<Label> countryLabels = layoutCountryLabels(view, occupied);
    paintLabels(painter, countryLabels, 2.5);
    paintLabels(painter, areaLabels, 2.5);
    paintLabels(painter, placeLabels, 3.2);
    const QFont numbers = badgeFont();
    for (const Badge &badge : badges)
        MapStyle::drawStopBadge(painter, badge.rect, badge.text, numbers);
    for (const DrawnCount &count : countBadges) {
        if (!count.rect.isEmpty())
            MapStyle::drawCountBadge(painter, count.rect, QLocale(m_language).toString(count.count), numbers);
    }
    if (counts)
        counts->append(countBadges);
    if (drawn) {
        for (const QList<Label> *labels : {&countryLabels, &areaLabels, &placeLabels}) {
            for (const Label &label : *labels)
                drawn->append({label.id, label.text, label.rect});
        }
    }

    if (!m_briefing || m_features.isEmpty())
        paintNotice(painter, view, tr("This briefing marks no places or lines on the map."));
    else if (!m_world)
        paintNotice(painter, view, tr("The country outlines could not be read."));
    painter.restore();
}

void MapPainter::paintWorld(QPainter &painter, const MapViewport &view, const QRectF &area) const
{
    if (!m_world)
        return;
    const WorldMap::Level &level = m_world->levels().at(m_world->levelFor(view.worldWidth()));
    const QRectF rect(view.toWorld(area.topLeft()), view.toWorld(area.bottomRight()));

    const QPen coast = plainPen(MapStyle::coast(), 0.8);
    // Hairlines on the screen: stroking and filling each border was most of a frame's cost.
    const QPen border = MapStyle::borderPen(false);
    const QPen disputed = MapStyle::borderPen(true);

    // A page (PDF, SVG) gets only what is in view, cut with a margin beyond it so that the
    // cuts are never seen. The screen's rasterizer passes over what is out of view at little
    // cost, and fills a cut shape by another of its ways, a pixel off here and there (a pan
    // would then paint strips that do not quite match).
    const bool cutting = !isRasterPainter(painter);
    const QRectF box = area.adjusted(-4, -4, 4, 4);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const int k : view.copies()) {
        const QTransform toScreen = view.worldToScreen(k);
        const QRectF local = rect.translated(-k, 0);
        const auto inView = [&](const QPainterPath &path, bool shape) {
            return cutting ? cutToBox(path, toScreen, box, shape) : toScreen.map(path);
        };
        QList<const WorldMap::Polygon *> visible;
        for (const WorldMap::Polygon &polygon : level.polygons) {
            if (polygon.bounds.intersects(local))
                visible.append(&polygon);
        }
        painter.setPen(Qt::NoPen);
        // Filled without antialiasing, which was the largest part of a frame at regional
        // scales: every edge of the land is stroked by the antialiased coast or border line
        // drawn next, which covers the steps, and neighbours meet without a seam.
        painter.setRenderHint(QPainter::Antialiasing, false);
        // On a page the fills are drawn in the device's pixels (see onDeviceGrid).
        const QTransform toDevice = painter.deviceTransform();
        if (cutting) {
            painter.save();
            painter.resetTransform();
        }
        for (const WorldMap::Polygon *polygon : visible) {
            const WorldMap::Country &country = m_world->countries().at(polygon->country);
            const int c = country.colourOf >= 0 ? country.colourOf : polygon->country;
            painter.setBrush(m_hosts.contains(c) ? MapStyle::landHost()
                             : c == m_guest      ? MapStyle::landGuest()
                                                 : MapStyle::land(m_world->colourClass(c)));
            painter.drawPath(cutting ? onDeviceGrid(inView(polygon->fill, true), toDevice)
                                     : inView(polygon->fill, true));
        }
        if (cutting)
            painter.restore();
        // Disputed entities and areas of disputed control, hatched over their colour.
        painter.setBrush(MapStyle::disputedFill());
        for (const WorldMap::Polygon *polygon : visible) {
            if (m_world->countries().at(polygon->country).disputed)
                painter.drawPath(inView(polygon->fill, true));
        }
        for (const WorldMap::Polygon &disputedArea : level.disputedAreas) {
            if (disputedArea.bounds.intersects(local))
                painter.drawPath(inView(disputedArea.fill, true));
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(coast);
        for (const WorldMap::Polygon *polygon : visible)
            painter.drawPath(inView(polygon->outline, false));
        for (const WorldMap::Border &b : level.borders) {
            if (!b.bounds.intersects(local) && !local.contains(b.bounds.center()))
                continue;
            painter.setPen(b.disputed ? disputed : border);
            // A dashed border is drawn whole: cut, its dashes would start again where it
            // enters the view.
            painter.drawPath(b.disputed ? (cutting ? thinnedPath(b.path, toScreen)
                                                   : toScreen.map(b.path))
                                        : inView(b.path, false));
        }
    }
    painter.restore();
}

void MapPainter::paintGraticule(QPainter &painter, const MapViewport &view) const
{
    const QRectF rect = view.viewRect();
    const double step = graticuleStep(view.worldWidth() / 360.0, 110);
    painter.save();
    painter.setPen(plainPen(MapStyle::graticule(), 1));
    const double west = rect.left() * 360 - 180;
    const double east = rect.right() * 360 - 180;
    for (double lon = std::ceil(west / step) * step; lon <= east; lon += step) {
        const double x = view.toScreen(QPointF((lon + 180) / 360, 0)).x();
        painter.drawLine(QPointF(x, 0), QPointF(x, view.size().height()));
    }
    const double north = MapProjection::unproject({0, std::max(rect.top(), 0.0)}).lat;
    const double south = MapProjection::unproject({0, std::min(rect.bottom(), 1.0)}).lat;
    for (double lat = std::ceil(south / step) * step; lat <= north; lat += step) {
        const double y = view.toScreen(MapProjection::project({lat, 0})).y();
        painter.drawLine(QPointF(0, y), QPointF(view.size().width(), y));
    }
    painter.restore();
}

namespace {

QPolygonF toScreen(const MapViewport &view, const QList<GeoPoint> &part)
{
    QPolygonF points;
    points.reserve(part.size());
    for (const GeoPoint &p : part)
        points.append(view.toScreen(p));
    return points;
}

// A polygon's rings as one path: the first ring outer, the rest holes.
QPainterPath polygonPath(const MapViewport &view, const GeoJsonLayer::Geometry &geometry)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QList<GeoPoint> &ring : geometry.parts)
        path.addPolygon(toScreen(view, ring));
    return path;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0)
                                 : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

} // namespace

void MapPainter::paintLayers(QPainter &painter, const MapViewport &view) const
{
    // One colour for every extra layer: it must read as "added", distinct from the briefing's
    // own kinds of line and marker.
    const QColor ink = MapStyle::layerInk();
    const QBrush fill = MapStyle::layerFill();
    const QRectF area(QPointF(0, 0), view.size());
    for (const auto &layer : m_layers) {
        for (const GeoJsonLayer::Feature &feature : layer->features) {
            for (const GeoJsonLayer::Geometry &geometry : feature.geometries) {
                painter.save();
                switch (geometry.type) {
                case GeoJsonLayer::Geometry::Type::Point: {
                    const QPointF c = view.toScreen(geometry.parts.value(0).value(0));
                    if (!area.adjusted(-6, -6, 6, 6).contains(c))
                        break;
                    painter.setPen(QPen(Qt::white, 1.5));
                    painter.setBrush(ink);
                    painter.drawRect(QRectF(c - QPointF(4, 4), QSizeF(8, 8)));
                    break;
                }
                case GeoJsonLayer::Geometry::Type::Line: {
                    const QPolygonF line = toScreen(view, geometry.parts.value(0));
                    if (!line.boundingRect().intersects(area))
                        break;
                    painter.setPen(QPen(ink, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                    painter.drawPolyline(line);
                    break;
                }
                case GeoJsonLayer::Geometry::Type::Polygon: {
                    const QPainterPath path = polygonPath(view, geometry);
                    if (!path.boundingRect().intersects(area))
                        break;
                    painter.setPen(QPen(ink, 1.5));
                    painter.setBrush(fill);
                    painter.drawPath(path);
                    break;
                }
                }
                painter.restore();
            }
        }
    }
}

std::pair<const GeoJsonLayer::Feature *, QString>
MapPainter::layerFeatureAt(const MapViewport &view, const QPointF &pos) const
{
    constexpr double Reach = 6.0; // pixels around a point or a line that still count as on it
    for (auto layer = m_layers.crbegin(); layer != m_layers.crend(); ++layer) {
        const auto &features = (*layer)->features;
        for (auto feature = features.crbegin(); feature != features.crend(); ++feature) {
            for (const GeoJsonLayer::Geometry &geometry : feature->geometries) {
                bool hit = false;
                switch (geometry.type) {
                case GeoJsonLayer::Geometry::Type::Point: {
                    const QPointF d = view.toScreen(geometry.parts.value(0).value(0)) - pos;
                    hit = std::hypot(d.x(), d.y()) <= Reach;
                    break;
                }
                case GeoJsonLayer::Geometry::Type::Line: {
                    const QPolygonF line = toScreen(view, geometry.parts.value(0));
                    for (qsizetype i = 1; i < line.size() && !hit; ++i)
                        hit = distanceToSegment(pos, line[i - 1], line[i]) <= Reach;
                    break;
                }
                case GeoJsonLayer::Geometry::Type::Polygon: {
                    hit = polygonPath(view, geometry).contains(pos);
                    break;
                }
                }
                if (hit)
                    return {&*feature, (*layer)->name};
            }
        }
    }
    return {nullptr, {}};
}

void MapPainter::paintLines(QPainter &painter, const MapViewport &view, const QRectF &pixels) const
{
    const double margin = 20 / view.worldWidth();
    const QRectF area = QRectF(view.toWorld(pixels.topLeft()), view.toWorld(pixels.bottomRight()))
                            .adjusted(-margin, -margin, margin, margin);
    const QRectF screen = pixels.adjusted(-24, -24, 24, 24);
    const bool dimming = !m_highlight.isEmpty();

    // Only the lines whose box meets the view, at any copy of the world.
    QList<int> near;
    for (const int k : view.copies())
        near += m_features.linesIn(area.translated(-k, 0));
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());

    // Plain lines first, then the highlighted ones over them, the selected one on top.
    QList<const MapFeatures::LineFeature *> order;
    order.reserve(near.size());
    for (const int i : std::as_const(near))
        order.append(&m_features.lines().at(i));
    const auto weight = [this](const MapFeatures::LineFeature *line) {
        return line->id == m_selected ? 2 : m_highlight.contains(line->id) ? 1 : 0;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&weight](auto *a, auto *b) { return weight(a) < weight(b); });

    for (const MapFeatures::LineFeature *line : order) {
        const bool lit = m_highlight.contains(line->id);
        for (const int k : view.copies()) {
            const QRectF bounds = line->bounds.translated(k, 0);
            if (!bounds.intersects(area) && !area.contains(bounds.center()))
                continue;
            QPolygonF points;
            points.reserve(line->points.size());
            for (const QPointF &p : line->points)
                points.append(view.toScreen(p + QPointF(k, 0)));
            // Lines that share a course run side by side, this far apart.
            constexpr double SideBySide = 5.0;
            points = offsetPolyline(points, line->offsets, SideBySide);
            // Only what is in view is stroked; the margin hides the cut ends under the widest
            // pen (a halo).
            const QList<MapStyle::LinePiece> pieces = MapStyle::clip(points, screen);
            if (pieces.isEmpty())
                continue;
            painter.save();
            if (dimming && !lit)
                painter.setOpacity(0.35);
            if (lit)
                MapStyle::drawLineHalo(painter, pieces, line->kind, MapStyle::halo());
            else if (line->id == m_hovered)
                MapStyle::drawLineHalo(painter, pieces, line->kind, MapStyle::hoverHalo());
            if (line->leg)
                MapStyle::drawLeg(painter, pieces, line->mode);
            else
                MapStyle::drawLine(painter, pieces, line->kind, line->approximate);
            painter.restore();
        }
    }
}

QList<MapPainter::PlaceOnScreen> MapPainter::visiblePlaces(const MapViewport &view,
                                                          const QRectF &pixels,
                                                          QList<int> *counts) const
{
    QList<PlaceOnScreen> visible;
    const QRectF area = pixels.adjusted(-12, -12, 12, 12);
    const QRectF worldArea(view.toWorld(area.topLeft()), view.toWorld(area.bottomRight()));
    // The places near the view, from the index, in document order and copy by copy.
    QList<std::pair<int, int>> near;
    for (const int k : view.copies()) {
        for (const int i : m_features.placesIn(worldArea.translated(-k, 0)))
            near.append({i, k});
    }
    std::sort(near.begin(), near.end());
    for (const auto &[i, k] : std::as_const(near)) {
        const MapFeatures::PlaceFeature &place = m_features.places().at(i);
        const QPointF pos = view.toScreen(place.position + QPointF(k, 0));
        if (area.contains(pos))
            visible.append({&place, pos});
    }
    // Drawn bottom to top: plain places, then highlighted, then the selected one; within
    // each, the lesser kinds first, so a capital is never hidden under a site.
    const auto weight = [this](const MapFeatures::PlaceFeature *place) {
        const int lit = place->id == m_selected ? 2 : m_highlight.contains(place->id) ? 1 : 0;
        return lit * 10 + (9 - kindRank(place->kind));
    };
    // Places at one pixel are one marker: the most important of them (the first in the
    // document of those), so that however many places share a point, one marker is drawn,
    // named and kept clear of names there.
    QList<PlaceOnScreen> stacks;
    QList<int> sizes;
    QHash<std::pair<qint64, qint64>, qsizetype> at;
    for (const PlaceOnScreen &place : std::as_const(visible)) {
        const std::pair<qint64, qint64> pixel{qint64(std::floor(place.second.x())),
                                              qint64(std::floor(place.second.y()))};
        const auto found = at.constFind(pixel);
        if (found == at.cend()) {
            at.insert(pixel, stacks.size());
            stacks.append(place);
            sizes.append(1);
            continue;
        }
        PlaceOnScreen &top = stacks[*found];
        if (weight(place.first) > weight(top.first))
            top = place;
        ++sizes[*found];
    }
    QList<qsizetype> order(stacks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return weight(stacks.at(a).first) < weight(stacks.at(b).first);
    });
    QList<PlaceOnScreen> sorted;
    sorted.reserve(stacks.size());
    if (counts) {
        counts->clear();
        counts->reserve(stacks.size());
    }
    for (const qsizetype i : std::as_const(order)) {
        sorted.append(stacks.at(i));
        if (counts)
            counts->append(sizes.at(i));
    }
    return sorted;
}

void MapPainter::paintMarkers(QPainter &painter, const QList<PlaceOnScreen> &places) const
{
    const bool dimming = !m_highlight.isEmpty();
    const qreal opacity = painter.opacity();
    for (const auto &[place, pos] : places) {
        const bool lit = m_highlight.contains(place->id);
        const bool dimmed = dimming && !lit;
        const bool hovered = place->id == m_hovered;
        painter.setOpacity(dimmed ? opacity * 0.4 : opacity);
        const QColor glow = lit ? MapStyle::halo() : hovered ? MapStyle::hoverHalo() : QColor();
        // A dimmed marker's glow and symbol are each seen through; as one image they would not.
        if (m_sprites && !(dimmed && glow.isValid())) {
            m_sprites->drawMarker(painter, pos, place->kind, place->approximate, glow);
            if (!place->stops.isEmpty())
                MapStyle::drawStopRing(painter, pos, place->kind);
            continue;
        }
        if (glow.isValid())
            MapStyle::drawMarkerHalo(painter, pos, place->kind, glow);
        MapStyle::drawMarker(painter, pos, place->kind, place->approximate);
        if (!place->stops.isEmpty())
            MapStyle::drawStopRing(painter, pos, place->kind);
    }
    painter.setOpacity(opacity);
}

QList<MapPainter::Label> MapPainter::layoutPlaceLabels(const MapViewport &view,
                                                       const QList<PlaceOnScreen> &places,
                                                       LabelGrid &occupied) const
{
    // Greedy placement: the most important names first, each at the first of eight positions
    // around its marker that is free; a name with no free position is left out (its marker
    // stays, and the tooltip and the list name it).
    QList<PlaceOnScreen> order = places;
    const auto priority = [this](const MapFeatures::PlaceFeature *place) {
        const int lit = place->id == m_selected ? 0 : m_highlight.contains(place->id) ? 1 : 2;
        return lit * 10 + kindRank(place->kind);
    };
    std::stable_sort(order.begin(), order.end(), [&priority](const auto &a, const auto &b) {
        return priority(a.first) < priority(b.first);
    });

    const QRectF bounds = QRectF(QPointF(0, 0), view.size()).adjusted(2, 2, -2, -2);
    QList<Label> labels;
    for (const auto &[place, pos] : order) {
        const QString text = nameOf(place->id);
        if (text.isEmpty())
            continue;
        const bool lit = m_highlight.contains(place->id);
        const bool minor = place->kind == Place::Kind::Town || place->kind == Place::Kind::Site;
        const QFont f = font(minor ? 0.92 : 1.0, place->kind == Place::Kind::Capital || lit);
        const MapSpriteCache::TextMetrics metrics = measure(f, text);
        const double w = metrics.width;
        const double h = metrics.height;
        // Clear of a stop's ring.
        const double gap = MapStyle::markerRadius(place->kind) + (place->stops.isEmpty() ? 3 : 6);
        const double d = gap * 0.75;
        const QList<QPointF> candidates{
            {pos.x() + gap, pos.y() - h / 2},     {pos.x() - gap - w, pos.y() - h / 2},
            {pos.x() + d, pos.y() - d - h},       {pos.x() + d, pos.y() + d},
            {pos.x() - d - w, pos.y() - d - h},   {pos.x() - d - w, pos.y() + d},
            {pos.x() - w / 2, pos.y() - gap - h}, {pos.x() - w / 2, pos.y() + gap},
        };
        for (const QPointF &topLeft : candidates) {
            const QRectF r(topLeft, QSizeF(w, h));
            if (!bounds.contains(r) || !occupied.isFree(r))
                continue;
            QColor color = MapStyle::placeLabel();
            if (!m_highlight.isEmpty() && !lit)
                color.setAlpha(120);
            labels.append({place->id, text, f, color, QPointF(r.left(), r.top() + metrics.ascent), r});
            occupied.take(r.adjusted(-1, -1, 1, 1));
            break;
        }
    }
    return labels;
}

void MapPainter::paintAreas(QPainter &painter, const MapViewport &view, const QRectF &pixels) const
{
    if (m_features.areas().isEmpty())
        return;
    const double margin = 20 / view.worldWidth();
    const QRectF area = QRectF(view.toWorld(pixels.topLeft()), view.toWorld(pixels.bottomRight()))
                            .adjusted(-margin, -margin, margin, margin);
    const bool dimming = !m_highlight.isEmpty();
    QList<int> near;
    for (const int k : view.copies())
        near += m_features.areasIn(area.translated(-k, 0));
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    // Plain areas first, then the highlighted ones, the selected one on top.
    QList<const MapFeatures::AreaFeature *> order;
    for (const int i : std::as_const(near))
        order.append(&m_features.areas().at(i));
    const auto weight = [this](const MapFeatures::AreaFeature *a) {
        return a->id == m_selected ? 2 : m_highlight.contains(a->id) ? 1 : 0;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&weight](auto *a, auto *b) { return weight(a) < weight(b); });

    for (const MapFeatures::AreaFeature *feature : order) {
        const bool lit = m_highlight.contains(feature->id);
        for (const int k : view.copies()) {
            if (!feature->bounds.translated(k, 0).intersects(area))
                continue;
            const QTransform toScreen = view.worldToScreen(k);
            QPainterPath shape;
            shape.setFillRule(Qt::WindingFill);
            for (const QPolygonF &ring : feature->rings)
                shape.addPolygon(toScreen.map(ring));
            painter.save();
            if (dimming && !lit)
                painter.setOpacity(0.35);
            if (lit)
                MapStyle::drawAreaHalo(painter, shape, MapStyle::halo());
            else if (feature->id == m_hovered)
                MapStyle::drawAreaHalo(painter, shape, MapStyle::hoverHalo());
            MapStyle::drawArea(painter, shape, feature->kind, feature->approximate);
            painter.restore();
        }
    }
}

QList<MapPainter::Label> MapPainter::layoutAreaLabels(const MapViewport &view,
                                                      LabelGrid &occupied) const
{
    QList<Label> labels;
    const QRectF bounds = QRectF(QPointF(0, 0), view.size()).adjusted(2, 2, -2, -2);
    for (const MapFeatures::AreaFeature &area : m_features.areas()) {
        const QString text = nameOf(area.id);
        if (text.isEmpty())
            continue;
        const bool lit = m_highlight.contains(area.id);
        QFont f = font(0.95, lit);
        f.setItalic(true);
        const MapSpriteCache::TextMetrics metrics = measure(f, text);
        QPointF world = area.labelPoint;
        world.rx() = MapProjection::nearestCopy(world.x(), view.centre().x());
        const QPointF centre = view.toScreen(world);
        // In the middle of the area, else a little above or below it.
        for (const double dy : {0.0, -metrics.height, metrics.height}) {
            const QRectF r(centre + QPointF(-metrics.width / 2, dy - metrics.height / 2),
                           QSizeF(metrics.width, metrics.height));
            if (!bounds.contains(r) || !occupied.isFree(r))
                continue;
            QColor color = MapStyle::areaColor(area.kind).darker(130);
            if (!m_highlight.isEmpty() && !lit)
                color.setAlpha(120);
            labels.append({area.id, text, f, color, QPointF(r.left(), r.top() + metrics.ascent), r});
            occupied.take(r.adjusted(-2, -1, 2, 1));
            break;
        }
    }
    return labels;
}

QFont MapPainter::badgeFont() const
{
    return font(0.78, true);
}

QList<MapPainter::Badge> MapPainter::layoutStopBadges(const QList<PlaceOnScreen> &places,
                                                      LabelGrid &occupied) const
{
    // Each stop's numbers at the top right of its ring, else at another corner; a badge is
    // drawn even where it must cover something, as the journey's order matters more.
    QList<Badge> badges;
    const QFont f = badgeFont();
    for (const auto &[place, pos] : places) {
        if (place->stops.isEmpty())
            continue;
        const QString text = stopNumbers(place->stops, m_language);
        const MapSpriteCache::TextMetrics metrics = measure(f, text);
        const double d = (MapStyle::markerRadius(place->kind) + 4) * 0.85;
        const QSizeF size(metrics.width, metrics.height);
        QRectF chosen;
        for (const QPointF &corner : {QPointF(d, -d), QPointF(-d, -d), QPointF(d, d), QPointF(-d, d)}) {
            QRectF r = MapStyle::stopBadgeRect(pos + corner, size);
            r.moveCenter(pos + corner + QPointF(corner.x() > 0 ? r.width() / 2 - 3 : 3 - r.width() / 2,
                                               corner.y() > 0 ? r.height() / 2 - 3 : 3 - r.height() / 2));
            if (chosen.isEmpty())
                chosen = r;
            if (occupied.isFree(r)) {
                chosen = r;
                break;
            }
        }
        occupied.take(chosen);
        badges.append({chosen, text});
    }
    return badges;
}

QList<MapPainter::DrawnCount> MapPainter::layoutCounts(const QList<PlaceOnScreen> &places,
                                                       const QList<int> &counts,
                                                       LabelGrid &occupied) const
{
    // How many places a marker stands for, at the bottom right of it, else at another corner
    // that is free; where none is (a crowd of such markers), the tooltip still says it.
    QList<DrawnCount> drawn;
    const QFont f = badgeFont();
    const QLocale locale(m_language);
    for (qsizetype i = 0; i < places.size(); ++i) {
        if (counts.at(i) < 2)
            continue;
        const auto &[place, pos] = places.at(i);
        const MapSpriteCache::TextMetrics metrics = measure(f, locale.toString(counts.at(i)));
        const QRectF box = MapStyle::stopBadgeRect(QPointF(), QSizeF(metrics.width, metrics.height));
        const double d = MapStyle::markerRadius(place->kind) + 1;
        QRectF chosen;
        for (const QPointF &corner : {QPointF(d, d), QPointF(-d - box.width(), d),
                                      QPointF(d, -d - box.height()),
                                      QPointF(-d - box.width(), -d - box.height())}) {
            const QRectF r(pos + corner, box.size());
            if (occupied.isFree(r)) {
                chosen = r;
                break;
            }
        }
        if (!chosen.isEmpty())
            occupied.take(chosen);
        drawn.append({place->id, counts.at(i), chosen});
    }
    return drawn;
}

QList<MapPainter::Label> MapPainter::layoutCountryLabels(const MapViewport &view,
                                                         LabelGrid &occupied) const
{
    QList<Label> labels;
    if (!m_world)
        return labels;
    const int level = m_world->levelFor(view.worldWidth());
    const QList<WorldMap::Polygon> &polygons = m_world->levels().at(level).polygons;
    const QRectF rect = view.viewRect();
    const QRectF bounds = QRectF(QPointF(0, 0), view.size()).adjusted(4, 4, -4, -4);
    const QList<int> copies = view.copies();

    struct Candidate
    {
        int country;
        int polygon;
        int copy;
        double visibleArea;
    };
    QList<Candidate> candidates;
    for (int c = 0; c < m_world->countries().size(); ++c) {
        if (m_world->countries().at(c).iso3.isEmpty())
            continue; // no label for entities without an ISO code
        const int p = m_world->mainPolygon(level, c);
        if (p < 0)
            continue;
        for (const int k : copies) {
            const QRectF visible = polygons.at(p).bounds.translated(k, 0) & rect;
            if (!visible.isEmpty())
                candidates.append({c, p, k, visible.width() * visible.height()});
        }
    }
    // The visit's countries first, then the larger ones.
    const auto isParty = [this](int country) {
        return m_hosts.contains(country) || country == m_guest;
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&isParty](const auto &a, const auto &b) {
        const bool pa = isParty(a.country);
        const bool pb = isParty(b.country);
        return pa != pb ? pa : a.visibleArea > b.visibleArea;
    });

    const double worldWidth = view.worldWidth();
    for (const Candidate &candidate : candidates) {
        const WorldMap::Polygon &polygon = polygons.at(candidate.polygon);
        QString text = m_world->countryName(candidate.country, m_countryLanguage);
        QFont f = font(1.02, isParty(candidate.country));
        if (!text.isRightToLeft()) {
            // Spaced capitals, as on printed maps; never for Arabic script, whose letters join.
            text = QLocale(m_countryLanguage).toUpper(text);
            f.setLetterSpacing(QFont::PercentageSpacing, 112);
        }
        const MapSpriteCache::TextMetrics metrics = measure(f, text);
        const double w = metrics.width;
        const double h = metrics.height;
        const QRectF land = polygon.bounds.translated(candidate.copy, 0);
        if (land.width() * worldWidth < w * 0.8 || land.height() * worldWidth < h * 1.5)
            continue;

        // Where to put it: the label point when it is in view, else a point of the visible
        // part of the country, tried on a grid from the middle outwards. The text's middle
        // and both ends must lie on the country's land.
        QList<QPointF> points;
        QPointF labelPoint = MapProjection::project(m_world->countries().at(candidate.country).label);
        labelPoint.rx() = MapProjection::nearestCopy(labelPoint.x(), land.center().x());
        points.append(labelPoint);
        const QRectF visible = land & rect;
        const QPointF middle = visible.center();
        QList<QPointF> grid;
        constexpr int Steps = 5;
        for (int i = 0; i < Steps; ++i) {
            for (int j = 0; j < Steps; ++j) {
                grid.append(QPointF(visible.left() + visible.width() * (i + 0.5) / Steps,
                                    visible.top() + visible.height() * (j + 0.5) / Steps));
            }
        }
        std::sort(grid.begin(), grid.end(), [&middle](const QPointF &a, const QPointF &b) {
            return QLineF(a, middle).length() < QLineF(b, middle).length();
        });
        points += grid;

        const double halfWidth = w / 2 / worldWidth;
        const QPointF copy(candidate.copy, 0);
        for (const QPointF &point : points) {
            const QPointF screen = view.toScreen(point);
            const QRectF r(screen - QPointF(w / 2, h / 2), QSizeF(w, h));
            if (!bounds.contains(r) || !occupied.isFree(r))
                continue;
            const QPointF local = point - copy;
            if (!polygon.fill.contains(local)
                || !polygon.fill.contains(local - QPointF(halfWidth, 0))
                || !polygon.fill.contains(local + QPointF(halfWidth, 0))) {
                continue;
            }
            labels.append({m_world->countries().at(candidate.country).iso3, text, f,
                           MapStyle::countryLabel(), QPointF(r.left(), r.top() + metrics.ascent), r});
            occupied.take(r.adjusted(-6, -3, 6, 3));
            break;
        }
    }
    return labels;
}

void MapPainter::paintLabels(QPainter &painter, const QList<Label> &labels, qreal halo) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Label &label : labels) {
        if (m_sprites)
            m_sprites->drawLabel(painter, label.baseline, label.text, label.font, label.color, halo);
        else
            MapSpriteCache::paintLabel(painter, label.baseline, label.text, label.font, label.color,
                                       halo);
    }
    painter.restore();
}

QRectF MapPainter::paintScaleBar(QPainter &painter, const MapViewport &view) const
{
    const double metresPerPx = view.metresPerPixel();
    const double length = roundLength(metresPerPx * 140);
    const double px = length / metresPerPx;
    const QLocale locale;
    const QString text = length >= 1000 ? tr("%1 km").arg(locale.toString(length / 1000, 'g', 6))
                                        : tr("%1 m").arg(locale.toString(length, 'g', 6));
    const QFont f = font(0.88);
    const QFontMetricsF metrics(f);
    const QPointF origin(14, view.size().height() - 14);
    const QRectF box(origin.x() - 6, origin.y() - metrics.height() - 12,
                     std::max(px, metrics.horizontalAdvance(text)) + 12, metrics.height() + 18);

    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(box);
    // A two-tone bar in halves, as printed maps draw it.
    const QRectF bar(origin.x(), origin.y() - 5, px, 5);
    const QColor ink(0x33, 0x33, 0x33);
    painter.setBrush(ink);
    painter.drawRect(QRectF(bar.left(), bar.top(), px / 2, bar.height()));
    QPen outline(ink, 1);
    outline.setJoinStyle(Qt::MiterJoin);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    painter.setFont(f);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(QPointF(origin.x(), bar.top() - 3 - metrics.descent()), text);
    painter.restore();
    return box;
}

QString MapPainter::credit()
{
    return tr("Borders: United Nations view; disputed areas hatched. Data: Natural Earth");
}

QRectF MapPainter::paintCredit(QPainter &painter, const MapViewport &view) const
{
    const QString text = credit();
    const QFont f = font(0.8);
    const QFontMetricsF metrics(f);
    const double w = metrics.horizontalAdvance(text) + 8;
    const QRectF box(view.size().width() - w - 4, view.size().height() - metrics.height() - 6, w,
                     metrics.height() + 2);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 170));
    painter.drawRect(box);
    painter.setFont(f);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
    return box;
}

void MapPainter::paintNotice(QPainter &painter, const MapViewport &view, const QString &text) const
{
    painter.save();
    const QFont f = font(1.0);
    const QFontMetricsF metrics(f);
    const double w = metrics.horizontalAdvance(text) + 24;
    const QRectF box((view.size().width() - w) / 2, 14, w, metrics.height() + 12);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(plainPen(QColor(0, 0, 0, 60), 1));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(f);
    painter.setPen(m_textColor);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}
