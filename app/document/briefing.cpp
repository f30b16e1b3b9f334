#include "document/briefing.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

void Briefing::buildIndex()
{
    m_index.clear();
    m_relations.clear();
    m_usedBy.clear();

    const auto index = [this](const auto &list, Kind kind) {
        for (int i = 0; i < list.size(); ++i)
            m_index.insert(list.at(i).id, Ref{kind, i, -1});
    };
    index(countries, Kind::Country);
    index(people, Kind::Person);
    index(sources, Kind::Source);
    index(agenda, Kind::AgendaArea);
    for (int a = 0; a < agenda.size(); ++a) {
        const auto &items = agenda.at(a).items;
        for (int i = 0; i < items.size(); ++i)
            m_index.insert(items.at(i).id, Ref{Kind::AgendaItem, i, a});
    }
    index(tensions, Kind::Tension);
    index(background, Kind::Background);
    index(outcomes, Kind::Outcome);
    index(lanes, Kind::Lane);
    index(periods, Kind::Period);
    index(events, Kind::Event);
    index(places, Kind::Place);
    index(lines, Kind::Line);
    index(areas, Kind::Area);
    index(itinerary, Kind::Itinerary);

    // The (key, value) pairs already in each table, so that a list shared by many entries
    // (every event at one place) grows in constant time per entry; searching the list itself
    // made reading quadratic. The lists keep the order in which the entries come.
    using Listed = QSet<std::pair<QString, QString>>;
    Listed relationsListed;
    Listed usedByListed;
    const auto addUnique = [](QHash<QString, QStringList> &lists, Listed &listed,
                              const QString &key, const QString &value) {
        if (!listed.contains({key, value})) {
            listed.insert({key, value});
            lists[key].append(value);
        }
    };
    const auto relate = [&](const Entry &entry) {
        for (const QString &other : entry.related) {
            addUnique(m_relations, relationsListed, entry.id, other);
            addUnique(m_relations, relationsListed, other, entry.id);
        }
        for (const QString &placeId : entry.places)
            addUnique(m_usedBy, usedByListed, placeId, entry.id);
        for (const QString &lineId : entry.lines)
            addUnique(m_usedBy, usedByListed, lineId, entry.id);
    };
    for (const AgendaArea &area : agenda) {
        for (const AgendaItem &item : area.items)
            relate(item);
    }
    for (const Tension &tension : tensions)
        relate(tension);
    for (const BackgroundSection &section : background)
        relate(section);
    for (const Outcome &outcome : outcomes)
        relate(outcome);
    for (const TimelineEvent &event : events)
        relate(event);
    for (const ItineraryStep &step : itinerary)
        relate(step);
}

const Briefing::Ref *Briefing::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &it.value();
}

const Entry *Briefing::entry(const QString &id) const
{
    const Ref *ref = find(id);
    if (!ref)
        return nullptr;
    switch (ref->kind) {
    case Kind::AgendaItem:
        return &agenda.at(ref->areaIndex).items.at(ref->index);
    case Kind::Tension:
        return &tensions.at(ref->index);
    case Kind::Background:
        return &background.at(ref->index);
    case Kind::Outcome:
        return &outcomes.at(ref->index);
    case Kind::Event:
        return &events.at(ref->index);
    case Kind::Itinerary:
        return &itinerary.at(ref->index);
    default:
        return nullptr;
    }
}

namespace {

template<typename T>
const T *lookup(const Briefing &briefing, const QString &id, Briefing::Kind kind,
                const QList<T> &list)
{
    const Briefing::Ref *ref = briefing.find(id);
    return ref && ref->kind == kind ? &list.at(ref->index) : nullptr;
}

} // namespace

const Place *Briefing::place(const QString &id) const
{
    return lookup(*this, id, Kind::Place, places);
}

const MapLine *Briefing::line(const QString &id) const
{
    return lookup(*this, id, Kind::Line, lines);
}

const Source *Briefing::source(const QString &id) const
{
    return lookup(*this, id, Kind::Source, sources);
}

const Country *Briefing::country(const QString &id) const
{
    return lookup(*this, id, Kind::Country, countries);
}

const Person *Briefing::person(const QString &id) const
{
    return lookup(*this, id, Kind::Person, people);
}

const MapArea *Briefing::area(const QString &id) const
{
    return lookup(*this, id, Kind::Area, areas);
}

const AgendaArea *Briefing::agendaArea(const QString &id) const
{
    return lookup(*this, id, Kind::AgendaArea, agenda);
}

LocalizedText Briefing::laneTitle(const QString &laneId) const
{
    if (const Lane *lane = lookup(*this, laneId, Kind::Lane, lanes))
        return lane->title;
    if (const AgendaArea *agendaArea = this->agendaArea(laneId))
        return agendaArea->title;
    return {};
}

GeoBox Briefing::effectiveRegion() const
{
    if (hasRegion)
        return region;
    double south = std::numeric_limits<double>::max();
    double north = std::numeric_limits<double>::lowest();
    double west = south;
    double east = north;
    const auto extend = [&](const GeoPoint &p) {
        south = std::min(south, p.lat);
        north = std::max(north, p.lat);
        west = std::min(west, p.lon);
        east = std::max(east, p.lon);
    };
    for (const Place &p : places) {
        if (p.hasPosition)
            extend(p.position);
    }
    for (const MapLine &l : lines) {
        for (const GeoPoint &p : l.points)
            extend(p);
    }
    for (const MapArea &a : areas) {
        for (const QList<GeoPoint> &ring : a.rings) {
            for (const GeoPoint &p : ring)
                extend(p);
        }
    }
    if (south > north)
        return {};
    return {south, west, north, east};
}

int Briefing::itemCount() const
{
    int count = 0;
    for (const AgendaArea &a : agenda)
        count += int(a.items.size());
    return count;
}
