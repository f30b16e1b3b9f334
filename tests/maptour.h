#pragma once

#include "document/briefing.h"

// A tour of two host countries built in the test, with what version 2 of the format brings to
// the map: an itinerary of stops and legs (a flight with no line of its own, a road leg, a
// leg by sea), a flight line, areas of each kind (one across the 180° meridian), places of the
// new kinds and two places without a position.
inline BriefingPtr mapTourBriefing()
{
    auto b = std::make_shared<Briefing>();
    b->version = 2;
    b->languages = {QStringLiteral("en")};
    b->title.set(QStringLiteral("en"), QStringLiteral("A tour"));
    const auto country = [&b](const char *id, const char *iso3, const char *name) {
        Country c;
        c.id = QString::fromLatin1(id);
        c.iso3 = QString::fromLatin1(iso3);
        c.name.set(QStringLiteral("en"), QString::fromLatin1(name));
        b->countries.append(c);
    };
    country("chn", "CHN", "China");
    country("per", "PER", "Peru");
    country("bra", "BRA", "Brazil");
    b->visit.guest = QStringLiteral("chn");
    b->visit.host = QStringLiteral("per");
    b->visit.hostCountries = {QStringLiteral("per"), QStringLiteral("bra")};

    const auto place = [&b](const char *id, const char *name, Place::Kind kind, double lat,
                            double lon, bool positioned = true) {
        Place p;
        p.id = QString::fromLatin1(id);
        p.name.set(QStringLiteral("en"), QString::fromUtf8(name));
        p.kind = kind;
        p.position = {lat, lon};
        p.hasPosition = positioned;
        b->places.append(p);
    };
    place("place-lima", "Lima", Place::Kind::Capital, -12.0464, -77.0428);
    place("place-lima-airport", "Jorge Chávez Airport", Place::Kind::Airport, -12.0219, -77.1143);
    place("place-rio", "Rio de Janeiro", Place::Kind::City, -22.9068, -43.1729);
    place("place-brasilia", "Brasília", Place::Kind::Capital, -15.7939, -47.8828);
    place("place-santos", "Santos", Place::Kind::Port, -23.9608, -46.3336);
    place("place-station", "Desamparados station", Place::Kind::Station, -12.0453, -77.0311);
    place("place-palace", "Palácio da Alvorada", Place::Kind::Landmark, -15.7930, -47.8250);
    place("place-hotel", "The delegation's hotel", Place::Kind::Landmark, 0, 0, false);
    place("place-venue", "The summit venue", Place::Kind::Site, 0, 0, false);

    MapLine flight;
    flight.id = QStringLiteral("line-flight-home");
    flight.name.set(QStringLiteral("en"), QStringLiteral("Flight home"));
    flight.kind = MapLine::Kind::Flight;
    flight.points = {{-15.8697, -47.9172}, {39.5098, 116.4105}};
    b->lines.append(flight);

    const auto area = [&b](const char *id, const char *name, MapArea::Kind kind,
                           QList<GeoPoint> ring, bool approximate = false) {
        MapArea a;
        a.id = QString::fromLatin1(id);
        a.name.set(QStringLiteral("en"), QString::fromUtf8(name));
        a.kind = kind;
        a.rings = {ring};
        a.approximate = approximate;
        b->areas.append(a);
    };
    // In the Amazon, away from every place and line.
    area("area-zone", "Protected zone", MapArea::Kind::Zone,
         {{-6, -66}, {-6, -60}, {-11, -60}, {-11, -66}});
    area("area-occupied", "Occupied strip", MapArea::Kind::Occupied,
         {{-1, -56}, {-1, -52}, {-4, -52}, {-4, -56}}, true);
    area("area-disputed", "Disputed islands", MapArea::Kind::Disputed,
         {{-17, 179}, {-17, -178}, {-19, -178}, {-19, 179}});
    area("area-corridor", "Trade corridor", MapArea::Kind::Corridor,
         {{-19, -45}, {-19, -44}, {-21, -44}, {-21, -45}});

    const auto step = [&b](const char *id, const char *title, ItineraryStep::Kind kind) {
        ItineraryStep s;
        s.id = QString::fromLatin1(id);
        s.title.set(QStringLiteral("en"), QString::fromUtf8(title));
        s.kind = kind;
        b->itinerary.append(s);
        return &b->itinerary.last();
    };
    ItineraryStep *s = step("it-lima", "State visit to Peru", ItineraryStep::Kind::Stop);
    s->place = QStringLiteral("place-lima");
    s->places = {s->place};
    s = step("it-lima-rio", "Flight to Rio de Janeiro", ItineraryStep::Kind::Leg);
    s->from = QStringLiteral("place-lima-airport");
    s->to = QStringLiteral("place-rio");
    s->mode = ItineraryStep::Mode::Flight;
    s->places = {s->from, s->to};
    s = step("it-rio", "G20 summit in Rio", ItineraryStep::Kind::Stop);
    s->place = QStringLiteral("place-rio");
    s->places = {s->place};
    s = step("it-rio-santos", "By road to Santos", ItineraryStep::Kind::Leg);
    s->from = QStringLiteral("place-rio");
    s->to = QStringLiteral("place-santos");
    s->mode = ItineraryStep::Mode::Road;
    s->places = {s->from, s->to};
    s = step("it-santos-rio", "Coastal voyage", ItineraryStep::Kind::Leg);
    s->from = QStringLiteral("place-santos");
    s->to = QStringLiteral("place-rio");
    s->mode = ItineraryStep::Mode::Ship;
    s->places = {s->from, s->to};
    s = step("it-brasilia", "State visit to Brazil", ItineraryStep::Kind::Stop);
    s->place = QStringLiteral("place-brasilia");
    s->places = {s->place};
    s = step("it-home", "Flight home", ItineraryStep::Kind::Leg);
    s->from = QStringLiteral("place-brasilia");
    s->to = QStringLiteral("place-hotel"); // no position: not drawn
    s->mode = ItineraryStep::Mode::Flight;
    s->places = {s->from, s->to};
    s->line = QStringLiteral("line-flight-home");
    s->lines = {s->line};

    // An agenda item that names the zone, as entries name areas.
    AgendaArea agenda;
    agenda.id = QStringLiteral("agenda-env");
    agenda.title.set(QStringLiteral("en"), QStringLiteral("Environment"));
    AgendaItem item;
    item.id = QStringLiteral("item-amazon");
    item.area = agenda.id;
    item.title.set(QStringLiteral("en"), QStringLiteral("Amazon protection"));
    item.places = {QStringLiteral("area-zone"), QStringLiteral("place-brasilia")};
    agenda.items.append(item);
    b->agenda.append(agenda);
    b->buildIndex();
    return b;
}
