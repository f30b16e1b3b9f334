#include "timeline/timescale.h"

#include <QTest>

// The time-to-position mapping of the timeline: positions at several zoom levels, zoom about an
// anchor, panning, fitting and the limits that keep the window on the document.
class TestTimeScale : public QObject
{
    Q_OBJECT

private:
    static double day(int y, int m, int d) { return TimeScale::dayOf(QDate(y, m, d)); }

private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("day");
        QTest::addColumn<double>("x");

        // A decade on 3652 pixels: a pixel a day.
        const double decade = day(2020, 1, 1);
        QTest::newRow("decade, start") << decade << decade + 3652 << 0.0 << 3652.0 << decade << 0.0;
        QTest::newRow("decade, a year in")
            << decade << decade + 3652 << 0.0 << 3652.0 << day(2021, 1, 1) << 366.0;
        QTest::newRow("decade, offset viewport")
            << decade << decade + 3652 << 80.0 << 3652.0 << day(2021, 1, 1) << 446.0;

        // A year (2025, 365 days) on 730 pixels: two pixels a day.
        const double year = day(2025, 1, 1);
        QTest::newRow("year, 28 April") << year << year + 365 << 0.0 << 730.0 << day(2025, 4, 28)
                                        << 2.0 * 117;
        QTest::newRow("year, end") << year << year + 365 << 0.0 << 730.0 << year + 365 << 730.0;
        QTest::newRow("year, middle of a day")
            << year << year + 365 << 10.0 << 730.0 << day(2025, 4, 28) + 0.5 << 10.0 + 2 * 117.5;

        // A month (April 2025, 30 days) on 900 pixels: 30 pixels a day.
        const double april = day(2025, 4, 1);
        QTest::newRow("month, 28 April") << april << april + 30 << 0.0 << 900.0
                                         << day(2025, 4, 28) << 27.0 * 30;
        QTest::newRow("month, before the window")
            << april << april + 30 << 0.0 << 900.0 << day(2025, 3, 31) << -30.0;
        QTest::newRow("month, after the window")
            << april << april + 30 << 0.0 << 900.0 << day(2025, 5, 2) << 31.0 * 30;

        // Ten days on 1000 pixels: the narrowest window, a hundred pixels a day.
        const double days = day(2025, 4, 25);
        QTest::newRow("days, 28 April") << days << days + 10 << 0.0 << 1000.0 << day(2025, 4, 28)
                                        << 300.0;
        QTest::newRow("days, noon of 28 April")
            << days << days + 10 << 0.0 << 1000.0 << day(2025, 4, 28) + 0.5 << 350.0;
    }

    void mapping()
    {
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(double, left);
        QFETCH(double, width);
        QFETCH(double, day);
        QFETCH(double, x);
        const TimeScale scale(start, end, left, width);
        QCOMPARE(scale.start(), start);
        QCOMPARE(scale.end(), end);
        QCOMPARE(scale.toX(day), x);
        QCOMPARE(scale.toDay(x), day);
        QCOMPARE(scale.daysPerPixel(), (end - start) / width);
    }

    void laterIsRight()
    {
        // Whatever the layout direction, a later day is further right: the scale does not know
        // of directions at all.
        const TimeScale scale(day(2020, 1, 1), day(2026, 1, 1), 0, 600);
        double previous = -1e9;
        for (int year = 2020; year <= 2025; ++year) {
            const double x = scale.toX(day(year, 6, 1));
            QVERIFY(x > previous);
            previous = x;
        }
    }

    void dates()
    {
        QCOMPARE(TimeScale::dateAt(day(2025, 4, 28)), QDate(2025, 4, 28));
        QCOMPARE(TimeScale::dateAt(day(2025, 4, 28) + 0.99), QDate(2025, 4, 28));
        QCOMPARE(TimeScale::dateAt(day(2025, 4, 28) + 1.0), QDate(2025, 4, 29));
        QCOMPARE(TimeScale::dayOf(QDate(2025, 4, 28)), 2460794.0);
    }

    void zoomKeepsTheAnchor_data()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchorX");
        QTest::newRow("in at the left") << 2.0 << 0.0;
        QTest::newRow("in at the middle") << 2.0 << 500.0;
        QTest::newRow("in near the right") << 1.25 << 900.0;
        QTest::newRow("out at the middle") << 0.5 << 500.0;
        QTest::newRow("out near the left") << 0.8 << 120.0;
    }

    void zoomKeepsTheAnchor()
    {
        QFETCH(double, factor);
        QFETCH(double, anchorX);
        TimeScale scale(day(2020, 1, 1), day(2024, 1, 1), 0, 1000);
        const double anchorDay = scale.toDay(anchorX);
        const double span = scale.span();
        scale.zoom(factor, anchorX);
        QCOMPARE(scale.span(), span / factor);
        QCOMPARE(scale.toX(anchorDay), anchorX);
    }

    void zoomStopsAtTheLimits()
    {
        TimeScale scale(day(2025, 1, 1), day(2025, 2, 1), 0, 1000);
        for (int i = 0; i < 20; ++i)
            scale.zoom(2.0, 500);
        QCOMPARE(scale.span(), TimeScale::MinSpanDays);
        for (int i = 0; i < 40; ++i)
            scale.zoom(0.25, 500);
        QCOMPARE(scale.span(), TimeScale::MaxSpanDays);
    }

    void pan()
    {
        TimeScale scale(day(2025, 4, 1), day(2025, 5, 1), 0, 300); // ten pixels a day
        scale.pan(50); // dragging right shows earlier time
        QCOMPARE(scale.start(), day(2025, 3, 27));
        QCOMPARE(scale.span(), 30.0);
        scale.pan(-100);
        QCOMPARE(scale.start(), day(2025, 4, 6));
    }

    void boundsKeepTheWindowOnTheDocument()
    {
        TimeScale scale(day(2025, 4, 1), day(2025, 5, 1), 0, 300);
        scale.setBounds(day(2020, 1, 1), day(2026, 1, 1));
        scale.pan(1e6); // far into the past: stops with the window's middle on the first day
        QCOMPARE(scale.start() + scale.span() / 2, day(2020, 1, 1));
        scale.pan(-1e7);
        QCOMPARE(scale.start() + scale.span() / 2, day(2026, 1, 1));
        // Zooming out stops at twice the document's length.
        for (int i = 0; i < 20; ++i)
            scale.zoom(0.5, 150);
        QCOMPARE(scale.span(), 2.0 * (day(2026, 1, 1) - day(2020, 1, 1)));
        scale.clearBounds();
        scale.zoom(0.5, 150);
        QVERIFY(scale.span() > 2.0 * (day(2026, 1, 1) - day(2020, 1, 1)));
    }

    void fit_data()
    {
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("last");
        QTest::addColumn<double>("margin");
        QTest::newRow("six years") << day(2020, 1, 1) << day(2026, 1, 1) << 0.04;
        QTest::newRow("one year, no margin") << day(2025, 1, 1) << day(2026, 1, 1) << 0.0;
        QTest::newRow("one day") << day(2025, 4, 28) << day(2025, 4, 29) << 0.04;
    }

    void fit()
    {
        QFETCH(double, first);
        QFETCH(double, last);
        QFETCH(double, margin);
        TimeScale scale(0, 100, 20, 800);
        scale.fit(first, last, margin);
        QVERIFY(scale.start() <= first);
        QVERIFY(scale.end() >= last);
        QCOMPARE(scale.start() + scale.span() / 2, (first + last) / 2);
        QVERIFY(scale.span() >= TimeScale::MinSpanDays);
        if (last - first >= TimeScale::MinSpanDays)
            QCOMPARE(scale.span(), (last - first) * (1 + 2 * margin));
    }

    void ensureVisible()
    {
        TimeScale scale(day(2025, 4, 1), day(2025, 5, 1), 0, 300); // ten pixels a day
        QVERIFY(!scale.ensureVisible(day(2025, 4, 10), day(2025, 4, 11), 20));
        QVERIFY(scale.ensureVisible(day(2025, 5, 10), day(2025, 5, 11), 20));
        QCOMPARE(scale.end(), day(2025, 5, 11) + 2);
        QCOMPARE(scale.span(), 30.0);
        QVERIFY(scale.ensureVisible(day(2025, 3, 1), day(2025, 3, 2), 20));
        QCOMPARE(scale.start(), day(2025, 3, 1) - 2);
    }
};

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
