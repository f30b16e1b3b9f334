#include "document/briefingreader.h"
#include "map/mapfeatures.h"
#include "map/mapprojection.h"
#include "maptour.h"
#include "testdata.h"

#include <QHash>
#include <QTest>

#include <algorithm>

// The briefing's places and lines as the map sees them: what lies under a point at a zoom,
// which box the map opens on, and lines across the 180° meridian.
class TestMapFeatures : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_builtIn;
    BriefingPtr m_fiji;
    BriefingPtr m_minimal;

    BriefingPtr briefing(const QString &name) const
    {
        if (name == u"built-in")
            return m_builtIn;
        if (name == u"fiji")
            return m_fiji;
        return m_minimal;
    }

    // A point `dx`, `dy` pixels from a geographic point at a zoom, in world units, on the copy
    // of the world `copy` to the east.
    static QPointF offset(const GeoPoint &p, double worldWidth, double dx, double dy, int copy)
    {
        return MapProjection::project(p) + QPointF(dx, dy) / worldWidth + QPointF(copy, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_builtIn = BriefingReader::readFile(BriefingReader::builtInFileName()).briefing;
        m_fiji = BriefingReader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)).briefing;
        m_minimal = BriefingReader::readFile(testDataPath(u"valid/minimal.briefing.json"_qs)).briefing;
        QVERIFY(m_builtIn);
        QVERIFY(m_fiji);
        QVERIFY(m_minimal);
    }

    void projected()
    {
        const MapFeatures features(*m_builtIn);
        QCOMPARE(features.places().size(),
                 std::count_if(m_builtIn->places.cbegin(), m_builtIn->places.cend(),
                               [](const Place &p) { return p.hasPosition; }));
        QCOMPARE(std::count_if(features.lines().cbegin(), features.lines().cend(),
                               [](const auto &l) { return !l.leg; }),
                 m_builtIn->lines.size());
        QCOMPARE(features.places().first().id, u"baku"_qs);
        QCOMPARE(features.places().first().position,
                 MapProjection::project(m_builtIn->places.first().position));
        for (const auto &line : features.lines())
            QCOMPARE(line.offsets.size(), line.points.size() - 1);
    }

    void hitTest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("worldWidth"); // the zoom: the whole world's width in pixels
        QTest::addColumn<double>("dx");         // pixels from the point
        QTest::addColumn<double>("dy");
        QTest::addColumn<int>("copy");          // the copy of the world the pointer is over
        QTest::addColumn<QString>("expected");

        const double regional = 40000; // the South Caucasus across about 800 pixels
        QTest::newRow("on Baku") << u"built-in"_qs << 40.3777 << 49.892 << regional << 0.0 << 0.0 << 0 << u"baku"_qs;
        QTest::newRow("5 px east of Baku") << u"built-in"_qs << 40.3777 << 49.892 << regional << 5.0 << 0.0 << 0 << u"baku"_qs;
        QTest::newRow("12 px east of Baku") << u"built-in"_qs << 40.3777 << 49.892 << regional << 12.0 << 0.0 << 0 << QString();
        QTest::newRow("0.1° from Baku, world view") << u"built-in"_qs << 40.4777 << 49.992 << 2000.0 << 0.0 << 0.0 << 0 << u"baku"_qs;
        QTest::newRow("0.1° from Baku, close up") << u"built-in"_qs << 40.4777 << 49.992 << 1048576.0 << 0.0 << 0.0 << 0 << QString();
        // Three places within a few pixels: the nearest wins.
        QTest::newRow("on Astara (Iran)") << u"built-in"_qs << 38.4219 << 48.8692 << regional << 0.0 << 0.0 << 0 << u"astara-ir"_qs;
        QTest::newRow("on Astara (Azerbaijan)") << u"built-in"_qs << 38.4561 << 48.8786 << regional << 0.0 << 0.0 << 0 << u"astara-az"_qs;
        QTest::newRow("on the Astarachay mouth, zoomed in") << u"built-in"_qs << 38.4422 << 48.8811 << 400000.0 << 0.0 << 0.0 << 0 << u"astarachay-mouth"_qs;
        // Lines: the Araz between Horadiz and the Kura, away from every place.
        QTest::newRow("on the Araz") << u"built-in"_qs << 39.7331 << 47.89495 << regional << 0.0 << 0.0 << 0 << u"line-araz"_qs;
        QTest::newRow("4 px off the Araz") << u"built-in"_qs << 39.7331 << 47.89495 << regional << 0.0 << 4.0 << 0 << u"line-araz"_qs;
        QTest::newRow("20 px off the Araz") << u"built-in"_qs << 39.7331 << 47.89495 << regional << 0.0 << 20.0 << 0 << QString();
        // The INSTC and the Rasht–Astara railway share the segment; the railway is drawn over it.
        QTest::newRow("Astara–Rasht") << u"built-in"_qs << 37.8443 << 49.22625 << regional << 0.0 << 0.0 << 0 << u"line-rasht-astara"_qs;
        QTest::newRow("the Caspian") << u"built-in"_qs << 41.5 << 50.5 << regional << 0.0 << 0.0 << 0 << QString();
        // Across the 180° meridian, and on other copies of the world.
        QTest::newRow("ferry west of 180°") << u"fiji"_qs << -17.475 << 179.95 << 60000.0 << 0.0 << 0.0 << 0 << u"line-ferry-east"_qs;
        QTest::newRow("ferry east of 180°") << u"fiji"_qs << -17.4536 << -179.95 << 60000.0 << 0.0 << 0.0 << 0 << u"line-ferry-east"_qs;
        QTest::newRow("ferry, next copy") << u"fiji"_qs << -17.4536 << -179.95 << 60000.0 << 0.0 << 0.0 << 1 << u"line-ferry-east"_qs;
        QTest::newRow("ferry, copy before") << u"fiji"_qs << -17.475 << 179.95 << 60000.0 << 0.0 << 0.0 << -1 << u"line-ferry-east"_qs;
        QTest::newRow("Qamea, next copy") << u"fiji"_qs << -16.77 << -179.9 << 60000.0 << 0.0 << 0.0 << 1 << u"place-qamea"_qs;
        QTest::newRow("Suva, copy before") << u"fiji"_qs << -18.1416 << 178.4419 << 60000.0 << 3.0 << -3.0 << -1 << u"place-suva"_qs;
        QTest::newRow("the open Pacific") << u"fiji"_qs << -20.0 << -175.0 << 60000.0 << 0.0 << 0.0 << 0 << QString();
        QTest::newRow("a single place") << u"minimal"_qs << 10.5 << 20.25 << 5000.0 << 2.0 << 2.0 << 0 << u"place-b"_qs;
        QTest::newRow("away from it") << u"minimal"_qs << 11.5 << 20.25 << 5000.0 << 0.0 << 0.0 << 0 << QString();
    }

    void hitTest()
    {
        QFETCH(QString, file);
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, worldWidth);
        QFETCH(double, dx);
        QFETCH(double, dy);
        QFETCH(int, copy);
        QFETCH(QString, expected);
        const MapFeatures features(*briefing(file));
        QCOMPARE(features.hitTest(offset({lat, lon}, worldWidth, dx, dy, copy), worldWidth), expected);
    }

    void linesSharingASegmentRunSideBySide()
    {
        const MapFeatures features(*m_builtIn);
        const auto line = [&features](const QString &id) {
            for (const auto &l : features.lines()) {
                if (l.id == id)
                    return l;
            }
            return MapFeatures::LineFeature{};
        };
        // Baku–Astara: the INSTC and the gas route, both southwards, on either side.
        QCOMPARE(std::abs(line(u"line-instc"_qs).offsets.at(0)), 0.5);
        QCOMPARE(line(u"line-gas-route"_qs).offsets.at(0), -line(u"line-instc"_qs).offsets.at(0));
        // Astara–Rasht: the INSTC goes south, the railway north; they still take two sides.
        const double instc = line(u"line-instc"_qs).offsets.at(2);
        const double railway = line(u"line-rasht-astara"_qs).offsets.at(0);
        QCOMPARE(std::abs(instc), 0.5);
        QCOMPARE(instc, railway); // opposite directions: the same sign is the opposite side
        // The Araz shares no segment.
        for (const double o : line(u"line-araz"_qs).offsets)
            QCOMPARE(o, 0.0);
    }

    void lineAcrossTheDateline()
    {
        const MapFeatures features(*m_fiji);
        const MapFeatures::LineFeature &ferry = features.lines().first();
        QCOMPARE(ferry.id, u"line-ferry-east"_qs);
        // One piece about 2.5 degrees wide, not a line back across the world.
        QVERIFY(ferry.bounds.width() < 3.0 / 360);
        QVERIFY(ferry.bounds.right() > 1.0);
    }

    void home_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("useRegion");
        QTest::addColumn<double>("west");
        QTest::addColumn<double>("east"); // may exceed 180 across the meridian
        QTest::newRow("built-in, its region") << u"built-in"_qs << true << 43.5 << 52.0;
        QTest::newRow("fiji, its region across 180°") << u"fiji"_qs << true << 176.0 << 182.0;
        // Without a region: the box of the places and lines, the short way round the world.
        QTest::newRow("fiji without region") << u"fiji"_qs << false << 174.7756 << 181.01;
        QTest::newRow("built-in without region") << u"built-in"_qs << false << 41.2852 << 56.2768;
        // A single place: a box of MinimumSpan around it.
        QTest::newRow("minimal") << u"minimal"_qs << false << 19.25 << 21.25;
    }

    void home()
    {
        QFETCH(QString, file);
        QFETCH(bool, useRegion);
        QFETCH(double, west);
        QFETCH(double, east);
        Briefing b = *briefing(file);
        if (!useRegion)
            b.hasRegion = false;
        const MapFeatures features(b);
        QVERIFY(features.home());
        const QRectF home = *features.home();
        QVERIFY2(std::abs(home.left() * 360 - 180 - west) < 1e-6,
                 qPrintable(QString::number(home.left() * 360 - 180)));
        QVERIFY2(std::abs(home.right() * 360 - 180 - east) < 1e-6,
                 qPrintable(QString::number(home.right() * 360 - 180)));
        QVERIFY(home.height() > 0);
        QVERIFY(home.top() >= 0 && home.bottom() <= 1);
    }

    void noGeography()
    {
        Briefing b = *m_minimal;
        b.places.clear();
        b.lines.clear();
        b.hasRegion = false;
        const MapFeatures features(b);
        QVERIFY(features.isEmpty());
        QVERIFY(!features.home());
        QVERIFY(!features.extent());
        QVERIFY(!features.bounds({u"place-b"_qs}, 0.5));
        QCOMPARE(features.hitTest({0.5, 0.5}, 1000), QString());
    }

    void regionWithoutPlaces()
    {
        // A region alone is enough to open on.
        Briefing b = *m_minimal;
        b.places.clear();
        b.hasRegion = true;
        b.region = {57.9, 4.5, 71.2, 31.1}; // Norway
        const MapFeatures features(b);
        QVERIFY(features.home());
        QVERIFY(features.home()->contains(MapProjection::project({59.9139, 10.7522}))); // Oslo
    }

    void poles()
    {
        // Places at the poles clamp to the edge of the map instead of breaking it.
        Briefing b = *m_minimal;
        Place north = b.places.first();
        north.id = u"pole"_qs;
        north.position = {90, 0};
        Place svalbard = north;
        svalbard.id = u"svalbard"_qs;
        svalbard.position = {78.2232, 15.6267};
        b.places = {north, svalbard};
        b.hasRegion = false;
        const MapFeatures features(b);
        QCOMPARE(features.places().first().position.y(), 0.0);
        QVERIFY(features.home());
        QVERIFY(features.home()->top() >= 0);
        QCOMPARE(features.hitTest(QPointF(0.5, 0.0), 4000), u"pole"_qs);
    }

    void bounds_data()
    {
        QTest::addColumn<double>("reference");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("right");
        // Suva, Lomaloma and the ferry, seen from either side of the meridian.
        QTest::newRow("from the west") << 0.99 << (178.4419 + 180) / 360 << 1 + (180 - 178.99) / 360;
        QTest::newRow("from the east") << 0.01 << (178.4419 + 180) / 360 - 1 << (180 - 178.99) / 360;
    }

    void bounds()
    {
        QFETCH(double, reference);
        QFETCH(double, left);
        QFETCH(double, right);
        const MapFeatures features(*m_fiji);
        const std::optional<QRectF> box = features.bounds(
            m_fiji->entry(u"item-ferry"_qs)->places + m_fiji->entry(u"item-ferry"_qs)->lines,
            reference);
        QVERIFY(box);
        QVERIFY(std::abs(box->left() - left) < 1e-9);
        QVERIFY(std::abs(box->right() - right) < 1e-9);
        QVERIFY(!features.bounds({u"no-such-id"_qs}, reference));
    }
    // Areas: the pointer inside one is on it; a place or a line inside it wins; an area across
    // the 180° meridian is one piece, found from either side and on any copy of the world.
    void areaHitTest_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("copy");
        QTest::addColumn<QString>("expected");
        QTest::newRow("in the zone") << -8.0 << -63.0 << 0 << u"area-zone"_qs;
        QTest::newRow("near its edge") << -6.05 << -65.95 << 0 << u"area-zone"_qs;
        QTest::newRow("just outside") << -5.9 << -63.0 << 0 << QString();
        QTest::newRow("in the occupied strip") << -2.5 << -54.0 << 0 << u"area-occupied"_qs;
        QTest::newRow("islands west of 180°") << -18.0 << 179.5 << 0 << u"area-disputed"_qs;
        QTest::newRow("islands east of 180°") << -18.0 << -179.0 << 0 << u"area-disputed"_qs;
        QTest::newRow("islands, next copy") << -18.0 << -179.0 << 1 << u"area-disputed"_qs;
        QTest::newRow("on Rio, in no area") << -22.9068 << -43.1729 << 0 << u"place-rio"_qs;
    }

    void areaHitTest()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, copy);
        QFETCH(QString, expected);
        const MapFeatures features(*mapTourBriefing());
        QCOMPARE(features.hitTest(offset({lat, lon}, 4096, 0, 0, copy), 4096), expected);
    }

    void areasAcrossTheDateline()
    {
        const MapFeatures features(*mapTourBriefing());
        QCOMPARE(features.areas().size(), 4);
        const MapFeatures::AreaFeature &islands = features.areas().at(2);
        QCOMPARE(islands.id, u"area-disputed"_qs);
        QVERIFY(islands.bounds.width() < 4.0 / 360);
        QVERIFY(islands.bounds.right() > 1.0);
        QVERIFY(islands.rings.first().containsPoint(islands.labelPoint, Qt::OddEvenFill));
        // Its box, from either side.
        const std::optional<QRectF> box = features.bounds({u"area-disputed"_qs}, 0.01);
        QVERIFY(box && box->left() < 0 && box->right() > 0);
        // An entry that names an area shows it.
        QCOMPARE(MapFeatures::idsToShow(*mapTourBriefing(), u"item-amazon"_qs),
                 (QStringList{u"area-zone"_qs, u"place-brasilia"_qs}));
        QCOMPARE(MapFeatures::idsToShow(*mapTourBriefing(), u"area-zone"_qs),
                 QStringList{u"area-zone"_qs});
    }

    // The journey: a flight leg without a line along its great circle, a road leg straight
    // from its ends, a leg that follows a line drawn as that line, a flight line along its
    // great circles; the stops numbered in order.
    void journey()
    {
        const BriefingPtr tour = mapTourBriefing();
        const MapFeatures features(*tour);
        QHash<QString, MapFeatures::LineFeature> lines;
        for (const auto &line : features.lines())
            lines.insert(line.id, line);
        QCOMPARE(lines.size(), 4);
        QVERIFY(!lines.contains(u"it-home"_qs)); // follows its line

        const MapFeatures::LineFeature flight = lines.value(u"it-lima-rio"_qs);
        QVERIFY(flight.leg);
        QCOMPARE(flight.kind, MapLine::Kind::Flight);
        QVERIFY(flight.points.size() > 20);
        QCOMPARE(flight.offsets.size(), flight.points.size() - 1);
        QCOMPARE(flight.points.constFirst(), MapProjection::project(tour->place(u"place-lima-airport"_qs)->position));
        QCOMPARE(flight.points.constLast(), MapProjection::project(tour->place(u"place-rio"_qs)->position));

        const MapFeatures::LineFeature road = lines.value(u"it-rio-santos"_qs);
        QCOMPARE(road.kind, MapLine::Kind::Road);
        QCOMPARE(road.points.size(), 2);
        QVERIFY(road.approximate);
        QCOMPARE(lines.value(u"it-santos-rio"_qs).mode, ItineraryStep::Mode::Ship);

        const MapFeatures::LineFeature home = lines.value(u"line-flight-home"_qs);
        QVERIFY(!home.leg);
        QVERIFY(home.points.size() > 100);
        QCOMPARE(home.offsets.size(), home.points.size() - 1);

        // Selecting a leg shows its ends and itself; a leg is hit where it is drawn.
        QCOMPARE(MapFeatures::idsToShow(*tour, u"it-lima-rio"_qs),
                 (QStringList{u"place-lima-airport"_qs, u"place-rio"_qs, u"it-lima-rio"_qs}));
        QVERIFY(MapFeatures::isFeature(*tour, u"it-lima-rio"_qs));
        QVERIFY(!MapFeatures::isFeature(*tour, u"it-home"_qs));
        QVERIFY(!MapFeatures::isFeature(*tour, u"place-hotel"_qs));
        const QPointF middle = flight.points.at(flight.points.size() / 2);
        QCOMPARE(features.hitTest(middle, 4096), u"it-lima-rio"_qs);

        QHash<QString, QList<int>> stops;
        for (const auto &place : features.places())
            stops.insert(place.id, place.stops);
        QCOMPARE(stops.value(u"place-lima"_qs), QList<int>{1});
        QCOMPARE(stops.value(u"place-rio"_qs), QList<int>{2});
        QCOMPARE(stops.value(u"place-brasilia"_qs), QList<int>{3});
        QVERIFY(stops.value(u"place-santos"_qs).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestMapFeatures)
#include "tst_mapfeatures.moc"
