#include "map/mapprojection.h"

#include <QTest>

#include <cmath>

// Web Mercator on the unit square, row by row: where points land, that unproject() undoes
// project(), and how the 180° meridian and the poles are handled.
class TestMapProjection : public QObject
{
    Q_OBJECT

private:
    static bool near(double a, double b, double epsilon = 1e-9) { return std::abs(a - b) <= epsilon; }

private Q_SLOTS:
    void project_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        const double max = MapProjection::MaxLatitude;
        QTest::newRow("origin") << 0.0 << 0.0 << 0.5 << 0.5;
        QTest::newRow("180° W") << 0.0 << -180.0 << 0.0 << 0.5;
        QTest::newRow("180° E") << 0.0 << 180.0 << 1.0 << 0.5;
        QTest::newRow("90° E") << 0.0 << 90.0 << 0.75 << 0.5;
        QTest::newRow("top edge") << max << 0.0 << 0.5 << 0.0;
        QTest::newRow("bottom edge") << -max << 0.0 << 0.5 << 1.0;
        QTest::newRow("north pole clamps") << 90.0 << 0.0 << 0.5 << 0.0;
        QTest::newRow("south pole clamps") << -90.0 << 10.0 << 190.0 / 360.0 << 1.0;
        QTest::newRow("Svalbard clamps") << 89.99 << 15.6 << 195.6 / 360.0 << 0.0;
        // y = 1/2 - ln(tan(pi/4 + lat/2)) / 2pi
        QTest::newRow("45° N") << 45.0 << 0.0 << 0.5
                               << 0.5 - std::log(std::tan(M_PI / 4 + M_PI / 8)) / (2 * M_PI);
        QTest::newRow("45° S mirrors") << -45.0 << 0.0 << 0.5
                                       << 0.5 + std::log(std::tan(M_PI / 4 + M_PI / 8)) / (2 * M_PI);
    }

    void project()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, x);
        QFETCH(double, y);
        const QPointF p = MapProjection::project({lat, lon});
        QVERIFY2(near(p.x(), x), qPrintable(QString::number(p.x(), 'g', 17)));
        QVERIFY2(near(p.y(), y), qPrintable(QString::number(p.y(), 'g', 17)));
    }

    void roundTrip_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("expectedLon"); // the longitude comes back in [-180, 180)
        QTest::newRow("Baku") << 40.3777 << 49.892 << 49.892;
        QTest::newRow("Tehran") << 35.6961 << 51.4231 << 51.4231;
        QTest::newRow("Nakhchivan") << 39.2161 << 45.4106 << 45.4106;
        QTest::newRow("Suva") << -18.1416 << 178.4419 << 178.4419;
        QTest::newRow("Lomaloma, west of 180°") << -17.29 << -178.99 << -178.99;
        QTest::newRow("Qamea, just past 180°") << -16.77 << -179.9 << -179.9;
        QTest::newRow("Oslo") << 59.9139 << 10.7522 << 10.7522;
        QTest::newRow("Nordkapp") << 71.1725 << 25.7833 << 25.7833;
        QTest::newRow("Longyearbyen") << 78.2232 << 15.6267 << 15.6267;
        QTest::newRow("Wellington") << -41.2866 << 174.7756 << 174.7756;
        QTest::newRow("equator, 180° W") << 0.0 << -180.0 << -180.0;
        QTest::newRow("equator, 180° E wraps") << 0.0 << 180.0 << -180.0;
        QTest::newRow("top edge") << MapProjection::MaxLatitude << 0.0 << 0.0;
    }

    void roundTrip()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, expectedLon);
        const GeoPoint back = MapProjection::unproject(MapProjection::project({lat, lon}));
        QVERIFY2(near(back.lat, lat, 1e-9), qPrintable(QString::number(back.lat, 'g', 17)));
        QVERIFY2(near(back.lon, expectedLon, 1e-9), qPrintable(QString::number(back.lon, 'g', 17)));
    }

    void unprojectClampsAndWraps_data()
    {
        QTest::addColumn<QPointF>("world");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::newRow("above the square") << QPointF(0.5, -0.25) << MapProjection::MaxLatitude << 0.0;
        QTest::newRow("below the square") << QPointF(0.5, 1.25) << -MapProjection::MaxLatitude << 0.0;
        QTest::newRow("next copy east") << QPointF(1.25, 0.5) << 0.0 << -90.0;
        QTest::newRow("copy west") << QPointF(-0.25, 0.5) << 0.0 << 90.0;
        QTest::newRow("two copies east") << QPointF(2.5, 0.5) << 0.0 << 0.0;
    }

    void unprojectClampsAndWraps()
    {
        QFETCH(QPointF, world);
        QFETCH(double, lat);
        QFETCH(double, lon);
        const GeoPoint p = MapProjection::unproject(world);
        QVERIFY(near(p.lat, lat, 1e-9));
        QVERIFY(near(p.lon, lon, 1e-9));
    }

    void wrapLongitude_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("wrapped");
        QTest::newRow("0") << 0.0 << 0.0;
        QTest::newRow("179.5") << 179.5 << 179.5;
        QTest::newRow("180") << 180.0 << -180.0;
        QTest::newRow("-180") << -180.0 << -180.0;
        QTest::newRow("190") << 190.0 << -170.0;
        QTest::newRow("-190") << -190.0 << 170.0;
        QTest::newRow("540") << 540.0 << -180.0;
        QTest::newRow("-721") << -721.0 << -1.0;
    }

    void wrapLongitude()
    {
        QFETCH(double, lon);
        QFETCH(double, wrapped);
        QVERIFY(near(MapProjection::wrapLongitude(lon), wrapped));
    }

    void projectBox_data()
    {
        QTest::addColumn<double>("south");
        QTest::addColumn<double>("west");
        QTest::addColumn<double>("north");
        QTest::addColumn<double>("east");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("right");
        QTest::newRow("South Caucasus") << 35.0 << 43.5 << 42.0 << 52.0
                                        << (43.5 + 180) / 360 << (52.0 + 180) / 360;
        QTest::newRow("Fiji, across 180°") << -21.0 << 176.0 << -15.0 << -178.0
                                           << (176.0 + 180) / 360 << 1 + 2.0 / 360;
        QTest::newRow("Norway") << 57.9 << 4.5 << 71.2 << 31.1
                                << (4.5 + 180) / 360 << (31.1 + 180) / 360;
        QTest::newRow("the whole world") << -90.0 << -180.0 << 90.0 << 180.0 << 0.0 << 1.0;
        QTest::newRow("a point") << 10.0 << 20.0 << 10.0 << 20.0 << 200.0 / 360 << 200.0 / 360;
    }

    void projectBox()
    {
        QFETCH(double, south);
        QFETCH(double, west);
        QFETCH(double, north);
        QFETCH(double, east);
        QFETCH(double, left);
        QFETCH(double, right);
        const QRectF box = MapProjection::projectBox({south, west, north, east});
        QVERIFY(near(box.left(), left));
        QVERIFY(near(box.right(), right));
        QVERIFY(box.width() >= 0);
        QVERIFY(box.height() >= 0);
        QVERIFY(near(box.top(), MapProjection::project({north, west}).y()));
        QVERIFY(near(box.bottom(), MapProjection::project({south, west}).y()));
    }

    void nearestCopy_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("reference");
        QTest::addColumn<double>("copy");
        QTest::newRow("same copy") << 0.3 << 0.4 << 0.3;
        QTest::newRow("east edge seen from the west") << 0.99 << 0.01 << -0.01;
        QTest::newRow("west edge seen from the east") << 0.01 << 0.99 << 1.01;
        QTest::newRow("far copy") << 0.25 << 3.2 << 3.25;
    }

    void nearestCopy()
    {
        QFETCH(double, x);
        QFETCH(double, reference);
        QFETCH(double, copy);
        QVERIFY(near(MapProjection::nearestCopy(x, reference), copy));
    }

    void lineAcrossTheDateline()
    {
        // The Suva–Lomaloma ferry of the Fiji test briefing crosses 180° between its third and
        // fourth point: it goes on east past x = 1 rather than back across the world.
        const QList<GeoPoint> points{{-18.1416, 178.4419}, {-17.68, 178.83}, {-17.55, 179.6},
                                     {-17.4, -179.7}, {-17.29, -178.99}};
        const QList<QPointF> line = MapProjection::projectLine(points);
        QCOMPARE(line.size(), points.size());
        for (qsizetype i = 1; i < line.size(); ++i) {
            QVERIFY(line.at(i).x() > line.at(i - 1).x());
            QVERIFY(line.at(i).x() - line.at(i - 1).x() < 0.01);
        }
        QVERIFY(line.last().x() > 1.0);
        QVERIFY(near(line.last().x(), 1 + (180 - 178.99) / 360, 1e-12));

        // A line west across the meridian goes below 0.
        const QList<QPointF> west = MapProjection::projectLine({{0, -179.5}, {0, 179.5}});
        QVERIFY(west.at(1).x() < 0);
    }

    void metresPerUnit_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("metres");
        QTest::newRow("equator") << 0.0 << 40075016.68557849;
        QTest::newRow("60°") << 60.0 << 40075016.68557849 / 2;
        QTest::newRow("pole clamps") << 90.0
                                     << 40075016.68557849 * std::cos(MapProjection::MaxLatitude * M_PI / 180);
    }

    void metresPerUnit()
    {
        QFETCH(double, lat);
        QFETCH(double, metres);
        QVERIFY(near(MapProjection::metresPerUnit(lat), metres, 1e-3));
    }
};

QTEST_APPLESS_MAIN(TestMapProjection)
#include "tst_mapprojection.moc"
