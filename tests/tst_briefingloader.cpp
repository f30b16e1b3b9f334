#include "document/briefingreader.h"
#include "formats/briefingloader.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QTest>

// The one way a file is opened (File > Open, --check, --export-pdf): it reads a file once and
// gives it to the importer of its format or to the briefing reader, which itself reads the
// briefing format only. Files, broken ones included, come out as they did when the reader
// asked the importers itself.
class TestBriefingLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("subtitleStart"); // what tells an import from a briefing
        QTest::newRow("briefing") << u"valid/fiji-working-visit.briefing.json"_qs << QString();
        QTest::newRow("TimelineJS") << u"import/timeline.json"_qs << u"Imported from TimelineJS"_qs;
        QTest::newRow("StoryMapJS") << u"import/storymap.json"_qs << u"Imported from StoryMapJS"_qs;
    }

    void opensEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, subtitleStart);
        const BriefingReader::Result result = BriefingLoader::readFile(testDataPath(file));
        QVERIFY(result.briefing);
        QVERIFY(!hasErrors(result.problems));
        const QString subtitle = result.briefing->text(result.briefing->subtitle, u"en"_qs).text;
        if (subtitleStart.isEmpty())
            QVERIFY(!subtitle.startsWith(u"Imported from"_qs));
        else
            QVERIFY2(subtitle.startsWith(subtitleStart), qPrintable(subtitle));
    }

    void theReaderAloneReadsOnlyBriefings()
    {
        // A TimelineJS file is no briefing to the reader: it lacks "format": "briefing".
        const BriefingReader::Result result =
            BriefingReader::readFile(testDataPath(u"import/timeline.json"_qs));
        QVERIFY(!result.briefing);
        QVERIFY(hasErrors(result.problems));
        // And a briefing is never taken for a foreign format.
        QVERIFY(!BriefingLoader::readForeign("{\"format\": \"briefing\", \"events\": []}",
                                             u"b.json"_qs));
    }

    void brokenFilesSayWhereAndWhat_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("cut-off TimelineJS") << QByteArray("{\"events\": [\n  {\"start_date\": ")
                                            << 2 << QString();
        // What an import takes, a briefing does not: which of the two was meant?
        QTest::newRow("briefing with a repeated key")
            << QByteArray("{\"format\": \"briefing\",\n \"format\": \"briefing\"}") << 2
            << u"the key \"format\" appears twice"_qs;
        QTest::newRow("single value") << QByteArray("\n\n  42") << 3
                                      << u"a briefing file holds one JSON object"_qs;
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE{\0}\0", 6) << 0
                                << u"the file is in UTF-16"_qs;
    }

    void brokenFilesSayWhereAndWhat()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, messageStart);
        const BriefingReader::Result result = BriefingLoader::readData(data, u"x.json"_qs);
        QVERIFY(!result.briefing);
        QCOMPARE(result.problems.size(), 1);
        const Problem &problem = result.problems.constFirst();
        QCOMPARE(problem.file, u"x.json"_qs);
        QCOMPARE(problem.line, line);
        QVERIFY2(problem.message.startsWith(messageStart), qPrintable(problem.message));
    }

    void missingAndFolderPathsAreRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const auto missing = BriefingLoader::readFile(dir.filePath(u"none.json"_qs));
        QVERIFY(!missing.briefing);
        QVERIFY(missing.problems.constFirst().message.contains(u"does not exist"_qs));
        const auto folder = BriefingLoader::readFile(dir.path());
        QVERIFY(!folder.briefing);
        QVERIFY(folder.problems.constFirst().message.contains(u"folder"_qs));
    }
};

QTEST_GUILESS_MAIN(TestBriefingLoader)
#include "tst_briefingloader.moc"
