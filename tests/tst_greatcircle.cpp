#include "map/greatcircle.h"
#include "map/mapprojection.h"

#include <QTest>
#include <QtMath>

#include <array>
#include <cmath>

// A flight drawn as it is flown: every point of its arc on the great circle through its ends,
// the arc as long as the shortest way, bulging towards the pole, and one piece across the 180°
// meridian.
class TestGreatCircle : public QObject
{
    Q_OBJECT

private:
    using Vector = std::array<double, 3>;

    // Computed here apart from the class under test.
    static Vector unit(const GeoPoint &p)
    {
        const double lat = qDegreesToRadians(p.lat);
        const double lon = qDegreesToRadians(p.lon);
        return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
    }
    static Vector cross(const Vector &a, const Vector &b)
    {
        return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
    static double dot(const Vector &a, const Vector &b)
    {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
    // How far, in metres, `p` lies from the plane of the great circle through `a` and `b`.
    static double crossTrack(const GeoPoint &p, const GeoPoint &a, const GeoPoint &b)
    {
        Vector n = cross(unit(a), unit(b));
        const double length = std::sqrt(dot(n, n));
        for (double &c : n)
            c /= length;
        return std::abs(std::asin(dot(n, unit(p)))) * GreatCircle::EarthRadius;
    }

private Q_SLOTS:
    void flights_data()
    {
        QTest::addColumn<double>("fromLat");
        QTest::addColumn<double>("fromLon");
        QTest::addColumn<double>("toLat");
        QTest::addColumn<double>("toLon");
        QTest::addColumn<double>("kilometres"); // the great-circle distance, published figures
        QTest::newRow("Lima to Rio de Janeiro") << -12.0219 << -77.1143 << -22.8100 << -43.2506 << 3800.0;
        QTest::newRow("Frankfurt to New York") << 50.0379 << 8.5622 << 40.6413 << -73.7781 << 6200.0;
        QTest::newRow("Tokyo to San Francisco") << 35.7720 << 140.3929 << 37.6213 << -122.3790 << 8200.0;
        QTest::newRow("Baku to Tehran") << 40.4675 << 50.0467 << 35.4161 << 51.1522 << 570.0;
    }

    // Every point of the arc on the circle; the arc as long as the haversine distance.
    void flights()
    {
        QFETCH(double, fromLat);
        QFETCH(double, fromLon);
        QFETCH(double, toLat);
        QFETCH(double, toLon);
        QFETCH(double, kilometres);
        const GeoPoint from{fromLat, fromLon};
        const GeoPoint to{toLat, toLon};
        const QList<GeoPoint> arc = GreatCircle::arc(from, to);
        QVERIFY(arc.size() > 8);
        QCOMPARE(arc.constFirst(), from);
        QCOMPARE(arc.constLast(), to);
        double length = 0;
        for (qsizetype i = 0; i < arc.size(); ++i) {
            QVERIFY2(crossTrack(arc.at(i), from, to) < 0.01, qPrintable(QString::number(i)));
            if (i > 0) {
                const double step = GreatCircle::distance(arc.at(i - 1), arc.at(i));
                QVERIFY(step <= qDegreesToRadians(GreatCircle::MaxStep) * GreatCircle::EarthRadius * 1.0001);
                length += step;
            }
        }
        const double direct = GreatCircle::distance(from, to);
        QVERIFY2(std::abs(length - direct) < 1.0, qPrintable(QString::number(length - direct)));
        // Within 2 % of the published figure: the formula is the right one.
        QVERIFY2(std::abs(direct / 1000 - kilometres) < kilometres * 0.02,
                 qPrintable(QString::number(direct / 1000)));
    }

    // The shortest way from Frankfurt to New York runs north of both, over the Atlantic
    // towards Greenland, not along a parallel.
    void bulgesTowardsThePole()
    {
        const GeoPoint frankfurt{50.0379, 8.5622};
        const GeoPoint newYork{40.6413, -73.7781};
        const QList<GeoPoint> arc = GreatCircle::arc(frankfurt, newYork);
        const GeoPoint middle = arc.at(arc.size() / 2);
        QVERIFY2(middle.lat > frankfurt.lat + 3, qPrintable(QString::number(middle.lat)));
        QVERIFY(middle.lat > newYork.lat);
        // And in the south the bulge is towards the South Pole.
        const QList<GeoPoint> south = GreatCircle::arc({-33.94, 18.60}, {-34.82, -58.54});
        QVERIFY(south.at(south.size() / 2).lat < -40);
    }

    // Tokyo to San Francisco crosses the 180° meridian: drawn as one piece past the edge of
    // the world, never a segment back across the whole map.
    void crossesTheDatelineInOnePiece()
    {
        const QList<GeoPoint> arc = GreatCircle::arc({35.7720, 140.3929}, {37.6213, -122.3790});
        bool crossed = false;
        for (qsizetype i = 1; i < arc.size(); ++i)
            crossed = crossed || std::abs(arc.at(i).lon - arc.at(i - 1).lon) > 180;
        QVERIFY(crossed);
        const QList<QPointF> projected = MapProjection::projectLine(arc);
        for (qsizetype i = 1; i < projected.size(); ++i) {
            QVERIFY2(std::abs(projected.at(i).x() - projected.at(i - 1).x()) < 0.01,
                     qPrintable(QString::number(i)));
        }
        QVERIFY(projected.constFirst().x() < 1);
        QVERIFY(projected.constLast().x() > 1); // continues east past the edge
        // Over the North Pacific, north of both ends.
        double north = -90;
        for (const GeoPoint &p : arc)
            north = std::max(north, p.lat);
        QVERIFY(north > 45);
    }

    void path()
    {
        QCOMPARE(GreatCircle::path({}).size(), 0);
        QCOMPARE(GreatCircle::path({{1, 2}}).size(), 1);
        const QList<GeoPoint> points{{0, 0}, {0, 10}, {10, 10}};
        const QList<GeoPoint> joined = GreatCircle::path(points);
        QCOMPARE(joined.size(), 20 + 20 + 1);
        QCOMPARE(joined.at(20), (GeoPoint{0, 10}));
        // The same point twice, and antipodes, give their ends.
        QCOMPARE(GreatCircle::arc({5, 5}, {5, 5}).size(), 2);
        QCOMPARE(GreatCircle::arc({0, 0}, {0, 180}).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestGreatCircle)
#include "tst_greatcircle.moc"
