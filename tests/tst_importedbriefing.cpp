#include "formats/importedbriefing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

// What every importer builds on: the ids it makes up for a foreign file's entries.
class TestImportedBriefing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsAreUniqueAndStayCloseToWhatWasWanted()
    {
        ImportedBriefing import(QStringLiteral("TimelineJS"), QStringLiteral("en"));
        QCOMPARE(import.uniqueId(u"rail"_qs, u"event"_qs), u"rail"_qs);
        QCOMPARE(import.uniqueId(u"rail"_qs, u"event"_qs), u"rail-1"_qs);
        // A file may name an id that a generated one would have taken next...
        QCOMPARE(import.uniqueId(u"rail-2"_qs, u"event"_qs), u"rail-2"_qs);
        // ...and the next generated one steps over it.
        QCOMPARE(import.uniqueId(u"rail"_qs, u"event"_qs), u"rail-3"_qs);
        QCOMPARE(import.uniqueId(u"Not an id!"_qs, u"event"_qs), u"event-1"_qs);
        QCOMPARE(import.uniqueId(QString(), u"event"_qs), u"event-2"_qs);
    }

    void problemsPointIntoTheForeignFile()
    {
        // A generated event whose lane does not exist: the validator complains about
        // /events/0/lane, and the message must point at the foreign entry it came from.
        const QByteArray foreign = "{\"items\": [\n  {\"a\": 1},\n  {\"b\": 2}\n]}\n";
        const BriefingReader::Parsed parsed = BriefingReader::parse(foreign, u"f.json"_qs);
        ImportedBriefing import(QStringLiteral("TimelineJS"), QStringLiteral("en"));
        import.top.insert(u"title"_qs, u"T"_qs);
        import.events.append(QJsonObject{{u"id"_qs, u"e"_qs},
                                         {u"date"_qs, u"2020-01-01"_qs},
                                         {u"title"_qs, u"Talks"_qs},
                                         {u"lane"_qs, u"no-such-lane"_qs}});
        import.mapPath(u"/events/0"_qs, u"/items/1"_qs);
        const BriefingReader::Result result = import.finish(parsed, u"f.json"_qs);
        bool found = false;
        for (const Problem &problem : result.problems) {
            if (problem.severity != Problem::Severity::Error)
                continue;
            QCOMPARE(problem.path, u"/items/1"_qs);
            QCOMPARE(problem.line, 3);
            QCOMPARE(problem.column, 3);
            found = true;
        }
        QVERIFY2(found, "the unknown lane is an error");
    }

    void manyEntriesWithoutIdsGetDistinctIds()
    {
        // A file of many unnamed entries: each gets its own number, in file order (the
        // numbers count on, so the work for n entries grows with n, not n squared).
        ImportedBriefing import(QStringLiteral("StoryMapJS"), QStringLiteral("en"));
        QSet<QString> seen;
        for (int i = 1; i <= 2000; ++i) {
            const QString id = import.uniqueId({}, u"slide"_qs);
            QCOMPARE(id, u"slide-"_qs + QString::number(i));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestImportedBriefing)
#include "tst_importedbriefing.moc"
