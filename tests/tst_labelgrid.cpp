#include "map/labelgrid.h"

#include <QRandomGenerator>
#include <QTest>

// A rectangle is free exactly when it overlaps none taken (QRectF::intersects), wherever the
// rectangles lie, in the grid's area or out of it.
class TestLabelGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isFree_data()
    {
        QTest::addColumn<QRectF>("rect");
        QTest::addColumn<bool>("free");
        // Taken: (100, 100) 80 x 20 and a rectangle reaching out of the area on the left.
        QTest::newRow("far away") << QRectF(400, 300, 50, 10) << true;
        QTest::newRow("overlapping") << QRectF(170, 110, 50, 20) << false;
        QTest::newRow("inside") << QRectF(110, 105, 10, 5) << false;
        QTest::newRow("around") << QRectF(50, 50, 300, 300) << false;
        QTest::newRow("touching the right edge") << QRectF(180, 100, 50, 20) << true;
        QTest::newRow("touching the bottom edge") << QRectF(100, 120, 50, 20) << true;
        QTest::newRow("out of the area, over the taken one") << QRectF(-60, 205, 20, 5) << false;
        QTest::newRow("out of the area, free") << QRectF(-60, 400, 20, 5) << true;
        QTest::newRow("past the far corner") << QRectF(700, 500, 20, 5) << true;
    }

    void isFree()
    {
        QFETCH(QRectF, rect);
        QFETCH(bool, free);
        LabelGrid grid(QRectF(0, 0, 640, 480), 48);
        grid.take(QRectF(100, 100, 80, 20));
        grid.take(QRectF(-80, 200, 120, 10));
        QCOMPARE(grid.isFree(rect), free);
        QCOMPARE(grid.taken().size(), 2);
    }

    void sameAsEveryRectangle()
    {
        QRandomGenerator random(7);
        LabelGrid grid(QRectF(0, 0, 1260, 700));
        QList<QRectF> taken;
        for (int i = 0; i < 2000; ++i) {
            const QRectF r(random.bounded(-100, 1300), random.bounded(-50, 750),
                           random.bounded(1, 120), random.bounded(1, 30));
            const bool expected = std::none_of(taken.cbegin(), taken.cend(),
                                               [&r](const QRectF &t) { return r.intersects(t); });
            QCOMPARE(grid.isFree(r), expected);
            if (expected) {
                grid.take(r);
                taken.append(r);
            }
        }
        QCOMPARE(grid.taken(), taken);
    }

    // Past MaxPerCell rectangles a cell is full: nothing that reaches into it is free, even
    // where no rectangle lies, and its neighbours are as before.
    void aCrowdedCellIsFull()
    {
        LabelGrid grid(QRectF(0, 0, 640, 480), 48);
        for (int i = 0; i < LabelGrid::MaxPerCell - 1; ++i)
            grid.take(QRectF(10, 10, 2, 2));
        QVERIFY(grid.isFree(QRectF(40, 40, 2, 2)));
        grid.take(QRectF(10, 10, 2, 2));
        QVERIFY(!grid.isFree(QRectF(40, 40, 2, 2)));
        QVERIFY(!grid.isFree(QRectF(40, 40, 20, 2))); // reaching into the next cell too
        QVERIFY(grid.isFree(QRectF(60, 10, 2, 2)));
        QVERIFY(grid.isFree(QRectF(10, 60, 2, 2)));
        // More taken there changes nothing.
        for (int i = 0; i < 10000; ++i)
            grid.take(QRectF(20, 20, 2, 2));
        QVERIFY(grid.isFree(QRectF(60, 10, 2, 2)));
        QVERIFY(!grid.isFree(QRectF(30, 30, 2, 2)));
    }
};

QTEST_GUILESS_MAIN(TestLabelGrid)
#include "tst_labelgrid.moc"
