#include "formats/briefingloader.h"
#include "formats/geojsonlayer.h"
#include "testdata.h"

#include <QTest>

using Type = GeoJsonLayer::Geometry::Type;

// GeoJSON as an extra map layer: longitude first, every geometry type, properties for the
// hover text, and broken files refused with each problem at its line and path.
class TestGeoJsonLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryGeometryType()
    {
        const auto result = GeoJsonLayer::readFile(testDataPath(u"import/layer.geojson"_qs));
        QVERIFY2(result.layer, qPrintable(result.problems.value(0).toString()));
        const GeoJsonLayer &layer = *result.layer;
        QCOMPARE(layer.name, u"Test layer"_qs);
        QCOMPARE(layer.features.size(), 5); // the sixth has no geometry

        const auto &point = layer.features.at(0);
        QCOMPARE(point.id, u"7"_qs);
        QCOMPARE(point.geometries.size(), 1);
        QCOMPARE(point.geometries.constFirst().type, Type::Point);
        // [21.5, 10.2] is longitude 21.5, latitude 10.2.
        QCOMPARE(point.geometries.constFirst().parts, (QList<QList<GeoPoint>>{{GeoPoint{10.2, 21.5}}}));

        const auto &line = layer.features.at(1);
        QCOMPARE(line.geometries.constFirst().type, Type::Line);
        QCOMPARE(line.geometries.constFirst().parts.constFirst().size(), 3);
        QCOMPARE(line.label(), u"Pipeline"_qs);

        const auto &polygon = layer.features.at(2);
        QCOMPARE(polygon.geometries.constFirst().type, Type::Polygon);
        QCOMPARE(polygon.geometries.constFirst().parts.size(), 2); // outer ring and a hole

        const auto &islands = layer.features.at(3);
        QCOMPARE(islands.geometries.size(), 2);
        QCOMPARE(islands.geometries.at(1).parts.constFirst().constFirst(), (GeoPoint{-16.5, -179.5}));

        const auto &collection = layer.features.at(4);
        QCOMPARE(collection.geometries.size(), 3); // two points and a line
        QCOMPARE(collection.geometries.at(2).type, Type::Line);

        const GeoBox box = layer.bounds();
        QCOMPARE(box.south, -17.0);
        QCOMPARE(box.north, 11.5);
        QCOMPARE(box.west, -179.5);
        QCOMPARE(box.east, 179.0);

        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.constFirst().severity, Problem::Severity::Warning);
        QCOMPARE(result.problems.constFirst().path, u"/features/4"_qs);
        QCOMPARE(result.problems.constFirst().line, 16);
    }

    void propertiesForTheHoverText()
    {
        const auto result = GeoJsonLayer::readFile(testDataPath(u"import/layer.geojson"_qs));
        QVERIFY(result.layer);
        const auto rows = result.layer->features.at(0).propertyRows();
        QCOMPARE(rows, (QList<std::pair<QString, QString>>{
                           {u"lanes"_qs, u"2"_qs}, {u"name"_qs, u"Crossing"_qs}, {u"open"_qs, u"true"_qs}}));
        QCOMPARE(result.layer->features.at(0).label(), u"Crossing"_qs);
        const auto nested = result.layer->features.at(1).propertyRows();
        QCOMPARE(nested.constFirst(), (std::pair<QString, QString>{u"operator"_qs, u"{\"name\":\"Example Co\"}"_qs}));
    }

    void brokenFileIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("latitude and longitude swapped")
            << u"/features/0/geometry/coordinates/1"_qs << 5 << u"are the two swapped?"_qs;
        QTest::newRow("ring not closed") << u"/features/1/geometry/coordinates/0"_qs << 7
                                         << u"must end where it starts"_qs;
        QTest::newRow("line of one position") << u"/features/2/geometry/coordinates"_qs << 9
                                              << u"at least two positions"_qs;
        QTest::newRow("unknown geometry type") << u"/features/3/geometry/type"_qs << 11
                                               << u"\"Circle\" is not a GeoJSON geometry type"_qs;
        QTest::newRow("coordinates as text") << u"/features/4/geometry/coordinates"_qs << 13
                                             << u"[longitude, latitude]"_qs;
        QTest::newRow("not a feature") << u"/features/5"_qs << 13 << u"\"type\": \"Feature\""_qs;
    }

    void brokenFileIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto result = GeoJsonLayer::readFile(testDataPath(u"import/layer-broken.geojson"_qs));
        QVERIFY(!result.layer);
        const Problem *found = nullptr;
        for (const Problem &problem : result.problems) {
            if (problem.path == path)
                found = &problem;
        }
        QVERIFY2(found, qPrintable(path));
        QCOMPARE(found->severity, Problem::Severity::Error);
        QVERIFY2(found->message.contains(message), qPrintable(found->message));
        QCOMPARE(found->line, line);
        QVERIFY(found->toString().contains(u"layer-broken.geojson:"_qs));
    }

    void wholeFileProblems_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"type\": ") << u"ends before the JSON is complete"_qs;
        QTest::newRow("no type") << QByteArray("{\"features\": []}") << u"no \"type\""_qs;
        QTest::newRow("empty collection") << QByteArray(R"({"type": "FeatureCollection", "features": []})")
                                          << u"no feature that can be drawn"_qs;
        QTest::newRow("a list") << QByteArray("[]") << u"one object"_qs;
        QTest::newRow("duplicate key") << QByteArray(R"({"type": "Point", "type": "Point"})")
                                       << u"appears twice"_qs;
    }

    void wholeFileProblems()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const auto result = GeoJsonLayer::read(data, u"x.geojson"_qs);
        QVERIFY(!result.layer);
        QVERIFY(!result.problems.isEmpty());
        QVERIFY2(result.problems.constFirst().message.contains(message),
                 qPrintable(result.problems.constFirst().message));
    }

    void bareGeometry()
    {
        const auto result = GeoJsonLayer::read(R"({"type": "Point", "coordinates": [-0.1, 51.5, 35]})",
                                               u"p.geojson"_qs);
        QVERIFY(result.layer);
        QCOMPARE(result.layer->name, u"p"_qs);
        QCOMPARE(result.layer->features.constFirst().geometries.constFirst().parts,
                 (QList<QList<GeoPoint>>{{GeoPoint{51.5, -0.1}}}));
    }

    void emptyGeometryIsReported()
    {
        const auto result = GeoJsonLayer::read(
            R"({"type": "FeatureCollection", "features": [
                {"type": "Feature", "properties": {"name": "Nothing"},
                 "geometry": {"type": "MultiPoint", "coordinates": []}},
                {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]})",
            u"e.geojson"_qs);
        QVERIFY(result.layer);
        QCOMPARE(result.layer->features.size(), 1);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.constFirst().path, u"/features/0"_qs);
        QVERIFY(result.problems.constFirst().message.contains(u"\"Nothing\" has no positions"_qs));
    }

    void layerFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("layer");
        QTest::newRow("geojson") << u"roads.geojson"_qs << true;
        QTest::newRow("geo.json") << u"/data/countries.geo.json"_qs << true;
        QTest::newRow("upper case") << u"ROADS.GEO.JSON"_qs << true;
        QTest::newRow("briefing") << u"visit.briefing.json"_qs << false;
        QTest::newRow("plain json") << u"geo.json.txt"_qs << false;
        QTest::newRow("json") << u"timeline.json"_qs << false;
    }

    void layerFileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, layer);
        QCOMPARE(GeoJsonLayer::isLayerFileName(name), layer);
    }

    void layerUnderAnotherNameIsNamedForWhatItIs()
    {
        // Opened as a briefing (say "borders.json"), a GeoJSON file is not "a broken briefing
        // with no format": the message says what it is and how to add it.
        const QByteArray data = R"({"type": "FeatureCollection", "features": []})";
        const BriefingReader::Result result = BriefingLoader::readData(data, u"borders.json"_qs);
        QVERIFY(!result.briefing);
        QCOMPARE(result.problems.size(), 1);
        const Problem &problem = result.problems.constFirst();
        QVERIFY2(problem.message.contains(u"GeoJSON map layer"_qs), qPrintable(problem.message));
        QVERIFY(problem.message.contains(u"Add Map Layer"_qs));
        QCOMPARE(problem.line, 1);
        // A briefing that happens to have a "type" member stays a briefing.
        QVERIFY(!GeoJsonLayer::recognises(QJsonObject{{u"format"_qs, u"briefing"_qs},
                                                      {u"type"_qs, u"Feature"_qs}}));
    }

    void missingFile()
    {
        const auto result = GeoJsonLayer::readFile(testDataPath(u"import/none.geojson"_qs));
        QVERIFY(!result.layer);
        QVERIFY(result.problems.constFirst().message.contains(u"does not exist"_qs));
    }
};

QTEST_GUILESS_MAIN(TestGeoJsonLayer)
#include "tst_geojsonlayer.moc"
