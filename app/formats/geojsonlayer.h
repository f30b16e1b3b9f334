#pragma once

#include "document/briefing.h"
#include "document/problem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

// An extra map layer read from a GeoJSON file (RFC 7946): points, lines and polygons with
// their properties, for the map to draw over the briefing's own places and lines.
//
// GeoJSON positions are [longitude, latitude(, altitude)]: longitude FIRST. Here every position
// is a GeoPoint with named lat and lon, so the order question ends at the reader. A file with
// the order swapped usually has "latitudes" beyond ±90; that is an error, as is any position
// out of range, a line of fewer than two positions, a ring of fewer than four or one that does
// not close, and an unknown geometry type. A file with errors gives no layer (like a briefing);
// features without geometry (allowed by RFC 7946) and the obsolete "crs" member are warnings.
//
// How the map should draw it: each Geometry in the map's projection, over the country outlines
// and under the briefing's places and lines; Point as a small marker, Line as a polyline,
// Polygon as a filled path of its rings (first ring outer, the rest holes, Qt::OddEvenFill).
// A geometry that crosses the 180° meridian arrives split or with longitudes beyond the
// jump, as RFC 7946 §3.1.9 asks; the map should not join across the jump. On hover it shows
// Feature::label() and Feature::propertyRows() as plain text (EntryHtml::toolTip), never as
// HTML: properties are data from the file.
class GeoJsonLayer
{
    Q_DECLARE_TR_FUNCTIONS(GeoJsonLayer)

public:
    static constexpr int MaxProblems = 500;

    struct Geometry
    {
        enum class Type { Point, Line, Polygon };
        Type type = Type::Point;
        // Point: one part of one position. Line: one part, its positions in order. Polygon: its
        // rings, the outer first, each closed (last position == first).
        QList<QList<GeoPoint>> parts;
    };

    struct Feature
    {
        QString id;                  // the feature's "id", as text; may be empty
        QList<Geometry> geometries;  // Multi* and GeometryCollection are flattened
        QJsonObject properties;
        QString path;                // JSON Pointer of the feature in the file

        // A name for the feature: properties "name", "title" or "NAME", else the id.
        QString label() const;
        // The properties as (key, text) rows, keys sorted; nested values as compact JSON.
        QList<std::pair<QString, QString>> propertyRows() const;
    };

    struct Result
    {
        std::shared_ptr<const GeoJsonLayer> layer; // null when the file has errors
        Problems problems;
    };

    // Whether a file is named as a map layer: "*.geojson", or "*.geo.json" as many publish them.
    static bool isLayerFileName(const QString &fileName);
    // Whether a JSON object is GeoJSON (a FeatureCollection, a Feature or a geometry), so that a
    // layer opened under another name is named for what it is, not read as a broken briefing.
    static bool recognises(const QJsonObject &root);

    static Result read(const QByteArray &data, const QString &fileName);
    // With the guards of BriefingReader::readBytes: a regular file within MaxFileBytes.
    static Result readFile(const QString &fileName);

    QString name;  // the collection's "name" member, else the file's base name
    QList<Feature> features;

    // The box around every position; all zero when there are none.
    GeoBox bounds() const;
};
