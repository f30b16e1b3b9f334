// Times of day as a reader sees them in each language: the local time with its offset from
// UTC, in the language's digits; "about" for an approximate time; spans within a day and over
// midnight.

#include "document/dateformatter.h"
#include "document/fuzzydate.h"
#include "gui/languagemanager.h"

#include <QCoreApplication>
#include <QTest>

namespace {

FuzzyDate::Point at(QDate day, QTime time, int offsetMinutes, bool approximate = false)
{
    FuzzyDate::Point point;
    point.date = day;
    point.time = time;
    point.utcOffsetMinutes = offsetMinutes;
    point.approximate = approximate;
    return point;
}

// A time an imported file gives without its offset from UTC.
FuzzyDate::Point asWritten(QDate day, QTime time)
{
    FuzzyDate::Point point;
    point.date = day;
    point.time = time;
    point.offsetUnknown = true;
    return point;
}

FuzzyDate::Point day(QDate date)
{
    FuzzyDate::Point point;
    point.date = date;
    return point;
}

// Without the marks that keep the offset in one piece, which a reader does not see.
QString visible(QString text)
{
    return text.remove(QChar(0x2068)).remove(QChar(0x2069));
}

} // namespace

class TestDateFormatter : public QObject
{
    Q_OBJECT

    LanguageManager m_languages;

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<FuzzyDate>("date");
        QTest::addColumn<QString>("expected");

        const QDate april28(2025, 4, 28);
        const FuzzyDate noon(at(april28, QTime(12, 0), 240));
        const FuzzyDate aboutNoon(at(april28, QTime(12, 0), 240, true));
        const FuzzyDate afternoon(at(april28, QTime(14, 5), 240), at(april28, QTime(18, 30), 240));
        const FuzzyDate night(at(QDate(2024, 11, 17), QTime(21, 0), -300),
                              at(QDate(2024, 11, 18), QTime(7, 30), -180));
        const FuzzyDate mixed(at(QDate(2024, 11, 14), QTime(14, 5), -300),
                              day(QDate(2024, 11, 16)));
        const FuzzyDate india(at(april28, QTime(9, 30), 330));
        const FuzzyDate written(asWritten(april28, QTime(15, 30)));
        const FuzzyDate writtenSpan(asWritten(april28, QTime(11, 0)),
                                    asWritten(april28, QTime(13, 45)));

        QTest::newRow("en time") << u"en"_qs << noon << u"28 April 2025, 12:00 (UTC+4)"_qs;
        QTest::newRow("en about") << u"en"_qs << aboutNoon
                                  << u"28 April 2025, about 12:00 (UTC+4)"_qs;
        QTest::newRow("en one day") << u"en"_qs << afternoon
                                    << u"28 April 2025, 14:05–18:30 (UTC+4)"_qs;
        QTest::newRow("en over midnight")
            << u"en"_qs << night
            << u"17 November 2024, 21:00 (UTC-5) – 18 November 2024, 07:30 (UTC-3)"_qs;
        QTest::newRow("en time to a day")
            << u"en"_qs << mixed << u"14 November 2024, 14:05 (UTC-5) – 16 November 2024"_qs;
        QTest::newRow("en half hour") << u"en"_qs << india << u"28 April 2025, 09:30 (UTC+5:30)"_qs;
        QTest::newRow("en no zone") << u"en"_qs << written
                                    << u"28 April 2025, 15:30 (time zone not given)"_qs;
        QTest::newRow("en no zone, one day")
            << u"en"_qs << writtenSpan << u"28 April 2025, 11:00–13:45 (time zone not given)"_qs;
        QTest::newRow("az no zone") << u"az"_qs << written
                                    << u"28 aprel 2025, saat 15:30 (saat qurşağı verilməyib)"_qs;
        QTest::newRow("fa no zone")
            << u"fa"_qs << written << u"۸ اردیبهشت ۱۴۰۴، ساعت ۱۵:۳۰ (منطقه‌ی زمانی داده نشده)"_qs;

        QTest::newRow("az time") << u"az"_qs << noon << u"28 aprel 2025, saat 12:00 (UTC+4)"_qs;
        QTest::newRow("az about") << u"az"_qs << aboutNoon
                                  << u"28 aprel 2025, təxminən saat 12:00 (UTC+4)"_qs;
        QTest::newRow("az one day") << u"az"_qs << afternoon
                                    << u"28 aprel 2025, saat 14:05–18:30 (UTC+4)"_qs;
        QTest::newRow("az over midnight")
            << u"az"_qs << night
            << u"17 noyabr 2024, saat 21:00 (UTC-5) – 18 noyabr 2024, saat 07:30 (UTC-3)"_qs;

        // 28 April 2025 is 8 Ordibehesht 1404.
        QTest::newRow("fa time") << u"fa"_qs << noon << u"۸ اردیبهشت ۱۴۰۴، ساعت ۱۲:۰۰ (UTC+۴)"_qs;
        QTest::newRow("fa about") << u"fa"_qs << aboutNoon
                                  << u"۸ اردیبهشت ۱۴۰۴، حدود ساعت ۱۲:۰۰ (UTC+۴)"_qs;
        QTest::newRow("fa one day") << u"fa"_qs << afternoon
                                    << u"۸ اردیبهشت ۱۴۰۴، ساعت ۱۴:۰۵–۱۸:۳۰ (UTC+۴)"_qs;
        QTest::newRow("fa over midnight")
            << u"fa"_qs << night
            << u"۲۷ آبان ۱۴۰۳، ساعت ۲۱:۰۰ (UTC-۵) – ۲۸ آبان ۱۴۰۳، ساعت ۰۷:۳۰ (UTC-۳)"_qs;
    }

    void format()
    {
        QFETCH(QString, language);
        QFETCH(FuzzyDate, date);
        QFETCH(QString, expected);
        QVERIFY(m_languages.setLanguage(language));
        QCOMPARE(visible(DateFormatter(QLocale(language)).format(date)), expected);
    }

    // The programme shows the time under its day's heading: the time alone, or the range.
    void times_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<FuzzyDate>("date");
        QTest::addColumn<QString>("expected");
        const QDate d(2024, 11, 14);
        const FuzzyDate talks(at(d, QTime(14, 5), -300), at(d, QTime(18, 30), -300));
        QTest::newRow("en") << u"en"_qs << talks << u"14:05–18:30 (UTC-5)"_qs;
        QTest::newRow("az") << u"az"_qs << talks << u"saat 14:05–18:30 (UTC-5)"_qs;
        QTest::newRow("fa") << u"fa"_qs << talks << u"ساعت ۱۴:۰۵–۱۸:۳۰ (UTC-۵)"_qs;
        QTest::newRow("no time") << u"en"_qs << FuzzyDate(day(d)) << QString();
    }

    void times()
    {
        QFETCH(QString, language);
        QFETCH(FuzzyDate, date);
        QFETCH(QString, expected);
        QVERIFY(m_languages.setLanguage(language));
        QCOMPARE(visible(DateFormatter(QLocale(language)).formatTimes(date)), expected);
    }

    // The Gregorian date in brackets for a Persian reader gives the day alone: the time is the
    // same in both calendars.
    void gregorianDayAfterTheTime()
    {
        QVERIFY(m_languages.setLanguage(u"fa"_qs));
        const FuzzyDate noon(at(QDate(2025, 4, 28), QTime(12, 0), 240));
        QCOMPARE(visible(DateFormatter(QLocale(u"fa"_qs)).formatWithGregorian(noon)),
                 u"۸ اردیبهشت ۱۴۰۴، ساعت ۱۲:۰۰ (UTC+۴) (۲۸ آوریل ۲۰۲۵)"_qs);
    }

    void cleanupTestCase() { m_languages.setLanguage(u"en"_qs); }
};

QTEST_GUILESS_MAIN(TestDateFormatter)
#include "tst_dateformatter.moc"
