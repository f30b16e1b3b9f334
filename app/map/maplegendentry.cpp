#include "map/maplegendentry.h"

#include "document/vocabulary.h"
#include "map/mapfeatures.h"
#include "map/mappainter.h"
#include "map/mapstyle.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

QList<MapLegendEntry> MapLegendEntry::of(const Briefing *briefing, const QStringList &layerNames)
{
    QList<MapLegendEntry> entries;
    if (briefing) {
        const Briefing &b = *briefing;
        const auto drawn = [](const Place &p) { return p.hasPosition; };
        const auto hasPlace = [&b, &drawn](Place::Kind kind) {
            return std::any_of(b.places.cbegin(), b.places.cend(),
                               [&](const Place &p) { return drawn(p) && p.kind == kind; });
        };
        QList<const ItineraryStep *> legs;
        for (const ItineraryStep &step : b.itinerary) {
            if (MapFeatures::drawsLeg(b, step))
                legs.append(&step);
        }
        const auto hasLeg = [&legs](ItineraryStep::Mode mode) {
            return std::any_of(legs.cbegin(), legs.cend(),
                               [mode](const ItineraryStep *s) { return s->mode == mode; });
        };
        const auto hasLine = [&](MapLine::Kind kind) {
            return std::any_of(b.lines.cbegin(), b.lines.cend(),
                               [kind](const MapLine &l) { return l.kind == kind; })
                || std::any_of(legs.cbegin(), legs.cend(), [kind](const ItineraryStep *s) {
                       return s->mode != ItineraryStep::Mode::Ship
                           && MapFeatures::legKind(s->mode) == kind;
                   });
        };
        for (const Place::Kind kind :
             {Place::Kind::Capital, Place::Kind::City, Place::Kind::Town,
              Place::Kind::BorderCrossing, Place::Kind::Port, Place::Kind::Station,
              Place::Kind::Airport, Place::Kind::Site, Place::Kind::Landmark}) {
            if (hasPlace(kind))
                entries.append({Symbol::Place, kind, {}, Vocabulary::name(kind), {}});
        }
        const bool stops = std::any_of(b.itinerary.cbegin(), b.itinerary.cend(), [&b](const auto &s) {
            const Place *place = b.place(s.place);
            return s.kind == ItineraryStep::Kind::Stop && place && place->hasPosition;
        });
        if (stops) {
            entries.append({Symbol::Stop, {}, {}, tr("Stop of the journey, by its number"), {},
                            tr("The stops of the itinerary, numbered in the order of the journey")});
        }
        for (const MapLine::Kind kind :
             {MapLine::Kind::Route, MapLine::Kind::Railway, MapLine::Kind::Road,
              MapLine::Kind::Flight, MapLine::Kind::Corridor, MapLine::Kind::River,
              MapLine::Kind::Pipeline}) {
            if (hasLine(kind))
                entries.append({Symbol::Line, {}, kind, Vocabulary::name(kind), {}});
        }
        if (hasLeg(ItineraryStep::Mode::Ship)) {
            entries.append({Symbol::Leg, {}, {}, Vocabulary::name(ItineraryStep::Mode::Ship), {}});
        }
        const QString disputedMeaning =
            tr("An area whose status or control is disputed; borders as the United Nations draw "
               "them");
        bool disputedArea = false;
        for (const MapArea::Kind kind : {MapArea::Kind::Occupied, MapArea::Kind::Disputed,
                                         MapArea::Kind::Zone, MapArea::Kind::Corridor}) {
            if (std::none_of(b.areas.cbegin(), b.areas.cend(),
                             [kind](const MapArea &a) { return a.kind == kind; })) {
                continue;
            }
            MapLegendEntry entry{Symbol::Area, {}, {}, Vocabulary::name(kind), {}};
            entry.area = kind;
            // The briefing's disputed areas wear the world's mark: one entry says what it means.
            if (kind == MapArea::Kind::Disputed) {
                entry.toolTip = disputedMeaning;
                disputedArea = true;
            }
            entries.append(entry);
        }
        if (std::any_of(b.places.cbegin(), b.places.cend(),
                        [&drawn](const Place &p) { return drawn(p) && p.approximate; })) {
            entries.append({Symbol::ApproximatePlace, Place::Kind::City, {},
                            tr("Approximate position"), {}});
        }
        // A leg drawn straight from its ends is a schematic course, dashed as an approximate one.
        if (std::any_of(b.lines.cbegin(), b.lines.cend(), [](const MapLine &l) { return l.approximate; })
            || std::any_of(legs.cbegin(), legs.cend(), [](const ItineraryStep *s) {
                   return s->mode != ItineraryStep::Mode::Flight;
               })
            || std::any_of(b.areas.cbegin(), b.areas.cend(), [](const MapArea &a) { return a.approximate; })) {
            entries.append({Symbol::ApproximateLine, {}, {}, tr("Approximate course"), {}});
        }
        const QStringList hosts = MapPainter::hostCountries(b);
        const qsizetype drawnHosts = std::count_if(hosts.cbegin(), hosts.cend(), [&b](const QString &id) {
            const Country *host = b.country(id);
            return host && !host->iso3.isEmpty();
        });
        const Country *guest = b.country(b.visit.guest);
        if (drawnHosts > 1)
            entries.append({Symbol::Host, {}, {}, tr("Host countries"), {}});
        else if (drawnHosts == 1)
            entries.append({Symbol::Host, {}, {}, tr("Host country"), {}});
        if (guest && !guest->iso3.isEmpty())
            entries.append({Symbol::Guest, {}, {}, tr("Guest country"), {}});
        // The world's outlines are under every briefing: say how they mark what is disputed.
        if (!disputedArea)
            entries.append({Symbol::DisputedArea, {}, {}, tr("Disputed area"), {}, disputedMeaning});
        entries.append({Symbol::DisputedBorder, {}, {}, tr("Disputed border"), {},
                        tr("A border in dispute, or a line of control")});
    }
    for (const QString &name : layerNames)
        entries.append({Symbol::Layer, {}, {}, layerText(name), name});
    return entries;
}

QString MapLegendEntry::unplacedNote(const Briefing *briefing)
{
    if (!briefing)
        return {};
    const auto count = int(std::count_if(briefing->places.cbegin(), briefing->places.cend(),
                                         [](const Place &p) { return !p.hasPosition; }));
    if (count == 0)
        return {};
    return tr("%n place(s) have no position and are not drawn", nullptr, count);
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
    case Symbol::Leg: MapStyle::drawLegSymbol(painter, box, ItineraryStep::Mode::Ship); break;
    case Symbol::Area: MapStyle::drawAreaSymbol(painter, box, area); break;
    case Symbol::Stop: MapStyle::drawStopSymbol(painter, box, QLocale().toString(1)); break;
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
