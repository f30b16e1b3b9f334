// The map figure of a page says on itself what the window says around the map: a legend of
// what is drawn, and a key of the places whose names found no room.
#include "document/briefingreader.h"
#include "document/vocabulary.h"
#include "map/mapfigure.h"
#include "map/maplegendentry.h"
#include "map/worldmap.h"
#include "maptour.h"
#include "testdata.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QLocale>
#include <QTest>

Q_DECLARE_METATYPE(BriefingPtr)

class TestMapFigure : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const WorldMap> m_world;

    // Many places two kilometres apart: on a map of the surroundings most names cannot be set.
    static BriefingPtr crowdedBriefing()
    {
        auto briefing = std::make_shared<Briefing>();
        briefing->languages = {u"en"_qs};
        for (int i = 0; i < 24; ++i) {
            Place place;
            place.id = u"place-%1"_qs.arg(i);
            place.name.set(u"en"_qs, u"Crowded place number %1"_qs.arg(i));
            place.kind = i % 3 == 0 ? Place::Kind::BorderCrossing : Place::Kind::Town;
            place.position = {40.4 + (i % 6) * 0.02, 49.8 + (i / 6) * 0.02};
            briefing->places.append(place);
        }
        briefing->buildIndex();
        return briefing;
    }

    // The crowded places in a region a thousand times as wide: unreadable on its map alone.
    static BriefingPtr crowdedInARegion()
    {
        auto briefing = std::make_shared<Briefing>(*crowdedBriefing());
        briefing->hasRegion = true;
        briefing->region = {30, 35, 50, 60};
        briefing->buildIndex();
        return briefing;
    }

    MapFigure figure(const BriefingPtr &briefing)
    {
        MapPainter painter;
        painter.setWorld(m_world);
        QFont font = QGuiApplication::font();
        font.setPixelSize(13);
        painter.setFont(font, Qt::black);
        painter.setBriefing(briefing, u"en"_qs);
        return MapFigure(std::move(painter));
    }

    MapFigure::Contents paint(const BriefingPtr &briefing, const QSizeF &size)
    {
        MapFigure f = figure(briefing);
        QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter target(&image);
        return f.paint(&target, QRectF(QPointF(0, 0), size));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = WorldMap::builtIn();
        QVERIFY(m_world);
    }

    void briefings_data()
    {
        QTest::addColumn<BriefingPtr>("briefing");
        QTest::addColumn<QSizeF>("size");
        const BriefingPtr builtIn =
            BriefingReader::readFile(BriefingReader::builtInFileName()).briefing;
        const BriefingPtr fiji =
            BriefingReader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs))
                .briefing;
        const BriefingPtr tour =
            BriefingReader::readFile(testDataPath(u"valid/xi-latin-america-2024.briefing.json"_qs))
                .briefing;
        QVERIFY(builtIn && fiji && tour);
        QTest::newRow("built-in, a page") << builtIn << QSizeF(680, 900);
        QTest::newRow("built-in, a strip") << builtIn << QSizeF(900, 300);
        QTest::newRow("Fiji, a page") << fiji << QSizeF(680, 900);
        QTest::newRow("Fiji, a strip") << fiji << QSizeF(900, 300);
        QTest::newRow("Xi tour, a page") << tour << QSizeF(680, 900);
        QTest::newRow("Xi tour, a strip") << tour << QSizeF(900, 300);
        QTest::newRow("crowded") << crowdedBriefing() << QSizeF(680, 900);
        QTest::newRow("crowded in a region") << crowdedInARegion() << QSizeF(680, 900);
        QTest::newRow("tour, a page") << mapTourBriefing() << QSizeF(680, 900);
        const BriefingPtr example =
            BriefingReader::readFile(testDataPath(u"valid/tour-example.briefing.json"_qs)).briefing;
        QVERIFY(example);
        QTest::newRow("tour example, a page") << example << QSizeF(680, 900);
    }

    void legendNamesEveryKindDrawn_data() { briefings_data(); }

    // Every kind of place and line on the figure, and the host's and guest's tints, are named.
    void legendNamesEveryKindDrawn()
    {
        QFETCH(BriefingPtr, briefing);
        QFETCH(QSizeF, size);
        const MapFigure::Contents contents = paint(briefing, size);
        QVERIFY(!contents.shown.isEmpty());
        QVERIFY(!contents.band.isEmpty());
        for (const QString &id : contents.shown) {
            const Place *place = briefing->place(id);
            QVERIFY(place);
            QVERIFY2(contents.legend.contains(Vocabulary::name(place->kind)),
                     qPrintable(id + u": "_qs + contents.legend.join(u", "_qs)));
            if (place->approximate)
                QVERIFY(contents.legend.contains(u"Approximate position"_qs));
        }
        for (const MapLine &line : briefing->lines) {
            QVERIFY2(contents.legend.contains(Vocabulary::name(line.kind)),
                     qPrintable(line.id + u": "_qs + contents.legend.join(u", "_qs)));
            if (line.approximate)
                QVERIFY(contents.legend.contains(u"Approximate course"_qs));
        }
        for (const MapArea &area : briefing->areas)
            QVERIFY2(contents.legend.contains(Vocabulary::name(area.kind)), qPrintable(area.id));
        for (const ItineraryStep &step : briefing->itinerary) {
            // A stop at a place without a position has no ring to explain.
            const Place *stopPlace = briefing->place(step.place);
            if (step.kind == ItineraryStep::Kind::Stop && stopPlace && stopPlace->hasPosition)
                QVERIFY(contents.legend.contains(u"Stop of the journey, by its number"_qs));
            if (!MapFeatures::drawsLeg(*briefing, step))
                continue;
            QVERIFY2(contents.legend.contains(step.mode == ItineraryStep::Mode::Ship
                                                  ? Vocabulary::name(step.mode)
                                                  : Vocabulary::name(MapFeatures::legKind(step.mode))),
                     qPrintable(step.id));
            if (step.mode != ItineraryStep::Mode::Flight)
                QVERIFY(contents.legend.contains(u"Approximate course"_qs));
        }
        // Only what is drawn: the one place of kind Site has no position.
        for (const Place &place : briefing->places) {
            if (!place.hasPosition && place.kind == Place::Kind::Site)
                QVERIFY(!contents.legend.contains(Vocabulary::name(place.kind)));
        }
        // Host countries on the world's map: those with an ISO code.
        const QStringList hostIds = MapPainter::hostCountries(*briefing);
        const auto hosts = std::count_if(hostIds.cbegin(), hostIds.cend(), [&](const QString &id) {
            return !briefing->country(id)->iso3.isEmpty();
        });
        if (hosts > 1)
            QVERIFY(contents.legend.contains(u"Host countries"_qs));
        else if (hosts == 1)
            QVERIFY(contents.legend.contains(u"Host country"_qs));
        if (const Country *guest = briefing->country(briefing->visit.guest); guest && !guest->iso3.isEmpty())
            QVERIFY(contents.legend.contains(u"Guest country"_qs));
    }

    void keyListsEveryUnnamedPlace_data() { briefings_data(); }

    // A place on the figure is named there, or numbered and listed in the key by its name.
    void keyListsEveryUnnamedPlace()
    {
        QFETCH(BriefingPtr, briefing);
        QFETCH(QSizeF, size);
        const MapFigure::Contents contents = paint(briefing, size);
        QCOMPARE(contents.key.size(), contents.keyed.size());
        for (const QString &id : contents.shown) {
            if (contents.named.contains(id))
                continue;
            const qsizetype number = contents.keyed.indexOf(id);
            QVERIFY2(number >= 0, qPrintable(id));
            const QString name = briefing->text(briefing->place(id)->name, u"en"_qs).text;
            QCOMPARE(contents.key.at(number), figure(briefing).keyMark(int(number) + 1) + u' ' + name);
        }
        for (const QString &id : contents.keyed)
            QVERIFY2(contents.shown.contains(id), qPrintable(id));
        if (QByteArray(QTest::currentDataTag()).startsWith("crowded"))
            QVERIFY(!contents.keyed.isEmpty());
    }

    void everyPlaceIsOnTheFigure_data()
    {
        briefings_data();
    }

    // Places beyond the briefing's region (the Fiji briefing's guest capital, Wellington) are
    // on a second map, with the region framed on it; places crowded into a small part of the
    // region (or into the smallest box the map opens on) are on a second map close up, where
    // their names have room.
    void everyPlaceIsOnTheFigure()
    {
        QFETCH(BriefingPtr, briefing);
        QFETCH(QSizeF, size);
        const MapFigure::Contents contents = paint(briefing, size);
        // The figure's wide strip of the tour leaves Beijing, where the journey starts, off both
        // of its maps.
        QEXPECT_FAIL("Xi tour, a strip", "a strip of a tour around the world leaves its start out", Continue);
        QCOMPARE(contents.shown.size(),
                 std::count_if(briefing->places.cbegin(), briefing->places.cend(),
                               [](const Place &p) { return p.hasPosition; }));
        const QByteArray tag = QTest::currentDataTag();
        if (tag.startsWith("Fiji"))
            QCOMPARE(contents.panels.size(), 2);
        if (tag.startsWith("built-in"))
            QCOMPARE(contents.panels.size(), 2); // the port of Bandar Abbas lies beyond
        if (tag.startsWith("crowded")) {
            QCOMPARE(contents.panels.size(), 2);
            QVERIFY2(contents.named.size() >= briefing->places.size() / 2,
                     qPrintable(contents.named.join(u", "_qs)));
        }
    }

    // Where numbers mark the stops of a journey, letters mark the places of the key: a reader
    // never takes one for the other.
    void keyIsLetteredWhenStopsAreNumbered()
    {
        const BriefingPtr tour = mapTourBriefing();
        const MapFigure lettered = figure(tour);
        QCOMPARE(lettered.keyMark(1), u"A"_qs);
        QCOMPARE(lettered.keyMark(26), u"Z"_qs);
        QCOMPARE(lettered.keyMark(27), u"AA"_qs);
        const MapFigure::Contents contents = paint(tour, QSizeF(680, 900));
        QVERIFY(!contents.keyed.isEmpty());
        QVERIFY2(contents.key.constFirst().startsWith(u"A "_qs), qPrintable(contents.key.constFirst()));
        QCOMPARE(figure(crowdedBriefing()).keyMark(3), u"3"_qs);
    }

    // Three thousand places in a small square: the page keys the first MaxKeyed of those it
    // cannot name and says how many more there are; the legend still lists the kinds.
    void keyOfThousandsSaysHowManyMore()
    {
        auto briefing = std::make_shared<Briefing>();
        briefing->languages = {u"en"_qs};
        for (int i = 0; i < 3000; ++i) {
            Place place;
            place.id = u"p%1"_qs.arg(i);
            place.name.set(u"en"_qs, u"Village %1"_qs.arg(i));
            place.kind = i % 2 ? Place::Kind::Town : Place::Kind::Site;
            place.position = {41.6 + (i % 60) * 0.002, 44.7 + (i / 60) * 0.002};
            briefing->places.append(place);
        }
        briefing->buildIndex();
        const MapFigure::Contents contents = paint(briefing, QSizeF(680, 900));
        QCOMPARE(contents.shown.size(), 3000);
        QCOMPARE(contents.keyed.size(), MapFigure::MaxKeyed);
        QCOMPARE(contents.key.size(), MapFigure::MaxKeyed + 1);
        const qsizetype more = contents.shown.size() - contents.named.size() - MapFigure::MaxKeyed;
        QVERIFY(more > 2000);
        QVERIFY2(contents.key.constLast().startsWith(u"and "_qs + QLocale().toString(more) + u" more"_qs),
                 qPrintable(contents.key.constLast()));
        QVERIFY(contents.legend.contains(u"Town"_qs));
        QVERIFY(contents.legend.contains(u"Site"_qs));
    }

    // A reader of paper learns that some places are not drawn, and how many.
    void placesWithoutPositionAreCounted()
    {
        const BriefingPtr tour = mapTourBriefing();
        const MapFigure::Contents contents = paint(tour, QSizeF(680, 900));
        QCOMPARE(contents.unplaced, MapLegendEntry::unplacedNote(tour.get()));
        QVERIFY(contents.unplaced.contains(u'2'));
        QVERIFY(!contents.shown.contains(u"place-hotel"_qs));
        QVERIFY(!contents.keyed.contains(u"place-hotel"_qs));
        // None when every place has one.
        QVERIFY(paint(crowdedBriefing(), QSizeF(680, 900)).unplaced.isEmpty());
    }
};

QTEST_MAIN(TestMapFigure)
#include "tst_mapfigure.moc"
