#pragma once

// The document/ folder: the briefing, its texts, dates and problems, the JSON scanner, the
// reader and the validator; Qt Core only. This is its main header.

#include "document/fuzzydate.h"
#include "document/localizedtext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// The briefing document: what a valid file says, resolved and indexed. It is immutable once
// BriefingValidator has built it, and shared read-only (std::shared_ptr<const Briefing>) by
// the models and views, so a reload swaps the whole document at once.
//
// The records below are plain data that belong to the document; they carry no behaviour of
// their own, which is why they live beside it rather than in files of their own.
//
// Invariants that the validator guarantees:
// - every id is unique across the whole document, and every reference resolves to an entry of
//   the kind the field expects;
// - every date is valid and every span ends no earlier than it starts;
// - every place with a position lies within -90..90 / -180..180, every line has at least two
//   points and every area ring at least three.
//
// Version 2 of the format adds what a tour needs: several host countries, an itinerary of stops
// and legs with times of day, confidence on every entry, areas, and places without a position.
// A version 1 file is read into the same records with those left empty.

struct GeoPoint
{
    double lat = 0;
    double lon = 0;
    friend bool operator==(const GeoPoint &a, const GeoPoint &b)
    {
        return a.lat == b.lat && a.lon == b.lon;
    }
};

struct GeoBox
{
    double south = 0;
    double west = 0;
    double north = 0;
    double east = 0;
    bool crossesDateline() const { return west > east; }
};

// How far a statement is verified. Every kind of entry may carry it (version 1: events only).
enum class Confidence { Unstated, Verified, PartlyVerified, Unverified };

struct Country
{
    QString id;
    LocalizedText name;
    QString iso3;
};

struct Person
{
    QString id;
    LocalizedText name;
    LocalizedText role;
    QString country;
};

struct Source
{
    QString id;
    LocalizedText title;
    QString publisher;
    QString url;
    FuzzyDate date;
    QString language;
    Confidence confidence = Confidence::Unstated;
    LocalizedText note;
};

// What every entry that can be cross-referenced and cited shares.
struct Entry
{
    QString id;
    LocalizedText title;
    LocalizedText text;
    LocalizedText note;
    QStringList places;
    QStringList lines;
    QStringList related;
    QStringList sources;
    Confidence confidence = Confidence::Unstated;
};

struct AgendaItem : Entry
{
    QString area; // id of the agenda area it belongs to
};

struct AgendaArea
{
    QString id;
    LocalizedText title;
    LocalizedText summary;
    QList<AgendaItem> items;
};

struct Tension : Entry
{
    enum class Severity { Low, Medium, High };
    enum class Status { Open, Easing, Resolved, Unknown };
    QStringList parties;
    Severity severity = Severity::Medium;
    Status status = Status::Open;
};

struct BackgroundSection : Entry
{
};

struct Outcome : Entry
{
    enum class Status { Expected, Signed, Achieved, NotReached, Unclear };
    Status status = Status::Expected;
};

struct Lane
{
    QString id;
    LocalizedText title;
};

struct Period
{
    QString id;
    LocalizedText title;
    FuzzyDate date;
};

struct TimelineEvent : Entry
{
    using Confidence = ::Confidence;
    FuzzyDate date;
    QString lane; // a lane id or an agenda area id; empty when the event names none
};

// One step of the guest's journey (version 2): a stop at a place, or a leg between two places.
// Entry::places holds the stop's place, or the leg's from and to; Entry::lines the line a leg
// follows.
struct ItineraryStep : Entry
{
    enum class Kind { Stop, Leg };
    enum class Mode { Unstated, Flight, Train, Road, Ship };
    Kind kind = Kind::Stop;
    FuzzyDate date;   // when the stop begins or the leg departs; a span when it ends later
    QString place;    // stop: where
    QString country;  // stop: the host country it is in; empty when not a host country
    QStringList met;  // stop: people the guest met there
    QString from;     // leg: place of departure
    QString to;       // leg: place of arrival
    Mode mode = Mode::Unstated; // leg: how the guest travelled
    QString line;     // leg: the line it follows, if any; a flight without one is a great circle
};

struct Place
{
    enum class Kind { Capital, City, Town, BorderCrossing, Port, Site, Station, Airport, Landmark };
    QString id;
    LocalizedText name;
    Kind kind = Kind::City;
    GeoPoint position;
    bool hasPosition = true; // version 2: a place may be listed without being drawn
    bool approximate = false;
    LocalizedText note;
    QStringList sources;
    Confidence confidence = Confidence::Unstated;
};

struct MapLine
{
    enum class Kind { Route, Railway, Road, Corridor, River, Pipeline, Flight };
    QString id;
    LocalizedText name;
    Kind kind = Kind::Route;
    QList<GeoPoint> points; // a Flight is drawn as great-circle arcs between them
    bool approximate = false;
    LocalizedText note;
    QStringList sources;
    Confidence confidence = Confidence::Unstated;
};

// An area on the map (version 2): a territory whose control or status the briefing notes.
struct MapArea
{
    enum class Kind { Occupied, Disputed, Zone, Corridor };
    QString id;
    LocalizedText name;
    Kind kind = Kind::Disputed;
    QList<QList<GeoPoint>> rings; // outer rings, each closed implicitly; holes are not supported
    bool approximate = false;
    LocalizedText note;
    QStringList sources;
    Confidence confidence = Confidence::Unstated;
};

struct Visit
{
    LocalizedText kind;
    QString guest;
    QString host;               // the first of hostCountries
    QStringList hostCountries;  // every host country, in the order of the tour
    QStringList visitors;
    QStringList hosts;          // people; each one's country says where they received the guest
    QString place;              // the first of visitPlaces
    QStringList visitPlaces;
    FuzzyDate date;
    LocalizedText purpose;
    QString event;
    QStringList sources;
};

class Briefing
{
public:
    enum class Kind {
        Country,
        Person,
        Source,
        AgendaArea,
        AgendaItem,
        Tension,
        Background,
        Outcome,
        Lane,
        Period,
        Event,
        Place,
        Line,
        Area,
        Itinerary,
    };

    struct Ref
    {
        Kind kind;
        int index;      // index in its list; for an agenda item, in its area's items
        int areaIndex;  // for an agenda item: its area; else -1
    };

    QStringList languages; // primary first
    LocalizedText title;
    LocalizedText subtitle;
    LocalizedText summary;
    LocalizedText classification;
    LocalizedText author;
    FuzzyDate produced;
    Visit visit;
    QList<Country> countries;
    QList<Person> people;
    QList<Source> sources;
    QList<AgendaArea> agenda;
    QList<Tension> tensions;
    QList<BackgroundSection> background;
    QList<Outcome> outcomes;
    QList<Lane> lanes;
    QList<Period> periods;
    QList<TimelineEvent> events;
    QList<Place> places;
    QList<MapLine> lines;
    QList<MapArea> areas;
    QList<ItineraryStep> itinerary; // in the order of the journey
    int version = 1;                // the file's format version
    bool hasRegion = false;
    GeoBox region;

    QString primaryLanguage() const { return languages.value(0); }
    // The text in `language`, with the format's fallback rule.
    LocalizedText::Resolved text(const LocalizedText &text, const QString &language) const
    {
        return text.resolve(language, languages);
    }

    // Builds the id index and the both-way relations. Called once by the validator after the
    // lists are filled; the lookups below are valid only after it.
    void buildIndex();

    const Ref *find(const QString &id) const;
    // The entry (agenda item, tension, background, outcome, event, itinerary step) with this
    // id, or null.
    const Entry *entry(const QString &id) const;
    const Place *place(const QString &id) const;
    const MapLine *line(const QString &id) const;
    const MapArea *area(const QString &id) const;
    const Source *source(const QString &id) const;
    const Country *country(const QString &id) const;
    const Person *person(const QString &id) const;
    const AgendaArea *agendaArea(const QString &id) const;
    // A lane id or agenda area id to its title.
    LocalizedText laneTitle(const QString &laneId) const;

    // Every entry that names `id` or that `id` names in its related list, in document order.
    QStringList relatedIds(const QString &id) const { return m_relations.value(id); }
    // Every entry that names the place or line `id`.
    QStringList entriesAt(const QString &placeOrLineId) const { return m_usedBy.value(placeOrLineId); }

    // The bounding box of the region: the document's own, or the box around all places and
    // lines. Invalid (all zero) when the document has no geography.
    GeoBox effectiveRegion() const;

    int itemCount() const;

private:
    QHash<QString, Ref> m_index;
    QHash<QString, QStringList> m_relations;
    QHash<QString, QStringList> m_usedBy;
};

using BriefingPtr = std::shared_ptr<const Briefing>;
