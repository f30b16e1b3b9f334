#include "document/dateformatter.h"
#include "document/fuzzydate.h"

#include <QTest>

using Precision = FuzzyDate::Precision;

// The date grammar of the file format, and how dates read in each language and calendar.
class TestFuzzyDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("precision");
        QTest::addColumn<bool>("approximate");
        QTest::addColumn<bool>("span");

        QTest::newRow("day") << u"2025-04-28"_qs << QDate(2025, 4, 28) << QDate(2025, 4, 28)
                             << int(Precision::Day) << false << false;
        QTest::newRow("month") << u"2020-10"_qs << QDate(2020, 10, 1) << QDate(2020, 10, 31)
                               << int(Precision::Month) << false << false;
        QTest::newRow("february of a leap year")
            << u"2024-02"_qs << QDate(2024, 2, 1) << QDate(2024, 2, 29) << int(Precision::Month)
            << false << false;
        QTest::newRow("year") << u"2024"_qs << QDate(2024, 1, 1) << QDate(2024, 12, 31)
                              << int(Precision::Year) << false << false;
        QTest::newRow("approximate day") << u"~2024-09-06"_qs << QDate(2024, 9, 6)
                                         << QDate(2024, 9, 6) << int(Precision::Day) << true << false;
        QTest::newRow("span of days") << u"2021-09-12/2021-09-15"_qs << QDate(2021, 9, 12)
                                      << QDate(2021, 9, 15) << int(Precision::Day) << false << true;
        QTest::newRow("day to month") << u"2020-09-27/2020-10"_qs << QDate(2020, 9, 27)
                                      << QDate(2020, 10, 31) << int(Precision::Day) << false << true;
        QTest::newRow("approximate end") << u"2023-05/~2023-06-05"_qs << QDate(2023, 5, 1)
                                         << QDate(2023, 6, 5) << int(Precision::Month) << true << true;
        QTest::newRow("same day span") << u"2025-04-28/2025-04-28"_qs << QDate(2025, 4, 28)
                                       << QDate(2025, 4, 28) << int(Precision::Day) << false << true;
        QTest::newRow("year one") << u"0001"_qs << QDate(1, 1, 1) << QDate(1, 12, 31)
                                  << int(Precision::Year) << false << false;
        QTest::newRow("time, west of UTC")
            << u"2024-11-14T14:05-05:00"_qs << QDate(2024, 11, 14) << QDate(2024, 11, 14)
            << int(Precision::Day) << false << false;
        QTest::newRow("time in UTC") << u"2024-11-14T19:00Z"_qs << QDate(2024, 11, 14)
                                     << QDate(2024, 11, 14) << int(Precision::Day) << false << false;
        QTest::newRow("time with a half-hour offset")
            << u"2024-11-20T09:30+05:30"_qs << QDate(2024, 11, 20) << QDate(2024, 11, 20)
            << int(Precision::Day) << false << false;
        QTest::newRow("span from a time to a day")
            << u"2024-11-17T20:40-05:00/2024-11-18"_qs << QDate(2024, 11, 17)
            << QDate(2024, 11, 18) << int(Precision::Day) << false << true;
        // Leaves at 10:00 in UTC+4, lands at 09:30 local time in UTC: later in UTC.
        QTest::newRow("flight that lands earlier in local time")
            << u"2024-11-20T10:00+04:00/2024-11-20T09:30Z"_qs << QDate(2024, 11, 20)
            << QDate(2024, 11, 20) << int(Precision::Day) << false << true;
        QTest::newRow("approximate time") << u"~2024-11-20T09:30+03:00"_qs << QDate(2024, 11, 20)
                                          << QDate(2024, 11, 20) << int(Precision::Day) << true
                                          << false;
    }

    void timeOfDay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("offset");
        QTest::newRow("no time") << u"2024-11-14"_qs << QTime() << 0;
        QTest::newRow("west") << u"2024-11-14T14:05-05:00"_qs << QTime(14, 5) << -300;
        QTest::newRow("east") << u"2024-11-20T09:30+03:00"_qs << QTime(9, 30) << 180;
        QTest::newRow("utc") << u"2024-11-14T19:00Z"_qs << QTime(19, 0) << 0;
        QTest::newRow("+00:00 is UTC") << u"2024-11-14T19:00+00:00"_qs << QTime(19, 0) << 0;
        QTest::newRow("+14:00") << u"2024-11-14T00:00+14:00"_qs << QTime(0, 0) << 840;
        QTest::newRow("-12:00") << u"2024-11-14T23:59-12:00"_qs << QTime(23, 59) << -720;
    }

    void timeOfDay()
    {
        QFETCH(QString, text);
        QFETCH(QTime, time);
        QFETCH(int, offset);
        QString error;
        const FuzzyDate date = FuzzyDate::parse(text, &error);
        QVERIFY2(date.isValid(), qPrintable(error));
        QCOMPARE(date.start().hasTime(), time.isValid());
        QCOMPARE(date.start().time, time);
        QCOMPARE(date.start().utcOffsetMinutes, offset);
        // Written back as given; UTC as Z.
        QCOMPARE(FuzzyDate::parse(date.toIsoString()), date);
        if (!text.endsWith(u"+00:00"))
            QCOMPARE(date.toIsoString(), text);
    }

    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, precision);
        QFETCH(bool, approximate);
        QFETCH(bool, span);

        QString error;
        const FuzzyDate date = FuzzyDate::parse(text, &error);
        QVERIFY2(date.isValid(), qPrintable(error));
        QCOMPARE(date.firstDay(), first);
        QCOMPARE(date.lastDay(), last);
        QCOMPARE(int(date.start().precision), precision);
        QCOMPARE(date.isApproximate(), approximate);
        QCOMPARE(date.isSpan(), span);
        QCOMPARE(date.toIsoString(), text);
        QCOMPARE(FuzzyDate::parse(date.toIsoString()), date);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"write a date as"_qs;
        QTest::newRow("february 30") << u"2025-02-30"_qs << u"2025-02-30 does not exist"_qs;
        QTest::newRow("february 29 of a common year") << u"2023-02-29"_qs << u"has 28 days"_qs;
        QTest::newRow("month 13") << u"2025-13"_qs << u"month 13 does not exist"_qs;
        QTest::newRow("month 0") << u"2025-00"_qs << u"month 0 does not exist"_qs;
        QTest::newRow("five-digit year") << u"99999"_qs << u"write a date as"_qs;
        QTest::newRow("year 0") << u"0000"_qs << u"the year 0000 does not exist"_qs;
        QTest::newRow("two-digit year") << u"25-04-28"_qs << u"write a date as"_qs;
        QTest::newRow("one-digit month") << u"2025-4-28"_qs << u"write a date as"_qs;
        QTest::newRow("words") << u"28 April 2025"_qs << u"write a date as"_qs;
        // Version 2: a time of day, always with the offset the source gives.
        QTest::newRow("time without offset")
            << u"2025-04-28T10:00"_qs << u"the time 10:00 needs its offset from UTC"_qs;
        QTest::newRow("time with seconds")
            << u"2025-04-28T10:00:30+04:00"_qs << u"without seconds: write 10:00 instead"_qs;
        QTest::newRow("24:00") << u"2025-04-28T24:00Z"_qs << u"24:00 is not a time of day"_qs;
        QTest::newRow("hour 25") << u"2025-04-28T25:10Z"_qs << u"25:10 is not a time of day"_qs;
        QTest::newRow("minute 60") << u"2025-04-28T10:60Z"_qs << u"10:60 is not a time of day"_qs;
        QTest::newRow("offset beyond +14:00")
            << u"2025-04-28T10:00+14:30"_qs << u"the offset +14:30 is beyond"_qs;
        QTest::newRow("offset beyond -14:00")
            << u"2025-04-28T10:00-15:00"_qs << u"the offset -15:00 is beyond"_qs;
        QTest::newRow("offset without colon")
            << u"2025-04-28T10:00+0400"_qs << u"write the offset from UTC as +HH:MM"_qs;
        QTest::newRow("unknown offset -00:00")
            << u"2025-04-28T10:00-00:00"_qs << u"-00:00 says the offset is unknown"_qs;
        QTest::newRow("time on a month")
            << u"2025-04T10:00Z"_qs << u"a time of day needs a whole day"_qs;
        QTest::newRow("one-digit hour") << u"2025-04-28T9:05Z"_qs << u"write a time of day as HH:MM"_qs;
        QTest::newRow("space for T") << u"2025-04-28 10:00Z"_qs << u"write a date as"_qs;
        QTest::newRow("span ends before it starts in UTC")
            << u"2025-04-28T10:00+00:00/2025-04-28T12:00+04:00"_qs << u"before it starts"_qs;
        QTest::newRow("too many parts") << u"2025-04-28-01"_qs << u"write a date as"_qs;
        QTest::newRow("backwards span") << u"2025-04-28/2025-04-27"_qs << u"ends (2025-04-27) before"_qs;
        QTest::newRow("open span") << u"2025-04-28/"_qs << u"write a date as"_qs;
        QTest::newRow("two slashes") << u"2020/2021/2022"_qs << u"write a date as"_qs;
        QTest::newRow("arabic digits") << u"٢٠٢٥"_qs << u"write a date as"_qs;
        QTest::newRow("double tilde") << u"~~2025"_qs << u"write a date as"_qs;
    }

    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        const FuzzyDate date = FuzzyDate::parse(text, &error);
        QVERIFY(!date.isValid());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en day") << u"en"_qs << u"2025-04-28"_qs << u"28 April 2025"_qs;
        QTest::newRow("en month") << u"en"_qs << u"2020-10"_qs << u"October 2020"_qs;
        QTest::newRow("en year") << u"en"_qs << u"2024"_qs << u"2024"_qs;
        QTest::newRow("en approximate") << u"en"_qs << u"~2024-09-06"_qs << u"c. 6 September 2024"_qs;
        QTest::newRow("en span") << u"en"_qs << u"2021-09-12/2021-09-15"_qs
                                 << u"12 September 2021 – 15 September 2021"_qs;
        QTest::newRow("az day") << u"az"_qs << u"2025-04-28"_qs << u"28 aprel 2025"_qs;
        // 28 April 2025 is 8 Ordibehesht 1404 in the Solar Hijri calendar.
        QTest::newRow("fa day") << u"fa"_qs << u"2025-04-28"_qs << u"۸ اردیبهشت ۱۴۰۴"_qs;
        // A Gregorian month covers parts of two Solar Hijri months: both are named.
        QTest::newRow("fa month") << u"fa"_qs << u"2025-04"_qs << u"فروردین–اردیبهشت ۱۴۰۴"_qs;
        QTest::newRow("fa month across the new year")
            << u"fa"_qs << u"2025-03"_qs << u"اسفند ۱۴۰۳ – فروردین ۱۴۰۴"_qs;
        QTest::newRow("fa year") << u"fa"_qs << u"2024"_qs << u"۱۴۰۲–۱۴۰۳"_qs;
        // In a span, a month at its start is its first Solar Hijri month, at its end its last:
        // October 2020 (9 Mehr – 10 Aban 1399) ends a span in Aban.
        QTest::newRow("fa span to a month")
            << u"fa"_qs << u"2020-09-27/2020-10"_qs << u"۶ مهر ۱۳۹۹ – آبان ۱۳۹۹"_qs;
        QTest::newRow("fa span from a month")
            << u"fa"_qs << u"2024-01/2024-03-10"_qs << u"دی ۱۴۰۲ – ۲۰ اسفند ۱۴۰۲"_qs;
        QTest::newRow("fa span of years")
            << u"fa"_qs << u"2020/2022"_qs << u"۱۳۹۸ – ۱۴۰۱"_qs;
        QTest::newRow("en span to a month")
            << u"en"_qs << u"2020-09-27/2020-10"_qs << u"27 September 2020 – October 2020"_qs;
        // A year below 1000 is the number it is, not padded to four digits.
        QTest::newRow("en early year") << u"en"_qs << u"0602"_qs << u"602"_qs;
        QTest::newRow("en early day") << u"en"_qs << u"0800-12-25"_qs << u"25 December 800"_qs;
        QTest::newRow("en early month") << u"en"_qs << u"0079-08"_qs << u"August 79"_qs;
        QTest::newRow("fa early day") << u"fa"_qs << u"1000-03-21"_qs << u"۱ فروردین ۳۷۹"_qs;
    }

    void format()
    {
        QFETCH(QString, locale);
        QFETCH(QString, date);
        QFETCH(QString, expected);
        const FuzzyDate parsed = FuzzyDate::parse(date);
        QVERIFY(parsed.isValid());
        QCOMPARE(DateFormatter(QLocale(locale)).format(parsed), expected);
    }

    void gregorianForPersianReaders()
    {
        const DateFormatter persian(QLocale(u"fa"_qs));
        const FuzzyDate date = FuzzyDate::parse(u"2025-04-28");
        QCOMPARE(persian.calendar().name(), u"Jalali"_qs);
        QVERIFY(persian.formatGregorian(date).contains(u"۲۰۲۵"_qs));
        QVERIFY(!persian.formatGregorian(date).contains(u"۱۴۰۴"_qs));
    }
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
