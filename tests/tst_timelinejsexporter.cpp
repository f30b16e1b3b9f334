#include "document/briefingreader.h"
#include "formats/briefingloader.h"
#include "formats/timelinejsexporter.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// TimelineJS export: the JSON carries only the date parts a date's precision has, text is
// escaped, and importing the file back gives the same events, dates and precisions.
class TestTimelineJsExporter : public QObject
{
    Q_OBJECT

private:
    static BriefingPtr load(const QString &fileName)
    {
        const auto result = BriefingLoader::readFile(fileName);
        if (!result.briefing)
            qFatal("cannot load %s", qPrintable(fileName));
        return result.briefing;
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("fiji") << testDataPath(u"valid/fiji-working-visit.briefing.json"_qs);
        QTest::newRow("built-in") << BriefingReader::builtInFileName();
        // Times of day with their offsets: the hour and minute go into TimelineJS's date
        // parts, the offset into briefing_date, and both come back.
        QTest::newRow("times with offsets")
            << testDataPath(u"valid/tour-example.briefing.json"_qs);
        QTest::newRow("xi, a time") << testDataPath(u"valid/xi-latin-america-2024.briefing.json"_qs);
    }

    // An imported time without a time zone is written back as it was read: the hour and the
    // minute, and no zone added on the way.
    void timesWithoutZoneGoBackAsWritten()
    {
        QFile in(testDataPath(u"import/timeline-times.json"_qs));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const auto first = BriefingLoader::readForeign(in.readAll(), u"timeline-times.json"_qs);
        QVERIFY(first && first->briefing);
        const QByteArray json = TimelineJsExporter::toJson(*first->briefing, u"en"_qs);
        const QJsonArray events =
            QJsonDocument::fromJson(json).object().value(u"events").toArray();
        const QJsonObject press = events.at(3).toObject();
        QCOMPARE(press.value(u"unique_id").toString(), u"press"_qs);
        const QJsonObject start = press.value(u"start_date").toObject();
        QCOMPARE(start.value(u"hour").toInt(), 15);
        QCOMPARE(start.value(u"minute").toInt(), 30);
        QVERIFY(!press.contains(u"briefing_date"));

        const auto back = BriefingLoader::readForeign(json, u"again.json"_qs);
        QVERIFY(back && back->briefing);
        QCOMPARE(back->briefing->events.size(), first->briefing->events.size());
        for (qsizetype i = 0; i < first->briefing->events.size(); ++i) {
            QCOMPARE(back->briefing->events.at(i).date.toIsoString(),
                     first->briefing->events.at(i).date.toIsoString());
        }
    }

    void roundTrip()
    {
        QFETCH(QString, fileName);
        const BriefingPtr original = load(fileName);
        QVERIFY(!original->events.isEmpty());
        const QString language = original->primaryLanguage();
        QTemporaryDir dir;
        const QString out = dir.filePath(u"timeline.json"_qs);
        QString error;
        QVERIFY2(TimelineJsExporter::write(*original, language, out, &error), qPrintable(error));

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto back = BriefingLoader::readForeign(file.readAll(), out, language);
        QVERIFY(back);
        QVERIFY2(back->briefing, qPrintable(back->problems.value(1).toString()));
        const Briefing &copy = *back->briefing;

        QCOMPARE(copy.events.size(), original->events.size());
        for (qsizetype i = 0; i < original->events.size(); ++i) {
            const TimelineEvent &a = original->events.at(i);
            const TimelineEvent *b = static_cast<const TimelineEvent *>(copy.entry(a.id));
            QVERIFY2(b, qPrintable(a.id));
            // FuzzyDate equality covers both ends, each with its precision and approximation.
            QCOMPARE(b->date.toIsoString(), a.date.toIsoString());
            QVERIFY(b->date == a.date);
            QCOMPARE(b->title.exact(language), original->text(a.title, language).text.simplified());
            QCOMPARE(b->text.exact(language), original->text(a.text, language).text);
            QCOMPARE(b->note.exact(language), original->text(a.note, language).text);
            QStringList urlsA;
            for (const QString &id : a.sources)
                urlsA.append(original->source(id)->url);
            QStringList urlsB;
            for (const QString &id : b->sources)
                urlsB.append(copy.source(id)->url);
            QCOMPARE(urlsB, urlsA);
            QCOMPARE(copy.laneTitle(b->lane).exact(language),
                     a.lane.isEmpty() ? QString()
                                      : original->text(original->laneTitle(a.lane), language).text);
        }
        QCOMPARE(copy.periods.size(), original->periods.size());
        for (qsizetype i = 0; i < original->periods.size(); ++i)
            QVERIFY(copy.periods.at(i).date == original->periods.at(i).date);
    }

    void precisionDecidesTheDateParts()
    {
        const BriefingPtr briefing = load(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        const QJsonArray events =
            QJsonDocument::fromJson(TimelineJsExporter::toJson(*briefing, u"en"_qs))
                .object()
                .value(u"events")
                .toArray();
        QCOMPARE(events.size(), briefing->events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject start = events.at(i).toObject().value(u"start_date").toObject();
            const auto precision = briefing->events.at(i).date.start().precision;
            QCOMPARE(start.contains(u"month"), precision != FuzzyDate::Precision::Year);
            QCOMPARE(start.contains(u"day"), precision == FuzzyDate::Precision::Day);
        }
    }

    void textIsEscaped()
    {
        QByteArray data;
        {
            QFile file(testDataPath(u"valid/minimal.briefing.json"_qs));
            QVERIFY(file.open(QIODevice::ReadOnly));
            data = file.readAll();
        }
        data.replace("\"agenda\": []",
                     "\"agenda\": [], \"events\": [{\"id\": \"e1\", \"date\": \"2025\", \"title\": "
                     "\"<img src=x onerror=alert(1)>\", \"text\": \"a < b & c\", \"sources\": "
                     "[\"source-1\"]}]");
        const auto result = BriefingLoader::readData(data, u"m.json"_qs);
        QVERIFY(result.briefing);
        const QJsonObject event = QJsonDocument::fromJson(TimelineJsExporter::toJson(*result.briefing, u"en"_qs))
                                      .object().value(u"events").toArray().at(0).toObject();
        const QJsonObject text = event.value(u"text").toObject();
        QCOMPARE(text.value(u"headline").toString(), u"&lt;img src=x onerror=alert(1)&gt;"_qs);
        QVERIFY(text.value(u"text").toString().startsWith(u"<p dir=\"ltr\">a &lt; b &amp; c</p>"_qs));
        QVERIFY(text.value(u"text").toString().contains(u"<a href=\"https://example.org/source-1\">"_qs));
        QCOMPARE(event.value(u"unique_id").toString(), u"e1"_qs);
    }

    void failedWriteLeavesNothing()
    {
        const BriefingPtr briefing = load(testDataPath(u"valid/minimal.briefing.json"_qs));
        QTemporaryDir dir;
        const QString out = dir.filePath(u"missing-folder/timeline.json"_qs);
        QString error;
        QVERIFY(!TimelineJsExporter::write(*briefing, u"en"_qs, out, &error));
        QVERIFY(error.contains(u"missing-folder"_qs));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestTimelineJsExporter)
#include "tst_timelinejsexporter.moc"
