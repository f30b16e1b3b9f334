#include "map/mappainter.h"
#include "map/mapprojection.h"
#include "map/mapstyle.h"
#include "map/mapviewport.h"
#include "map/worldmap.h"
#include "maptour.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

// What the map paints of a tour: every host country in the host's colour, the areas by their
// kind, the stops ringed and numbered, and nothing of the places without a position.
class TestMapPainter : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const WorldMap> m_world;

    struct Painted
    {
        QImage image;
        MapViewport view;
        QList<MapPainter::DrawnLabel> drawn;
    };

    Painted paint(const BriefingPtr &briefing, const QRectF &box, const QString &language = u"en"_qs)
    {
        MapPainter painter;
        painter.setWorld(m_world);
        QFont font = QGuiApplication::font();
        font.setPixelSize(13);
        painter.setFont(font, Qt::black);
        painter.setBriefing(briefing, language);
        Painted p;
        p.view = MapViewport::fitting(box, QSizeF(900, 700), 1.0, MapFeatures::MinimumSpan);
        p.image = QImage(900, 700, QImage::Format_RGB32);
        QPainter target(&p.image);
        painter.paint(target, p.view, &p.drawn);
        return p;
    }

    // The share of the pixels around a point that have this colour.
    static double share(const Painted &p, const GeoPoint &point, const QColor &color, int radius = 4)
    {
        const QPoint centre = p.view.toScreen(point).toPoint();
        int same = 0;
        int all = 0;
        for (int y = centre.y() - radius; y <= centre.y() + radius; ++y) {
            for (int x = centre.x() - radius; x <= centre.x() + radius; ++x) {
                ++all;
                same += QColor(p.image.pixel(x, y)).name() == color.name();
            }
        }
        return double(same) / all;
    }

    static QRectF southAmerica()
    {
        return MapProjection::projectBox({-35, -82, 8, -34});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = WorldMap::builtIn();
        QVERIFY(m_world);
    }

    // Peru and Brazil both wear the host's colour; a v1 briefing's single host still does.
    void everyHostIsColoured()
    {
        const BriefingPtr tour = mapTourBriefing();
        const Painted p = paint(tour, southAmerica());
        const GeoPoint peru{-9.2, -74.6};
        const GeoPoint brazil{-13.0, -41.5};
        const GeoPoint bolivia{-17.0, -64.5};
        QVERIFY2(share(p, peru, MapStyle::landHost()) > 0.8, "Peru");
        QVERIFY2(share(p, brazil, MapStyle::landHost()) > 0.8, "Brazil");
        QCOMPARE(share(p, bolivia, MapStyle::landHost()), 0.0);

        Briefing v1 = *tour;
        v1.visit.hostCountries.clear();
        const Painted one = paint(std::make_shared<const Briefing>(v1), southAmerica());
        QVERIFY(share(one, peru, MapStyle::landHost()) > 0.8);
        QCOMPARE(share(one, brazil, MapStyle::landHost()), 0.0);
        QCOMPARE(MapPainter::hostCountries(v1), QStringList{u"per"_qs});
    }

    // Each area's inside carries its kind's look: the zone tinted, the occupied strip hatched
    // in red; outside them the land keeps its colour.
    void areasAreDrawnByKind()
    {
        const BriefingPtr tour = mapTourBriefing();
        const Painted p = paint(tour, southAmerica());
        const QColor host = MapStyle::landHost();
        QVERIFY(share(p, {-8.5, -63.0}, host) < 0.1); // the zone, in Brazil
        QVERIFY(share(p, {-13.0, -41.5}, host) > 0.8);
        // The zone's inside is tinted towards its teal.
        const QColor zone = QColor(p.image.pixel(p.view.toScreen(GeoPoint{-8.5, -63.0}).toPoint()));
        QVERIFY2(zone.green() > zone.red(), qPrintable(zone.name()));
        // The occupied strip: red hatching, some pixels far redder than the host's yellow.
        int red = 0;
        const QPoint c = p.view.toScreen(GeoPoint{-2.5, -54.0}).toPoint();
        for (int y = c.y() - 6; y <= c.y() + 6; ++y) {
            for (int x = c.x() - 6; x <= c.x() + 6; ++x) {
                const QColor px(p.image.pixel(x, y));
                red += px.red() > px.green() + 60;
            }
        }
        QVERIFY2(red > 10, qPrintable(QString::number(red)));
        // Its name is on the map.
        QVERIFY(std::any_of(p.drawn.cbegin(), p.drawn.cend(),
                            [](const auto &d) { return d.id == u"area-zone"_qs; }));
    }

    // The stops are ringed in the journey's colour and numbered, in the language's digits.
    void stopsAreRingedAndNumbered()
    {
        const BriefingPtr tour = mapTourBriefing();
        const Painted p = paint(tour, southAmerica());
        const auto journeyPixels = [&p](const GeoPoint &at) {
            const QPoint c = p.view.toScreen(at).toPoint();
            int n = 0;
            for (int y = c.y() - 16; y <= c.y() + 16; ++y) {
                for (int x = c.x() - 16; x <= c.x() + 16; ++x)
                    n += QColor(p.image.pixel(x, y)).name() == MapStyle::journey().name();
            }
            return n;
        };
        QVERIFY(journeyPixels(tour->place(u"place-brasilia"_qs)->position) > 20);
        // The ring: on the marker's left, where no number goes.
        const QPoint lima = p.view.toScreen(tour->place(u"place-lima"_qs)->position).toPoint();
        const int ring = int(MapStyle::markerRadius(Place::Kind::Capital) + 3.2);
        int left = 0;
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                const QColor c(p.image.pixel(lima.x() - ring + dx, lima.y() + dy));
                left += c.blue() > c.red() + 40;
            }
        }
        QVERIFY2(left >= 3, qPrintable(QString::number(left)));
        QVERIFY(journeyPixels(tour->place(u"place-rio"_qs)->position) > 20);
        QCOMPARE(journeyPixels(tour->place(u"place-santos"_qs)->position), 0);
        QCOMPARE(MapPainter::stopNumbers({1}, u"en"_qs), u"1"_qs);
        QCOMPARE(MapPainter::stopNumbers({2, 5}, u"fa"_qs), u"۲·۵"_qs);
    }

    // A place without a position is never drawn: not at 0° 0°, where its empty position is.
    void placesWithoutPositionAreNotDrawn()
    {
        const BriefingPtr tour = mapTourBriefing();
        const MapFeatures features(*tour);
        QCOMPARE(features.unplaced(), 2);
        for (const auto &place : features.places()) {
            QVERIFY(place.id != u"place-hotel"_qs);
            QVERIFY(place.id != u"place-venue"_qs);
        }
        QVERIFY(features.hitTest(MapProjection::project({0, 0}), 4096).isEmpty());
        // The region the map opens on is the positioned places', areas' and lines' alone.
        QVERIFY(features.home()->contains(MapProjection::project({-12.0, -77.0})));
        const Painted p = paint(tour, MapProjection::projectBox({-5, -5, 5, 5}));
        QVERIFY(!std::any_of(p.drawn.cbegin(), p.drawn.cend(), [](const auto &d) {
            return d.id == u"place-hotel"_qs || d.id == u"place-venue"_qs;
        }));
        // No marker at 0° 0°.
        QCOMPARE(share(p, {0, 0}, MapStyle::markerColor(Place::Kind::Landmark), 8), 0.0);
        QCOMPARE(share(p, {0, 0}, MapStyle::markerColor(Place::Kind::Site), 8), 0.0);
    }
};

QTEST_MAIN(TestMapPainter)
#include "tst_mappainter.moc"
