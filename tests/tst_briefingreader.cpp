#include "document/briefingreader.h"
#include "testdata.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

// The reader and validator, driven by rows: each valid file loads, and each kind of problem is
// reported with the line, column and JSON path a person needs to find it.
class TestBriefingReader : public QObject
{
    Q_OBJECT

private:
    static QByteArray minimal()
    {
        QFile file(testDataPath(QStringLiteral("valid/minimal.briefing.json")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the minimal briefing");
        return file.readAll();
    }

    // `count` agenda areas, "a0" to "aN", each without items.
    static QByteArray areas(int count)
    {
        QByteArrayList list;
        for (int i = 0; i < count; ++i)
            list.append("{\"id\": \"a" + QByteArray::number(i) + "\", \"title\": \"A\", \"items\": []}");
        return list.join(", ");
    }

    // `"k1": 0, … "kN": 0,`: keys the format does not know, to make an object wide.
    static QByteArray wideKeys(int count)
    {
        QByteArray keys;
        for (int i = 1; i <= count; ++i)
            keys += "\"k" + QByteArray::number(i) + "\": 0,";
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Messages write counts with the locale's digits and separators: "20,001".
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void validFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("warnings");
        QTest::newRow("minimal") << u"valid/minimal.briefing.json"_qs << 0;
        // Its 40 English-only texts are one warning; its two English source titles none.
        QTest::newRow("fiji, two languages") << u"valid/fiji-working-visit.briefing.json"_qs << 1;
        QTest::newRow("tour, version 2") << u"valid/tour-example.briefing.json"_qs << 0;
        // A real tour: its English-only texts are one warning per language, its source titles
        // in Chinese, Spanish, Portuguese and Italian none.
        QTest::newRow("Xi's tour, three languages")
            << u"valid/xi-latin-america-2024.briefing.json"_qs << 2;
    }

    void validFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, warnings);
        const auto result = BriefingReader::readFile(testDataPath(file));
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        QCOMPARE(warningCount(result.problems), warnings);
        for (const Problem &problem : result.problems) {
            QVERIFY(problem.severity != Problem::Severity::Error);
            QVERIFY(problem.line > 0);
        }
    }

    void keysRepeatOnlyWithinOneObject()
    {
        // Two wide places with the same keys: neither's keys are the other's duplicates.
        QByteArray data = minimal();
        const QByteArray place = "{\"id\": \"place-b\", \"name\": \"Capital of Country B\", "
                                 "\"kind\": \"capital\", \"lat\": 10.5, \"lon\": 20.25}";
        QVERIFY(data.contains(place));
        QByteArray wide = place;
        wide.insert(1, wideKeys(20));
        QByteArray second = wide;
        second.replace("place-b", "place-c");
        data.replace(place, QByteArray(wide + ",\n    " + second));
        const auto result = BriefingReader::readData(data, u"wide.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.briefing->places.size(), 2);
        QCOMPARE(result.problems.size(), 40); // each unknown key, once in each place
        QStringList paths;
        for (const Problem &problem : result.problems) {
            QCOMPARE(problem.severity, Problem::Severity::Warning);
            paths.append(problem.path);
        }
        QVERIFY(paths.contains(u"/places/0/k20"_qs));
        QVERIFY(paths.contains(u"/places/1/k20"_qs));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown format version")
            << QByteArray("\"version\": 1") << QByteArray("\"version\": 3") << 3 << 14
            << u"/version"_qs << u"format version 3, but this program reads versions 1 to 2"_qs;
        QTest::newRow("not a briefing")
            << QByteArray("\"format\": \"briefing\"") << QByteArray("\"format\": \"timeline\"")
            << 2 << 13 << u"/format"_qs << u"\"format\" must be \"briefing\""_qs;
        QTest::newRow("missing required field")
            << QByteArray("  \"title\": \"Minimal test briefing\",\n") << QByteArray() << 1 << 1
            << QString() << u"the required field \"title\" is missing"_qs;
        QTest::newRow("missing field in the visit")
            << QByteArray("    \"date\": \"2025-05-12\",\n") << QByteArray() << 6 << 12
            << u"/visit"_qs << u"the required field \"date\" is missing"_qs;
        QTest::newRow("missing field in the second entry of a list")
            << QByteArray("{\"id\": \"country-b\", \"name\": \"Country B\"}")
            << QByteArray("{\"id\": \"country-b\"}") << 16 << 5 << u"/countries/1"_qs
            << u"the required field \"name\" is missing"_qs;
        QTest::newRow("wrong type")
            << QByteArray("\"title\": \"Minimal test briefing\"") << QByteArray("\"title\": 42")
            << 5 << 12 << u"/title"_qs << u"\"title\" should be text"_qs;
        QTest::newRow("text in one language of the wrong type")
            << QByteArray("\"title\": \"Minimal test briefing\"")
            << QByteArray("\"title\": {\"en\": 42}") << 5 << 19 << u"/title/en"_qs
            << u"\"en\" should be text in double quotes, but it is a number"_qs;
        QTest::newRow("unknown id")
            << QByteArray("\"place\": \"place-b\"") << QByteArray("\"place\": \"place-x\"") << 10
            << 14 << u"/visit/place"_qs << u"no entry has the id \"place-x\" (expected a place)"_qs;
        QTest::newRow("reference to the wrong kind")
            << QByteArray("\"place\": \"place-b\"") << QByteArray("\"place\": \"country-a\"") << 10
            << 14 << u"/visit/place"_qs << u"\"country-a\" is a country, but a place is expected"_qs;
        QTest::newRow("impossible date")
            << QByteArray("\"2025-05-12\"") << QByteArray("\"2025-02-30\"") << 11 << 13
            << u"/visit/date"_qs << u"2025-02-30 does not exist: 2025-02 has 28 days"_qs;
        QTest::newRow("span ends before it starts")
            << QByteArray("\"2025-05-12\"") << QByteArray("\"2025-05-12/2024\"") << 11 << 13
            << u"/visit/date"_qs << u"the span ends (2024) before it starts (2025-05-12)"_qs;
        QTest::newRow("latitude out of range")
            << QByteArray("\"lat\": 10.5") << QByteArray("\"lat\": 91") << 26 << 81
            << u"/places/0/lat"_qs << u"lat 91 is out of range: it must be between -90 and 90"_qs;
        QTest::newRow("duplicate id")
            << QByteArray("{\"id\": \"country-b\", \"name\": \"Country B\"}")
            << QByteArray("{\"id\": \"country-a\", \"name\": \"Country B\"}") << 16 << 12
            << u"/countries/1/id"_qs << u"the id \"country-a\" is already used at /countries/0"_qs;
        QTest::newRow("duplicate key")
            << QByteArray("\"version\": 1,") << QByteArray("\"version\": 1, \"version\": 1,") << 3
            << 17 << u"/version"_qs << u"the key \"version\" appears twice"_qs;
        QTest::newRow("duplicate key in an object of many keys")
            << QByteArray("\"lat\": 10.5") << wideKeys(20) + QByteArray(" \"lat\": 10.5, \"k3\": 0")
            << 26 << 259 << u"/places/0/k3"_qs << u"the key \"k3\" appears twice"_qs;
        QTest::newRow("source address that is not a web address")
            << QByteArray("\"https://example.org/source-1\"") << QByteArray("\"javascript:alert(1)\"")
            << 22 << 92 << u"/sources/0/url"_qs << u"starting with https:// or http://"_qs;
        QTest::newRow("not JSON")
            << QByteArray("\"format\": \"briefing\",") << QByteArray("\"format\": \"briefing\",,")
            << 2 << 24 << QString() << u"expected a key in double quotes"_qs;
        QTest::newRow("number too large")
            << QByteArray("\"lat\": 10.5") << QByteArray("\"lat\": 1e400") << 26 << 81
            << u"/places/0/lat"_qs << u"this number is too large"_qs;
        QTest::newRow("invalid UTF-8")
            << QByteArray("\"Country A\"") << QByteArray("\"Country \xff\"") << 15 << 42
            << u"/countries/0/name"_qs << u"not valid UTF-8"_qs;
        QTest::newRow("NUL byte")
            << QByteArray("\"Country A\"") << QByteArray("\"Country\0A\"", 11) << 15 << 41
            << QString() << u"NUL byte"_qs;
        QTest::newRow("too deep")
            << QByteArray("\"Minimal test briefing\"")
            << QByteArray(100, '[') + QByteArray(100, ']') << 5 << 75 << u"/title"_qs
               + QStringLiteral("/0").repeated(63)
            << u"nested deeper than 64 levels"_qs;
        QTest::newRow("region upside down")
            << QByteArray("\"agenda\": []")
            << QByteArray("\"agenda\": [], \"map\": {\"region\": {\"south\": 10, \"west\": 0, "
                          "\"north\": 5, \"east\": 10}}")
            << 24 << 35 << u"/map/region"_qs << u"south edge (10) must be below its north edge (5)"_qs;
        QTest::newRow("line of one point")
            << QByteArray("\"agenda\": []")
            << QByteArray("\"agenda\": [], \"lines\": [{\"id\": \"l1\", \"name\": \"L\", \"kind\": "
                          "\"river\", \"points\": [{\"lat\": 1, \"lon\": 2}]}]")
            << 24 << 80 << u"/lines/0/points"_qs << u"a line needs at least two points"_qs;
        QTest::newRow("entry naming itself")
            << QByteArray("\"agenda\": []")
            << QByteArray("\"agenda\": [{\"id\": \"a1\", \"title\": \"A\", \"items\": [{\"id\": \"i1\", "
                          "\"title\": \"I\", \"text\": \"T\", \"related\": [\"i1\"], \"sources\": "
                          "[\"source-1\"]}]}]")
            << 24 << 103 << u"/agenda/0/items/0/related/0"_qs << u"an entry cannot name itself"_qs;
        // A visit happens on days; only the forms the format allows for it pass.
        const QString visitDate = u"the visit's \"date\" must be a day, such as \"2025-04-28\", or a "
                                  "span of days, such as \"2025-04-28/2025-04-30\", but "_qs;
        QTest::newRow("visit date: a month")
            << QByteArray("\"2025-05-12\"") << QByteArray("\"2025-04\"") << 11 << 13
            << u"/visit/date"_qs << visitDate + u"\"2025-04\" is a month"_qs;
        QTest::newRow("visit date: a year")
            << QByteArray("\"2025-05-12\"") << QByteArray("\"2025\"") << 11 << 13
            << u"/visit/date"_qs << visitDate + u"\"2025\" is a year"_qs;
        QTest::newRow("visit date: an approximate day")
            << QByteArray("\"2025-05-12\"") << QByteArray("\"~2025-04-28\"") << 11 << 13
            << u"/visit/date"_qs << visitDate + u"\"~2025-04-28\" is an approximate day"_qs;
        QTest::newRow("visit date: a span of years")
            << QByteArray("\"2025-05-12\"") << QByteArray("\"2020/2025\"") << 11 << 13
            << u"/visit/date"_qs << visitDate + u"\"2020/2025\" is a span that starts with a year"_qs;
        QTest::newRow("visit date: a span that ends with a month")
            << QByteArray("\"2025-05-12\"") << QByteArray("\"2025-04-28/2025-05\"") << 11 << 13
            << u"/visit/date"_qs
            << visitDate + u"\"2025-04-28/2025-05\" is a span that ends with a month"_qs;
        QTest::newRow("produced: a year")
            << QByteArray("\"title\": \"Minimal test briefing\",")
            << QByteArray("\"title\": \"Minimal test briefing\", \"produced\": \"2025\",") << 5 << 49
            << u"/produced"_qs
            << u"\"produced\" must be a day, such as \"2025-04-20\", but \"2025\" is a year"_qs;
        QTest::newRow("produced: a span of days")
            << QByteArray("\"title\": \"Minimal test briefing\",")
            << QByteArray("\"title\": \"Minimal test briefing\", \"produced\": \"2025-04-20/2025-04-21\",")
            << 5 << 49 << u"/produced"_qs
            << u"\"produced\" must be a day, such as \"2025-04-20\", but \"2025-04-20/2025-04-21\" is "
               "a span"_qs;
        // A required text given as an empty string in a language would show as nothing.
        QTest::newRow("required text empty in its language")
            << QByteArray("\"title\": \"Minimal test briefing\"") << QByteArray("\"title\": {\"en\": \"\"}")
            << 5 << 19 << u"/title/en"_qs
            << u"the \"en\" text of \"title\" is empty; write it, or leave that language out"_qs;
        QTest::newRow("required text only white space in its language")
            << QByteArray("\"title\": \"Minimal test briefing\"")
            << QByteArray("\"title\": {\"en\": \" \\t \"}") << 5 << 19 << u"/title/en"_qs
            << u"the \"en\" text of \"title\" is empty; write it, or leave that language out"_qs;
        const QString notOurs = u"is not a language this program shows; a briefing's texts may be "
                                "written only in \"en\", \"az\" or \"fa\""_qs;
        QTest::newRow("text in a language the program does not show")
            << QByteArray("\"title\": \"Minimal test briefing\"")
            << QByteArray("\"title\": {\"en\": \"Minimal\", \"xx\": \"X\"}") << 5 << 36
            << u"/title/xx"_qs << u"\"xx\" "_qs + notOurs;
        QTest::newRow("briefing in a language the program does not show")
            << QByteArray("\"languages\": [\"en\"]") << QByteArray("\"languages\": [\"xx\"]") << 4
            << 17 << u"/languages/0"_qs << u"\"xx\" "_qs + notOurs;
        QTest::newRow("more agenda areas than tabs can hold")
            << QByteArray("\"agenda\": []") << QByteArray("\"agenda\": [" + areas(25) + "]") << 24
            << 1012 << u"/agenda/24"_qs
            << u"a briefing may have at most 24 agenda areas, each shown as a tab, but this one "
               "has 25; this is area 25"_qs;
        // The value as written, not rounded to six digits ("lat 90 is out of range").
        QTest::newRow("latitude just out of range")
            << QByteArray("\"lat\": 10.5") << QByteArray("\"lat\": 90.0000001") << 26 << 81
            << u"/places/0/lat"_qs
            << u"lat 90.0000001 is out of range: it must be between -90 and 90"_qs;
        QTest::newRow("source address with a space")
            << QByteArray("\"https://example.org/source-1\"")
            << QByteArray("\"https://example.org/source 1\"") << 22 << 92 << u"/sources/0/url"_qs
            << u"a source address may not contain a space (character 27 of the address); write "
               "it as %20"_qs;
        QTest::newRow("source address with a quote")
            << QByteArray("\"https://example.org/source-1\"")
            << QByteArray("\"https://example.org/\\\"q\\\"\"") << 22 << 92 << u"/sources/0/url"_qs
            << u"a source address may not contain a double quote (character 21 of the address); "
               "write it as %22"_qs;
        // Each kind of text has a length limit of its own, far above any real briefing.
        QTest::newRow("id too long")
            << QByteArray("{\"id\": \"country-b\", \"name\": \"Country B\"}")
            << QByteArray("{\"id\": \"" + QByteArray(65, 'c') + "\", \"name\": \"Country B\"}") << 16
            << 12 << u"/countries/1/id"_qs
            << u"this id is 65 characters long; an id may have at most 64"_qs;
        QTest::newRow("reference too long to be an id")
            << QByteArray("\"visitors\": [\"person-a\"]")
            << QByteArray("\"visitors\": [\"" + QByteArray(65, 'p') + "\"]") << 9 << 18
            << u"/visit/visitors/0"_qs << u"this id is 65 characters long; an id may have at most 64"_qs;
        QTest::newRow("title too long")
            << QByteArray("\"Minimal test briefing\"") << QByteArray('"' + QByteArray(301, 't') + '"')
            << 5 << 12 << u"/title"_qs
            << u"\"title\" is 301 characters long; a title or name may have at most 300"_qs;
        QTest::newRow("name too long in one language")
            << QByteArray("\"name\": \"Country A\"")
            << QByteArray("\"name\": {\"en\": \"" + QByteArray(301, 'n') + "\"}") << 15 << 40
            << u"/countries/0/name/en"_qs
            << u"\"name\" is 301 characters long; a title or name may have at most 300"_qs;
        QTest::newRow("address too long")
            << QByteArray("\"https://example.org/source-1\"")
            << QByteArray("\"https://example.org/" + QByteArray(1981, 'u') + '"') << 22 << 92
            << u"/sources/0/url"_qs
            << u"the address is 2,001 characters long; an address may have at most 2,000"_qs;
        QTest::newRow("paragraph too long")
            << QByteArray("\"Test fixture: fictional content.\"")
            << QByteArray('"' + QByteArray(20001, 'x') + '"') << 12 << 16 << u"/visit/purpose"_qs
            << u"\"purpose\" is 20,001 characters long; a paragraph of text may have at most 20,000"_qs;
        // A text of combining marks alone would draw a tower of them over the page.
        QTest::newRow("combining marks alone")
            << QByteArray("\"Test fixture: fictional content.\"")
            << QByteArray('"' + QByteArray("\\u0301").repeated(2000) + '"') << 12 << 16
            << u"/visit/purpose"_qs
            << u"the text has more than 30 combining marks in a row, from its character 1 on"_qs;
        QTest::newRow("combining marks after a letter")
            << QByteArray("\"Test fixture: fictional content.\"")
            << QByteArray("\"Test fixture" + QByteArray("\\u0301").repeated(31)
                          + ": fictional content.\"")
            << 12 << 16 << u"/visit/purpose"_qs
            << u"the text has more than 30 combining marks in a row, from its character 13 on"_qs;
        QTest::newRow("unknown enum value")
            << QByteArray("\"kind\": \"capital\"") << QByteArray("\"kind\": \"metropolis\"") << 26
            << 63 << u"/places/0/kind"_qs << u"\"metropolis\" is not one of the allowed values"_qs;
    }

    void problems()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, path);
        QFETCH(QString, message);

        QByteArray data = minimal();
        QVERIFY2(data.contains(from), from.constData());
        data.replace(data.indexOf(from), from.size(), to);
        const auto result = BriefingReader::readData(data, u"test.briefing.json"_qs);
        QVERIFY(!result.briefing);
        QVERIFY(!result.problems.isEmpty());
        const Problem &problem = result.problems.constFirst();
        QCOMPARE(problem.severity, Problem::Severity::Error);
        QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
        QCOMPARE(problem.path, path);
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
        QCOMPARE(problem.file, u"test.briefing.json"_qs);
        QVERIFY(problem.toString().startsWith(
            u"test.briefing.json:%1:%2: error: "_qs.arg(line).arg(column)));
    }

    // What the checks above refuse stops exactly at the limit: these load without an error.
    void acceptedAtTheLimits_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("visit on a span of days")
            << QByteArray("\"2025-05-12\"") << QByteArray("\"2025-04-28/2025-04-30\"");
        QTest::newRow("thirty combining marks in a row")
            << QByteArray("\"Test fixture: fictional content.\"")
            << QByteArray("\"Test fixture" + QByteArray("\\u0301").repeated(30)
                          + ": fictional content.\"");
        QTest::newRow("produced on a day")
            << QByteArray("\"title\": \"Minimal test briefing\",")
            << QByteArray("\"title\": \"Minimal test briefing\", \"produced\": \"2025-04-20\",");
        QTest::newRow("texts in the program's languages")
            << QByteArray("\"languages\": [\"en\"]") << QByteArray("\"languages\": [\"fa\", \"az\", \"en\"]");
        QTest::newRow("24 agenda areas")
            << QByteArray("\"agenda\": []") << QByteArray("\"agenda\": [" + areas(24) + "]");
        QTest::newRow("an id of 64 characters")
            << QByteArray("\"source-1\", \"title\"")
            << QByteArray("\"" + QByteArray(64, 's') + "\", \"title\"");
        // 300 characters outside the Basic Multilingual Plane are 600 UTF-16 units.
        QTest::newRow("a title of 300 characters, each two UTF-16 units")
            << QByteArray("\"Minimal test briefing\"")
            << QByteArray('"' + QString(u"\U0001F30D"_qs).repeated(300).toUtf8() + '"');
        QTest::newRow("an address of 2,000 characters")
            << QByteArray("\"https://example.org/source-1\"")
            << QByteArray("\"https://example.org/" + QByteArray(1980, 'u') + '"');
        QTest::newRow("a paragraph of 20,000 characters")
            << QByteArray("\"Test fixture: fictional content.\"")
            << QByteArray('"' + QByteArray(20000, 'x') + '"');
        QTest::newRow("latitude 90")
            << QByteArray("\"lat\": 10.5") << QByteArray("\"lat\": 90.0");
    }

    void acceptedAtTheLimits()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QByteArray data = minimal();
        QVERIFY2(data.contains(from), from.constData());
        data.replace(data.indexOf(from), from.size(), to);
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        QVERIFY(!hasErrors(result.problems));
    }

    // A letter with more combining marks than any word of the program's languages needs is
    // shown with its first four, so that they stay on its line; the author is told where.
    void stackedMarksAreCutWithAWarning()
    {
        QByteArray data = minimal();
        const QByteArray from = "\"Test fixture: fictional content.\"";
        QVERIFY(data.contains(from));
        data.replace(from, QByteArray("\"Test fixture" + QByteArray("\\u0301").repeated(7)
                                      + ": fictional \\u064E\\u0651content.\""));
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        QVERIFY(!hasErrors(result.problems));
        const auto warning = std::find_if(
            result.problems.cbegin(), result.problems.cend(),
            [](const Problem &problem) { return problem.path == u"/visit/purpose"_qs; });
        QVERIFY(warning != result.problems.cend());
        QCOMPARE(warning->severity, Problem::Severity::Warning);
        QCOMPARE(warning->line, 12);
        QCOMPARE(warning->column, 16);
        QVERIFY2(warning->message.contains(u"the text has 7 combining marks in a row, from its "
                                           "character 13 on; only the first 4 are shown"_qs),
                 qPrintable(warning->message));
        // Two marks, as Persian writes them, are kept.
        QCOMPARE(result.briefing->visit.purpose.exact(u"en"_qs),
                 u"Test fixture"_qs + QString(4, QChar(0x0301))
                     + u": fictional \u064E\u0651content."_qs);
    }

    void unknownKeyIsAWarning()
    {
        QByteArray data = minimal();
        data.replace("\"title\": \"Minimal", "\"titel\": \"typo\", \"title\": \"Minimal");
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY(result.briefing);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().severity, Problem::Severity::Warning);
        QCOMPARE(result.problems.first().path, u"/titel"_qs);
        QCOMPARE(result.problems.first().line, 5);
        QCOMPARE(result.problems.first().column, 12);
    }

    // A briefing in several languages whose texts lack one of them is read, with the fallback:
    // one warning per language sums them up, and a note under it names each text, with its
    // line, for --check.
    void missingLanguagesAreSummedUp()
    {
        QByteArray data = minimal();
        data.replace("\"languages\": [\"en\"]", "\"languages\": [\"en\", \"az\", \"fa\"]");
        data.replace("\"title\": \"Minimal test briefing\"",
                     "\"title\": {\"en\": \"Minimal\", \"fa\": \"\u06A9\u0645\u06CC\u0646\u0647\"}");
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY(result.briefing);
        const auto texts = [&](Problem::Severity severity, const QString &language) {
            for (const Problem &p : result.problems) {
                if (p.severity == severity && p.path == u"/languages"
                    && p.message.contains(language)) {
                    return p.message;
                }
            }
            return QString();
        };
        // The title lacks Azerbaijani; every plain string of the minimal file lacks both.
        const QString az = texts(Problem::Severity::Warning, u"Azerbaijani"_qs);
        const QString fa = texts(Problem::Severity::Warning, u"Persian"_qs);
        QVERIFY2(az.contains(u" have no Azerbaijani version; they are shown in English."_qs),
                 qPrintable(az));
        QVERIFY2(fa.contains(u" have no Persian version; they are shown in English."_qs),
                 qPrintable(fa));
        const int azCount = az.section(u' ', 0, 0).toInt();
        const int faCount = fa.section(u' ', 0, 0).toInt();
        QCOMPARE(azCount, faCount + 1); // the title has Persian, not Azerbaijani
        QCOMPARE(warningCount(result.problems), 2);

        const auto title = std::find_if(result.problems.cbegin(), result.problems.cend(),
                                        [](const Problem &p) { return p.path == u"/title"; });
        QVERIFY(title != result.problems.cend());
        QCOMPARE(title->severity, Problem::Severity::Note);
        QCOMPARE(title->line, 5);
        QCOMPARE(title->message, u"no Azerbaijani text; the English text is shown"_qs);
        QVERIFY(title->toString().startsWith(u"t.json:5:"_qs));
        QVERIFY(title->toString().contains(u": note: "_qs));
        const qsizetype notes = std::count_if(
            result.problems.cbegin(), result.problems.cend(),
            [](const Problem &p) { return p.severity == Problem::Severity::Note; });
        QCOMPARE(notes, azCount + faCount);
        // The reader still shows something: the fallback, English.
        QCOMPARE(result.briefing->text(result.briefing->title, u"az"_qs).text, u"Minimal"_qs);
    }

    // A source's title is the title it has in its own language: never a missing translation.
    void sourceTitlesAreNotTranslations()
    {
        QByteArray data = minimal();
        data.replace("\"languages\": [\"en\"]", "\"languages\": [\"en\", \"fa\"]");
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY(result.briefing);
        QVERIFY(!result.problems.isEmpty());
        for (const Problem &p : result.problems)
            QVERIFY2(!p.path.startsWith(u"/sources/"), qPrintable(p.toString()));
    }

    // Where one id belongs, a list is named as such, not as "text in double quotes".
    void listWhereOneIdBelongs()
    {
        QByteArray data = minimal();
        const QByteArray host = "\"host\": \"";
        const qsizetype at = data.indexOf(host);
        QVERIFY(at >= 0);
        const qsizetype end = data.indexOf('"', at + host.size());
        const QByteArray id = data.mid(at + host.size(), end - at - host.size());
        data.replace(at, end + 1 - at, QByteArray("\"host\": [\"" + id + "\", \"" + id + "\"]"));
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY(!result.briefing);
        const auto problem = std::find_if(result.problems.cbegin(), result.problems.cend(),
                                          [](const Problem &p) { return p.path == u"/visit/host"; });
        QVERIFY(problem != result.problems.cend());
        QVERIFY2(problem->message.startsWith(
                     u"\"host\" takes one country id, not a list: write one id in double quotes"_qs),
                 qPrintable(problem->message));
        QVERIFY(problem->line > 0);
        QVERIFY(problem->column > 0);
    }

    void sourceLanguageIsACode_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("valid");
        QTest::newRow("en") << u"en"_qs << true;
        QTest::newRow("pt-BR") << u"pt-BR"_qs << true;
        QTest::newRow("zh-Hant") << u"zh-Hant"_qs << true;
        QTest::newRow("es-419") << u"es-419"_qs << true;
        QTest::newRow("a name") << u"Polish"_qs << false;
        QTest::newRow("capitals") << u"EN"_qs << false;
        QTest::newRow("a sentence") << u"en and fa"_qs << false;
    }

    void sourceLanguageIsACode()
    {
        QFETCH(QString, language);
        QFETCH(bool, valid);
        QByteArray data = minimal();
        const qsizetype at = data.indexOf("\"publisher\"");
        QVERIFY(at >= 0);
        data.insert(at, "\"language\": \"" + language.toUtf8() + "\", ");
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QCOMPARE(bool(result.briefing), valid);
        if (!valid) {
            const auto problem = std::find_if(
                result.problems.cbegin(), result.problems.cend(),
                [](const Problem &p) { return p.path.endsWith(u"/language"); });
            QVERIFY(problem != result.problems.cend());
            QVERIFY2(problem->message.startsWith(u"\"" + language + u"\" is not a language code"),
                     qPrintable(problem->message));
            QVERIFY(problem->line > 0);
        }
    }

    void byteOrderMarkIsAccepted()
    {
        const auto result = BriefingReader::readData("\xEF\xBB\xBF" + minimal(), u"t.json"_qs);
        QVERIFY(result.briefing);
        QVERIFY(result.problems.isEmpty());
    }

    void wholeFileProblems_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("empty") << QByteArray() << u"the file is empty"_qs << 1 << 1;
        QTest::newRow("blank") << QByteArray(" \n\n ")
                               << u"the file holds only white space (spaces, tabs or line breaks) "
                                  "and no briefing"_qs
                               << 1 << 1;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"holds a list"_qs << 1 << 1;
        QTest::newRow("scalar") << QByteArray("\n  42") << u"holds a single value"_qs << 2 << 3;
        QTest::newRow("truncated") << minimal().left(300) << u"ends before the JSON is complete"_qs
                                   << 14 << 1;
        QTest::newRow("trailing text") << minimal() + "}" << u"more text after the end"_qs << 29 << 1;
    }

    void wholeFileProblems()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY(!result.briefing);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().message.contains(message),
                 qPrintable(result.problems.first().message));
        QCOMPARE(result.problems.first().line, line);
        QCOMPARE(result.problems.first().column, column);
    }

    void filesThatAreNotBriefings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto result = BriefingReader::readFile(dir.filePath(u"missing.json"_qs));
        QVERIFY(!result.briefing);
        QVERIFY(result.problems.first().message.contains(u"does not exist"_qs));

        result = BriefingReader::readFile(dir.path());
        QVERIFY(!result.briefing);
        QVERIFY(result.problems.first().message.contains(u"folder"_qs));

        // Rejected by its size before a byte is read: a sparse file costs no disk.
        QFile big(dir.filePath(u"big.json"_qs));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(BriefingReader::MaxFileBytes + 1));
        big.close();
        result = BriefingReader::readFile(big.fileName());
        QVERIFY(!result.briefing);
        QVERIFY2(result.problems.first().message.contains(u"larger than the limit"_qs),
                 qPrintable(result.problems.first().message));
    }

    void manyProblemsAreSummarised()
    {
        QByteArray events = "\"agenda\": [], \"events\": [";
        for (int i = 0; i < 2000; ++i) {
            if (i > 0)
                events += ',';
            events += "{\"id\": \"e" + QByteArray::number(i)
                + "\", \"title\": \"E\", \"date\": \"2025-13\", \"sources\": [\"source-1\"]}";
        }
        events += ']';
        QByteArray data = minimal();
        data.replace("\"agenda\": []", events);
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY(!result.briefing);
        QCOMPARE(result.problems.size(), 501);
        QVERIFY(result.problems.last().message.contains(u"1500 more problems"_qs));
        QCOMPARE(result.problems.first().path, u"/events/0/date"_qs);
        QCOMPARE(result.problems.first().line, 24);
    }

    // Many entries that name one place, or relate to one event: each list of the entries
    // that name it holds each once, in the order they come in the file (agenda items first,
    // then events), however long it is.
    void entriesNamingOneKeepTheirOrder()
    {
        constexpr int count = 300;
        // File order is not the order of the ids, so that a sorted list would differ.
        const auto eventId = [](int i) -> QByteArray {
            return "ev-" + QByteArray::number(i * 37 % count);
        };
        QByteArray events = "\"agenda\": [{\"id\": \"area\", \"title\": \"A\", \"items\": "
                            "[{\"id\": \"item\", \"title\": \"I\", \"text\": \"T\", "
                            "\"sources\": [\"source-1\"], \"places\": [\"place-b\"], "
                            "\"related\": [\"" + eventId(0) + "\"]}]}], \"events\": [";
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                events += ',';
            // The first two name each other; every later one names the first.
            const QByteArray related = eventId(i == 0 ? 1 : 0);
            events += "{\"id\": \"" + eventId(i)
                + "\", \"title\": \"E\", \"date\": \"2025-01-01\", \"sources\": [\"source-1\"], "
                  "\"places\": [\"place-b\"], \"related\": [\""
                + related + "\"]}";
        }
        events += ']';
        QByteArray data = minimal();
        data.replace("\"agenda\": []", events);
        const auto result = BriefingReader::readData(data, u"t.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).message));
        const Briefing &b = *result.briefing;

        QStringList namingThePlace{u"item"_qs};
        for (int i = 0; i < count; ++i)
            namingThePlace.append(QString::fromLatin1(eventId(i)));
        QCOMPARE(b.entriesAt(u"place-b"_qs), namingThePlace);

        const QString first = QString::fromLatin1(eventId(0));
        const QString second = QString::fromLatin1(eventId(1));
        QStringList relatedToFirst{u"item"_qs, second};
        for (int i = 2; i < count; ++i)
            relatedToFirst.append(QString::fromLatin1(eventId(i)));
        QCOMPARE(b.relatedIds(first), relatedToFirst);
        QCOMPARE(b.relatedIds(second), QStringList{first});
        QCOMPARE(b.relatedIds(u"item"_qs), QStringList{first});
    }

    void documentContent()
    {
        const auto result = BriefingReader::readFile(
            testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        QVERIFY(result.briefing);
        const Briefing &b = *result.briefing;
        QCOMPARE(b.languages, QStringList({u"en"_qs, u"fa"_qs}));
        QCOMPARE(b.agenda.size(), 5);
        QVERIFY(b.tensions.isEmpty());
        QVERIFY(b.hasRegion);
        QVERIFY(b.region.crossesDateline());
        // Every reference resolves, both ways.
        for (const TimelineEvent &event : b.events) {
            for (const QString &related : event.related) {
                QVERIFY(b.entry(related));
                QVERIFY(b.relatedIds(related).contains(event.id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBriefingReader)
#include "tst_briefingreader.moc"
