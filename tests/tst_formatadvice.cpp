#include "document/briefingreader.h"
#include "document/formatadvice.h"
#include "testdata.h"

#include <QTest>

// What `briefing --check --explain` says: for a version 1 file, what version 2 would let its
// author add, judged from the file; for a version 2 file, what it uses.
class TestFormatAdvice : public QObject
{
    Q_OBJECT

private:
    static QStringList explain(const QString &file)
    {
        const auto result = BriefingReader::readFile(testDataPath(file));
        if (!result.briefing)
            return {result.problems.value(0).toString()};
        return FormatAdvice::explain(*result.briefing);
    }

    static QString lineWith(const QStringList &lines, const QString &start)
    {
        for (const QString &line : lines) {
            if (line.startsWith(u"  - "_qs + start))
                return line;
        }
        return {};
    }

private Q_SLOTS:
    void version1Tour_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("says");
        QTest::newRow("host countries")
            << u"several host countries"_qs << u"\"host\": [\"country-b\", \"country-c\"]"_qs;
        // The tour's own event spans the visit; the study of 2030 lies outside it.
        QTest::newRow("itinerary")
            << u"an itinerary"_qs << u"(\"ev-talks-b\", \"ev-meeting-c\")"_qs;
        QTest::newRow("confidence") << u"confidence"_qs << u"(\"rail-link\")"_qs;
        QTest::newRow("placeholder position") << u"places without coordinates"_qs
                                              << u"(\"palace-c\")"_qs;
        // The railway is not a route, whatever its length.
        QTest::newRow("flight") << u"flights"_qs << u"(\"route-ab\")"_qs;
        QTest::newRow("place kinds") << u"place kinds"_qs << u"(\"station-c\", \"palace-c\")"_qs;
        QTest::newRow("statuses") << u"statuses"_qs << u"(\"out-memo\")"_qs;
    }

    void version1Tour()
    {
        QFETCH(QString, start);
        QFETCH(QString, says);
        const QStringList lines = explain(u"valid/tour-version1.briefing.json"_qs);
        QVERIFY2(lines.value(0).startsWith(u"Version 1 of the format. It opens as it is"_qs),
                 qPrintable(lines.value(0)));
        const QString line = lineWith(lines, start);
        QVERIFY2(!line.isEmpty(), qPrintable(lines.join(u'\n')));
        QVERIFY2(line.contains(says), qPrintable(line));
    }

    // A visit to one capital, with nothing version 2 would add: one line that says so.
    void version1WithNothingToAdd()
    {
        const QStringList lines = explain(u"valid/minimal.briefing.json"_qs);
        QCOMPARE(lines, QStringList{u"Version 1 of the format. Nothing in it calls for version "
                                    "2; it opens as it is."_qs});
    }

    void version2Summary()
    {
        const QStringList lines = explain(u"valid/tour-example.briefing.json"_qs);
        QCOMPARE(lines.value(0), u"Version 2 of the format:"_qs);
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(u"  - 2 host "_qs), qPrintable(all));
        QVERIFY2(all.contains(u"  - 2 stop"_qs), qPrintable(all));
        QVERIFY2(all.contains(u"  - 2 leg"_qs), qPrintable(all));
        QVERIFY2(all.contains(u"  - 1 area"_qs), qPrintable(all));
        QVERIFY2(all.contains(u"  - 1 place"_qs), qPrintable(all));
        // Agenda item, tension, outcome and two stops state one; the two legs and the event do not.
        QVERIFY2(all.contains(u"  - 5 of 8 "_qs), qPrintable(all));
    }

    void distance_data()
    {
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("km");
        QTest::newRow("one degree of latitude") << 0.0 << 0.0 << 1.0 << 0.0 << 111.2;
        QTest::newRow("quarter of the equator") << 0.0 << 0.0 << 0.0 << 90.0 << 10007.5;
        QTest::newRow("across the dateline") << -18.0 << 178.0 << -18.0 << -178.0 << 423.0;
    }

    void distance()
    {
        QFETCH(double, lat1);
        QFETCH(double, lon1);
        QFETCH(double, lat2);
        QFETCH(double, lon2);
        QFETCH(double, km);
        const double got = FormatAdvice::distanceKm({lat1, lon1}, {lat2, lon2});
        QVERIFY2(std::abs(got - km) < 1.0, qPrintable(QString::number(got)));
    }
};

QTEST_GUILESS_MAIN(TestFormatAdvice)
#include "tst_formatadvice.moc"
