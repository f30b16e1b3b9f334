#include "map/mapfigure.h"

#include "map/labelgrid.h"
#include "map/maplegendentry.h"
#include "map/mapprojection.h"
#include "map/mapstyle.h"
#include "map/worldmap.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QLocale>
#include <QtMath>
#include <QPainter>
#include <QPicture>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// The legend and the key run in this many columns across the figure.
constexpr int Columns = 3;
// Space around the band's text and between the panels, in the figure's units.
constexpr double Padding = 10;
// A briefing with more places than this gets no close-up: finding clusters costs the square.
constexpr qsizetype MaxClusterPlaces = 2000;
// The smallest box a close-up shows (world units, about two kilometres): places a street apart
// are as near as a page can tell apart.
constexpr double CloseUpSpan = MapFeatures::MinimumSpan / 100;

} // namespace

MapFigure::MapFigure(MapPainter painter, const QRectF &shown)
    : m_painter(std::move(painter)),
      m_shown(shown.isEmpty() ? m_painter.features().region() : shown)
{
    m_painter.setHovered({});
    m_painter.setSpriteCache(nullptr);
    if (!m_painter.world())
        m_world = std::async(std::launch::async, &WorldMap::builtIn).share();
    m_second = second();
}

std::optional<MapFigure::Second> MapFigure::second() const
{
    const QList<MapFeatures::PlaceFeature> &places = m_painter.features().places();
    const qsizetype n = places.size();
    QList<QPointF> points;
    points.reserve(n);
    for (const MapFeatures::PlaceFeature &place : places) {
        QPointF p = place.position;
        p.rx() = MapProjection::nearestCopy(p.x(), m_shown.center().x());
        points.append(p);
    }
    const bool beyond = std::any_of(points.cbegin(), points.cend(), [this](const QPointF &p) {
        return !m_shown.contains(p);
    });
    if (beyond) {
        QRectF all = m_shown;
        for (const QPointF &p : points)
            all |= QRectF(p, QSizeF(0, 0)).adjusted(-1e-9, -1e-9, 1e-9, 1e-9);
        return Second{all, true};
    }
    if (n < 2 || n > MaxClusterPlaces)
        return std::nullopt;
    // Places nearer each other than a twelfth of the region are one cluster (single linkage).
    const double span = std::max(m_shown.width(), m_shown.height());
    const double link = span / 12;
    QList<qsizetype> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](qsizetype i) {
        while (parent.at(i) != i)
            i = parent[i] = parent.at(parent.at(i));
        return i;
    };
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const QPointF d = points.at(i) - points.at(j);
            if (std::hypot(d.x(), d.y()) <= link)
                parent[root(i)] = root(j);
        }
    }
    QList<qsizetype> size(n, 0);
    for (qsizetype i = 0; i < n; ++i)
        ++size[root(i)];
    const qsizetype largest = std::max_element(size.cbegin(), size.cend()) - size.cbegin();
    if (size.at(largest) < 2)
        return std::nullopt;
    QRectF box;
    for (qsizetype i = 0; i < n; ++i) {
        if (root(i) == largest)
            box |= QRectF(points.at(i), QSizeF(0, 0)).adjusted(-1e-9, -1e-9, 1e-9, 1e-9);
    }
    // Only a cluster that the region's map draws small is worth a second map.
    if (std::max({box.width(), box.height(), CloseUpSpan}) > span / 5)
        return std::nullopt;
    return Second{box, false};
}

QString MapFigure::numeral(int n) const
{
    return QLocale(m_painter.language()).toString(n);
}

bool MapFigure::numbersMarkStops() const
{
    const QList<MapFeatures::PlaceFeature> &places = m_painter.features().places();
    return std::any_of(places.cbegin(), places.cend(),
                       [](const MapFeatures::PlaceFeature &p) { return !p.stops.isEmpty(); });
}

QString MapFigure::keyMark(int n) const
{
    if (!numbersMarkStops())
        return numeral(n);
    //: The letters, in alphabetical order and without spaces, that mark the places of the map's
    //: key on a printed map whose numbers mark the stops of the journey
    const QString letters = tr("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    // A, B, ... Z, AA, AB, ...
    QString mark;
    for (int k = n; k > 0; k = (k - 1) / int(letters.size()))
        mark.prepend(letters.at((k - 1) % letters.size()));
    return mark;
}

bool MapFigure::rightToLeft() const
{
    return QLocale(m_painter.language()).textDirection() == Qt::RightToLeft;
}

QList<MapLegendEntry> MapFigure::legend() const
{
    QStringList layers;
    for (const auto &layer : m_painter.layers())
        layers.append(layer->name);
    return MapLegendEntry::of(m_painter.briefing().get(), layers);
}

int MapFigure::legendRows() const
{
    return int((legend().size() + Columns - 1) / Columns);
}

double MapFigure::bandHeight(int keyRows) const
{
    const QFontMetricsF metrics(m_painter.labelFont());
    const double row = std::max(metrics.height() * 1.35, double(MapStyle::iconSize().height()) + 4);
    double height = Padding + row + legendRows() * row;
    if (!MapLegendEntry::unplacedNote(m_painter.briefing().get()).isEmpty())
        height += row;
    if (keyRows > 0)
        height += Padding + row + keyRows * row;
    return height + Padding;
}

MapFigure::Layout MapFigure::layout(const QSizeF &size, int keyRows) const
{
    Layout result;
    const double band = std::min(bandHeight(keyRows), size.height() * 0.6);
    const double maps = size.height() - band;
    result.band = QRectF(0, maps, size.width(), band);
    const auto panel = [](const QRectF &rect, const QRectF &box, double padding,
                          double minimumSpan = MapFeatures::MinimumSpan) {
        return Panel{rect, MapViewport::fitting(box, rect.size(), padding, minimumSpan).clamped(),
                     {}};
    };
    if (!m_second) {
        result.panels.append(panel(QRectF(0, 0, size.width(), maps), m_shown, 1.0));
        return result;
    }
    const double first = std::round((maps - Padding) * 0.55);
    result.panels.append(panel(QRectF(0, 0, size.width(), first), m_shown, 1.0));
    result.panels.append(panel(QRectF(0, first + Padding, size.width(), maps - first - Padding),
                               m_second->box, m_second->overview ? 0.85 : 0.8, CloseUpSpan));
    return result;
}

QList<std::pair<const MapFeatures::PlaceFeature *, QPointF>>
MapFigure::placesOn(const Panel &panel) const
{
    QList<std::pair<const MapFeatures::PlaceFeature *, QPointF>> list;
    const QRectF area(QPointF(0, 0), panel.view.size());
    for (const MapFeatures::PlaceFeature &place : m_painter.features().places()) {
        QPointF world = place.position;
        world.rx() = MapProjection::nearestCopy(world.x(), panel.view.centre().x());
        const QPointF pos = panel.view.toScreen(world);
        if (area.contains(pos))
            list.append({&place, pos});
    }
    return list;
}

void MapFigure::labelPanels(Layout &layout) const
{
    // The names alone, drawn where nothing is kept, to learn which found room.
    for (Panel &panel : layout.panels) {
        QPicture scratch;
        QPainter painter(&scratch);
        m_painter.paintOverlay(painter, panel.view, &panel.drawn);
    }
}

QStringList MapFigure::keyed(const Layout &layout) const
{
    // A place on a panel whose name no panel shows, in the briefing's order.
    QSet<QString> shown;
    QSet<QString> named;
    for (const Panel &panel : layout.panels) {
        for (const MapPainter::DrawnLabel &label : panel.drawn)
            named.insert(label.id);
        for (const auto &[place, pos] : placesOn(panel))
            shown.insert(place->id);
    }
    const QSet<QString> unnamed = shown - named;
    QStringList ids;
    for (const MapFeatures::PlaceFeature &place : m_painter.features().places()) {
        if (unnamed.contains(place.id) && !m_painter.nameOf(place.id).isEmpty())
            ids.append(place.id);
    }
    return ids;
}

MapFigure::Contents MapFigure::paint(QPainter *target, const QRectF &rect)
{
    Contents contents;
    if (rect.isEmpty() || !m_painter.briefing())
        return contents;
    if (!m_painter.world())
        m_painter.setWorld(m_world.get());
    const QSizeF size(Width, Width * rect.height() / rect.width());

    // The key's length depends on the names that find room, which depends on the room the key
    // leaves the maps: a few rounds settle it (the key only grows as the maps shrink).
    int keyRows = 0;
    Layout laid;
    for (int round = 0; round < 3; ++round) {
        laid = layout(size, keyRows);
        labelPanels(laid);
        const qsizetype keys = keyed(laid).size();
        const int needed = int((std::min<qsizetype>(keys, MaxKeyed) + Columns - 1) / Columns)
            + (keys > MaxKeyed ? 1 : 0);
        if (needed <= keyRows)
            break;
        keyRows = needed;
    }

    target->save();
    target->translate(rect.topLeft());
    target->scale(rect.width() / size.width(), rect.height() / size.height());
    target->setClipRect(QRectF(QPointF(0, 0), size), Qt::IntersectClip);
    const auto onPanel = [target](const Panel &panel, const auto &draw) {
        target->save();
        target->translate(panel.rect.topLeft());
        target->setClipRect(QRectF(QPointF(0, 0), panel.rect.size()), Qt::IntersectClip);
        draw();
        target->restore();
    };
    for (int i = 0; i < laid.panels.size(); ++i) {
        Panel &panel = laid.panels[i];
        onPanel(panel, [&]() {
            m_painter.paintBackdrop(*target, panel.view, QRectF(QPointF(0, 0), panel.rect.size()));
            // The close-up framed on the region's map, or the region on the map of all places.
            const int framed = m_second && m_second->overview ? 0 : 1;
            if (laid.panels.size() > 1 && i == 1 - framed) {
                const QRectF shown = laid.panels.at(framed).view.viewRect();
                QPointF topLeft = shown.topLeft();
                topLeft.rx() = MapProjection::nearestCopy(topLeft.x(), panel.view.centre().x());
                const QRectF frame(panel.view.toScreen(topLeft),
                                   shown.size() * panel.view.worldWidth());
                target->setPen(QPen(MapStyle::placeLabel(), 1.4));
                target->setBrush(Qt::NoBrush);
                target->drawRect(frame);
            }
            panel.drawn.clear();
            m_painter.paintOverlay(*target, panel.view, &panel.drawn);
        });
    }
    // From the names as drawn, which the rounds above foresaw.
    const QStringList allKeyed = keyed(laid);
    const QStringList keyIds = allKeyed.mid(0, MaxKeyed);
    const qsizetype more = allKeyed.size() - keyIds.size();
    for (const Panel &panel : laid.panels) {
        onPanel(panel, [&]() { paintNumbers(*target, panel, keyIds); });
        target->setPen(QPen(MapStyle::coast(), 1));
        target->setBrush(Qt::NoBrush);
        target->drawRect(panel.rect);
    }
    paintBand(*target, laid.band, keyIds, more);
    target->restore();

    contents.size = size;
    contents.band = laid.band;
    for (const MapLegendEntry &entry : legend())
        contents.legend.append(entry.text);
    QSet<QString> shown;
    QSet<QString> named;
    for (const Panel &panel : laid.panels) {
        contents.panels.append(panel.rect);
        for (const auto &[place, pos] : placesOn(panel)) {
            if (!shown.contains(place->id)) {
                shown.insert(place->id);
                contents.shown.append(place->id);
            }
        }
        for (const MapPainter::DrawnLabel &label : panel.drawn) {
            if (m_painter.briefing()->place(label.id) && !named.contains(label.id)) {
                named.insert(label.id);
                contents.named.append(label.id);
            }
        }
    }
    contents.keyed = keyIds;
    contents.unplaced = MapLegendEntry::unplacedNote(m_painter.briefing().get());
    for (int i = 0; i < keyIds.size(); ++i)
        contents.key.append(keyMark(i + 1) + u' ' + m_painter.nameOf(keyIds.at(i)));
    if (more > 0)
        contents.key.append(moreLine(more));
    return contents;
}

QString MapFigure::moreLine(qsizetype more)
{
    //: the last line of a printed map's key that lists only the first of many places
    return tr("and %Ln more place(s), neither named nor numbered on the map", "", int(more));
}

void MapFigure::paintNumbers(QPainter &painter, const Panel &panel, const QStringList &keyed) const
{
    const QRectF area(QPointF(0, 0), panel.view.size());
    const auto places = placesOn(panel);
    QHash<QString, qsizetype> numbers;
    for (qsizetype i = 0; i < keyed.size(); ++i)
        numbers.insert(keyed.at(i), i);
    QSet<QString> named;
    for (const MapPainter::DrawnLabel &label : panel.drawn)
        named.insert(label.id);
    LabelGrid occupied(area);
    for (const MapPainter::DrawnLabel &label : panel.drawn)
        occupied.take(label.rect);
    for (const auto &[place, pos] : places) {
        const double r = MapStyle::markerRadius(place->kind) + 1;
        occupied.take(QRectF(pos - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    QFont font = m_painter.labelFont();
    font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * 0.8))));
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const QRectF bounds = area.adjusted(2, 2, -2, -2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto &[place, pos] : places) {
        const qsizetype index = numbers.value(place->id, -1);
        if (index < 0 || named.contains(place->id))
            continue;
        const QString text = keyMark(int(index) + 1);
        // A number in a white disc, so that it reads as a mark and not as part of a name.
        const double side = std::max(metrics.horizontalAdvance(text) + 5, metrics.height());
        const QSizeF badge(side, side);
        const double near = MapStyle::markerRadius(place->kind) + 2 + side / 2;
        // Around the marker, then further out with a line to it.
        QList<QPointF> centres;
        for (const double distance : {near, near * 2.2, near * 3.4}) {
            for (const double angle : {0, 180, -45, 45, -135, 135, -90, 90}) {
                const double a = qDegreesToRadians(angle);
                centres.append(pos + QPointF(std::cos(a), std::sin(a)) * distance);
            }
        }
        // A number must be drawn: where no place is free, the first that stays on the map.
        std::optional<QRectF> chosen;
        for (const QPointF &centre : centres) {
            const QRectF r(centre - QPointF(side / 2, side / 2), badge);
            if (!bounds.contains(r))
                continue;
            if (!chosen)
                chosen = r;
            if (occupied.isFree(r)) {
                chosen = r;
                break;
            }
        }
        if (!chosen)
            chosen = QRectF(centres.first() - QPointF(side / 2, side / 2), badge);
        occupied.take(*chosen);
        const QLineF leader(pos, chosen->center());
        if (leader.length() > near * 1.5) {
            painter.setPen(QPen(MapStyle::placeLabel(), 0.9));
            painter.drawLine(QLineF(leader.pointAt(MapStyle::markerRadius(place->kind) / leader.length()),
                                    leader.pointAt(1 - side / 2 / leader.length())));
        }
        paintBadge(painter, *chosen, text, font);
    }
    painter.restore();
}

void MapFigure::paintBadge(QPainter &painter, const QRectF &rect, const QString &text,
                           const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(MapStyle::placeLabel(), 1));
    painter.setBrush(Qt::white);
    painter.drawEllipse(rect);
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.restore();
}

void MapFigure::paintBand(QPainter &painter, const QRectF &band, const QStringList &keyed,
                          qsizetype more) const
{
    const bool rtl = rightToLeft();
    const Qt::Alignment side = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    const QFont font = m_painter.labelFont();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const double rowHeight =
        std::max(metrics.height() * 1.35, double(MapStyle::iconSize().height()) + 4);
    const double columnWidth = (band.width() - 2 * Padding) / Columns;
    const QSizeF icon = MapStyle::iconSize();

    painter.save();
    painter.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    // The cell of row `row`, column `column`, counted from the side the reader starts at.
    const auto cell = [&](double top, int index) {
        const int column = index % Columns;
        const double x = rtl ? band.right() - Padding - (column + 1) * columnWidth
                             : band.left() + Padding + column * columnWidth;
        return QRectF(x, top + (index / Columns) * rowHeight, columnWidth, rowHeight);
    };
    const auto heading = [&](double top, const QString &text) {
        painter.setFont(bold);
        painter.drawText(QRectF(band.left() + Padding, top, band.width() - 2 * Padding, rowHeight),
                         side | Qt::AlignVCenter, text);
        painter.setFont(font);
    };
    // Text beside a box of `lead` width at the reader's start of the cell, cut to fit.
    const auto entry = [&](const QRectF &c, double lead, const QString &text) {
        const QRectF textRect = rtl ? c.adjusted(6, 0, -lead - 6, 0) : c.adjusted(lead + 6, 0, -6, 0);
        painter.drawText(textRect, side | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    };

    double top = band.top() + Padding;
    heading(top, MapLegendEntry::heading());
    top += rowHeight;
    const QList<MapLegendEntry> entries = legend();
    for (int i = 0; i < entries.size(); ++i) {
        const QRectF c = cell(top, i);
        const double x = rtl ? c.right() - icon.width() : c.left();
        entries.at(i).paint(painter, QRectF(QPointF(x, c.center().y() - icon.height() / 2), icon));
        entry(c, icon.width(), entries.at(i).text);
    }
    top += legendRows() * rowHeight;
    const QString unplaced = MapLegendEntry::unplacedNote(m_painter.briefing().get());
    if (!unplaced.isEmpty()) {
        QFont italic = font;
        italic.setItalic(true);
        painter.setFont(italic);
        const QRectF line(band.left() + Padding, top, band.width() - 2 * Padding, rowHeight);
        painter.drawText(line, side | Qt::AlignVCenter,
                         QFontMetricsF(italic).elidedText(unplaced, Qt::ElideRight, line.width()));
        painter.setFont(font);
        top += rowHeight;
    }

    if (!keyed.isEmpty()) {
        top += Padding;
        heading(top, numbersMarkStops() ? tr("Places by letter") : tr("Places by number"));
        top += rowHeight;
        QFont small = bold;
        small.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * 0.8))));
        const QFontMetricsF smallMetrics(small);
        const double badge = std::max(
            smallMetrics.horizontalAdvance(keyMark(int(keyed.size()))) + 5, smallMetrics.height());
        for (int i = 0; i < keyed.size(); ++i) {
            const QRectF c = cell(top, i);
            const double x = rtl ? c.right() - badge : c.left();
            paintBadge(painter, QRectF(x, c.center().y() - badge / 2, badge, badge),
                       keyMark(i + 1), small);
            entry(c, badge, m_painter.nameOf(keyed.at(i)));
        }
        if (more > 0) {
            top += ((keyed.size() + Columns - 1) / Columns) * rowHeight;
            const QRectF line(band.left() + Padding, top, band.width() - 2 * Padding, rowHeight);
            painter.drawText(line, side | Qt::AlignVCenter,
                             metrics.elidedText(moreLine(more), Qt::ElideRight, line.width()));
        }
    }
    painter.restore();
}
