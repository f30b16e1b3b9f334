#include "formats/geojsonlayer.h"

#include "document/briefingreader.h"
#include "document/jsonscanner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace {

QString field(const QString &path, const QString &key)
{
    return path + u'/' + JsonScanner::pointerToken(key);
}

QString element(const QString &path, qsizetype index)
{
    return path + u'/' + QString::number(index);
}

class Reader
{
public:
    Problems problems;
    int count = 0;

    void error(const QString &path, const QString &message)
    {
        add(Problem::Severity::Error, path, message);
    }
    void warning(const QString &path, const QString &message)
    {
        add(Problem::Severity::Warning, path, message);
    }
    bool failed() const { return m_errors > 0; }

    bool position(const QJsonValue &value, const QString &path, GeoPoint *out)
    {
        const QJsonArray numbers = value.toArray();
        if (!value.isArray() || numbers.size() < 2 || !numbers.at(0).isDouble()
            || !numbers.at(1).isDouble()) {
            error(path, GeoJsonLayer::tr("a position is a list of numbers [longitude, latitude]"));
            return false;
        }
        const double lon = numbers.at(0).toDouble();
        const double lat = numbers.at(1).toDouble();
        if (!std::isfinite(lon) || std::abs(lon) > 180) {
            error(element(path, 0), GeoJsonLayer::tr("longitude %1 is out of range (-180 to 180)")
                                        .arg(lon));
            return false;
        }
        if (!std::isfinite(lat) || std::abs(lat) > 90) {
            error(element(path, 1),
                  GeoJsonLayer::tr("latitude %1 is out of range (-90 to 90); GeoJSON writes the "
                                   "longitude first: are the two swapped?")
                      .arg(lat));
            return false;
        }
        *out = GeoPoint{lat, lon};
        return true;
    }

    bool positions(const QJsonValue &value, const QString &path, int minimum,
                   QList<GeoPoint> *out)
    {
        if (!value.isArray()) {
            error(path, GeoJsonLayer::tr("the coordinates should be a list of positions"));
            return false;
        }
        const QJsonArray list = value.toArray();
        bool ok = true;
        for (qsizetype i = 0; i < list.size(); ++i) {
            GeoPoint point;
            if (position(list.at(i), element(path, i), &point))
                out->append(point);
            else
                ok = false;
        }
        if (ok && list.size() < minimum) {
            error(path, minimum == 2
                            ? GeoJsonLayer::tr("a line needs at least two positions")
                            : GeoJsonLayer::tr("a polygon ring needs at least four positions"));
            return false;
        }
        return ok;
    }

    bool polygon(const QJsonValue &value, const QString &path, GeoJsonLayer::Geometry *out)
    {
        if (!value.isArray() || value.toArray().isEmpty()) {
            error(path, GeoJsonLayer::tr("a polygon's coordinates are a list of rings"));
            return false;
        }
        const QJsonArray rings = value.toArray();
        bool ok = true;
        for (qsizetype i = 0; i < rings.size(); ++i) {
            QList<GeoPoint> ring;
            if (!positions(rings.at(i), element(path, i), 4, &ring)) {
                ok = false;
                continue;
            }
            if (!(ring.constFirst() == ring.constLast())) {
                error(element(path, i), GeoJsonLayer::tr("a polygon ring must end where it "
                                                         "starts"));
                ok = false;
                continue;
            }
            out->parts.append(ring);
        }
        out->type = GeoJsonLayer::Geometry::Type::Polygon;
        return ok;
    }

    void geometry(const QJsonValue &value, const QString &path, QList<GeoJsonLayer::Geometry> *out)
    {
        using Type = GeoJsonLayer::Geometry::Type;
        if (!value.isObject()) {
            error(path, GeoJsonLayer::tr("a geometry should be an object { … }"));
            return;
        }
        const QJsonObject object = value.toObject();
        const QString type = object.value(u"type").toString();
        const QString coordinatesPath = field(path, u"coordinates"_qs);
        const QJsonValue coordinates = object.value(u"coordinates");
        if (type == u"GeometryCollection") {
            const QJsonArray members = object.value(u"geometries").toArray();
            for (qsizetype i = 0; i < members.size(); ++i)
                geometry(members.at(i), element(field(path, u"geometries"_qs), i), out);
            return;
        }
        if (coordinates.isUndefined() && !type.isEmpty()) {
            error(path, GeoJsonLayer::tr("the geometry has no \"coordinates\""));
            return;
        }
        const QJsonArray list = coordinates.toArray();
        if (type == u"Point") {
            GeoJsonLayer::Geometry g;
            GeoPoint point;
            if (position(coordinates, coordinatesPath, &point)) {
                g.parts = {{point}};
                out->append(g);
            }
        } else if (type == u"MultiPoint" || type == u"LineString") {
            GeoJsonLayer::Geometry g;
            QList<GeoPoint> points;
            if (!positions(coordinates, coordinatesPath, type == u"LineString" ? 2 : 0, &points))
                return;
            if (type == u"LineString") {
                g.type = Type::Line;
                g.parts = {points};
                out->append(g);
            } else {
                for (const GeoPoint &point : std::as_const(points))
                    out->append(GeoJsonLayer::Geometry{Type::Point, {{point}}});
            }
        } else if (type == u"MultiLineString") {
            for (qsizetype i = 0; i < list.size(); ++i) {
                QList<GeoPoint> points;
                if (positions(list.at(i), element(coordinatesPath, i), 2, &points))
                    out->append(GeoJsonLayer::Geometry{Type::Line, {points}});
            }
        } else if (type == u"Polygon") {
            GeoJsonLayer::Geometry g;
            if (polygon(coordinates, coordinatesPath, &g))
                out->append(g);
        } else if (type == u"MultiPolygon") {
            for (qsizetype i = 0; i < list.size(); ++i) {
                GeoJsonLayer::Geometry g;
                if (polygon(list.at(i), element(coordinatesPath, i), &g))
                    out->append(g);
            }
        } else {
            error(type.isEmpty() ? path : field(path, u"type"_qs),
                  GeoJsonLayer::tr("\"%1\" is not a GeoJSON geometry type (Point, MultiPoint, "
                                   "LineString, MultiLineString, Polygon, MultiPolygon, "
                                   "GeometryCollection)")
                      .arg(type));
            return;
        }
        if ((type.startsWith(u"Multi")) && !coordinates.isArray())
            error(coordinatesPath, GeoJsonLayer::tr("the coordinates should be a list"));
    }

    void feature(const QJsonValue &value, const QString &path, GeoJsonLayer *layer)
    {
        if (!value.isObject() || value.toObject().value(u"type").toString() != u"Feature") {
            error(path, GeoJsonLayer::tr("each entry of \"features\" should be an object with "
                                         "\"type\": \"Feature\""));
            return;
        }
        const QJsonObject object = value.toObject();
        GeoJsonLayer::Feature feature;
        feature.path = path;
        const QJsonValue id = object.value(u"id");
        feature.id = id.isDouble() ? QString::number(id.toDouble()) : id.toString();
        const QJsonValue properties = object.value(u"properties");
        if (properties.isObject())
            feature.properties = properties.toObject();
        else if (!properties.isNull() && !properties.isUndefined())
            error(field(path, u"properties"_qs),
                  GeoJsonLayer::tr("\"properties\" should be an object { … } or null"));
        const QJsonValue geometryValue = object.value(u"geometry");
        if (geometryValue.isNull() || geometryValue.isUndefined()) {
            warning(path, GeoJsonLayer::tr("the feature \"%1\" has no geometry and is not drawn")
                              .arg(feature.label()));
            return;
        }
        const int before = count;
        geometry(geometryValue, field(path, u"geometry"_qs), &feature.geometries);
        if (!feature.geometries.isEmpty())
            layer->features.append(feature);
        else if (count == before)
            warning(path, GeoJsonLayer::tr("the feature \"%1\" has no positions and is not drawn")
                              .arg(feature.label()));
    }

private:
    void add(Problem::Severity severity, const QString &path, const QString &message)
    {
        ++count;
        if (severity == Problem::Severity::Error)
            ++m_errors;
        if (count <= GeoJsonLayer::MaxProblems)
            problems.append(Problem{severity, message, path, {}, 0, 0});
    }
    int m_errors = 0;
};

} // namespace

QString GeoJsonLayer::Feature::label() const
{
    for (const QString &key : {u"name"_qs, u"title"_qs, u"NAME"_qs}) {
        const QJsonValue value = properties.value(key);
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed();
    }
    return id;
}

QList<std::pair<QString, QString>> GeoJsonLayer::Feature::propertyRows() const
{
    QList<std::pair<QString, QString>> rows;
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        switch (value.type()) {
        case QJsonValue::String: text = value.toString(); break;
        case QJsonValue::Double: text = QString::number(value.toDouble(), 'g', 15); break;
        case QJsonValue::Bool: text = value.toBool() ? u"true"_qs : u"false"_qs; break;
        case QJsonValue::Array:
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            break;
        case QJsonValue::Object:
            text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined: break;
        }
        rows.append({it.key(), text});
    }
    return rows;
}

GeoBox GeoJsonLayer::bounds() const
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    GeoBox box{inf, inf, -inf, -inf};
    for (const Feature &feature : features) {
        for (const Geometry &geometry : feature.geometries) {
            for (const auto &part : geometry.parts) {
                for (const GeoPoint &point : part) {
                    box.south = std::min(box.south, point.lat);
                    box.north = std::max(box.north, point.lat);
                    box.west = std::min(box.west, point.lon);
                    box.east = std::max(box.east, point.lon);
                }
            }
        }
    }
    return std::isfinite(box.south) ? box : GeoBox{};
}

bool GeoJsonLayer::isLayerFileName(const QString &fileName)
{
    return fileName.endsWith(u".geojson", Qt::CaseInsensitive)
        || fileName.endsWith(u".geo.json", Qt::CaseInsensitive);
}

bool GeoJsonLayer::recognises(const QJsonObject &root)
{
    static const QStringList types{
        u"FeatureCollection"_qs, u"Feature"_qs,         u"Point"_qs,
        u"MultiPoint"_qs,        u"LineString"_qs,      u"MultiLineString"_qs,
        u"Polygon"_qs,           u"MultiPolygon"_qs,    u"GeometryCollection"_qs};
    return !root.contains(u"format") && types.contains(root.value(u"type").toString());
}

GeoJsonLayer::Result GeoJsonLayer::read(const QByteArray &data, const QString &fileName)
{
    if (data.size() > BriefingReader::MaxFileBytes) {
        return {nullptr, {Problem{Problem::Severity::Error,
                                  tr("the file is larger than the limit of %1 bytes")
                                      .arg(BriefingReader::MaxFileBytes),
                                  {}, fileName, 0, 0}}};
    }
    const BriefingReader::Parsed parsed = BriefingReader::parse(data, fileName);
    if (!parsed.problems.isEmpty())
        return {nullptr, parsed.problems};

    Reader reader;
    auto layer = std::make_shared<GeoJsonLayer>();
    layer->name = QFileInfo(fileName).completeBaseName();
    const QJsonObject root = parsed.json.object();
    const QString type = root.value(u"type").toString();
    if (!parsed.json.isObject()) {
        reader.error({}, tr("a GeoJSON file holds one object with a \"type\""));
    } else if (type == u"FeatureCollection") {
        if (root.value(u"name").isString() && !root.value(u"name").toString().trimmed().isEmpty())
            layer->name = root.value(u"name").toString().trimmed();
        if (!root.value(u"features").isArray()) {
            reader.error({}, tr("a FeatureCollection needs a \"features\" list"));
        } else {
            const QJsonArray features = root.value(u"features").toArray();
            for (qsizetype i = 0; i < features.size(); ++i)
                reader.feature(features.at(i), element(u"/features"_qs, i), layer.get());
        }
    } else if (type == u"Feature") {
        reader.feature(root, {}, layer.get());
    } else if (!type.isEmpty()) {
        Feature feature;
        reader.geometry(root, {}, &feature.geometries);
        if (!feature.geometries.isEmpty())
            layer->features.append(feature);
    } else {
        reader.error({}, tr("this is not GeoJSON: it has no \"type\" such as "
                            "\"FeatureCollection\""));
    }
    if (root.contains(u"crs")) {
        reader.warning(QStringLiteral("/crs"),
                       tr("\"crs\" is not part of GeoJSON (RFC 7946) and is ignored; the "
                          "coordinates are read as longitude and latitude (WGS 84)"));
    }
    if (!reader.failed() && layer->features.isEmpty())
        reader.error({}, tr("the file has no feature that can be drawn"));

    Problems problems = reader.problems;
    if (reader.count > MaxProblems) {
        problems.append(Problem{reader.failed() ? Problem::Severity::Error
                                                : Problem::Severity::Warning,
                                tr("… and %n more problems", nullptr, reader.count - MaxProblems),
                                {}, {}, 0, 0});
    }
    BriefingReader::locate(problems, parsed, fileName);
    if (reader.failed())
        return {nullptr, problems};
    return {std::move(layer), problems};
}

GeoJsonLayer::Result GeoJsonLayer::readFile(const QString &fileName)
{
    Problems problems;
    const std::optional<QByteArray> data = BriefingReader::readBytes(fileName, &problems);
    if (!data)
        return {nullptr, problems};
    return read(*data, fileName);
}
