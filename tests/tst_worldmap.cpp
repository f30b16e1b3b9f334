#include "document/briefingreader.h"
#include "map/mapprojection.h"
#include "map/worldmap.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

// The world map resource: it loads, its countries carry their codes and names, and the
// built-in briefing's places fall inside the right countries, Nakhchivan inside Azerbaijan's
// exclave rather than its mainland.
class TestWorldMap : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const WorldMap> m_map;
    BriefingPtr m_builtIn;

    QString countryAt(const GeoPoint &p) const
    {
        const WorldMap::Hit hit = m_map->locate(p);
        return hit.isValid() ? m_map->countries().at(hit.country).iso3 : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_map = WorldMap::builtIn();
        QVERIFY(m_map);
        QCOMPARE(WorldMap::builtIn(), m_map); // loaded once, then shared
        m_builtIn = BriefingReader::readFile(BriefingReader::builtInFileName()).briefing;
        QVERIFY(m_builtIn);
    }

    void levels()
    {
        QCOMPARE(m_map->levels().size(), 2);
        QCOMPARE(m_map->levels().at(0).denominator, 110);
        QCOMPARE(m_map->levels().at(1).denominator, 50);
        for (const WorldMap::Level &level : m_map->levels()) {
            QVERIFY(level.polygons.size() > 100);
            QVERIFY(level.borders.size() > 100);
            for (const WorldMap::Polygon &polygon : level.polygons) {
                QVERIFY(polygon.country >= 0 && polygon.country < m_map->countries().size());
                // Projected into the unit square: nothing runs off to infinity at the poles.
                // Land across the 180° meridian continues east of it instead of wrapping.
                QVERIFY(polygon.bounds.left() >= 0 && polygon.bounds.right() <= 1.05);
                QVERIFY(polygon.bounds.top() >= 0 && polygon.bounds.bottom() <= 1);
                QVERIFY(polygon.bounds.width() < 0.6 || polygon.country == m_map->countryIndex(u"ATA"_qs));
            }
        }
        // Zoomed out, the coarse outlines; at a regional zoom, the detailed ones.
        QCOMPARE(m_map->levelFor(800), 0);
        QCOMPARE(m_map->levelFor(40000), 1);
    }

    // Natural Earth cuts Fiji, Russia and Antarctica along the 180° meridian; the cut is no
    // coast and must not be stroked, or a line would run down the map at 180°.
    void outlinesLeaveOutTheMeridianCut()
    {
        for (const WorldMap::Level &level : m_map->levels()) {
            for (const WorldMap::Polygon &polygon : level.polygons) {
                const QPainterPath &path = polygon.outline;
                for (int i = 1; i < path.elementCount(); ++i) {
                    const QPainterPath::Element a = path.elementAt(i - 1);
                    const QPainterPath::Element b = path.elementAt(i);
                    if (!b.isLineTo())
                        continue;
                    const bool alongEdge = (a.x < 1e-6 && b.x < 1e-6) || (a.x > 1 - 1e-6 && b.x > 1 - 1e-6);
                    QVERIFY2(!alongEdge, qPrintable(m_map->countries().at(polygon.country).nameEn));
                }
            }
        }
    }

    void countries_data()
    {
        QTest::addColumn<QString>("iso3");
        QTest::addColumn<int>("numeric");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("az");
        QTest::addColumn<QString>("fa");
        QTest::newRow("AZE") << u"AZE"_qs << 31 << u"Azerbaijan"_qs << u"Azərbaycan"_qs
                             << u"جمهوری آذربایجان"_qs;
        QTest::newRow("IRN") << u"IRN"_qs << 364 << u"Iran"_qs << u"İran"_qs << u"ایران"_qs;
        QTest::newRow("ARM") << u"ARM"_qs << 51 << u"Armenia"_qs << u"Ermənistan"_qs
                             << u"ارمنستان"_qs;
        QTest::newRow("FJI") << u"FJI"_qs << 242 << u"Fiji"_qs << u"Fici"_qs << u"فیجی"_qs;
        QTest::newRow("NOR") << u"NOR"_qs << 578 << u"Norway"_qs << u"Norveç"_qs << u"نروژ"_qs;
    }

    void countries()
    {
        QFETCH(QString, iso3);
        QFETCH(int, numeric);
        QFETCH(QString, en);
        QFETCH(QString, az);
        QFETCH(QString, fa);
        const int index = m_map->countryIndex(iso3);
        QVERIFY(index >= 0);
        const WorldMap::Country &country = m_map->countries().at(index);
        QCOMPARE(country.numeric, numeric);
        QCOMPARE(m_map->countryName(index, u"en"_qs), en);
        QCOMPARE(m_map->countryName(index, u"az"_qs), az);
        QCOMPARE(m_map->countryName(index, u"fa"_qs), fa);
        QCOMPARE(m_map->countryName(index, u"de"_qs), en); // a language it lacks: English
        // The label point lies inside the country.
        QCOMPARE(countryAt(country.label), iso3);
    }

    void unknownCountry()
    {
        QCOMPARE(m_map->countryIndex(u"XYZ"_qs), -1);
        QCOMPARE(m_map->countryName(-1, u"en"_qs), QString());
    }

    void placesOfTheBuiltInBriefing_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("iso3");
        QTest::newRow("Baku") << u"baku"_qs << u"AZE"_qs;
        QTest::newRow("Tehran") << u"tehran"_qs << u"IRN"_qs;
        QTest::newRow("Yerevan") << u"yerevan"_qs << u"ARM"_qs;
        QTest::newRow("Tabriz") << u"tabriz"_qs << u"IRN"_qs;
        QTest::newRow("Nakhchivan") << u"nakhchivan"_qs << u"AZE"_qs;
        QTest::newRow("Ordubad") << u"ordubad"_qs << u"AZE"_qs;
        QTest::newRow("Rasht") << u"rasht"_qs << u"IRN"_qs;
        QTest::newRow("Zangilan") << u"zangilan"_qs << u"AZE"_qs;
        QTest::newRow("Khankendi") << u"khankendi"_qs << u"AZE"_qs;
        QTest::newRow("Meghri") << u"meghri"_qs << u"ARM"_qs;
        QTest::newRow("Bandar Abbas") << u"bandar-abbas"_qs << u"IRN"_qs;
    }

    void placesOfTheBuiltInBriefing()
    {
        QFETCH(QString, place);
        QFETCH(QString, iso3);
        const Place *p = m_builtIn->place(place);
        QVERIFY(p);
        QCOMPARE(countryAt(p->position), iso3);
    }

    void nakhchivanIsAzerbaijansExclave()
    {
        const int aze = m_map->countryIndex(u"AZE"_qs);
        const WorldMap::Hit baku = m_map->locate(m_builtIn->place(u"baku"_qs)->position);
        const WorldMap::Hit nakhchivan = m_map->locate(m_builtIn->place(u"nakhchivan"_qs)->position);
        QCOMPARE(baku.country, aze);
        QCOMPARE(nakhchivan.country, aze);
        QCOMPARE(nakhchivan.level, baku.level);
        // Baku lies on the mainland, Nakhchivan on another polygon of the same country.
        QCOMPARE(baku.polygon, m_map->mainPolygon(baku.level, aze));
        QVERIFY(nakhchivan.polygon != baku.polygon);
        const WorldMap::Polygon &exclave = m_map->levels().at(nakhchivan.level).polygons.at(nakhchivan.polygon);
        QCOMPARE(exclave.country, aze);
        // Armenia lies between them.
        const int arm = m_map->countryIndex(u"ARM"_qs);
        QCOMPARE(m_map->locate({39.2, 46.0}).country, arm); // Sisian, Syunik
    }

    // Borders as the United Nations draw them: Crimea is Ukraine's (Natural Earth's de facto
    // lines gave it to Russia, with a border at Perekop), hatched as an area of disputed
    // control with the line of control dashed; Western Sahara is its own, disputed territory.
    void unitedNationsView_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("iso3");
        QTest::addColumn<bool>("disputed");
        QTest::newRow("Simferopol") << 44.95 << 34.10 << u"UKR"_qs << true;
        QTest::newRow("Sevastopol") << 44.60 << 33.52 << u"UKR"_qs << true;
        QTest::newRow("Kerch") << 45.35 << 36.45 << u"UKR"_qs << true;
        QTest::newRow("Kherson") << 46.64 << 32.61 << u"UKR"_qs << false;
        QTest::newRow("Krasnodar") << 45.04 << 38.98 << u"RUS"_qs << false;
        QTest::newRow("Laayoune") << 27.15 << -13.20 << u"ESH"_qs << true;
        QTest::newRow("Rabat") << 34.02 << -6.84 << u"MAR"_qs << false;
        QTest::newRow("Pristina") << 42.66 << 21.17 << QString() << true;
        QTest::newRow("Baku") << 40.41 << 49.87 << u"AZE"_qs << false;
        QTest::newRow("Nakhchivan") << 39.21 << 45.41 << u"AZE"_qs << false;
        QTest::newRow("Tabriz") << 38.08 << 46.29 << u"IRN"_qs << false;
        QTest::newRow("Yerevan") << 40.18 << 44.51 << u"ARM"_qs << false;
        // The Golan Heights: Syria's, occupied since 1967 (resolution 497), cut out of the
        // Israel that both datasets draw.
        QTest::newRow("Golan, Katzrin") << 32.99 << 35.69 << u"SYR"_qs << true;
        QTest::newRow("Golan, Majdal Shams") << 33.27 << 35.77 << u"SYR"_qs << true;
        QTest::newRow("Tiberias") << 32.79 << 35.53 << u"ISR"_qs << false;
        QTest::newRow("Safed") << 32.96 << 35.50 << u"ISR"_qs << false;
        QTest::newRow("Damascus") << 33.51 << 36.29 << u"SYR"_qs << false;
        // Taiwan in the colour of China, where the United Nations count it, and hatched.
        QTest::newRow("Taipei") << 25.03 << 121.56 << u"TWN"_qs << true;
        QTest::newRow("Stanley, Falkland Islands (Malvinas)") << -51.69 << -57.86 << u"FLK"_qs << true;
    }

    void unitedNationsView()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, iso3);
        QFETCH(bool, disputed);
        const WorldMap::Hit hit = m_map->locate({lat, lon});
        QVERIFY(hit.isValid());
        QCOMPARE(m_map->countries().at(hit.country).iso3, iso3);
        QCOMPARE(m_map->isDisputed({lat, lon}), disputed);
    }

    void disputedBordersAreMarked()
    {
        const int mar = m_map->countryIndex(u"MAR"_qs);
        const int esh = m_map->countryIndex(u"ESH"_qs);
        const int ukr = m_map->countryIndex(u"UKR"_qs);
        const int rus = m_map->countryIndex(u"RUS"_qs);
        const int aze = m_map->countryIndex(u"AZE"_qs);
        const int arm = m_map->countryIndex(u"ARM"_qs);
        QVERIFY(m_map->countries().at(esh).disputed);
        QVERIFY(!m_map->countries().at(mar).disputed);
        QCOMPARE(m_map->countries().at(m_map->countryIndex(u"TWN"_qs)).colourOf,
                 m_map->countryIndex(u"CHN"_qs));
        for (const WorldMap::Level &level : m_map->levels()) {
            const auto between = [&level](int a, int b) {
                QList<const WorldMap::Border *> found;
                for (const WorldMap::Border &border : level.borders) {
                    if ((border.countryA == a && border.countryB == b)
                        || (border.countryA == b && border.countryB == a)) {
                        found.append(&border);
                    }
                }
                return found;
            };
            const auto allDisputed = [](const QList<const WorldMap::Border *> &borders) {
                return !borders.isEmpty()
                    && std::all_of(borders.cbegin(), borders.cend(),
                                   [](const WorldMap::Border *b) { return b->disputed; });
            };
            const auto noneDisputed = [](const QList<const WorldMap::Border *> &borders) {
                return !borders.isEmpty()
                    && std::none_of(borders.cbegin(), borders.cend(),
                                    [](const WorldMap::Border *b) { return b->disputed; });
            };
            QVERIFY2(allDisputed(between(mar, esh)), "Morocco / Western Sahara");
            QVERIFY2(noneDisputed(between(ukr, rus)), "Ukraine / Russia");
            QVERIFY2(noneDisputed(between(aze, arm)), "Azerbaijan / Armenia");
            // The line of control at Perekop, inside Ukraine's outline, dashed.
            const QPointF perekop = MapProjection::project({46.15, 33.70});
            const QList<const WorldMap::Border *> lines = between(ukr, ukr);
            QVERIFY(allDisputed(lines));
            QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [&perekop](const WorldMap::Border *b) {
                return b->bounds.adjusted(-0.001, -0.001, 0.001, 0.001).contains(perekop);
            }));
            // Crimea's area of disputed control, counted in Ukraine, and the Golan Heights,
            // counted in Syria.
            QCOMPARE(level.disputedAreas.size(), 2);
            QCOMPARE(level.disputedAreas.constFirst().country, ukr);
            QCOMPARE(level.disputedAreas.constLast().country, m_map->countryIndex(u"SYR"_qs));
            // Jammu and Kashmir: the Line of Control dashed, the India–Pakistan border in the
            // south (Rajasthan–Sindh) not.
            const int ind = m_map->countryIndex(u"IND"_qs);
            const int pak = m_map->countryIndex(u"PAK"_qs);
            const auto borderAt = [&](const QList<const WorldMap::Border *> &borders, GeoPoint p) {
                const QPointF at = MapProjection::project(p);
                for (const WorldMap::Border *b : borders) {
                    for (const QPolygonF &line : b->path.toSubpathPolygons()) {
                        for (const QPointF &q : line) {
                            if (QLineF(q, at).length() < 0.5 / 360) // about half a degree
                                return b;
                        }
                    }
                }
                return static_cast<const WorldMap::Border *>(nullptr);
            };
            const WorldMap::Border *lineOfControl = borderAt(between(ind, pak), {34.4, 73.9});
            const WorldMap::Border *sindh = borderAt(between(ind, pak), {25.75, 70.28}); // Munabao
            QVERIFY(lineOfControl && lineOfControl->disputed);
            QVERIFY(sindh && !sindh->disputed);
        }
    }

    // A disputed border is dashed, and no coast line is stroked under it: the outlines of the
    // countries on either side leave its edges out, or the dashes would not be seen.
    void outlinesLeaveDisputedBordersToTheirDashes()
    {
        const int mar = m_map->countryIndex(u"MAR"_qs);
        const int esh = m_map->countryIndex(u"ESH"_qs);
        const auto key = [](const QPointF &p) {
            return std::pair<qint64, qint64>(std::llround(p.x() * 1e9), std::llround(p.y() * 1e9));
        };
        for (const WorldMap::Level &level : m_map->levels()) {
            QSet<QPair<qint64, qint64>> onBorder;
            for (const WorldMap::Border &border : level.borders) {
                if (border.disputed && (border.countryA == esh || border.countryB == esh)) {
                    for (const QPolygonF &line : border.path.toSubpathPolygons()) {
                        for (const QPointF &p : line)
                            onBorder.insert(key(p));
                    }
                }
            }
            QVERIFY(onBorder.size() > 10);
            int stroked = 0;
            for (const WorldMap::Polygon &polygon : level.polygons) {
                if (polygon.country != esh && polygon.country != mar)
                    continue;
                const QPainterPath &path = polygon.outline;
                for (int i = 1; i < path.elementCount(); ++i) {
                    const QPainterPath::Element a = path.elementAt(i - 1);
                    const QPainterPath::Element b = path.elementAt(i);
                    if (b.isLineTo() && onBorder.contains(key(QPointF(a.x, a.y)))
                        && onBorder.contains(key(QPointF(b.x, b.y)))) {
                        ++stroked;
                    }
                }
            }
            QCOMPARE(stroked, 0);
        }
    }

    // An entity the United Nations count in a member state is drawn in that state's colour.
    void disputedEntitiesTakeTheirStatesColour()
    {
        const int cyprus = m_map->countryIndex(u"CYP"_qs);
        const WorldMap::Hit north = m_map->locate({35.34, 33.32}); // Kyrenia
        QVERIFY(north.isValid());
        QVERIFY(north.country != cyprus);
        QVERIFY(m_map->countries().at(north.country).disputed);
        QCOMPARE(m_map->countries().at(north.country).colourOf, cyprus);
        QCOMPARE(m_map->colourClass(north.country), m_map->colourClass(cyprus));
    }

    void elsewhere_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("iso3"); // empty: water
        QTest::newRow("Caspian Sea") << 41.5 << 50.5 << QString();
        QTest::newRow("south Caspian") << 38.0 << 51.0 << QString();
        QTest::newRow("Black Sea") << 43.0 << 34.0 << QString();
        QTest::newRow("Persian Gulf") << 27.0 << 51.0 << QString();
        QTest::newRow("Viti Levu") << -17.8 << 178.0 << u"FJI"_qs;
        QTest::newRow("Vanua Levu") << -16.6 << 179.2 << u"FJI"_qs;
        QTest::newRow("Pacific") << -20.0 << -170.0 << QString();
        QTest::newRow("Chukotka, west of 180°") << 66.0 << -172.0 << u"RUS"_qs;
        QTest::newRow("Oslo") << 59.9139 << 10.7522 << u"NOR"_qs;
        QTest::newRow("Svalbard") << 78.6 << 16.0 << u"NOR"_qs;
        QTest::newRow("Antarctica") << -80.0 << 0.0 << u"ATA"_qs;
        QTest::newRow("Wellington") << -41.25 << 175.0 << u"NZL"_qs;
    }

    void elsewhere()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, iso3);
        QCOMPARE(countryAt({lat, lon}), iso3);
    }

    void damagedData_data()
    {
        QTest::addColumn<QByteArray>("data");
        QFile file(u":/map/world.bvmap"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not map data") << QByteArray("{\"type\": \"Topology\"}");
        QTest::newRow("an older version") << QByteArray("BVMAP\0\1", 7);
        QTest::newRow("a newer version") << QByteArray("BVMAP\0\3", 7);
        for (const double fraction : {0.001, 0.01, 0.3, 0.6, 0.999}) {
            QTest::addRow("cut at %g", fraction) << good.left(qsizetype(double(good.size()) * fraction));
        }
        QTest::newRow("trailing bytes") << good + QByteArray("x");
        QByteArray huge = good.left(6);
        huge.append(char(2));
        huge.append(QByteArray(9, char(0xff)));
        QTest::newRow("absurd count") << huge;
    }

    void damagedData()
    {
        QFETCH(QByteArray, data);
        QString error;
        QVERIFY(!WorldMap::load(data, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorldMap)
#include "tst_worldmap.moc"
