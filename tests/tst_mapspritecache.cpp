#include "map/mapspritecache.h"
#include "map/mapstyle.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTest>

// A name or a marker copied from the cache looks as it does drawn directly: the same pixels,
// give or take rounding in the blending.
class TestMapSpriteCache : public QObject
{
    Q_OBJECT

private:
    static QImage blank()
    {
        QImage image(QSize(240, 60), QImage::Format_ARGB32_Premultiplied);
        image.fill(QColor(0xc8, 0xdc, 0xeb)); // the sea
        return image;
    }

    // A name's font on the map.
    static QFont labelFont(bool bold)
    {
        QFont font = QGuiApplication::font();
        font.setPixelSize(13);
        font.setBold(bold);
        return font;
    }

    // The sea with what `draw` paints on it, with the painter set up as the map's is.
    template <typename Draw>
    static QImage painted(Draw draw)
    {
        QImage image = blank();
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setLayoutDirection(Qt::LayoutDirectionAuto);
        draw(p);
        p.end();
        return image;
    }

    // The largest difference of any channel of any pixel.
    static int difference(const QImage &a, const QImage &b)
    {
        int most = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y);
                const QRgb q = b.pixel(x, y);
                most = std::max({most, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                 std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
            }
        }
        return most;
    }

private Q_SLOTS:
    void label_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bold");
        QTest::addColumn<QColor>("color");
        QTest::newRow("Latin") << u"Nakhchivan (city)"_qs << false << QColor(0x22, 0x22, 0x22);
        QTest::newRow("Persian, bold") << u"باکو"_qs << true << QColor(0x22, 0x22, 0x22);
        QTest::newRow("dimmed") << u"Ordubad"_qs << false << QColor(0x22, 0x22, 0x22, 120);
    }

    void label()
    {
        QFETCH(QString, text);
        QFETCH(bool, bold);
        QFETCH(QColor, color);
        const QFont font = labelFont(bold);
        const QPointF baseline(20, 36);

        const QImage direct = painted([&](QPainter &p) {
            MapSpriteCache::paintLabel(p, baseline, text, font, color, 3.2);
        });
        MapSpriteCache cache;
        for (int frame = 0; frame < 2; ++frame) { // made, then copied
            const QImage copied = painted([&](QPainter &p) {
                cache.drawLabel(p, baseline, text, font, color, 3.2);
            });
            QVERIFY2(difference(direct, copied) <= 4, qPrintable(QString::number(frame)));
        }
        const MapSpriteCache::TextMetrics m = cache.metrics(font, text);
        QCOMPARE(m.width, QFontMetricsF(font).horizontalAdvance(text));
        QCOMPARE(m.height, QFontMetricsF(font).height());
    }

    void haloLooksLikeAStrokedOutline_data() { label_data(); }

    // On the screen the halo is the name drawn in white around its place (cheaper than
    // stroking the letters' outlines, which a page still gets); it must look like the stroke:
    // the same pixels covered, give or take the soft edge.
    void haloLooksLikeAStrokedOutline()
    {
        QFETCH(QString, text);
        QFETCH(bool, bold);
        QFETCH(QColor, color);
        const QFont font = labelFont(bold);
        const QPointF baseline(20, 36);
        const QImage drawn = painted([&](QPainter &p) {
            MapSpriteCache::paintLabel(p, baseline, text, font, color, 3.2);
        });
        const QImage stroked = painted([&](QPainter &p) {
            QPainterPath path;
            path.addText(baseline, font, text);
            p.strokePath(path, QPen(Qt::white, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setFont(font);
            p.setPen(color);
            p.drawText(baseline, text);
        });
        int changed = 0; // pixels the label touches at all
        int differing = 0;
        const QImage sea = blank();
        for (int y = 0; y < drawn.height(); ++y) {
            for (int x = 0; x < drawn.width(); ++x) {
                const auto gap = [x, y](const QImage &a, const QImage &b) {
                    const QRgb p = a.pixel(x, y);
                    const QRgb q = b.pixel(x, y);
                    return std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                     std::abs(qBlue(p) - qBlue(q))});
                };
                if (gap(stroked, sea) > 0)
                    ++changed;
                if (gap(drawn, stroked) > 48)
                    ++differing;
            }
        }
        QVERIFY(changed > 300);
        QVERIFY2(differing * 100 <= changed, qPrintable(u"%1 of %2"_qs.arg(differing).arg(changed)));
    }

    void marker_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("approximate");
        QTest::addColumn<QColor>("glow");
        QTest::addColumn<QPointF>("centre");
        QTest::newRow("capital") << int(Place::Kind::Capital) << false << QColor() << QPointF(30, 30);
        QTest::newRow("city, a quarter pixel off") << int(Place::Kind::City) << false << QColor() << QPointF(30.25, 29.75);
        QTest::newRow("approximate site") << int(Place::Kind::Site) << true << QColor() << QPointF(40.5, 30.5);
        QTest::newRow("port, highlighted") << int(Place::Kind::Port) << false << MapStyle::halo() << QPointF(50, 30);
    }

    void marker()
    {
        QFETCH(int, kind);
        QFETCH(bool, approximate);
        QFETCH(QColor, glow);
        QFETCH(QPointF, centre);
        const auto k = Place::Kind(kind);
        QImage direct = blank();
        {
            QPainter p(&direct);
            if (glow.isValid())
                MapStyle::drawMarkerHalo(p, centre, k, glow);
            MapStyle::drawMarker(p, centre, k, approximate);
        }
        MapSpriteCache cache;
        for (int frame = 0; frame < 2; ++frame) {
            QImage copied = blank();
            {
                QPainter p(&copied);
                cache.drawMarker(p, centre, k, approximate, glow);
            }
            QVERIFY2(difference(direct, copied) <= 4, qPrintable(QString::number(frame)));
        }
    }

    void scaledPainterDrawsDirectly()
    {
        // A painter that scales (a page, a print preview) gets the vectors, not a stretched image.
        QImage direct(QSize(480, 120), QImage::Format_ARGB32_Premultiplied);
        direct.fill(Qt::white);
        QImage viaCache = direct;
        QFont font = QGuiApplication::font();
        font.setPixelSize(13);
        {
            QPainter p(&direct);
            p.scale(2, 2);
            MapSpriteCache::paintLabel(p, {20, 36}, u"Tehran"_qs, font, Qt::black, 3.2);
        }
        {
            QPainter p(&viaCache);
            p.scale(2, 2);
            MapSpriteCache cache;
            cache.drawLabel(p, {20, 36}, u"Tehran"_qs, font, Qt::black, 3.2);
        }
        QCOMPARE(viaCache, direct);
    }
};

QTEST_MAIN(TestMapSpriteCache)
#include "tst_mapspritecache.moc"
