#include "document/briefingreader.h"
#include "testdata.h"

#include <QFile>
#include <QLocale>
#include <QTest>

#include <algorithm>

// Version 2 of the briefing format: what a tour file fills in the document, each new check
// with the line and column where the author finds it, and version 1 files read as before.
class TestFormatVersion2 : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &relative)
    {
        QFile file(testDataPath(relative));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(relative));
        return file.readAll();
    }

    static QByteArray tour() { return read(u"valid/tour-example.briefing.json"_qs); }
    static QByteArray minimal() { return read(u"valid/minimal.briefing.json"_qs); }

    // The example of version 1 in docs/format.md, as a reader copies it.
    static QByteArray docsExample(const QByteArray &version)
    {
        QFile file(QStringLiteral(BRIEFING_TEST_DATA "/../../docs/format.md"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read docs/format.md");
        const QByteArray docs = file.readAll();
        const QByteArray start = "```json\n{\n  \"format\": \"briefing\",\n  \"version\": " + version;
        const qsizetype at = docs.indexOf(start);
        if (at < 0)
            return {};
        const qsizetype from = at + 8;
        return docs.mid(from, docs.indexOf("\n```", from) - from);
    }

    static qsizetype itemsOf(const Briefing &b)
    {
        qsizetype count = 0;
        for (const AgendaArea &area : b.agenda)
            count += area.items.size();
        return count;
    }

    // Whatever only version 2 fills is empty, or the one value version 1 gives.
    static void verifyNothingOfVersion2(const Briefing &b)
    {
        QCOMPARE(b.version, 1);
        QVERIFY(b.itinerary.isEmpty());
        QVERIFY(b.areas.isEmpty());
        QCOMPARE(b.visit.hostCountries, QStringList{b.visit.host});
        QCOMPARE(b.visit.visitPlaces, QStringList{b.visit.place});
        const auto unstated = [](const Entry &entry) {
            return entry.confidence == Confidence::Unstated;
        };
        for (const AgendaArea &area : b.agenda)
            QVERIFY(std::all_of(area.items.cbegin(), area.items.cend(), unstated));
        QVERIFY(std::all_of(b.tensions.cbegin(), b.tensions.cend(), unstated));
        QVERIFY(std::all_of(b.background.cbegin(), b.background.cend(), unstated));
        QVERIFY(std::all_of(b.outcomes.cbegin(), b.outcomes.cend(), unstated));
        for (const Source &source : b.sources) {
            QCOMPARE(source.confidence, Confidence::Unstated);
            QVERIFY(source.note.isEmpty());
        }
        for (const Place &place : b.places) {
            QVERIFY(place.hasPosition);
            QCOMPARE(place.confidence, Confidence::Unstated);
        }
        for (const MapLine &line : b.lines)
            QCOMPARE(line.confidence, Confidence::Unstated);
        for (const TimelineEvent &event : b.events) {
            QVERIFY(!event.date.start().hasTime());
            QVERIFY(!event.date.end().hasTime());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Each new check, in a version 2 file (the tour) or a version 1 file (the minimal one):
    // an error at the line and column of the value, with a message that says what to write.
    void problems_data()
    {
        QTest::addColumn<bool>("version2");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("stop country not a host")
            << true << QByteArray("\"country\": \"country-b\",\n      \"met\"")
            << QByteArray("\"country\": \"country-a\",\n      \"met\"") << u"/itinerary/1/country"_qs << 119 << 18
            << u"\"country-a\" is not one of the visit's host countries (country-b, country-c)"_qs;
        QTest::newRow("leg from and to the same place")
            << true << QByteArray("\"to\": \"airport-b\"") << QByteArray("\"to\": \"airport-a\"")
            << u"/itinerary/0/to"_qs << 108 << 13
            << u"\"from\" and \"to\" are both \"airport-a\""_qs;
        QTest::newRow("time without offset")
            << true << QByteArray("\"date\": \"2031-03-12\",")
            << QByteArray("\"date\": \"2031-03-12T10:00\",") << u"/itinerary/3/date"_qs << 139 << 15
            << u"the time 10:00 needs its offset from UTC"_qs;
        QTest::newRow("time with seconds")
            << true << QByteArray("2031-03-10T11:00+02:00") << QByteArray("2031-03-10T11:00:00+02:00")
            << u"/itinerary/1/date"_qs << 117 << 15 << u"without seconds"_qs;
        QTest::newRow("offset beyond 14 hours")
            << true << QByteArray("2031-03-10T11:00+02:00") << QByteArray("2031-03-10T11:00+15:00")
            << u"/itinerary/1/date"_qs << 117 << 15 << u"the offset +15:00 is beyond"_qs;
        QTest::newRow("area ring of two points")
            << true << QByteArray(", {\"lat\": 15.6, \"lon\": 33.6}, {\"lat\": 14.9, \"lon\": 33.3}")
            << QByteArray() << u"/areas/0/rings/0"_qs << 179 << 17
            << u"a ring of an area needs at least three points, but this one has 2"_qs;
        QTest::newRow("place with lat but no lon")
            << true << QByteArray("\"lat\": 16.0, \"lon\": 36.0}") << QByteArray("\"lat\": 16.0}")
            << u"/places/5"_qs << 154 << 5 << u"this place has \"lat\" but no \"lon\""_qs;
        QTest::newRow("met names a country")
            << true << QByteArray("\"met\": [\"minister-b\"]") << QByteArray("\"met\": [\"country-b\"]")
            << u"/itinerary/1/met/0"_qs << 120 << 15
            << u"\"country-b\" is a country, but a person is expected here"_qs;
        QTest::newRow("leg follows an area")
            << true << QByteArray("\"line\": \"flight-ab\"") << QByteArray("\"line\": \"zone-border\"")
            << u"/itinerary/0/line"_qs << 110 << 15
            << u"\"zone-border\" is an area, but a line is expected here"_qs;
        QTest::newRow("leg without a destination")
            << true << QByteArray("\"to\": \"airport-b\",") << QByteArray()
            << u"/itinerary/0"_qs << 102 << 5 << u"the required field \"to\" is missing"_qs;
        QTest::newRow("stop key on a leg")
            << true << QByteArray("\"mode\": \"train\"") << QByteArray("\"place\": \"station-b\"")
            << u"/itinerary/2/place"_qs << 131 << 16 << u"\"place\" belongs to a stop, not to a leg"_qs;
        QTest::newRow("unknown travel mode")
            << true << QByteArray("\"mode\": \"train\"") << QByteArray("\"mode\": \"bicycle\"")
            << u"/itinerary/2/mode"_qs << 131 << 15
            << u"\"bicycle\" is not one of the allowed values: \"flight\", \"train\", \"road\", \"ship\""_qs;
        QTest::newRow("unknown confidence")
            << true << QByteArray("\"confidence\": \"unverified\"") << QByteArray("\"confidence\": \"likely\"")
            << u"/tensions/0/confidence"_qs << 78 << 21
            << u"\"likely\" is not one of the allowed values: \"verified\", \"partly-verified\", \"unverified\""_qs;
        QTest::newRow("host list names a person")
            << true << QByteArray("\"host\": [\"country-b\", \"country-c\"]")
            << QByteArray("\"host\": [\"country-b\", \"president-c\"]") << u"/visit/host/1"_qs << 14
            << 27 << u"\"president-c\" is a person, but a country is expected here"_qs;
        QTest::newRow("empty host list")
            << true << QByteArray("\"host\": [\"country-b\", \"country-c\"]")
            << QByteArray("\"host\": []") << u"/visit/host"_qs << 14 << 13
            << u"\"host\" needs at least one entry"_qs;

        // A version 1 file that uses what only version 2 has.
        QTest::newRow("v1: a list of host countries")
            << false << QByteArray("\"host\": \"country-b\"")
            << QByteArray("\"host\": [\"country-b\", \"country-a\"]") << u"/visit/host"_qs << 8
            << 13 << u"\"host\" takes one country id, not a list"_qs;
        QTest::newRow("v1: a list of places")
            << false << QByteArray("\"place\": \"place-b\"")
            << QByteArray("\"place\": [\"place-b\"]") << u"/visit/place"_qs << 10 << 14
            << u"\"place\" takes one place id, not a list"_qs;
        QTest::newRow("v1: a version 2 key")
            << false << QByteArray("\"role\": \"Minister of Foreign Affairs of Country A\"}")
            << QByteArray("\"role\": \"Minister\"}],\n\"itinerary\": [{\"id\": \"x\"}") << u"/itinerary"_qs
            << 20 << 14 << u"the field \"itinerary\" is version 2 of the format; write \"version\": 2"_qs;
        QTest::newRow("v1: confidence on a source")
            << false << QByteArray("\"url\": \"https://example.org/source-1\"")
            << QByteArray("\"url\": \"https://example.org/source-1\", \"confidence\": \"verified\"")
            << u"/sources/0/confidence"_qs << 22 << 138
            << u"the field \"confidence\" is version 2 of the format"_qs;
        QTest::newRow("v1: a version 2 place kind")
            << false << QByteArray("\"kind\": \"capital\"") << QByteArray("\"kind\": \"station\"")
            << u"/places/0/kind"_qs << 26 << 63
            << u"the value \"station\" of \"kind\" is version 2 of the format"_qs;
        QTest::newRow("v1: a time of day")
            << false << QByteArray("\"date\": \"2025-05-12\"")
            << QByteArray("\"date\": \"2025-05-12T10:00+04:00\"") << u"/visit/date"_qs << 11 << 13
            << u"a time of day (\"2025-05-12T10:00+04:00\") is version 2 of the format"_qs;
        QTest::newRow("v1: a place without coordinates")
            << false << QByteArray(", \"lat\": 10.5, \"lon\": 20.25") << QByteArray()
            << u"/places/0"_qs << 26 << 5
            << u"a place without \"lat\" and \"lon\" is version 2 of the format"_qs;
    }

    void problems()
    {
        QFETCH(bool, version2);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);

        QByteArray data = version2 ? tour() : minimal();
        QVERIFY2(data.contains(from), from.constData());
        data.replace(data.indexOf(from), from.size(), to);
        const auto result = BriefingReader::readData(data, u"t.briefing.json"_qs);
        QVERIFY(!result.briefing);
        const auto problem = std::find_if(result.problems.cbegin(), result.problems.cend(),
                                          [&](const Problem &p) { return p.path == path; });
        QVERIFY2(problem != result.problems.cend(),
                 qPrintable(result.problems.value(0).toString()));
        QCOMPARE(problem->severity, Problem::Severity::Error);
        QVERIFY2(problem->message.contains(message), qPrintable(problem->message));
        QCOMPARE(problem->line, line);
        QCOMPARE(problem->column, column);
    }

    void tourContent()
    {
        const auto result = BriefingReader::readData(tour(), u"tour.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        QVERIFY(result.problems.isEmpty());
        const Briefing &b = *result.briefing;
        QCOMPARE(b.version, 2);

        // Several host countries and places: the first is the one a version 1 view shows.
        QCOMPARE(b.visit.hostCountries, QStringList({u"country-b"_qs, u"country-c"_qs}));
        QCOMPARE(b.visit.host, u"country-b"_qs);
        QCOMPARE(b.visit.visitPlaces, QStringList({u"capital-b"_qs, u"capital-c"_qs}));
        QCOMPARE(b.visit.place, u"capital-b"_qs);

        // The itinerary, in journey order, with its places and lines where any entry has them.
        QCOMPARE(b.itinerary.size(), 4);
        const ItineraryStep &flight = b.itinerary.at(0);
        QCOMPARE(flight.kind, ItineraryStep::Kind::Leg);
        QCOMPARE(flight.mode, ItineraryStep::Mode::Flight);
        QCOMPARE(flight.from, u"airport-a"_qs);
        QCOMPARE(flight.to, u"airport-b"_qs);
        QCOMPARE(flight.line, u"flight-ab"_qs);
        QCOMPARE(flight.places, QStringList({u"airport-a"_qs, u"airport-b"_qs}));
        QCOMPARE(flight.lines, QStringList({u"flight-ab"_qs}));
        QCOMPARE(flight.date.start().time, QTime(7, 15));
        QCOMPARE(flight.date.start().utcOffsetMinutes, 60);
        QCOMPARE(flight.date.end().time, QTime(9, 40));
        QCOMPARE(flight.date.end().utcOffsetMinutes, 120);
        QCOMPARE(flight.date.toIsoString(), u"2031-03-10T07:15+01:00/2031-03-10T09:40+02:00"_qs);

        const ItineraryStep &stop = b.itinerary.at(1);
        QCOMPARE(stop.kind, ItineraryStep::Kind::Stop);
        QCOMPARE(stop.place, u"capital-b"_qs);
        QCOMPARE(stop.country, u"country-b"_qs);
        QCOMPARE(stop.met, QStringList({u"minister-b"_qs}));
        QCOMPARE(stop.places, QStringList({u"capital-b"_qs}));
        QCOMPARE(stop.confidence, Confidence::Verified);
        QVERIFY(stop.date.start().hasTime());
        QVERIFY(!stop.date.end().hasTime());

        const ItineraryStep &train = b.itinerary.at(2);
        QCOMPARE(train.mode, ItineraryStep::Mode::Train);
        QCOMPARE(train.date.lastDay(), QDate(2031, 3, 12));

        // Steps are entries: found by id, in "Entries here", and related both ways.
        QVERIFY(b.entry(u"it-capital-c"_qs));
        QCOMPARE(b.find(u"it-capital-c"_qs)->kind, Briefing::Kind::Itinerary);
        QVERIFY(b.entriesAt(u"palace-c"_qs).contains(u"it-capital-c"_qs));
        QVERIFY(b.entriesAt(u"rail-bc"_qs).contains(u"it-train-c"_qs));
        QVERIFY(b.relatedIds(u"it-capital-c"_qs).contains(u"out-rail-memo"_qs));

        // An area, named by an entry's places.
        QCOMPARE(b.areas.size(), 1);
        const MapArea *area = b.area(u"zone-border"_qs);
        QVERIFY(area);
        QCOMPARE(area->kind, MapArea::Kind::Zone);
        QCOMPARE(area->rings.size(), 1);
        QCOMPARE(area->rings.constFirst().size(), 4);
        QVERIFY(area->approximate);
        QCOMPARE(area->confidence, Confidence::PartlyVerified);
        QCOMPARE(area->sources, QStringList({u"src-rail-report"_qs}));
        QVERIFY(b.entriesAt(u"zone-border"_qs).contains(u"rail-link"_qs));

        // Confidence on every kind of entry, places, lines and sources; new kinds and statuses.
        QCOMPARE(b.agenda.constFirst().items.constFirst().confidence, Confidence::PartlyVerified);
        QCOMPARE(b.tensions.constFirst().confidence, Confidence::Unverified);
        QCOMPARE(b.tensions.constFirst().status, Tension::Status::Unknown);
        QCOMPARE(b.outcomes.constFirst().status, Outcome::Status::Unclear);
        QCOMPARE(b.source(u"src-announcement"_qs)->confidence, Confidence::Verified);
        QCOMPARE(b.source(u"src-rail-report"_qs)->note.exact(u"en"_qs),
                 u"Only the summary is public."_qs);
        QCOMPARE(b.line(u"flight-ab"_qs)->kind, MapLine::Kind::Flight);
        QCOMPARE(b.line(u"rail-bc"_qs)->confidence, Confidence::PartlyVerified);
        QCOMPARE(b.place(u"station-b"_qs)->kind, Place::Kind::Station);
        QCOMPARE(b.place(u"airport-b"_qs)->kind, Place::Kind::Airport);
        QVERIFY(b.place(u"airport-b"_qs)->hasPosition);

        // A place without coordinates is listed, not drawn.
        const Place *palace = b.place(u"palace-c"_qs);
        QVERIFY(palace);
        QCOMPARE(palace->kind, Place::Kind::Landmark);
        QVERIFY(!palace->hasPosition);
        QCOMPARE(palace->confidence, Confidence::Unverified);
    }

    // The version 1 files of before read into the same document, with the same problems.
    void fijiReadsAsBefore()
    {
        const auto result = BriefingReader::readFile(
            testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        QVERIFY(result.briefing);
        const Briefing &b = *result.briefing;
        verifyNothingOfVersion2(b);
        QCOMPARE(b.visit.host, u"fji"_qs);
        QCOMPARE(b.visit.place, u"place-suva"_qs);
        QCOMPARE(b.countries.size(), 2);
        QCOMPARE(b.people.size(), 3);
        QCOMPARE(b.sources.size(), 3);
        QCOMPARE(b.agenda.size(), 5);
        QCOMPARE(itemsOf(b), 7);
        QCOMPARE(b.background.size(), 1);
        QCOMPARE(b.outcomes.size(), 2);
        QCOMPARE(b.lanes.size(), 2);
        QCOMPARE(b.periods.size(), 1);
        QCOMPARE(b.events.size(), 10);
        QCOMPARE(b.places.size(), 6);
        QCOMPARE(b.lines.size(), 2);
        // Events kept the confidence version 1 gave them.
        QCOMPARE(b.events.at(2).confidence, Confidence::PartlyVerified);
        QCOMPARE(b.events.at(7).confidence, Confidence::Unstated);
        // One warning and 40 notes, as before version 2: the Persian texts it lacks.
        QCOMPARE(result.problems.size(), 41);
        QCOMPARE(result.problems.constFirst().severity, Problem::Severity::Warning);
        const QString summary = result.problems.constFirst().message;
        QVERIFY2(summary.startsWith(u"40 "_qs), qPrintable(summary));
        QVERIFY2(summary.contains(u" have no Persian version; they are shown in English."_qs),
                 qPrintable(summary));
        for (qsizetype i = 1; i < result.problems.size(); ++i)
            QCOMPARE(result.problems.at(i).severity, Problem::Severity::Note);
    }

    void docsVersion1ExampleReadsAsBefore()
    {
        const QByteArray example = docsExample("1");
        QVERIFY(!example.isEmpty());
        const auto result = BriefingReader::readData(example, u"example.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        QVERIFY(result.problems.isEmpty());
        const Briefing &b = *result.briefing;
        verifyNothingOfVersion2(b);
        QCOMPARE(b.agenda.size(), 1);
        QCOMPARE(itemsOf(b), 1);
        QCOMPARE(b.tensions.size(), 1);
        QCOMPARE(b.tensions.constFirst().status, Tension::Status::Open);
        QCOMPARE(b.outcomes.constFirst().status, Outcome::Status::Expected);
        QCOMPARE(b.events.size(), 3);
        QCOMPARE(b.events.constFirst().confidence, Confidence::PartlyVerified);
        QCOMPARE(b.places.size(), 3);
        QCOMPARE(b.lines.size(), 1);
    }

    // The docs' example of a tour is a valid version 2 file.
    void docsVersion2ExampleOpens()
    {
        const QByteArray example = docsExample("2");
        QVERIFY(!example.isEmpty());
        const auto result = BriefingReader::readData(example, u"example.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
        const Briefing &b = *result.briefing;
        QCOMPARE(b.version, 2);
        QVERIFY(b.visit.hostCountries.size() >= 2);
        QVERIFY(b.areas.size() >= 1);
        const auto hasLeg = [&](ItineraryStep::Mode mode) {
            return std::any_of(b.itinerary.cbegin(), b.itinerary.cend(),
                               [mode](const ItineraryStep &s) { return s.mode == mode; });
        };
        QVERIFY(hasLeg(ItineraryStep::Mode::Flight));
        QVERIFY(hasLeg(ItineraryStep::Mode::Train));
        QVERIFY(std::any_of(b.places.cbegin(), b.places.cend(),
                            [](const Place &p) { return !p.hasPosition; }));
    }
};

QTEST_GUILESS_MAIN(TestFormatVersion2)
#include "tst_formatversion2.moc"
