#include "map/mapprojection.h"
#include "map/mapviewport.h"

#include <QTest>

#include <cmath>

// The map's view, row by row: world units to pixels and back, fitting a box, the limits of
// zoom and pan, and the copies of the world a view meets.
class TestMapViewport : public QObject
{
    Q_OBJECT

private:
    static bool near(const QPointF &a, const QPointF &b, double epsilon = 1e-9)
    {
        return std::abs(a.x() - b.x()) <= epsilon && std::abs(a.y() - b.y()) <= epsilon;
    }

private Q_SLOTS:
    void toScreen_data()
    {
        QTest::addColumn<QPointF>("centre");
        QTest::addColumn<double>("worldWidth");
        QTest::addColumn<QPointF>("world");
        QTest::addColumn<QPointF>("pixel");
        const QPointF mid(400, 300); // the middle of an 800 x 600 view
        QTest::newRow("the centre") << QPointF(0.5, 0.5) << 1000.0 << QPointF(0.5, 0.5) << mid;
        QTest::newRow("east of it") << QPointF(0.5, 0.5) << 1000.0 << QPointF(0.6, 0.5) << mid + QPointF(100, 0);
        QTest::newRow("south of it") << QPointF(0.5, 0.5) << 1000.0 << QPointF(0.5, 0.55) << mid + QPointF(0, 50);
        QTest::newRow("zoomed in") << QPointF(0.64, 0.38) << 40000.0 << QPointF(0.645, 0.37) << mid + QPointF(200, -400);
        QTest::newRow("past 180°") << QPointF(0.997, 0.55) << 60000.0 << QPointF(1.002, 0.55) << mid + QPointF(300, 0);
    }

    void toScreen()
    {
        QFETCH(QPointF, centre);
        QFETCH(double, worldWidth);
        QFETCH(QPointF, world);
        QFETCH(QPointF, pixel);
        const MapViewport view(centre, worldWidth, QSizeF(800, 600));
        QVERIFY(near(view.toScreen(world), pixel, 1e-6));
        QVERIFY(near(view.toWorld(pixel), world, 1e-12));
        // The transform for a copy of the world agrees.
        QVERIFY(near(view.worldToScreen(1).map(world - QPointF(1, 0)), pixel, 1e-6));
        QVERIFY(near(view.worldToScreen(0).map(world), pixel, 1e-6));
    }

    void geographicPointsTakeTheNearestCopy()
    {
        // Seen from just east of 180°, a point at 179° E is drawn west of the view's centre,
        // not a world away.
        const MapViewport view(MapProjection::project({-17.5, -179.5}), 60000, QSizeF(800, 600));
        QVERIFY(view.toScreen(GeoPoint{-17.5, 179.0}).x() < 400);
        QVERIFY(view.toScreen(GeoPoint{-17.5, 179.0}).x() > 0);
        QVERIFY(view.toScreen(GeoPoint{-17.5, -179.0}).x() > 400);
    }

    void fitting_data()
    {
        QTest::addColumn<QRectF>("box");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<double>("worldWidth");
        const QRectF caucasus = MapProjection::projectBox({35, 43.5, 42, 52});
        QTest::newRow("wider than tall") << QRectF(0.1, 0.2, 0.2, 0.05) << QSizeF(800, 600) << 800 / 0.2 * 0.9;
        QTest::newRow("taller than wide") << QRectF(0.1, 0.2, 0.05, 0.2) << QSizeF(800, 600) << 600 / 0.2 * 0.9;
        QTest::newRow("South Caucasus") << caucasus << QSizeF(880, 640)
                                        << std::min(880 / caucasus.width(), 640 / caucasus.height()) * 0.9;
        QTest::newRow("a point keeps the minimum span") << QRectF(0.3, 0.4, 0, 0) << QSizeF(800, 600) << 600 / 0.01 * 0.9;
    }

    void fitting()
    {
        QFETCH(QRectF, box);
        QFETCH(QSizeF, size);
        QFETCH(double, worldWidth);
        const MapViewport view = MapViewport::fitting(box, size, 0.9, 0.01);
        QVERIFY(std::abs(view.worldWidth() - worldWidth) < 1e-6);
        QVERIFY(near(view.centre(), box.center()));
        QVERIFY(view.viewRect().contains(box.topLeft()));
        QVERIFY(view.viewRect().contains(box.bottomRight()));
    }

    void clamped_data()
    {
        QTest::addColumn<QPointF>("centre");
        QTest::addColumn<double>("worldWidth");
        QTest::addColumn<QPointF>("expectedCentre");
        QTest::addColumn<double>("expectedWidth");
        // An 800 x 600 view, zoom limits 256 .. 100000.
        QTest::newRow("within bounds") << QPointF(0.3, 0.4) << 4000.0 << QPointF(0.3, 0.4) << 4000.0;
        QTest::newRow("too far in") << QPointF(0.3, 0.4) << 1e9 << QPointF(0.3, 0.4) << 100000.0;
        // Out to the world as tall as 90 % of the view, no further.
        QTest::newRow("too far out") << QPointF(0.3, 0.5) << 10.0 << QPointF(0.3, 0.5) << 540.0;
        QTest::newRow("x wraps east") << QPointF(1.25, 0.4) << 4000.0 << QPointF(0.25, 0.4) << 4000.0;
        QTest::newRow("x wraps west") << QPointF(-0.25, 0.4) << 4000.0 << QPointF(0.75, 0.4) << 4000.0;
        // The view stops at the top and bottom of the map.
        QTest::newRow("past the north") << QPointF(0.5, 0.01) << 2000.0 << QPointF(0.5, 0.15) << 2000.0;
        QTest::newRow("past the south") << QPointF(0.5, 0.99) << 2000.0 << QPointF(0.5, 0.85) << 2000.0;
        QTest::newRow("the whole world is less tall than the view") << QPointF(0.5, 0.2) << 580.0 << QPointF(0.5, 0.5) << 580.0;
    }

    void clamped()
    {
        QFETCH(QPointF, centre);
        QFETCH(double, worldWidth);
        QFETCH(QPointF, expectedCentre);
        QFETCH(double, expectedWidth);
        const MapViewport view = MapViewport(centre, worldWidth, QSizeF(800, 600)).clamped(256, 100000);
        QVERIFY2(near(view.centre(), expectedCentre),
                 qPrintable(QStringLiteral("%1, %2").arg(view.centre().x()).arg(view.centre().y())));
        QCOMPARE(view.worldWidth(), expectedWidth);
    }

    void copies_data()
    {
        QTest::addColumn<QPointF>("centre");
        QTest::addColumn<double>("worldWidth");
        QTest::addColumn<QList<int>>("copies");
        QTest::newRow("inside one copy") << QPointF(0.6, 0.4) << 40000.0 << QList<int>{-1, 0};
        QTest::newRow("across 180°") << QPointF(0.999, 0.55) << 60000.0 << QList<int>{-1, 0, 1};
        // 800 / 300 = 2.67 worlds across, from x = -0.83 to 1.83.
        QTest::newRow("the world three times") << QPointF(0.5, 0.5) << 300.0 << QList<int>{-2, -1, 0, 1};
    }

    void copies()
    {
        QFETCH(QPointF, centre);
        QFETCH(double, worldWidth);
        QFETCH(QList<int>, copies);
        QCOMPARE(MapViewport(centre, worldWidth, QSizeF(800, 600)).copies(), copies);
    }

    void metresPerPixel_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("metres");
        QTest::newRow("equator") << 0.0 << 1.0;
        QTest::newRow("60° N") << 60.0 << 0.5;
        QTest::newRow("Baku") << 40.3777 << std::cos(40.3777 * M_PI / 180);
    }

    void metresPerPixel()
    {
        QFETCH(double, lat);
        QFETCH(double, metres);
        const double worldWidth = 2 * M_PI * MapProjection::EarthRadius; // a metre a pixel at 0°
        const MapViewport view(MapProjection::project({lat, 0}), worldWidth, QSizeF(800, 600));
        QVERIFY2(std::abs(view.metresPerPixel() - metres) < 1e-6,
                 qPrintable(QString::number(view.metresPerPixel())));
    }
};

QTEST_APPLESS_MAIN(TestMapViewport)
#include "tst_mapviewport.moc"
