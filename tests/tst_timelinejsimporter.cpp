#include "formats/briefingloader.h"
#include "formats/importedbriefing.h"
#include "formats/timelinejsimporter.h"
#include "testdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

// TimelineJS import through the one entry point File > Open uses: recognition, dates with the
// precision their fields give, groups, eras, plain text, links as sources, and every event that
// cannot be placed reported at its line, column and path.
class TestTimelineJsImporter : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &name)
    {
        QFile file(testDataPath(u"import/"_qs + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read test data");
        return file.readAll();
    }

    static BriefingReader::Result imported(const QString &name)
    {
        const auto result = BriefingLoader::readForeign(read(name), name);
        if (!result)
            qFatal("not recognised as a foreign format");
        return *result;
    }

    static const Problem *problemAt(const Problems &problems, const QString &path)
    {
        for (const Problem &problem : problems) {
            if (problem.path == path)
                return &problem;
        }
        return nullptr;
    }

private Q_SLOTS:
    void recognition_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("recognised");
        QTest::newRow("timeline") << QByteArray(R"({"events": [{"start_date": {"year": 2020}}]})")
                                  << true;
        QTest::newRow("title slide only") << QByteArray(R"({"title": {"text": {}}, "events": []})")
                                          << true;
        QTest::newRow("briefing") << QByteArray(R"({"format": "briefing", "events": [{"start_date": {}}]})")
                                  << false;
        QTest::newRow("events of something else") << QByteArray(R"({"events": [1, 2]})") << false;
        QTest::newRow("TimelineJS 2") << QByteArray(R"({"timeline": {"date": []}})") << true;
        QTest::newRow("TimelineJS 2, eras only") << QByteArray(R"({"timeline": {"era": []}})")
                                                 << true;
        QTest::newRow("a timeline key of something else")
            << QByteArray(R"({"timeline": {"headline": "x"}})") << false;
        QTest::newRow("not JSON") << QByteArray(R"({"events": [)") << false;
        QTest::newRow("a list") << QByteArray(R"([{"events": []}])") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void recognition()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, recognised);
        QCOMPARE(BriefingLoader::readForeign(data, u"t.json"_qs).has_value(), recognised);
    }

    void briefingFilesAreLeftToTheReader()
    {
        QFile file(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!BriefingLoader::readForeign(file.readAll(), u"f.json"_qs));
    }

    void truncatedFileIsLeftToTheReader()
    {
        // The reader then reports the syntax error with its position, as for any JSON.
        const QByteArray data = read(u"timeline-truncated.json"_qs);
        QVERIFY(!BriefingLoader::readForeign(data, u"t.json"_qs));
        const auto result = BriefingLoader::readData(data, u"t.json"_qs);
        QVERIFY(!result.briefing);
        QVERIFY(result.problems.constFirst().line > 1);
    }

    void events_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("lane");
        QTest::newRow("year only") << u"ev-year"_qs << u"1993"_qs
                                   << int(FuzzyDate::Precision::Year) << u"Relations established"_qs
                                   << u"Diplomacy"_qs;
        QTest::newRow("year and month") << u"ev-month"_qs << u"2030-11"_qs
                                        << int(FuzzyDate::Precision::Month) << u"Study published"_qs
                                        << u"Transport"_qs;
        QTest::newRow("days, a span from a time") << u"ev-day"_qs << u"2031-03-10T09:30/2031-03-11"_qs
                                      << int(FuzzyDate::Precision::Day) << u"Working visit"_qs
                                      << u"Diplomacy"_qs;
        QTest::newRow("empty month and day are absent") << u"event-1"_qs << u"2021"_qs
                                                        << int(FuzzyDate::Precision::Year)
                                                        << u"Empty parts"_qs << QString();
    }

    void events()
    {
        QFETCH(QString, id);
        QFETCH(QString, date);
        QFETCH(int, precision);
        QFETCH(QString, title);
        QFETCH(QString, lane);
        const auto result = imported(u"timeline.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        const Briefing &b = *result.briefing;
        const Entry *entry = b.entry(id);
        QVERIFY2(entry, qPrintable(id));
        const auto *event = static_cast<const TimelineEvent *>(entry);
        QCOMPARE(event->date.toIsoString(), date);
        QCOMPARE(int(event->date.start().precision), precision);
        QCOMPARE(event->title.exact(u"en"_qs), title);
        QCOMPARE(b.laneTitle(event->lane).exact(u"en"_qs), lane);
    }

    void documentIsMarkedAsImported()
    {
        const auto result = imported(u"timeline.json"_qs);
        QVERIFY(result.briefing);
        const Briefing &b = *result.briefing;
        QCOMPARE(b.title.exact(u"en"_qs), u"Rail & River Talks"_qs);
        QCOMPARE(b.summary.exact(u"en"_qs), u"A test timeline.\n\nFictional content."_qs);
        QVERIFY(b.subtitle.exact(u"en"_qs).contains(u"TimelineJS"_qs));
        // No invented visit: no place, no date, "not stated" where the format needs words.
        QVERIFY(b.visit.place.isEmpty());
        QVERIFY(!b.visit.date.isValid());
        QCOMPARE(b.visit.kind.exact(u"en"_qs), u"Not stated"_qs);
        QVERIFY(b.places.isEmpty());
        QCOMPARE(b.events.size(), 4);
        QCOMPARE(b.lanes.size(), 2);
        QCOMPARE(b.periods.size(), 1);
        QCOMPARE(b.periods.constFirst().date.toIsoString(), u"2028/2030-11"_qs);
        QCOMPARE(b.periods.constFirst().title.exact(u"en"_qs), u"Rail talks"_qs);
        QCOMPARE(result.problems.constFirst().severity, Problem::Severity::Warning);
        QVERIFY(result.problems.constFirst().message.contains(u"not stated"_qs));
    }

    void textIsPlainAndLinksAreCheckedSources()
    {
        const auto result = imported(u"timeline.json"_qs);
        QVERIFY(result.briefing);
        const Briefing &b = *result.briefing;
        const Entry *study = b.entry(u"ev-month"_qs);
        QVERIFY(study);
        QCOMPARE(study->text.exact(u"en"_qs), u"See the study \u2014 and this."_qs);
        QStringList urls;
        for (const QString &id : study->sources)
            urls.append(b.source(id)->url);
        QCOMPARE(urls, (QStringList{u"https://example.org/study"_qs, u"https://example.org/photo.jpg"_qs}));
        QCOMPARE(b.source(study->sources.at(1))->publisher, u"Example Institute"_qs);
        const Problem *dropped = problemAt(result.problems, u"/events/1/text/text"_qs);
        QVERIFY(dropped);
        QVERIFY(dropped->message.contains(u"javascript:alert(1)"_qs));
        QCOMPARE(dropped->line, 15);

        const Entry *visit = b.entry(u"ev-day"_qs);
        QCOMPARE(visit->text.exact(u"en"_qs), u"Two days.\nSecond line."_qs);
        QVERIFY(visit->note.exact(u"en"_qs).contains(u"10–11 March 2031"_qs));
    }

    void unplaceableEventsAreReported_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("no start_date") << u"/events/3"_qs << 26 << u"\"Undated rumour\" has no start_date"_qs;
        QTest::newRow("year out of range") << u"/events/4/start_date/year"_qs << 30
                                           << u"12000 is outside 1 to 9999"_qs;
        QTest::newRow("day that does not exist") << u"/events/5/start_date/day"_qs << 34
                                                 << u"the day does not exist in 2020-02"_qs;
        QTest::newRow("era backwards") << u"/eras/1"_qs << 43 << u"\"Backwards\" is left out"_qs;
    }

    void unplaceableEventsAreReported()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto result = imported(u"timeline.json"_qs);
        QVERIFY(result.briefing);
        const Problem *problem = problemAt(result.problems, path);
        QVERIFY2(problem, qPrintable(path));
        QCOMPARE(problem->severity, Problem::Severity::Warning);
        QVERIFY2(problem->message.contains(message), qPrintable(problem->message));
        QCOMPARE(problem->line, line);
        QVERIFY(problem->column > 0);
        QCOMPARE(problem->file, u"timeline.json"_qs);
    }

    void everyBrokenEventIsListed()
    {
        const auto result = imported(u"timeline-only-broken.json"_qs);
        QVERIFY(result.briefing);
        QCOMPARE(result.briefing->events.size(), 1);
        // An id the format cannot take is replaced, not refused.
        QCOMPARE(result.briefing->events.constFirst().id, u"event-1"_qs);
        QVERIFY(problemAt(result.problems, u"/events/1/start_date/month"_qs));
        QVERIFY(problemAt(result.problems, u"/events/2/start_date"_qs));
        QVERIFY(problemAt(result.problems, u"/events/3"_qs));
        for (const Problem &problem : result.problems)
            QCOMPARE(problem.severity, Problem::Severity::Warning);
    }

    // TimelineJS shows events by date, whatever the file's order; so does the import.
    void eventsComeInDateOrder()
    {
        const QByteArray data = R"({"events": [
            {"start_date": {"year": 1948}, "text": {"headline": "Later"}},
            {"start_date": {"year": 1943, "month": 11}, "text": {"headline": "Earlier"}},
            {"start_date": {"year": 1948}, "text": {"headline": "Same year, after Later"}}
        ]})";
        const auto result = BriefingLoader::readForeign(data, u"order.json"_qs);
        QVERIFY(result && result->briefing);
        QStringList titles;
        for (const TimelineEvent &event : result->briefing->events)
            titles.append(event.title.exact(u"en"_qs));
        QCOMPARE(titles, (QStringList{u"Earlier"_qs, u"Later"_qs, u"Same year, after Later"_qs}));
    }

    // A file whose every event has a year the program cannot show (before the common era,
    // "cosmological" years) is refused with a message, never opened as an empty briefing.
    void aFileWithNoPlaceableEventIsRefused()
    {
        const QByteArray data = R"({"title": {"text": {"headline": "The universe"}}, "events": [
            {"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}},
            {"start_date": {"year": -4500000000}, "text": {"headline": "Earth forms"}}
        ]})";
        const auto result = BriefingLoader::readForeign(data, u"cosmological.json"_qs);
        QVERIFY(result);
        QVERIFY(!result->briefing);
        const Problem *error = nullptr;
        for (const Problem &problem : result->problems) {
            if (problem.severity == Problem::Severity::Error)
                error = &problem;
        }
        QVERIFY(error);
        QVERIFY2(error->message.contains(u"none of the 2 event"_qs), qPrintable(error->message));
        QCOMPARE(error->line, 1);
        // Each event still says why it was left out.
        QVERIFY(problemAt(result->problems, u"/events/0/start_date/year"_qs));
        QVERIFY(problemAt(result->problems, u"/events/1/start_date/year"_qs));
    }

    // TimelineJS reads a file whose object gives a key twice (Knight Lab's own example of
    // media types does), taking the value given last; so does the import, and says where.
    void aRepeatedKeyTakesTheLastValueWithAWarning_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("an event's background") << u"/events/0/background"_qs << u"background"_qs
                                               << 9 << 7;
        QTest::newRow("a headline") << u"/events/1/text/headline"_qs << u"headline"_qs << 13 << 43;
    }

    void aRepeatedKeyTakesTheLastValueWithAWarning()
    {
        QFETCH(QString, path);
        QFETCH(QString, key);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto result = imported(u"timeline-repeated-key.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        QStringList titles;
        for (const TimelineEvent &event : result.briefing->events)
            titles.append(event.title.exact(u"en"_qs));
        QCOMPARE(titles, (QStringList{u"Bridge opened"_qs, u"Tunnel opened"_qs}));
        const Problem *problem = problemAt(result.problems, path);
        QVERIFY2(problem, qPrintable(path));
        QCOMPARE(problem->severity, Problem::Severity::Warning);
        QCOMPARE(problem->line, line);
        QCOMPARE(problem->column, column);
        const QString named = u"\"%1\" appears twice in one object, here at line %2, column %3"_qs
                                  .arg(key).arg(line).arg(column);
        QVERIFY2(problem->message.contains(named), qPrintable(problem->message));
        QVERIFY(problem->message.contains(u"TimelineJS takes the value given last"_qs));
    }

    // The older format that Knight Lab's TimelineJS 2 read ({"timeline": {"date": [...]}}),
    // which many timelines made before 2015 still use: its slides, eras, groups ("tag") and
    // title come through, with a warning that names the format.
    void theOlderFormatIsRead_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("lane");
        QTest::newRow("year,month,day") << u"Ferry line opened"_qs << u"1994-06-14"_qs
                                        << u"Transport"_qs;
        QTest::newRow("years, a span") << u"Harbour talks"_qs << u"1996/1998"_qs
                                       << u"Diplomacy"_qs;
        QTest::newRow("month/day/year and a time") << u"Customs accord signed"_qs
                                                   << u"2001-03-09T14:30"_qs << u"Diplomacy"_qs;
        QTest::newRow("year,month; an empty endDate") << u"Second quay built"_qs << u"2003-11"_qs
                                                      << QString();
    }

    void theOlderFormatIsRead()
    {
        QFETCH(QString, title);
        QFETCH(QString, date);
        QFETCH(QString, lane);
        const auto result = imported(u"timeline-v2.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        const Briefing &b = *result.briefing;
        QCOMPARE(b.title.exact(u"en"_qs), u"Harbour & Ferry Agreements"_qs);
        QCOMPARE(b.summary.exact(u"en"_qs), u"An older-format test timeline.\n\nInvented content."_qs);
        QCOMPARE(b.events.size(), 4);
        const TimelineEvent *found = nullptr;
        for (const TimelineEvent &event : b.events) {
            if (event.title.exact(u"en"_qs) == title)
                found = &event;
        }
        QVERIFY2(found, qPrintable(title));
        QCOMPARE(found->date.toIsoString(), date);
        QCOMPARE(b.laneTitle(found->lane).exact(u"en"_qs), lane);
        QCOMPARE(b.periods.size(), 1);
        QCOMPARE(b.periods.constFirst().title.exact(u"en"_qs), u"First agreements"_qs);
        QCOMPARE(b.periods.constFirst().date.toIsoString(), u"1994-01-01/1999-12-31"_qs);
        const Problem *format = problemAt(result.problems, u"/timeline"_qs);
        QVERIFY(format);
        QVERIFY2(format->message.contains(u"older TimelineJS 2 format"_qs),
                 qPrintable(format->message));
        QVERIFY(!problemAt(result.problems, u"/timeline/date/3/endDate"_qs));
    }

    void theOlderFormatKeepsItsTimesAndMedia()
    {
        const auto result = imported(u"timeline-v2.json"_qs);
        QVERIFY(result.briefing);
        const Briefing &b = *result.briefing;
        const TimelineEvent *accord = nullptr;
        const TimelineEvent *ferry = nullptr;
        for (const TimelineEvent &event : b.events) {
            if (event.title.exact(u"en"_qs) == u"Customs accord signed"_qs)
                accord = &event;
            if (event.title.exact(u"en"_qs) == u"Ferry line opened"_qs)
                ferry = &event;
        }
        QVERIFY(accord && ferry);
        QCOMPARE(accord->date.start().time, QTime(14, 30));
        QVERIFY(accord->date.start().offsetUnknown);
        QStringList urls;
        for (const QString &id : ferry->sources)
            urls.append(b.source(id)->url);
        QCOMPARE(urls, (QStringList{u"https://example.org/ferry"_qs,
                                    u"https://example.org/ferry.jpg"_qs}));
        QCOMPARE(b.source(ferry->sources.at(1))->publisher, u"Coast Gazette"_qs);
    }

    void theOlderFormatSaysWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("a year before the era") << u"/timeline/date/4/startDate"_qs << 36
                                               << u"the year -350 is outside 1 to 9999"_qs;
        QTest::newRow("words, not a date") << u"/timeline/date/5/startDate"_qs << 40
                                           << u"\"next spring\" is not a date of the TimelineJS 2 format"_qs;
        QTest::newRow("no startDate") << u"/timeline/date/6"_qs << 43
                                      << u"has no startDate (TimelineJS 2 format)"_qs;
        QTest::newRow("an era without its end") << u"/timeline/era/1"_qs << 49
                                                << u"needs a startDate and an endDate (TimelineJS 2 format)"_qs;
    }

    void theOlderFormatSaysWhatItCannotRead()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto result = imported(u"timeline-v2.json"_qs);
        QVERIFY(result.briefing);
        const Problem *problem = problemAt(result.problems, path);
        QVERIFY2(problem, qPrintable(path));
        QCOMPARE(problem->severity, Problem::Severity::Warning);
        QVERIFY2(problem->message.contains(message), qPrintable(problem->message));
        QCOMPARE(problem->line, line);
    }

    // Years before the common era and the deep time of a "cosmological" timeline cannot be
    // shown by a briefing: each such event is named with its year where it stands, and the
    // events the briefing can show come through.
    void deepTimeYearsAreNamedAndTheRestComesThrough_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("13.6 billion years ago") << u"/events/0/start_date/year"_qs << 6
                                               << u"the year -13600000000 is outside"_qs;
        QTest::newRow("a number, not text") << u"/events/1/start_date/year"_qs << 10
                                            << u"the year -4500000000 is outside"_qs;
        QTest::newRow("before the common era") << u"/events/2/start_date/year"_qs << 15
                                               << u"the year -753 is outside"_qs;
        QTest::newRow("year zero, \"now\"") << u"/events/4/start_date/year"_qs << 24
                                             << u"the year 0 is outside"_qs;
    }

    void deepTimeYearsAreNamedAndTheRestComesThrough()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto result = imported(u"timeline-deep-time.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        const Briefing &b = *result.briefing;
        QCOMPARE(b.events.size(), 1);
        QCOMPARE(b.events.constFirst().title.exact(u"en"_qs), u"First satellite launched"_qs);
        QCOMPARE(b.events.constFirst().date.toIsoString(), u"1957-10-04T19:28"_qs);
        const Problem *problem = problemAt(result.problems, path);
        QVERIFY2(problem, qPrintable(path));
        QVERIFY2(problem->message.contains(message), qPrintable(problem->message));
        QCOMPARE(problem->line, line);
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("iso"); // empty: cannot be placed
        QTest::newRow("year number") << QByteArray(R"({"year": 2025})") << u"2025"_qs;
        QTest::newRow("year string") << QByteArray(R"({"year": "0850"})") << u"0850"_qs;
        QTest::newRow("month") << QByteArray(R"({"year": 2025, "month": 4})") << u"2025-04"_qs;
        QTest::newRow("day") << QByteArray(R"({"year": 2024, "month": "2", "day": "29"})")
                             << u"2024-02-29"_qs;
        QTest::newRow("an hour on a day: a time, no zone")
            << QByteArray(R"({"year": 2025, "month": 4, "day": 28, "hour": 14})")
            << u"2025-04-28T14:00"_qs;
        QTest::newRow("hour and minute as text, seconds not shown")
            << QByteArray(R"({"year": 2025, "month": 4, "day": 28, "hour": "9", "minute": "05",)"
                          R"( "second": 59, "millisecond": 999})")
            << u"2025-04-28T09:05"_qs;
        QTest::newRow("an hour on a month is not read")
            << QByteArray(R"({"year": 2025, "month": 4, "hour": 14})") << u"2025-04"_qs;
        QTest::newRow("hour 24: only the day")
            << QByteArray(R"({"year": 2025, "month": 4, "day": 28, "hour": 24})")
            << u"2025-04-28"_qs;
        QTest::newRow("minute 60: only the day")
            << QByteArray(R"({"year": 2025, "month": 4, "day": 28, "hour": 1, "minute": 60})")
            << u"2025-04-28"_qs;
        QTest::newRow("day without month") << QByteArray(R"({"year": 2025, "day": 3})") << u"2025"_qs;
        QTest::newRow("null month") << QByteArray(R"({"year": 2025, "month": null})") << u"2025"_qs;
        QTest::newRow("year before the era") << QByteArray(R"({"year": -44})") << QString();
        QTest::newRow("year zero") << QByteArray(R"({"year": 0})") << QString();
        QTest::newRow("fractional year") << QByteArray(R"({"year": 2025.5})") << QString();
        QTest::newRow("month 13") << QByteArray(R"({"year": 2025, "month": 13})") << QString();
        QTest::newRow("29 February 2023") << QByteArray(R"({"year": 2023, "month": 2, "day": 29})")
                                          << QString();
        QTest::newRow("no year") << QByteArray(R"({"month": 2})") << QString();
        QTest::newRow("TimelineJS 2 text, not a date") << QByteArray(R"("2025-04-28")") << QString();
        QTest::newRow("TimelineJS 2 year,month,day") << QByteArray(R"("2012,1,26")")
                                                     << u"2012-01-26"_qs;
        QTest::newRow("TimelineJS 2 year") << QByteArray(R"("1888")") << u"1888"_qs;
        QTest::newRow("TimelineJS 2 month/year") << QByteArray(R"("9/2011")") << u"2011-09"_qs;
        QTest::newRow("TimelineJS 2 empty parts") << QByteArray(R"("2011,,")") << u"2011"_qs;
        QTest::newRow("not an object") << QByteArray(R"([2025])") << QString();
    }

    void dates()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, iso);
        ImportedBriefing import(u"TimelineJS"_qs, u"en"_qs);
        const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
        qint64 withinDay = -1;
        const auto point = TimelineJsImporter::readDate(value, u"/d"_qs, import, &withinDay);
        QCOMPARE(point ? point->toIsoString() : QString(), iso);
        // A time is never given an offset: none is written, and none is kept.
        if (point && point->hasTime())
            QVERIFY(point->offsetUnknown);
    }

    // Hours and minutes come through as written, with no time zone invented; the events of
    // one day come in the order of their times (seconds and milliseconds too), after the day
    // as a whole; one warning per file says that the times are shown as written.
    void timesOfDayAreKeptAsWrittenAndOrdered()
    {
        const auto result = imported(u"timeline-times.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        QStringList order;
        for (const TimelineEvent &event : result.briefing->events)
            order.append(event.id + u' ' + event.date.toIsoString());
        QCOMPARE(order, (QStringList{u"day 2031-03-10"_qs,
                                     u"arrival 2031-03-10T09:05"_qs,
                                     u"talks 2031-03-10T11:00/2031-03-10T13:45"_qs,
                                     u"press 2031-03-10T15:30"_qs,
                                     u"signing 2031-03-10T15:30"_qs,
                                     u"toast 2031-03-10T15:30"_qs,
                                     u"badhour 2031-03-11"_qs}));
        const TimelineEvent &press = result.briefing->events.at(3);
        QVERIFY(press.date.start().offsetUnknown);
        QCOMPARE(press.date.start().time, QTime(15, 30));
        QVERIFY2(!press.note.exact(u"en"_qs).contains(u"15:30"_qs),
                 qPrintable(press.note.exact(u"en"_qs)));

        int said = 0;
        for (const Problem &problem : result.problems) {
            if (problem.message.contains(u"shown as written"_qs)) {
                ++said;
                QCOMPARE(problem.path, u"/events/0/start_date"_qs);
                QVERIFY(problem.message.contains(u"no time zone is assumed"_qs));
            }
        }
        QCOMPARE(said, 1);
        const Problem *bad = problemAt(result.problems, u"/events/6/start_date"_qs);
        QVERIFY(bad);
        QVERIFY2(bad->message.contains(u"only the day is kept"_qs), qPrintable(bad->message));
    }

    // A time with no zone is kept only in an import: a briefing file must give the offset.
    void aBriefingFileStillNeedsTheOffset()
    {
        QString problem;
        QVERIFY(!FuzzyDate::parse(u"2031-03-10T15:30", &problem).isValid());
        QVERIFY2(problem.contains(u"no time zone is guessed"_qs), qPrintable(problem));
        const FuzzyDate kept =
            FuzzyDate::parse(u"2031-03-10T15:30", nullptr, FuzzyDate::Offsets::MayBeUnknown);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.toIsoString(), u"2031-03-10T15:30"_qs);
    }
};

QTEST_GUILESS_MAIN(TestTimelineJsImporter)
#include "tst_timelinejsimporter.moc"
