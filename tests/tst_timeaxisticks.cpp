#include "document/dateformatter.h"
#include "timeline/timeaxisticks.h"
#include "timeline/timescale.h"

#include <QTest>

using Unit = TimeAxisTicks::Unit;
using Step = TimeAxisTicks::Step;
Q_DECLARE_METATYPE(TimeAxisTicks::Step)

// The ticks and labels of the time axis: the unit follows the zoom, ticks fall on the first
// days of the reader's calendar's years, months and days, and labels are in the reader's
// language and digits. Persian readers get the Solar Hijri calendar.
class TestTimeAxisTicks : public QObject
{
    Q_OBJECT

private:
    static double day(int y, int m, int d) { return TimeScale::dayOf(QDate(y, m, d)); }

    static TimeAxisTicks ticksFor(const QString &language)
    {
        const QLocale locale(language);
        return TimeAxisTicks(locale, DateFormatter::calendarFor(locale));
    }

    // "label|context" of each tick, for whole-list comparisons.
    static QStringList dump(const QList<TimeAxisTicks::Tick> &ticks)
    {
        QStringList lines;
        for (const TimeAxisTicks::Tick &tick : ticks)
            lines.append(tick.context.isEmpty() ? tick.label : tick.label + u'|' + tick.context);
        return lines;
    }

private Q_SLOTS:
    void chooseStep_data()
    {
        QTest::addColumn<double>("daysPerPixel");
        QTest::addColumn<Step>("step");
        // With the default room per label (48 px a day, 56 a month, 52 a year).
        QTest::newRow("100 px a day") << 0.01 << Step{Unit::Day, 1};
        QTest::newRow("50 px a day") << 1.0 / 50 << Step{Unit::Day, 1};
        QTest::newRow("30 px a day") << 1.0 / 30 << Step{Unit::Day, 2};
        QTest::newRow("12 px a day") << 1.0 / 12 << Step{Unit::Day, 5};
        QTest::newRow("6 px a day") << 1.0 / 6 << Step{Unit::Day, 10};
        QTest::newRow("2 px a day") << 0.5 << Step{Unit::Month, 1};
        QTest::newRow("a day a px") << 1.0 << Step{Unit::Month, 2};
        QTest::newRow("2 days a px") << 2.0 << Step{Unit::Month, 6};
        QTest::newRow("5 days a px") << 5.0 << Step{Unit::Year, 1};
        QTest::newRow("10 days a px") << 10.0 << Step{Unit::Year, 2};
        QTest::newRow("30 days a px") << 30.0 << Step{Unit::Year, 5};
        QTest::newRow("a year a px") << 365.0 << Step{Unit::Year, 100};
        QTest::newRow("a century a px") << 36500.0 << Step{Unit::Year, 2000};
    }

    void chooseStep()
    {
        QFETCH(double, daysPerPixel);
        QFETCH(Step, step);
        const Step chosen = TimeAxisTicks::chooseStep(daysPerPixel, TimeAxisTicks::Spacing{});
        QCOMPARE(int(chosen.unit), int(step.unit));
        QCOMPARE(chosen.count, step.count);
    }

    void labels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<Step>("step");
        QTest::addColumn<QStringList>("ticks");

        // Years.
        QTest::newRow("en years") << u"en"_qs << day(2019, 6, 1) << day(2023, 6, 1)
                                  << Step{Unit::Year, 1}
                                  << QStringList{u"2020"_qs, u"2021"_qs, u"2022"_qs, u"2023"_qs};
        QTest::newRow("en five years") << u"en"_qs << day(1991, 1, 1) << day(2025, 12, 31)
                                       << Step{Unit::Year, 5}
                                       << QStringList{u"1995"_qs, u"2000"_qs, u"2005"_qs,
                                                      u"2010"_qs, u"2015"_qs, u"2020"_qs,
                                                      u"2025"_qs};
        // Solar Hijri years begin at Nowruz: 1403 on 20 March 2024, 1404 on 21 March 2025.
        QTest::newRow("fa years") << u"fa"_qs << day(2024, 1, 1) << day(2025, 12, 31)
                                  << Step{Unit::Year, 1}
                                  << QStringList{u"۱۴۰۳"_qs, u"۱۴۰۴"_qs};

        // Months: the year is named on the first tick and where it changes.
        QTest::newRow("en months")
            << u"en"_qs << day(2024, 11, 1) << day(2025, 3, 15) << Step{Unit::Month, 1}
            << QStringList{u"Nov|2024"_qs, u"Dec"_qs, u"Jan|2025"_qs, u"Feb"_qs, u"Mar"_qs};
        QTest::newRow("en quarters")
            << u"en"_qs << day(2024, 2, 1) << day(2025, 5, 1) << Step{Unit::Month, 3}
            << QStringList{u"Apr|2024"_qs, u"Jul"_qs, u"Oct"_qs, u"Jan|2025"_qs, u"Apr"_qs};
        QTest::newRow("az months")
            << u"az"_qs << day(2025, 3, 1) << day(2025, 5, 1) << Step{Unit::Month, 1}
            << QStringList{u"mar|2025"_qs, u"apr"_qs, u"may"_qs};
        QTest::newRow("fa months")
            << u"fa"_qs << day(2025, 3, 1) << day(2025, 5, 1) << Step{Unit::Month, 1}
            << QStringList{u"فروردین|۱۴۰۴"_qs, u"اردیبهشت"_qs};

        // Days: the month and year are named on the first tick and where the month changes.
        QTest::newRow("en days")
            << u"en"_qs << day(2025, 4, 28) << day(2025, 5, 2) << Step{Unit::Day, 1}
            << QStringList{u"28|April 2025"_qs, u"29"_qs, u"30"_qs, u"1|May 2025"_qs, u"2"_qs};
        QTest::newRow("az days")
            << u"az"_qs << day(2025, 4, 28) << day(2025, 4, 30) << Step{Unit::Day, 1}
            << QStringList{u"28|aprel 2025"_qs, u"29"_qs, u"30"_qs};
        QTest::newRow("fa days")
            << u"fa"_qs << day(2025, 4, 28) << day(2025, 4, 30) << Step{Unit::Day, 1}
            << QStringList{u"۸|اردیبهشت ۱۴۰۴"_qs, u"۹"_qs, u"۱۰"_qs};
        // Steps of days count the days of the month, and a crowded end of month is skipped.
        QTest::newRow("en five days in February")
            << u"en"_qs << day(2025, 2, 1) << day(2025, 3, 7) << Step{Unit::Day, 5}
            << QStringList{u"1|February 2025"_qs, u"6"_qs, u"11"_qs, u"16"_qs, u"21"_qs,
                           u"1|March 2025"_qs, u"6"_qs};
        QTest::newRow("en ten days in March")
            << u"en"_qs << day(2025, 3, 1) << day(2025, 4, 1) << Step{Unit::Day, 10}
            << QStringList{u"1|March 2025"_qs, u"11"_qs, u"21"_qs, u"1|April 2025"_qs};
    }

    void labels()
    {
        QFETCH(QString, language);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(Step, step);
        QFETCH(QStringList, ticks);
        QCOMPARE(dump(ticksFor(language).ticks(from, to, step)), ticks);
    }

    void visitDayInEveryCalendar_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("calendar");
        QTest::addColumn<QString>("text");
        QTest::newRow("en") << u"en"_qs << int(QCalendar::System::Gregorian) << u"28 April 2025"_qs;
        QTest::newRow("az") << u"az"_qs << int(QCalendar::System::Gregorian) << u"28 aprel 2025"_qs;
        QTest::newRow("en, Solar Hijri")
            << u"en"_qs << int(QCalendar::System::Jalali) << u"8 Ordibehesht 1404"_qs;
        QTest::newRow("fa")
            << u"fa"_qs << int(QCalendar::System::Jalali) << u"۸ اردیبهشت ۱۴۰۴"_qs;
    }

    void visitDayInEveryCalendar()
    {
        // 28 April 2025 is 8 Ordibehesht 1404; zoomed in to days it reads so on the axis.
        QFETCH(QString, language);
        QFETCH(int, calendar);
        QFETCH(QString, text);
        const TimeAxisTicks ticks{QLocale(language), QCalendar(QCalendar::System(calendar))};
        const QList<TimeAxisTicks::Tick> list =
            ticks.ticks(day(2025, 4, 28), day(2025, 5, 3), 0.01, TimeAxisTicks::Spacing{});
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.first().day, day(2025, 4, 28));
        QCOMPARE(list.first().fullText(), text);
    }

    void persianTicksFallOnSolarHijriBoundaries()
    {
        const TimeAxisTicks ticks = ticksFor(u"fa"_qs);
        QCOMPARE(ticks.calendar().name(), u"Jalali"_qs);
        const QList<TimeAxisTicks::Tick> months =
            ticks.ticks(day(2025, 3, 1), day(2025, 6, 1), Step{Unit::Month, 1});
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(0).day, day(2025, 3, 21)); // 1 Farvardin 1404
        QCOMPARE(months.at(1).day, day(2025, 4, 21)); // 1 Ordibehesht 1404
        QCOMPARE(months.at(2).day, day(2025, 5, 22)); // 1 Khordad 1404
        const QList<TimeAxisTicks::Tick> years =
            ticks.ticks(day(2020, 1, 1), day(2025, 12, 31), Step{Unit::Year, 5});
        QCOMPARE(years.size(), 1);
        QCOMPARE(years.first().day, day(2021, 3, 21)); // 1 Farvardin 1400
        QCOMPARE(years.first().label, u"۱۴۰۰"_qs);
    }

    void ticksAreOrderedAndInside_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("daysPerPixel");
        for (const QString &language : {u"en"_qs, u"az"_qs, u"fa"_qs}) {
            for (double dpp : {0.01, 0.05, 0.2, 0.7, 3.0, 20.0, 200.0}) {
                QTest::addRow("%s, %g days a px", qPrintable(language), dpp) << language << dpp;
            }
        }
    }

    void ticksAreOrderedAndInside()
    {
        QFETCH(QString, language);
        QFETCH(double, daysPerPixel);
        const TimeAxisTicks ticks = ticksFor(language);
        const TimeAxisTicks::Spacing spacing;
        const Step step = TimeAxisTicks::chooseStep(daysPerPixel, spacing);
        const double width = 1000;
        for (double from : {day(1993, 7, 19) + 0.3, day(2024, 12, 30), day(2025, 3, 20)}) {
            const double to = from + width * daysPerPixel;
            const QList<TimeAxisTicks::Tick> list = ticks.ticks(from, to, daysPerPixel, spacing);
            QVERIFY(!list.isEmpty());
            QVERIFY(list.size() <= int(width / spacing.forUnit(step.unit)) + 2);
            QVERIFY(!list.first().context.isEmpty() || step.unit == Unit::Year);
            for (int i = 0; i < list.size(); ++i) {
                QVERIFY(list.at(i).day >= from);
                QVERIFY(list.at(i).day <= to);
                QVERIFY(!list.at(i).label.isEmpty());
                // Ticks fall on whole days, at least half a step apart.
                QCOMPARE(list.at(i).day, std::floor(list.at(i).day));
                if (i > 0) {
                    QVERIFY(list.at(i).day - list.at(i - 1).day >= step.approximateDays() * 0.5);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeAxisTicks)
#include "tst_timeaxisticks.moc"
