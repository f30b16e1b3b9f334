#include "map/spatialindex.h"

#include <QRandomGenerator>
#include <QTest>

// The index answers exactly what a search through every box would, edges and boxes of no
// size included, in ascending order.
class TestSpatialIndex : public QObject
{
    Q_OBJECT

private:
    static QList<int> everyBox(const QList<QRectF> &boxes, const QRectF &area)
    {
        QList<int> found;
        for (int i = 0; i < boxes.size(); ++i) {
            if (SpatialIndex::meets(boxes.at(i).normalized(), area.normalized()))
                found.append(i);
        }
        return found;
    }

private Q_SLOTS:
    void query_data()
    {
        QTest::addColumn<QRectF>("area");
        QTest::addColumn<QList<int>>("expected");
        // Boxes: a point, a wide line along y = 0.5, a square, a point on the square's edge.
        QTest::newRow("nothing there") << QRectF(0.8, 0.8, 0.05, 0.05) << QList<int>{};
        QTest::newRow("a point inside") << QRectF(0.05, 0.05, 0.1, 0.1) << QList<int>{0};
        QTest::newRow("a point on the edge") << QRectF(0.1, 0.1, 0.1, 0.1) << QList<int>{0};
        QTest::newRow("across the flat line") << QRectF(0.45, 0.4, 0.01, 0.2) << QList<int>{1};
        QTest::newRow("inside the square") << QRectF(0.65, 0.65, 0.01, 0.01) << QList<int>{2};
        QTest::newRow("the square's corner") << QRectF(0.7, 0.7, 0.2, 0.2) << QList<int>{2, 3};
        QTest::newRow("everything") << QRectF(-1, -1, 3, 3) << QList<int>{0, 1, 2, 3};
        QTest::newRow("a point as the area") << QRectF(0.1, 0.1, 0, 0) << QList<int>{0};
        QTest::newRow("beyond the boxes") << QRectF(1.5, 0, 1, 1) << QList<int>{};
    }

    void query()
    {
        QFETCH(QRectF, area);
        QFETCH(QList<int>, expected);
        const SpatialIndex index({QRectF(0.1, 0.1, 0, 0), QRectF(0.0, 0.5, 1.0, 0),
                                  QRectF(0.6, 0.6, 0.1, 0.1), QRectF(0.7, 0.7, 0, 0)});
        QCOMPARE(index.query(area), expected);
    }

    void empty()
    {
        const SpatialIndex none;
        QCOMPARE(none.size(), 0);
        QVERIFY(none.query(QRectF(0, 0, 1, 1)).isEmpty());
        const SpatialIndex onePoint({QRectF(0.3, 0.3, 0, 0)});
        QCOMPARE(onePoint.query(QRectF(0, 0, 1, 1)), QList<int>{0});
        QVERIFY(onePoint.query(QRectF(0.31, 0, 1, 1)).isEmpty());
    }

    void sameAsEveryBox()
    {
        // Many points and boxes, clustered as a briefing's places are, against many areas.
        QRandomGenerator random(42);
        QList<QRectF> boxes;
        for (int i = 0; i < 600; ++i) {
            const QPointF p(0.55 + random.generateDouble() * 0.1, 0.35 + random.generateDouble() * 0.08);
            const double size = i % 3 == 0 ? random.generateDouble() * 0.05 : 0.0;
            boxes.append(QRectF(p, QSizeF(size, size * 0.5)));
        }
        const SpatialIndex index(boxes);
        QCOMPARE(index.size(), boxes.size());
        for (int i = 0; i < 300; ++i) {
            const QPointF p(0.5 + random.generateDouble() * 0.2, 0.3 + random.generateDouble() * 0.2);
            const double size = random.generateDouble() * (i % 2 ? 0.002 : 0.05);
            const QRectF area(p, QSizeF(size, size));
            QCOMPARE(index.query(area), everyBox(boxes, area));
        }
    }
};

QTEST_GUILESS_MAIN(TestSpatialIndex)
#include "tst_spatialindex.moc"
