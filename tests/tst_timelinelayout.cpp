#include "document/briefingreader.h"
#include "formats/briefingloader.h"
#include "models/itineraryevents.h"
#include "testdata.h"
#include "timeline/timelinelayout.h"
#include "tourbriefing.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using Shape = TimelineLayout::Shape;
Q_DECLARE_METATYPE(TimelineLayout::Shape)

// Where events go on the timeline: lanes from the document, extents that keep the dates'
// precision, stacking that keeps markers apart, what is visible in a window, hit testing, the
// keyboard's order and the events a selection elsewhere highlights.
class TestTimelineLayout : public QObject
{
    Q_OBJECT

private:
    struct Spec
    {
        QString id;
        QString date;
        QString lane;
    };

    // A briefing built in code: agenda areas and lanes by id, events as given.
    static std::shared_ptr<Briefing> make(const QList<Spec> &events,
                                          const QStringList &areas = {},
                                          const QStringList &lanes = {},
                                          const QString &visitEvent = {})
    {
        auto b = std::make_shared<Briefing>();
        b->languages = QStringList{u"en"_qs};
        for (const QString &id : areas) {
            AgendaArea area;
            area.id = id;
            area.title.set(u"en"_qs, u"Area "_qs + id);
            b->agenda.append(area);
        }
        for (const QString &id : lanes) {
            Lane lane;
            lane.id = id;
            lane.title.set(u"en"_qs, u"Lane "_qs + id);
            b->lanes.append(lane);
        }
        for (const Spec &spec : events) {
            TimelineEvent event;
            event.id = spec.id;
            event.title.set(u"en"_qs, spec.id);
            event.date = FuzzyDate::parse(spec.date);
            event.lane = spec.lane;
            b->events.append(event);
        }
        b->visit.event = visitEvent;
        b->buildIndex();
        return b;
    }

    // A large briefing: `count` events over thirty years in six lanes, some of them spans and
    // months, many on the same days.
    static std::shared_ptr<Briefing> large(int count, quint32 seed)
    {
        QRandomGenerator random(seed);
        QList<Spec> specs;
        const QDate origin(1995, 1, 1);
        const QStringList lanes{u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs, u"e"_qs, QString()};
        for (int i = 0; i < count; ++i) {
            const QDate date = origin.addDays(random.bounded(30 * 365));
            QString text = date.toString(Qt::ISODate);
            switch (random.bounded(10)) {
            case 0:
                text = text.left(7); // a month
                break;
            case 1:
                text += u'/' + date.addDays(random.bounded(1, 400)).toString(Qt::ISODate);
                break;
            case 2:
                text = u'~' + text;
                break;
            default:
                break;
            }
            specs.append({u"ev"_qs + QString::number(i), text, lanes.at(random.bounded(6))});
        }
        // One long span over nearly everything, which visible queries must still find cheaply.
        specs.append({u"ev-long"_qs, u"1995/2024"_qs, u"a"_qs});
        return make(specs, {u"a"_qs, u"b"_qs, u"c"_qs}, {u"d"_qs, u"e"_qs});
    }

    static double day(int y, int m, int d) { return TimeScale::dayOf(QDate(y, m, d)); }

    // A thousand pixels from `start`, rows 16 pixels high, markers at full size.
    static TimelineLayout::Frame frameFor(double daysPerPixel, double start)
    {
        TimelineLayout::Frame frame;
        frame.scale = TimeScale(start, start + 1000 * daysPerPixel, 100, 1000);
        frame.top = 30;
        frame.rowHeight = 16;
        frame.markerSize = TimelineLayout::MarkerPx;
        return frame;
    }

private Q_SLOTS:
    // The journey's steps are on the timeline in a lane of their own, each timed step at its
    // moment in UTC: 14:05 in Suva (UTC+12) is 02:05 UTC; the night drive from 21:00 to 07:30
    // is a span of ten and a half hours; the flight lands at 11:45 in Tonga (UTC+13).
    void itineraryStepsAtTheirTime_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("startHours"); // UTC hours after 28 April 2025 00:00
        QTest::addColumn<double>("endHours");
        QTest::addColumn<int>("shape");
        QTest::newRow("talks") << u"it-suva"_qs << 2.0 + 5 / 60.0 << 6.5 << int(Shape::Span);
        QTest::newRow("night drive") << u"it-suva-nadi"_qs << 9.0 << 19.5 << int(Shape::Span);
        QTest::newRow("flight") << u"it-nadi-tonga"_qs << 24 + 21.5 - 24 << 24 + 22.75 - 24
                                << int(Shape::Span);
        // From 14:00 (01:00 UTC on the 29th) to the end of the last day.
        QTest::newRow("stop to a day") << u"it-tonga"_qs << 24.0 + 1.0 << 72.0 << int(Shape::Span);
    }

    void itineraryStepsAtTheirTime()
    {
        QFETCH(QString, id);
        QFETCH(double, startHours);
        QFETCH(double, endHours);
        QFETCH(int, shape);
        const BriefingPtr timeline = ItineraryEvents::withItinerary(TourBriefing::make(), u"en"_qs);
        const TimelineLayout layout(*timeline);
        const int lane = layout.laneOf(ItineraryEvents::laneId());
        QVERIFY(lane >= 0);
        int event = -1;
        for (int e = 0; e < timeline->events.size(); ++e) {
            if (timeline->events.at(e).id == id)
                event = e;
        }
        QVERIFY(event >= 0);
        const TimelineLayout::Item &item = layout.items().at(layout.itemOfEvent(event));
        QCOMPARE(item.lane, lane);
        const double day0 = TimeScale::dayOf(QDate(2025, 4, 28));
        QCOMPARE(qRound((item.start - day0) * 24 * 60), qRound(startHours * 60));
        QCOMPARE(qRound((item.end - day0) * 24 * 60), qRound(endHours * 60));
        QCOMPARE(int(item.shape), shape);
    }

    // The example tour file's night train, 21:30 (UTC+2) to 07:05 (UTC+3), is drawn across
    // midnight UTC: from 19:30 on 11 March to 04:05 on 12 March.
    void nightTrainAcrossMidnight()
    {
        const auto result =
            BriefingReader::readFile(testDataPath(u"valid/tour-example.briefing.json"_qs));
        QVERIFY(result.briefing);
        const BriefingPtr timeline = ItineraryEvents::withItinerary(result.briefing, u"en"_qs);
        const TimelineLayout layout(*timeline);
        int event = -1;
        for (int e = 0; e < timeline->events.size(); ++e) {
            if (timeline->events.at(e).id == u"it-train-c"_qs)
                event = e;
        }
        QVERIFY(event >= 0);
        const TimelineLayout::Item &item = layout.items().at(layout.itemOfEvent(event));
        const double midnight = TimeScale::dayOf(QDate(2031, 3, 12));
        QCOMPARE(qRound((item.start - midnight) * 24 * 60), -(4 * 60 + 30));
        QCOMPARE(qRound((item.end - midnight) * 24 * 60), 4 * 60 + 5);
        QCOMPARE(item.lane, layout.laneOf(ItineraryEvents::laneId()));
    }

    // An imported time without a time zone (TimelineJS) is placed at its clock reading within
    // its day, none assumed: 09:05 at 09:05, 15:30 at 15:30, and the talks from 11:00 to 13:45.
    void timeWithoutZoneAtItsClockReading()
    {
        QFile file(testDataPath(u"import/timeline-times.json"_qs));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto result = BriefingLoader::readForeign(file.readAll(), u"timeline-times.json"_qs);
        QVERIFY(result && result->briefing);
        const Briefing &b = *result->briefing;
        const TimelineLayout layout(b);
        const double day0 = TimeScale::dayOf(QDate(2031, 3, 10));
        const auto minutes = [&](const QString &id, bool end) {
            for (int e = 0; e < b.events.size(); ++e) {
                if (b.events.at(e).id == id) {
                    const TimelineLayout::Item &item = layout.items().at(layout.itemOfEvent(e));
                    return qRound(((end ? item.end : item.start) - day0) * 24 * 60);
                }
            }
            return -1;
        };
        QCOMPARE(minutes(u"arrival"_qs, false), 9 * 60 + 5);
        QCOMPARE(minutes(u"press"_qs, false), 15 * 60 + 30);
        QCOMPARE(minutes(u"talks"_qs, false), 11 * 60);
        QCOMPARE(minutes(u"talks"_qs, true), 13 * 60 + 45);
    }

    // A timed moment alone is a point at its hour, not the whole day.
    void timedMomentIsAPoint()
    {
        auto b = std::make_shared<Briefing>(*TourBriefing::make());
        TimelineEvent event;
        event.id = u"ev-arrival"_qs;
        event.date = FuzzyDate(TourBriefing::at(QDate(2025, 4, 28), QTime(12, 0), 240));
        b->events = {event};
        b->itinerary.clear();
        b->buildIndex();
        const TimelineLayout layout(*b);
        const TimelineLayout::Item &item = layout.items().at(layout.itemOfEvent(0));
        const double noonAtPlusFour = TimeScale::dayOf(QDate(2025, 4, 28)) + 8.0 / 24;
        QVERIFY(qAbs(item.center() - noonAtPlusFour) < 1.0 / (24 * 60));
        QCOMPARE(int(item.shape), int(Shape::Day));
    }

    void lanesFromTheDocument()
    {
        const BriefingPtr fiji =
            BriefingReader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs))
                .briefing;
        QVERIFY(fiji);
        const TimelineLayout layout(*fiji);
        QStringList ids;
        for (const TimelineLayout::Lane &lane : layout.lanes())
            ids.append(lane.id);
        // Agenda areas in document order, then the extra lanes; areas without events are left
        // out (Trade, Education).
        QCOMPARE(ids, QStringList({u"area-climate"_qs, u"area-fisheries"_qs,
                                   u"area-transport"_qs, u"lane-diplomacy"_qs,
                                   u"lane-disasters"_qs}));
        QCOMPARE(layout.items().size(), fiji->events.size());
        for (const TimelineLayout::Item &item : layout.items())
            QCOMPARE(layout.lanes().at(item.lane).id, fiji->events.at(item.event).lane);
        // The visit's own event is marked.
        const int visit = layout.itemOfEvent(int(fiji->find(u"ev-visit"_qs)->index));
        QVERIFY(layout.items().at(visit).visit);
        int visits = 0;
        for (const TimelineLayout::Item &item : layout.items())
            visits += item.visit ? 1 : 0;
        QCOMPARE(visits, 1);
        // The document's time runs from the programme (2019) to the visit's end.
        QCOMPARE(layout.firstDay(), day(2019, 1, 1));
        QCOMPARE(layout.lastDay(), day(2025, 5, 1));
    }

    void eventsWithoutALaneGoToOther()
    {
        const auto b = make({{u"e1"_qs, u"2020"_qs, QString()},
                             {u"e2"_qs, u"2021"_qs, u"lane-x"_qs},
                             {u"e3"_qs, u"2022"_qs, u"area-y"_qs}},
                            {u"area-y"_qs}, {u"lane-x"_qs});
        const TimelineLayout layout(*b);
        QCOMPARE(layout.lanes().size(), 3);
        QCOMPARE(layout.lanes().at(0).id, u"area-y"_qs);
        QCOMPARE(layout.lanes().at(1).id, u"lane-x"_qs);
        QCOMPARE(layout.lanes().at(2).id, QString()); // "Other", always last
        QCOMPARE(layout.items().at(layout.itemOfEvent(0)).lane, 2);
        QCOMPARE(layout.laneOf(QString()), 2);
        QCOMPARE(layout.laneOf(u"lane-x"_qs), 1);
        QCOMPARE(layout.laneOf(u"nowhere"_qs), -1);
    }

    void extentsKeepThePrecision_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<bool>("approximate");
        QTest::addColumn<double>("certainStart");
        QTest::addColumn<double>("certainEnd");
        // Rows: the date, its shape, its extent, whether it is approximate, its certain part.
        QTest::newRow("day") << u"2025-04-28"_qs << Shape::Day << day(2025, 4, 28)
                             << day(2025, 4, 29) << false << day(2025, 4, 28) << day(2025, 4, 29);
        QTest::newRow("approximate day")
            << u"~2024-09-06"_qs << Shape::Day << day(2024, 9, 6) << day(2024, 9, 7) << true
            << day(2024, 9, 6) << day(2024, 9, 7);
        QTest::newRow("month") << u"2025-04"_qs << Shape::Vague << day(2025, 4, 1)
                               << day(2025, 5, 1) << false << day(2025, 4, 1) << day(2025, 5, 1);
        QTest::newRow("approximate month")
            << u"~2025-02"_qs << Shape::Vague << day(2025, 2, 1) << day(2025, 3, 1) << true
            << day(2025, 2, 1) << day(2025, 3, 1);
        QTest::newRow("year") << u"2019"_qs << Shape::Vague << day(2019, 1, 1) << day(2020, 1, 1)
                              << false << day(2019, 1, 1) << day(2020, 1, 1);
        QTest::newRow("approximate year")
            << u"~2022"_qs << Shape::Vague << day(2022, 1, 1) << day(2023, 1, 1) << true
            << day(2022, 1, 1) << day(2023, 1, 1);
        QTest::newRow("span of days")
            << u"2025-04-28/2025-04-30"_qs << Shape::Span << day(2025, 4, 28) << day(2025, 5, 1)
            << false << day(2025, 4, 28) << day(2025, 5, 1);
        // A span that ends in "October": surely until 1 October, maybe to its end.
        QTest::newRow("day to month")
            << u"2024-09-27/2024-10"_qs << Shape::Span << day(2024, 9, 27) << day(2024, 11, 1)
            << false << day(2024, 9, 27) << day(2024, 10, 1);
        QTest::newRow("year to month")
            << u"2021/2023-06"_qs << Shape::Span << day(2021, 1, 1) << day(2023, 7, 1) << false
            << day(2022, 1, 1) << day(2023, 6, 1);
        QTest::newRow("approximate start")
            << u"~2020-03/2020-05-15"_qs << Shape::Span << day(2020, 3, 1) << day(2020, 5, 16)
            << true << day(2020, 4, 1) << day(2020, 5, 16);
        // Within one month: nothing is certain but that it lies in October.
        QTest::newRow("day to its own month")
            << u"2020-10-15/2020-10"_qs << Shape::Span << day(2020, 10, 15) << day(2020, 11, 1)
            << false << day(2020, 10, 15) << day(2020, 10, 15);
    }

    void extentsKeepThePrecision()
    {
        QFETCH(QString, date);
        QFETCH(Shape, shape);
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(bool, approximate);
        QFETCH(double, certainStart);
        QFETCH(double, certainEnd);
        const auto b = make({{u"e"_qs, date, QString()}});
        const TimelineLayout layout(*b);
        QCOMPARE(layout.items().size(), 1);
        const TimelineLayout::Item &item = layout.items().first();
        QCOMPARE(int(item.shape), int(shape));
        QCOMPARE(item.start, start);
        QCOMPARE(item.end, end);
        QCOMPARE(item.approximate, approximate);
        QCOMPARE(item.certainStart, certainStart);
        QCOMPARE(item.certainEnd, certainEnd);
    }

    void sameDayEventsStack_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("daysPerPixel");
        QTest::newRow("two, zoomed in") << 2 << 0.05;
        QTest::newRow("three, a year wide") << 3 << 0.4;
        QTest::newRow("five, decades wide") << 5 << 20.0;
        QTest::newRow("twelve, zoomed in") << 12 << 0.05;
    }

    void sameDayEventsStack()
    {
        QFETCH(int, count);
        QFETCH(double, daysPerPixel);
        QList<Spec> specs;
        for (int i = 0; i < count; ++i)
            specs.append({u"e"_qs + QString::number(i), u"2025-04-28"_qs, u"l"_qs});
        specs.append({u"years-later"_qs, u"2030-06-01"_qs, u"l"_qs});
        const auto b = make(specs, {}, {u"l"_qs});
        const TimelineLayout layout(*b);
        const auto stackPtr = layout.stack(daysPerPixel);
        const TimelineLayout::Stack &stack = *stackPtr;
        // Every event of the day has a row of its own: none is drawn over another.
        QSet<int> rows;
        for (int i = 0; i < count; ++i) {
            const int row = stack.row.at(layout.itemOfEvent(i));
            QVERIFY(row >= 0);
            rows.insert(row);
        }
        QCOMPARE(rows.size(), count);
        QVERIFY(stack.laneRows.at(0) >= count);
        QVERIFY(!stack.laneOverflow.at(0));
        const TimelineLayout::Frame frame = frameFor(daysPerPixel, day(2025, 4, 20));
        for (int i = 0; i < count; ++i) {
            for (int j = i + 1; j < count; ++j) {
                QVERIFY(!layout.itemRect(layout.itemOfEvent(i), stack, frame)
                             .intersects(layout.itemRect(layout.itemOfEvent(j), stack, frame)));
            }
        }
    }

    void stackingWithinALane()
    {
        // At a pixel a day, markers twelve pixels wide: the 1st and the 5th touch, the 20th
        // does not; the month-long span overlaps both.
        const auto b = make({{u"a"_qs, u"2025-04-01"_qs, u"l"_qs},
                             {u"b"_qs, u"2025-04-05"_qs, u"l"_qs},
                             {u"c"_qs, u"2025-04-20"_qs, u"l"_qs},
                             {u"span"_qs, u"2025-04-01/2025-04-30"_qs, u"l"_qs},
                             {u"elsewhere"_qs, u"2025-04-05"_qs, u"m"_qs}},
                            {}, {u"l"_qs, u"m"_qs});
        const TimelineLayout layout(*b);
        const auto stackPtr = layout.stack(1.0);
        const TimelineLayout::Stack &stack = *stackPtr;
        const auto row = [&](int event) { return stack.row.at(layout.itemOfEvent(event)); };
        // The span is longest among those starting on the 1st, so it goes first.
        QCOMPARE(row(3), 0);
        QCOMPARE(row(0), 1);
        QCOMPARE(row(1), 2);
        QCOMPARE(row(2), 1);
        QCOMPARE(row(4), 0); // its own lane
        QCOMPARE(stack.laneRows, QList<int>({3, 1}));
        QCOMPARE(stack.laneTop, QList<double>({0.0, 3.0}));
        QCOMPARE(stack.laneHeight, QList<double>({3.0, TimelineLayout::MinLaneRows}));
        // Zoomed in, the three days share a row; the span still lies across them.
        const auto closePtr = layout.stack(0.05);
        const TimelineLayout::Stack &close = *closePtr;
        QCOMPARE(close.laneRows.at(0), 2);
    }

    void crowdsOverflowIntoClusters()
    {
        // Sixty events on sixty consecutive days in one lane, seen at ten days a pixel: they
        // cannot all have rows; the rest are counted in "+N" badges, each exactly once.
        QList<Spec> specs;
        for (int i = 0; i < 60; ++i) {
            specs.append({u"e"_qs + QString::number(i),
                          QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate), u"l"_qs});
        }
        const auto b = make(specs, {}, {u"l"_qs});
        const TimelineLayout layout(*b);
        const auto stackPtr = layout.stack(10.0);
        const TimelineLayout::Stack &stack = *stackPtr;
        QCOMPARE(stack.laneRows.at(0), TimelineLayout::MinRowCap);
        QVERIFY(stack.laneOverflow.at(0));
        int placed = 0;
        for (int item = 0; item < layout.items().size(); ++item)
            placed += stack.row.at(item) >= 0 ? 1 : 0;
        int clustered = 0;
        QSet<int> seen;
        for (const TimelineLayout::Cluster &cluster : stack.clusters.at(0)) {
            for (int item : cluster.items) {
                QCOMPARE(stack.row.at(item), -1);
                QVERIFY(!seen.contains(item));
                seen.insert(item);
            }
            clustered += int(cluster.items.size());
        }
        QCOMPARE(placed + clustered, 60);
        // Zoomed in to ten pixels a day, everything has a row again.
        const auto closePtr = layout.stack(0.1);
        const TimelineLayout::Stack &close = *closePtr;
        QVERIFY(!close.laneOverflow.at(0));
        for (int item = 0; item < layout.items().size(); ++item)
            QVERIFY(close.row.at(item) >= 0);
    }

    void theViewLimitsRowsAndTheVisitKeepsOne_data()
    {
        QTest::addColumn<int>("rowCap");
        QTest::newRow("no limit") << 0;
        QTest::newRow("two rows") << 2;
        QTest::newRow("one row") << 1;
    }

    void theViewLimitsRowsAndTheVisitKeepsOne()
    {
        // Sixty events on sixty days and the visit among them, seen at ten days a pixel in a
        // view with room for `rowCap` rows a lane.
        QFETCH(int, rowCap);
        QList<Spec> specs;
        for (int i = 0; i < 60; ++i) {
            specs.append({u"e"_qs + QString::number(i),
                          QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate), u"l"_qs});
        }
        specs.append({u"visit"_qs, u"2020-01-20/2020-01-22"_qs, u"l"_qs});
        const auto b = make(specs, {}, {u"l"_qs}, u"visit"_qs);
        const TimelineLayout layout(*b);
        const int visit = layout.itemOfEvent(60);
        QCOMPARE(layout.visitItem(), visit);
        const auto stackPtr = layout.stack(10.0, rowCap);
        const TimelineLayout::Stack &stack = *stackPtr;
        QCOMPARE(stack.row.at(visit), 0);
        QVERIFY(stack.laneRows.at(0) <= (rowCap > 0 ? rowCap : TimelineLayout::MinRowCap));
        const TimelineLayout::Frame frame = frameFor(10.0, day(2019, 6, 1));
        const QRectF visitRect = layout.itemRect(visit, stack, frame);
        QVERIFY(!visitRect.isEmpty());
        for (int item = 0; item < layout.items().size(); ++item) {
            if (item != visit)
                QVERIFY(!layout.itemRect(item, stack, frame).intersects(visitRect));
        }
        // Badges do not touch each other.
        const QList<TimelineLayout::Cluster> &clusters = stack.clusters.at(0);
        for (int i = 1; i < clusters.size(); ++i) {
            QVERIFY(!layout.clusterRect(0, clusters.at(i - 1), stack, frame)
                         .intersects(layout.clusterRect(0, clusters.at(i), stack, frame)));
        }
    }

    void markersNeverOverlap_data()
    {
        QTest::addColumn<double>("daysPerPixel");
        QTest::newRow("days") << 0.05;
        QTest::newRow("months") << 0.7;
        QTest::newRow("years") << 4.0;
        QTest::newRow("decades") << 12.0;
    }

    void markersNeverOverlap()
    {
        QFETCH(double, daysPerPixel);
        const auto b = large(2000, 7);
        const TimelineLayout layout(*b);
        const auto stackPtr = layout.stack(daysPerPixel);
        const TimelineLayout::Stack &stack = *stackPtr;
        const TimelineLayout::Frame frame = frameFor(daysPerPixel, day(2005, 1, 1));
        for (int lane = 0; lane < layout.lanes().size(); ++lane) {
            QList<QRectF> rects;
            layout.forEachIn(lane, frame.scale.start(), frame.scale.end(), [&](int item) {
                const QRectF rect = layout.itemRect(item, stack, frame);
                if (!rect.isEmpty())
                    rects.append(rect);
            });
            for (int i = 0; i < rects.size(); ++i) {
                for (int j = i + 1; j < rects.size(); ++j) {
                    if (rects.at(i).intersects(rects.at(j)))
                        QFAIL(qPrintable(u"markers overlap in lane %1"_qs.arg(lane)));
                }
            }
        }
    }

    void visibleQueryFindsExactlyTheOverlapping()
    {
        const auto b = large(10000, 11);
        const TimelineLayout layout(*b);
        QCOMPARE(layout.items().size(), 10001);
        const QList<std::pair<double, double>> windows{
            {day(2000, 3, 1), day(2000, 4, 1)},
            {day(1994, 1, 1), day(1995, 2, 1)},
            {day(2010, 6, 15), day(2010, 6, 16)},
            {day(2030, 1, 1), day(2031, 1, 1)},
        };
        for (const auto &window : windows) {
            for (int lane = 0; lane < layout.lanes().size(); ++lane) {
                QList<int> found;
                layout.forEachIn(lane, window.first, window.second,
                                 [&](int item) { found.append(item); });
                QList<int> expected;
                for (int item : layout.lanes().at(lane).items) {
                    const TimelineLayout::Item &it = layout.items().at(item);
                    if (it.start <= window.second && it.end >= window.first)
                        expected.append(item);
                }
                QCOMPARE(found, expected);
            }
        }
        // The long span is found in a short window late in its lane.
        QList<int> found;
        layout.forEachIn(layout.laneOf(u"a"_qs), day(2020, 6, 1), day(2020, 6, 2),
                         [&](int item) { found.append(item); });
        QVERIFY(found.contains(layout.itemOfEvent(10000)));
    }

    void hitTesting()
    {
        const auto b = make({{u"a"_qs, u"2025-04-01"_qs, u"l"_qs},
                             {u"b"_qs, u"2025-04-01"_qs, u"l"_qs},
                             {u"c"_qs, u"2025-03/2025-05"_qs, u"m"_qs}},
                            {}, {u"l"_qs, u"m"_qs});
        const TimelineLayout layout(*b);
        const double dpp = 0.5;
        const auto stackPtr = layout.stack(dpp);
        const TimelineLayout::Stack &stack = *stackPtr;
        const TimelineLayout::Frame frame = frameFor(dpp, day(2025, 2, 1));
        for (int item = 0; item < layout.items().size(); ++item) {
            const QRectF rect = layout.itemRect(item, stack, frame);
            QVERIFY(!rect.isEmpty());
            QCOMPARE(layout.itemAt(rect.center(), stack, frame), item);
        }
        // A bar is hit anywhere along it.
        const QRectF bar = layout.itemRect(layout.itemOfEvent(2), stack, frame);
        QCOMPARE(layout.itemAt(QPointF(bar.left() + 5, bar.center().y()), stack, frame),
                 layout.itemOfEvent(2));
        // Empty space hits nothing.
        QCOMPARE(layout.itemAt(QPointF(bar.center().x(), 5), stack, frame), -1);
        QCOMPARE(layout.itemAt(QPointF(frame.scale.toX(day(2025, 1, 1)), bar.center().y()), stack,
                               frame),
                 -1);
    }

    void keyboardOrder()
    {
        const auto b = make({{u"late"_qs, u"2025-04-28"_qs, u"l"_qs},
                             {u"early"_qs, u"2020"_qs, u"m"_qs},
                             {u"middle"_qs, u"2023-01-05"_qs, u"l"_qs},
                             {u"same-day"_qs, u"2023-01-05"_qs, u"m"_qs}},
                            {}, {u"l"_qs, u"m"_qs});
        const TimelineLayout layout(*b);
        QStringList ids;
        for (int item : layout.timeOrder())
            ids.append(b->events.at(layout.items().at(item).event).id);
        QCOMPARE(ids, QStringList({u"early"_qs, u"middle"_qs, u"same-day"_qs, u"late"_qs}));
        const int first = layout.timeOrder().first();
        const int last = layout.timeOrder().last();
        QCOMPARE(layout.step(-1, 1), first);
        QCOMPARE(layout.step(-1, -1), last);
        QCOMPARE(layout.step(first, -1), first);
        QCOMPARE(layout.step(last, 1), last);
        QCOMPARE(layout.step(first, 2), layout.timeOrder().at(2));
    }

    void eventsRelatedToASelection_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("events");
        QTest::newRow("agenda item") << u"item-patrols"_qs
                                     << QStringList{u"ev-draft-accord"_qs, u"ev-patrol-trial"_qs,
                                                    u"ev-visit"_qs};
        QTest::newRow("event") << u"ev-cyclone"_qs << QStringList{u"ev-relief"_qs};
        QTest::newRow("place") << u"place-qamea"_qs
                               << QStringList{u"ev-cyclone"_qs, u"ev-patrol-trial"_qs};
        QTest::newRow("line") << u"line-ferry-east"_qs
                              << QStringList{u"ev-ferry-refit"_qs, u"ev-patrol-trial"_qs};
        QTest::newRow("unknown") << u"nothing"_qs << QStringList{};
    }

    void eventsRelatedToASelection()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, events);
        const BriefingPtr fiji =
            BriefingReader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs))
                .briefing;
        QVERIFY(fiji);
        QStringList ids;
        for (int event : TimelineLayout::eventsRelatedTo(*fiji, id))
            ids.append(fiji->events.at(event).id);
        QCOMPARE(ids, events);
    }

    void stacksAreCachedPerLevel()
    {
        const auto b = large(500, 3);
        const TimelineLayout layout(*b);
        const auto first = layout.stack(1.0);
        // Within one level the stacking is the same; its scale is never finer than the view's.
        QVERIFY(layout.stack(0.95) == first);
        QVERIFY(first->daysPerPixel >= 1.0);
        QVERIFY(first->daysPerPixel < 1.0 * 1.2);
        QCOMPARE(TimelineLayout::levelFor(first->daysPerPixel), first->level);
        QVERIFY(layout.stack(2.0) != first);
    }
};

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
