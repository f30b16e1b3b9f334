#include "map/maplegendentry.h"

#include "document/vocabulary.h"
#include "map/mapstyle.h"

#include <QPainter>

#include <algorithm>

QList<MapLegendEntry> MapLegendEntry::of(const Briefing *briefing, const QStringList &layerNames)
{
    QList<MapLegendEntry> entries;
    if (briefing) {
        const Briefing &b = *briefing;
        const auto hasPlace = [&b](Place::Kind kind) {
            return std::any_of(b.places.cbegin(), b.places.cend(),
                               [kind](const Place &p) { return p.kind == kind; });
        };
        const auto hasLine = [&b](MapLine::Kind kind) {
            return std::any_of(b.lines.cbegin(), b.lines.cend(),
                               [kind](const MapLine &l) { return l.kind == kind; });
        };
        for (const Place::Kind kind :
             {Place::Kind::Capital, Place::Kind::City, Place::Kind::Town,
              Place::Kind::BorderCrossing, Place::Kind::Port, Place::Kind::Site}) {
            if (hasPlace(kind))
                entries.append({Symbol::Place, kind, {}, Vocabulary::name(kind), {}});
        }
        for (const MapLine::Kind kind :
             {MapLine::Kind::Route, MapLine::Kind::Railway, MapLine::Kind::Road,
              MapLine::Kind::Corridor, MapLine::Kind::River, MapLine::Kind::Pipeline}) {
            if (hasLine(kind))
                entries.append({Symbol::Line, {}, kind, Vocabulary::name(kind), {}});
        }
        if (std::any_of(b.places.cbegin(), b.places.cend(),
                        [](const Place &p) { return p.approximate; })) {
            entries.append({Symbol::ApproximatePlace, Place::Kind::City, {},
                            tr("Approximate position"), {}});
        }
        if (std::any_of(b.lines.cbegin(), b.lines.cend(),
                        [](const MapLine &l) { return l.approximate; })) {
            entries.append({Symbol::ApproximateLine, {}, {}, tr("Approximate course"), {}});
        }
        const Country *host = b.country(b.visit.host);
        const Country *guest = b.country(b.visit.guest);
        if (host && !host->iso3.isEmpty())
            entries.append({Symbol::Host, {}, {}, tr("Host country"), {}});
        if (guest && !guest->iso3.isEmpty())
            entries.append({Symbol::Guest, {}, {}, tr("Guest country"), {}});
        // The world's outlines are under every briefing: say how they mark what is disputed.
        entries.append({Symbol::DisputedArea, {}, {}, tr("Disputed area"), {},
                        tr("An area whose status or control is disputed; borders as the United "
                           "Nations draw them")});
        entries.append({Symbol::DisputedBorder, {}, {}, tr("Disputed border"), {},
                        tr("A border in dispute, or a line of control")});
    }
    for (const QString &name : layerNames)
        entries.append({Symbol::Layer, {}, {}, layerText(name), name});
    return entries;
}

QString MapLegendEntry::layerText(const QString &name)
{
    return tr("Added layer: %1").arg(name);
}

QString MapLegendEntry::heading()
{
    return tr("Legend");
}

void MapLegendEntry::paint(QPainter &painter, const QRectF &box) const
{
    switch (symbol) {
    case Symbol::Place: MapStyle::drawMarkerSymbol(painter, box, place, false); break;
    case Symbol::Line: MapStyle::drawLineSymbol(painter, box, line, false); break;
    case Symbol::ApproximatePlace: MapStyle::drawMarkerSymbol(painter, box, place, true); break;
    case Symbol::ApproximateLine: MapStyle::drawDashedSymbol(painter, box); break;
    case Symbol::Host: MapStyle::drawSwatchSymbol(painter, box, MapStyle::landHost()); break;
    case Symbol::Guest: MapStyle::drawSwatchSymbol(painter, box, MapStyle::landGuest()); break;
    case Symbol::DisputedArea:
        MapStyle::drawSwatchSymbol(painter, box, MapStyle::disputedFill());
        break;
    case Symbol::DisputedBorder: MapStyle::drawBorderSymbol(painter, box, true); break;
    case Symbol::Layer: MapStyle::drawSwatchSymbol(painter, box, MapStyle::layerFill()); break;
    }
}

QPixmap MapLegendEntry::icon(qreal devicePixelRatio) const
{
    const QSize size = MapStyle::iconSize();
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(painter, QRectF(QPointF(0, 0), size));
    return pixmap;
}
