#include "formats/briefingloader.h"
#include "testdata.h"

#include <QFile>
#include <QTest>

// StoryMapJS import: the overview slide gives the title, the other slides become agenda items
// in order with their places, free-text dates stay text, and slides that cannot be placed on
// the map are reported where they stand in the file.
class TestStoryMapImporter : public QObject
{
    Q_OBJECT

private:
    static BriefingReader::Result imported(const QString &name = u"storymap.json"_qs)
    {
        QFile file(testDataPath(u"import/"_qs + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read test data");
        const auto result = BriefingLoader::readForeign(file.readAll(), name);
        if (!result)
            qFatal("not recognised");
        return *result;
    }

private Q_SLOTS:
    void recognition_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("recognised");
        QTest::newRow("story map") << QByteArray(R"({"storymap": {"slides": []}})") << true;
        QTest::newRow("no slides") << QByteArray(R"({"storymap": {}})") << false;
        QTest::newRow("slides not a list") << QByteArray(R"({"storymap": {"slides": {}}})") << false;
        QTest::newRow("briefing") << QByteArray(R"({"format": "briefing", "storymap": {"slides": []}})")
                                  << false;
    }

    void recognition()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, recognised);
        QCOMPARE(BriefingLoader::readForeign(data, u"s.json"_qs).has_value(), recognised);
    }

    void slidesBecomeItemsInOrder()
    {
        const auto result = imported();
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        const Briefing &b = *result.briefing;
        QCOMPARE(b.title.exact(u"en"_qs), u"A Journey"_qs);
        QCOMPARE(b.summary.exact(u"en"_qs), u"An overview of a fictional journey."_qs);
        QCOMPARE(b.agenda.size(), 1);
        QStringList titles;
        for (const AgendaItem &item : b.agenda.constFirst().items)
            titles.append(item.title.exact(u"en"_qs));
        QCOMPARE(titles, (QStringList{u"Capital A"_qs, u"Border crossing"_qs, u"Nowhere"_qs,
                                      u"Slide 5"_qs}));
    }

    void locationsBecomePlaces()
    {
        const auto result = imported();
        QVERIFY(result.briefing);
        const Briefing &b = *result.briefing;
        // Two usable locations (one written as quoted numbers); the one at lat 95 is not placed.
        QCOMPARE(b.places.size(), 2);
        const auto &items = b.agenda.constFirst().items;
        const Place *first = b.place(items.at(0).places.value(0));
        QVERIFY(first);
        QCOMPARE(first->position, (GeoPoint{10.0, 20.0}));
        QCOMPARE(first->name.exact(u"en"_qs), u"Capital A"_qs);
        const Place *second = b.place(items.at(1).places.value(0));
        QVERIFY(second);
        QCOMPARE(second->position, (GeoPoint{10.2, 21.5}));
        QVERIFY(items.at(2).places.isEmpty());
        QVERIFY(items.at(3).places.isEmpty());
        // The item names the place, so the map highlights it when the item is selected.
        QCOMPARE(b.entriesAt(first->id), QStringList{items.at(0).id});
    }

    void freeTextDateStaysText()
    {
        const auto result = imported();
        QVERIFY(result.briefing);
        const AgendaItem &item = result.briefing->agenda.constFirst().items.constFirst();
        QVERIFY(item.note.exact(u"en"_qs).contains(u"\"early spring\""_qs));
        QCOMPARE(item.sources.size(), 1);
        QCOMPARE(result.briefing->source(item.sources.constFirst())->url, u"https://example.org/a"_qs);
        QVERIFY(result.briefing->events.isEmpty());
    }

    // A story on a picture (a painting, an invented land) is not placed on Earth: the slides
    // stay, in order, without places, and one warning says why.
    void storyOnAPictureIsNotPlacedOnEarth_data()
    {
        QTest::addColumn<QByteArray>("option");
        QTest::newRow("map_as_image") << QByteArray(R"("map_as_image": true)");
        QTest::newRow("zoomify") << QByteArray(R"("map_type": "zoomify")");
    }

    void storyOnAPictureIsNotPlacedOnEarth()
    {
        QFETCH(QByteArray, option);
        const QByteArray data = "{\"storymap\": {" + option + R"(, "slides": [
            {"text": {"headline": "The harbour"}, "location": {"lat": -61.2, "lon": 103.5}},
            {"text": {"headline": "The tower"}, "location": {"lat": 70.1, "lon": -110.4, "line": true}}
        ]}})";
        const auto result = BriefingLoader::readForeign(data, u"picture.json"_qs);
        QVERIFY(result && result->briefing);
        const Briefing &b = *result->briefing;
        QVERIFY(b.places.isEmpty());
        QVERIFY(b.lines.isEmpty());
        QStringList titles;
        for (const AgendaItem &item : b.agenda.constFirst().items)
            titles.append(item.title.exact(u"en"_qs));
        QCOMPARE(titles, (QStringList{u"The harbour"_qs, u"The tower"_qs}));
        int pictureWarnings = 0;
        for (const Problem &problem : result->problems)
            pictureWarnings += problem.message.contains(u"drawn on a picture"_qs);
        QCOMPARE(pictureWarnings, 1);
    }

    // "line": true joins those slides' places, in order, as StoryMapJS draws them; the name
    // "location" that its editor leaves is no name, the slide's headline is.
    void storyLineJoinsItsSlides()
    {
        const QByteArray data = R"({"storymap": {"slides": [
            {"text": {"headline": "New Orleans"}, "location": {"lat": 29.95, "lon": -90.07, "line": true, "name": "location"}},
            {"text": {"headline": "Off the route"}, "location": {"lat": 30.5, "lon": -89.0, "line": false}},
            {"text": {"headline": "Gulfport"}, "location": {"lat": 30.37, "lon": -89.09, "line": true, "name": "Gulfport, MS"}},
            {"text": {"headline": "Mobile"}, "location": {"lat": 30.69, "lon": -88.04, "line": true}}
        ]}})";
        const auto result = BriefingLoader::readForeign(data, u"katrina.json"_qs);
        QVERIFY(result && result->briefing);
        const Briefing &b = *result->briefing;
        QCOMPARE(b.lines.size(), 1);
        const MapLine &line = b.lines.constFirst();
        QCOMPARE(line.kind, MapLine::Kind::Route);
        QVERIFY(line.approximate);
        QCOMPARE(line.points, (QList<GeoPoint>{{29.95, -90.07}, {30.37, -89.09}, {30.69, -88.04}}));
        QVERIFY(!line.note.exact(u"en"_qs).isEmpty());
        QStringList names;
        for (const Place &place : b.places)
            names.append(place.name.exact(u"en"_qs));
        QCOMPARE(names, (QStringList{u"New Orleans"_qs, u"Off the route"_qs, u"Gulfport, MS"_qs,
                                     u"Mobile"_qs}));
    }

    // A file as StoryMapJS saves a story told on a zoomable picture ("map_as_image", zoomify
    // tiles): its slides come through in order with their media as sources, and none of its
    // positions on the picture is put on the world map, not even as a line.
    void aStoryOnAPictureFile()
    {
        const auto result = imported(u"storymap-picture.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        const Briefing &b = *result.briefing;
        QCOMPARE(b.title.exact(u"en"_qs), u"Reading a Painted Map"_qs);
        QVERIFY(b.places.isEmpty());
        QVERIFY(b.lines.isEmpty());
        QCOMPARE(b.agenda.size(), 1);
        QStringList titles;
        for (const AgendaItem &item : b.agenda.constFirst().items)
            titles.append(item.title.exact(u"en"_qs));
        QCOMPARE(titles, (QStringList{u"The lighthouse"_qs, u"The market"_qs}));
        const AgendaItem &lighthouse = b.agenda.constFirst().items.constFirst();
        QCOMPARE(lighthouse.sources.size(), 1);
        QCOMPARE(b.source(lighthouse.sources.constFirst())->url,
                 u"https://example.org/detail-lighthouse.jpg"_qs);
        QCOMPARE(b.source(lighthouse.sources.constFirst())->publisher, u"Museum of Examples"_qs);
    }

    // A file whose slides say "line": true: those slides, and only they, are joined in their
    // order, as StoryMapJS draws them.
    void aStoryWithALineFile()
    {
        const auto result = imported(u"storymap-route.json"_qs);
        QVERIFY2(result.briefing, qPrintable(result.problems.value(0).toString()));
        const Briefing &b = *result.briefing;
        QCOMPARE(b.lines.size(), 1);
        QCOMPARE(b.lines.constFirst().points,
                 (QList<GeoPoint>{{48.2, 16.4}, {47.5, 19.0}, {44.8, 20.5}}));
        QStringList names;
        for (const Place &place : b.places)
            names.append(place.name.exact(u"en"_qs));
        QCOMPARE(names, (QStringList{u"Upper port"_qs, u"A side trip"_qs, u"Middle port quay"_qs,
                                     u"Lower port"_qs}));
    }

    void problemsPointIntoTheFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("latitude out of range") << u"/storymap/slides/3/location/lat"_qs << 22
                                               << u"lat 95 is out of range"_qs;
        QTest::newRow("no location") << u"/storymap/slides/4"_qs << 23 << u"has no location"_qs;
    }

    void problemsPointIntoTheFile()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto result = imported();
        QVERIFY(result.briefing);
        const Problem *found = nullptr;
        for (const Problem &problem : result.problems) {
            if (problem.path == path && problem.message.contains(message))
                found = &problem;
        }
        QVERIFY2(found, qPrintable(path));
        QCOMPARE(found->severity, Problem::Severity::Warning);
        QCOMPARE(found->line, line);
    }
};

QTEST_GUILESS_MAIN(TestStoryMapImporter)
#include "tst_storymapimporter.moc"
