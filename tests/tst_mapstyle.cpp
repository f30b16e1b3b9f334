#include "map/mapstyle.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTest>

// A line cut to the view (MapStyle::clip) is drawn as the whole line would be: the same
// pixels in view, dashes in the same places.
class TestMapStyle : public QObject
{
    Q_OBJECT

private:
    // How many pixels differ by more than rounding.
    static int difference(const QImage &a, const QImage &b)
    {
        int count = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y);
                const QRgb q = b.pixel(x, y);
                const int most = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                           std::abs(qBlue(p) - qBlue(q))});
                if (most > 8)
                    ++count;
            }
        }
        return count;
    }

private Q_SLOTS:
    void clip_data()
    {
        QTest::addColumn<QPolygonF>("line");
        QTest::addColumn<int>("pieces");
        QTest::addColumn<QList<qreal>>("starts");
        QTest::newRow("inside") << QPolygonF{{10, 10}, {50, 50}, {90, 10}} << 1 << QList<qreal>{0};
        QTest::newRow("outside") << QPolygonF{{-50, -50}, {-10, 200}} << 0 << QList<qreal>{};
        QTest::newRow("through") << QPolygonF{{-100, 50}, {200, 50}} << 1 << QList<qreal>{100};
        QTest::newRow("out and back") << QPolygonF{{50, 50}, {300, 50}, {300, 60}, {50, 60}}
                                      << 2 << QList<qreal>{0, 50 + 200 + 10 + 200};
        QTest::newRow("a single point") << QPolygonF{{50, 50}} << 1 << QList<qreal>{0};
    }

    void clip()
    {
        QFETCH(QPolygonF, line);
        QFETCH(int, pieces);
        QFETCH(QList<qreal>, starts);
        const QList<MapStyle::LinePiece> cut = MapStyle::clip(line, QRectF(0, 0, 100, 100));
        QCOMPARE(cut.size(), pieces);
        for (int i = 0; i < cut.size(); ++i) {
            QCOMPARE(cut.at(i).start, starts.at(i));
            for (const QPointF &p : cut.at(i).points)
                QVERIFY(QRectF(0, 0, 100, 100).adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(p));
        }
    }

    void clipRing_data()
    {
        QTest::addColumn<QPolygonF>("ring");
        QTest::addColumn<qreal>("area");
        QTest::newRow("inside") << QPolygonF{{10, 10}, {90, 10}, {90, 90}, {10, 10}} << 3200.0;
        QTest::newRow("outside") << QPolygonF{{-50, -50}, {-10, -50}, {-10, -10}} << 0.0;
        QTest::newRow("over a corner") << QPolygonF{{50, 50}, {150, 50}, {150, 150}, {50, 150}}
                                       << 2500.0;
        QTest::newRow("around it") << QPolygonF{{-10, -10}, {110, -10}, {110, 110}, {-10, 110}}
                                   << 10000.0;
        // A U whose arms leave the rectangle and whose bottom lies outside it.
        QTest::newRow("a U through it")
            << QPolygonF{{10, -20}, {30, -20}, {30, 150}, {70, 150}, {70, -20}, {90, -20},
                         {90, 170}, {10, 170}}
            << 2.0 * 20 * 100;
    }

    void clipRing()
    {
        QFETCH(QPolygonF, ring);
        QFETCH(qreal, area);
        const QRectF rect(0, 0, 100, 100);
        const QPolygonF cut = MapStyle::clipRing(ring, rect);
        qreal twice = 0; // the shoelace formula
        for (qsizetype i = 0; i + 1 < cut.size(); ++i)
            twice += cut.at(i).x() * cut.at(i + 1).y() - cut.at(i + 1).x() * cut.at(i).y();
        QCOMPARE(std::abs(twice) / 2, area);
        QCOMPARE(cut.isEmpty(), area == 0);
        for (const QPointF &p : cut)
            QVERIFY(rect.contains(p));
    }

    // A country with a lake, cut ring by ring to a box a little larger than the view, fills
    // the view as the whole shape does.
    void cutShapeLooksWhole()
    {
        const QPolygonF outer{{-300, 40}, {120, -200}, {500, 60}, {260, 400}, {-40, 300}};
        const QPolygonF lake{{100, 60}, {220, 80}, {160, 170}};
        const QRectF view(0, 0, 300, 200);
        const QRectF box = view.adjusted(-4, -4, 4, 4);
        QPainterPath whole;
        whole.setFillRule(Qt::OddEvenFill);
        whole.addPolygon(outer);
        whole.addPolygon(lake);
        QPainterPath cut;
        cut.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : {outer, lake})
            cut.addPolygon(MapStyle::clipRing(ring, box));
        QImage a(view.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        a.fill(Qt::white);
        QImage b = a;
        for (auto [image, path] : {std::pair{&a, &whole}, std::pair{&b, &cut}}) {
            QPainter p(image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::darkGreen);
            p.drawPath(*path);
        }
        QCOMPARE(a.pixel(150, 100), QColor(Qt::white).rgb()); // the lake
        QCOMPARE(a.pixel(20, 20), QColor(Qt::darkGreen).rgb());
        QCOMPARE(difference(a, b), 0);
    }

    void cutLineLooksWhole_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("approximate");
        for (int kind = 0; kind <= int(MapLine::Kind::Pipeline); ++kind) {
            QTest::addRow("kind %d", kind) << kind << false;
            QTest::addRow("kind %d, approximate", kind) << kind << true;
        }
    }

    void cutLineLooksWhole()
    {
        QFETCH(int, kind);
        QFETCH(bool, approximate);
        // A zigzag that leaves the view and comes back, and crosses itself in view.
        const QPolygonF line{{-900, 40}, {150, 120}, {700, -500}, {60, 10}, {220, 190}, {1500, 90}};
        const QRectF view(0, 0, 300, 200);
        QImage whole(view.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        whole.fill(Qt::white);
        QImage cut = whole;
        {
            QPainter p(&whole);
            MapStyle::drawLineHalo(p, line, MapLine::Kind(kind), MapStyle::halo());
            MapStyle::drawLine(p, line, MapLine::Kind(kind), approximate);
        }
        {
            QPainter p(&cut);
            const auto pieces = MapStyle::clip(line, view.adjusted(-24, -24, 24, 24));
            QVERIFY(pieces.size() >= 2);
            MapStyle::drawLineHalo(p, pieces, MapLine::Kind(kind), MapStyle::halo());
            MapStyle::drawLine(p, pieces, MapLine::Kind(kind), approximate);
        }
        // Where the line crosses itself, two dashes drawn one over the other may shade a few
        // edge pixels differently from the whole line's single stroke.
        const int differing = difference(whole, cut);
        QVERIFY2(differing <= 6, qPrintable(QString::number(differing)));
    }

    void screenStrokeLooksLikeThePolyline_data()
    {
        QTest::addColumn<int>("kind");
        for (int kind = 0; kind <= int(MapLine::Kind::Pipeline); ++kind)
            QTest::addRow("kind %d", kind) << kind;
    }

    // On the screen a solid line is drawn as segments and round dots (the fast way); it must
    // look like the polyline stroked whole, sharp turns and ends included. A painter at a
    // hair under full opacity takes the whole stroke, so it draws the reference.
    void screenStrokeLooksLikeThePolyline()
    {
        QFETCH(int, kind);
        const QPolygonF line{{10, 20}, {150, 120}, {40, 130}, {250, 30}, {260, 180}, {200, 100}};
        QImage fast(300, 200, QImage::Format_ARGB32_Premultiplied);
        fast.fill(Qt::white);
        QImage whole = fast;
        {
            QPainter p(&fast);
            MapStyle::drawLine(p, line, MapLine::Kind(kind), false);
        }
        {
            QPainter p(&whole);
            p.setOpacity(0.9999);
            MapStyle::drawLine(p, line, MapLine::Kind(kind), false);
        }
        QImage blank(fast.size(), fast.format());
        blank.fill(Qt::white);
        const int inked = difference(whole, blank);
        QVERIFY(inked > 1000);
        // Only edge pixels at the joins and where the line crosses itself (blended once per
        // segment there) may be shaded a little differently: at most one in fifty.
        const int differing = difference(fast, whole);
        QVERIFY2(differing * 50 <= inked, qPrintable(u"%1 of %2"_qs.arg(differing).arg(inked)));
    }
};

QTEST_MAIN(TestMapStyle)
#include "tst_mapstyle.moc"
