#include "document/briefingreader.h"
#include "document/dateformatter.h"
#include "gui/entrydetailview.h"
#include "gui/entrylistpage.h"
#include "gui/timeline/timelinepage.h"
#include "gui/timeline/timelineview.h"
#include "models/briefingselection.h"
#include "models/eventmodel.h"
#include "testdata.h"
#include "timeline/timelinechart.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QMenu>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QWheelEvent>

#include <cstdlib>

// The timeline tab, offscreen: events where their dates put them, left to right in every
// language; hover, click and keyboard; the link with the selection the whole program shares.
class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    // A timeline page over a briefing, shown and laid out.
    struct Fixture
    {
        BriefingSelection selection;
        EventModel events;
        std::unique_ptr<TimelinePage> page;
        TimelineView *view = nullptr;

        explicit Fixture(const BriefingPtr &briefing, const QString &language = u"en"_qs)
        {
            events.setBriefing(briefing);
            events.setLanguage(language);
            page = std::make_unique<TimelinePage>(&events, &selection);
            page->resize(1100, 720);
            page->setBriefing(briefing, language);
            page->show();
            // As on a desktop, the window shown is the active one: keys and focus go to it.
            page->activateWindow();
            view = page->findChild<TimelineView *>(u"timelineView"_qs);
        }
    };

    BriefingPtr m_fiji;

    // Ninety events on ninety consecutive days of 2022 ("e0".."e89") and one in 2027: too
    // many for their rows at the whole timeline's scale, so some wait in "+N" badges.
    static QList<std::pair<QString, QString>> ninetyCrowdedEvents()
    {
        QList<std::pair<QString, QString>> events;
        for (int i = 0; i < 90; ++i)
            events.append({u"e"_qs + QString::number(i),
                           QDate(2022, 1, 1).addDays(i).toString(Qt::ISODate)});
        events.append({u"later"_qs, u"2027-01-01"_qs});
        return events;
    }

    static std::shared_ptr<Briefing> make(const QList<std::pair<QString, QString>> &events,
                                          const QString &title = {})
    {
        auto b = std::make_shared<Briefing>();
        b->languages = QStringList{u"en"_qs};
        Lane lane;
        lane.id = u"lane"_qs;
        lane.title.set(u"en"_qs, u"Lane"_qs);
        b->lanes.append(lane);
        for (const auto &spec : events) {
            TimelineEvent event;
            event.id = spec.first;
            event.title.set(u"en"_qs, title.isEmpty() ? spec.first : title);
            event.date = FuzzyDate::parse(spec.second);
            event.lane = lane.id;
            b->events.append(event);
        }
        b->buildIndex();
        return b;
    }

    static QPoint centerOf(const QRectF &rect) { return rect.center().toPoint(); }

    // Qt asks for tooltips only in the active window; on xcb a window shown without a window
    // manager is not active by itself.
    static bool activate(QWidget *window)
    {
        window->activateWindow();
        return QTest::qWaitForWindowActive(window);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fiji =
            BriefingReader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs))
                .briefing;
        QVERIFY(m_fiji);
    }

    void cleanup()
    {
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QToolTip::hideText();
    }

    void everyEventIsDrawnInTimeOrder()
    {
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QVERIFY(f.view);
        QVERIFY(f.page->list());
        const QRectF plot = f.view->plotRect();
        for (const TimelineEvent &event : m_fiji->events) {
            const QRectF rect = f.view->eventRect(event.id);
            QVERIFY2(!rect.isEmpty(), qPrintable(event.id));
            QVERIFY(plot.contains(rect.center()));
            QCOMPARE(f.view->eventAt(centerOf(rect)), event.id);
        }
        // Earlier is further left: a day in 2023, the relief flights of 2020, the visit in 2025.
        const double meeting = f.view->eventRect(u"ev-ministers-meet"_qs).center().x();
        QVERIFY(f.view->eventRect(u"ev-relief"_qs).right() < meeting);
        QVERIFY(meeting < f.view->eventRect(u"ev-visit"_qs).center().x());
        // Time on the axis: the fitted window shows years and months, with the years named.
        const QStringList labels = f.view->axisLabels();
        QVERIFY(!labels.isEmpty());
        QVERIFY(labels.join(u' ').contains(u"2020"_qs));
    }

    void timeRunsLeftToRightUnderRightToLeft()
    {
        // Persian lays the window out right to left; the timeline keeps time running left to
        // right, like the map and the axis's digits. The controls beside it do follow the
        // direction.
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        Fixture f(m_fiji, u"fa"_qs);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QCOMPARE(f.view->layoutDirection(), Qt::RightToLeft);
        const QRectF earlier = f.view->eventRect(u"ev-ministers-meet"_qs);
        const QRectF later = f.view->eventRect(u"ev-visit"_qs);
        QVERIFY(!earlier.isEmpty());
        QVERIFY(!later.isEmpty());
        QVERIFY(earlier.center().x() < later.center().x());
        QVERIFY(f.view->scale().toX(1000) < f.view->scale().toX(2000));
        // Zoom and legend sit on the reader's leading side: the left, in Persian.
        auto *controls = f.page->findChild<QWidget *>(u"timelineControls"_qs);
        QVERIFY(controls);
        QVERIFY(controls->mapTo(f.page.get(), QPoint(0, 0)).x()
                < f.view->mapTo(f.page.get(), QPoint(0, 0)).x());
        // The axis is in the Solar Hijri calendar with Persian digits.
        const QString labels = f.view->axisLabels().join(u' ');
        QVERIFY2(labels.contains(u"۱۴۰۲"_qs) || labels.contains(u"۱۴۰۳"_qs), qPrintable(labels));
        QVERIFY(!labels.contains(u"2024"_qs));
        // Right is later here too: the arrow keys move as the chart runs.
        f.view->setFocus();
        f.view->setCurrentEvent(u"ev-ministers-meet"_qs);
        QTest::keyClick(f.view, Qt::Key_Right);
        QCOMPARE(f.view->currentEvent(), u"ev-draft-accord"_qs);
    }

    void hoverShowsTheDateAsTheDocumentStatesIt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("id");
        QTest::newRow("en, a day") << u"en"_qs << u"ev-ministers-meet"_qs;
        QTest::newRow("en, approximate month") << u"en"_qs << u"ev-announced"_qs;
        QTest::newRow("en, span from a year") << u"en"_qs << u"ev-ferry-refit"_qs;
        QTest::newRow("fa, the visit") << u"fa"_qs << u"ev-visit"_qs;
        QTest::newRow("fa, a year") << u"fa"_qs << u"ev-programme-start"_qs;
    }

    void hoverShowsTheDateAsTheDocumentStatesIt()
    {
        QFETCH(QString, language);
        QFETCH(QString, id);
        Fixture f(m_fiji, language);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QVERIFY(activate(f.page.get()));
        const QRectF rect = f.view->eventRect(id);
        QVERIFY(!rect.isEmpty());
        QTest::mouseMove(f.view->viewport(), centerOf(rect));
        QTRY_COMPARE(f.view->hoveredEvent(), id);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QCOMPARE(tip, f.view->toolTipFor(id));

        const TimelineEvent &event = m_fiji->events.at(m_fiji->find(id)->index);
        const DateFormatter dates{QLocale(language)};
        QVERIFY(tip.contains(m_fiji->text(event.title, language).text.toHtmlEscaped()));
        QVERIFY(tip.contains(dates.format(event.date).toHtmlEscaped()));
        QVERIFY(tip.contains(m_fiji->text(m_fiji->laneTitle(event.lane), language)
                                 .text.toHtmlEscaped()));
        // Persian readers get the Gregorian date too; the others read it already.
        if (language == u"fa"_qs) {
            QVERIFY(dates.format(event.date) != dates.formatGregorian(event.date));
            QVERIFY(tip.contains(dates.formatGregorian(event.date).toHtmlEscaped()));
        } else {
            QCOMPARE(tip.count(dates.format(event.date).toHtmlEscaped()), 1);
        }
        // No day that the document does not give: a year stays a year.
        if (id == u"ev-programme-start"_qs)
            QVERIFY(!tip.contains(u"فروردین"_qs));

        // Moving off the event hides it.
        QTest::mouseMove(f.view->viewport(),
                         f.view->plotRect().topLeft().toPoint() + QPoint(3, 3));
        QTRY_COMPARE(f.view->hoveredEvent(), QString());
    }

    void restingOnAnEventKeepsItsTooltip()
    {
        // The application asks for a tooltip once the pointer rests; the view answers it.
        // Left to QGraphicsView, the request reaches the scene, which has no item with a
        // tooltip and hides whatever was shown.
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QVERIFY(activate(f.page.get()));
        const QString id = u"ev-ministers-meet"_qs;
        const QPoint at = centerOf(f.view->eventRect(id));
        QTest::mouseMove(f.view->viewport(), at);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), f.view->toolTipFor(id));
        // Well past the wake-up delay and the hiding delay: still there.
        QTest::qWait(2000);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), f.view->toolTipFor(id));

        // The request for another point names what is there, and nothing on empty space.
        const QPoint visit = centerOf(f.view->eventRect(u"ev-visit"_qs));
        QHelpEvent onVisit(QEvent::ToolTip, visit, f.view->viewport()->mapToGlobal(visit));
        QApplication::sendEvent(f.view->viewport(), &onVisit);
        QVERIFY(onVisit.isAccepted());
        QTRY_COMPARE(QToolTip::text(), f.view->toolTipFor(u"ev-visit"_qs));
        const QPoint empty = f.view->plotRect().topLeft().toPoint() + QPoint(3, 3);
        QHelpEvent onEmpty(QEvent::ToolTip, empty, f.view->viewport()->mapToGlobal(empty));
        QApplication::sendEvent(f.view->viewport(), &onEmpty);
        QVERIFY(!onEmpty.isAccepted());
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void aSelectedEventIsNamedOnlyByItsTooltip()
    {
        // The chart marks the selected and the current event with rings only: no box with the
        // title painted over the plot, where it would hide other events and repeat the tip.
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const QString id = u"ev-ministers-meet"_qs;
        QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {},
                          centerOf(f.view->eventRect(id)));
        QCOMPARE(f.selection.currentId(), id);
        f.view->setFocus();
        QHelpEvent help(QEvent::ToolTip, centerOf(f.view->eventRect(id)),
                        f.view->viewport()->mapToGlobal(centerOf(f.view->eventRect(id))));
        QApplication::sendEvent(f.view->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), f.view->toolTipFor(id));

        const QImage image = f.view->viewport()->grab().toImage();
        const QColor tipBase = QToolTip::palette().color(QPalette::ToolTipBase);
        const QRect plot = f.view->plotRect().toAlignedRect() & image.rect();
        int tipColoured = 0;
        for (int y = plot.top(); y <= plot.bottom(); ++y) {
            for (int x = plot.left(); x <= plot.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - tipBase.red()) <= 6
                    && std::abs(c.green() - tipBase.green()) <= 6
                    && std::abs(c.blue() - tipBase.blue()) <= 8)
                    ++tipColoured;
            }
        }
        QCOMPARE(tipColoured, 0);
    }

    void theMarkFollowsTheSelection()
    {
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const QString id = u"ev-ministers-meet"_qs;
        const QRect around = f.view->eventRect(id).toAlignedRect().adjusted(-9, -9, 9, 9);
        const auto look = [&] { return f.view->viewport()->grab().toImage().copy(around); };
        const QImage unmarked = look();

        f.selection.select(id);
        QCOMPARE(f.view->currentEvent(), id);
        QVERIFY(look() != unmarked);

        // An agenda item that has nothing to do with the event: the event is no longer marked,
        // and the keyboard no longer stands on it.
        f.selection.select(u"item-licensing"_qs);
        QCOMPARE(f.view->highlightedEvents(), QStringList{u"ev-informal-talks"_qs});
        QCOMPARE(f.view->currentEvent(), QString());
        QCOMPARE(look(), unmarked);
        QVERIFY(!f.view->accessibleDescription().contains(u"ministers meet"_qs));
    }

    void documentTextNeverBecomesMarkup()
    {
        const auto b = make({{u"e1"_qs, u"2025-04-28"_qs}, {u"e2"_qs, u"2025-05-02"_qs}},
                            u"<img src=\"/dev/zero\"> & <b>bold</b>"_qs);
        Fixture f(b);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QVERIFY(activate(f.page.get()));
        const QString tip = f.view->toolTipFor(u"e1"_qs);
        QVERIFY(tip.contains(
            u"&lt;img src=&quot;/dev/zero&quot;&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"_qs));
        QVERIFY(!tip.contains(u"<img"_qs));
        QTest::mouseMove(f.view->viewport(), centerOf(f.view->eventRect(u"e1"_qs)));
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(!QToolTip::text().contains(u"<img"_qs));

        // Qt Charts renders axis labels as rich text: the lane's title goes in escaped.
        auto hostile = std::make_shared<Briefing>(*b);
        hostile->lanes[0].title.set(u"en"_qs, u"<img src=\"/dev/zero\">Lane"_qs);
        hostile->buildIndex();
        f.page->setBriefing(hostile, u"en"_qs);
        const auto axes = f.view->chart()->axes(Qt::Vertical);
        QStringList labels;
        for (QAbstractAxis *axis : axes) {
            if (auto *lanes = qobject_cast<QCategoryAxis *>(axis))
                labels += lanes->categoriesLabels();
        }
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels.first().contains(u"&lt;img src=&quot;/dev/zero&quot;&gt;Lane"_qs));
        QVERIFY(!labels.first().contains(u"<img"_qs));
    }

    void clickSelectsThroughTheSharedSelection()
    {
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const QString id = u"ev-cyclone"_qs;
        QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {},
                          centerOf(f.view->eventRect(id)));
        QCOMPARE(f.selection.currentId(), id);
        QCOMPARE(f.view->currentEvent(), id);
        // The details beside it show the event; the list has it selected.
        const QString title = m_fiji->text(m_fiji->events.at(1).title, u"en"_qs).text;
        QVERIFY(f.page->list()->detail()->toPlainText().contains(title));
        QCOMPARE(f.page->list()->list()->currentIndex().row(), 1);
        // A click on empty space selects nothing else.
        QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {},
                          f.view->plotRect().topLeft().toPoint() + QPoint(3, 3));
        QCOMPARE(f.selection.currentId(), id);
    }

    void keyboardWalksThroughTime()
    {
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        f.view->setFocus();
        QTRY_VERIFY(f.view->hasFocus());
        QTest::keyClick(f.view, Qt::Key_Home);
        QCOMPARE(f.view->currentEvent(), u"ev-programme-start"_qs); // 2019
        QTest::keyClick(f.view, Qt::Key_Right);
        QCOMPARE(f.view->currentEvent(), u"ev-cyclone"_qs); // February 2020
        QTest::keyClick(f.view, Qt::Key_Right);
        QCOMPARE(f.view->currentEvent(), u"ev-relief"_qs); // about March 2020
        QTest::keyClick(f.view, Qt::Key_End);
        QCOMPARE(f.view->currentEvent(), u"ev-visit"_qs);
        QTest::keyClick(f.view, Qt::Key_Left);
        QCOMPARE(f.view->currentEvent(), u"ev-announced"_qs);
        // Moving does not select; Enter does, and the details show it.
        QCOMPARE(f.selection.currentId(), QString());
        QTest::keyClick(f.view, Qt::Key_Return);
        QCOMPARE(f.selection.currentId(), u"ev-announced"_qs);
        QVERIFY(f.page->list()->detail()->toPlainText().contains(u"Visit first mentioned"_qs));
        QTest::keyClick(f.view, Qt::Key_Right);
        QCOMPARE(f.view->currentEvent(), u"ev-visit"_qs);

        // + and - zoom, about the current event, which stays in view.
        const double span = f.view->scale().span();
        QTest::keyClick(f.view, Qt::Key_Plus);
        QVERIFY(f.view->scale().span() < span);
        QVERIFY(!f.view->eventRect(u"ev-visit"_qs).isEmpty());
        QTest::keyClick(f.view, Qt::Key_Minus);
        QCOMPARE(f.view->scale().span(), span);
    }

    void keyboardRevealsEventsOutOfView()
    {
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        f.view->setFocus();
        for (int i = 0; i < 8; ++i)
            QTest::keyClick(f.view, Qt::Key_Plus);
        QTest::keyClick(f.view, Qt::Key_Home);
        QCOMPARE(f.view->currentEvent(), u"ev-programme-start"_qs);
        QVERIFY(!f.view->eventRect(u"ev-programme-start"_qs).isEmpty());
        QTest::keyClick(f.view, Qt::Key_End);
        QVERIFY(!f.view->eventRect(u"ev-visit"_qs).isEmpty());
    }

    void selectionElsewhereHighlightsItsEvents_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("highlighted");
        QTest::addColumn<QString>("current");
        QTest::newRow("agenda item")
            << u"item-patrols"_qs
            << QStringList{u"ev-draft-accord"_qs, u"ev-patrol-trial"_qs, u"ev-visit"_qs}
            << QString();
        QTest::newRow("place") << u"place-qamea"_qs
                               << QStringList{u"ev-cyclone"_qs, u"ev-patrol-trial"_qs}
                               << QString();
        QTest::newRow("line") << u"line-ferry-east"_qs
                              << QStringList{u"ev-ferry-refit"_qs, u"ev-patrol-trial"_qs}
                              << QString();
        QTest::newRow("event") << u"ev-cyclone"_qs << QStringList{u"ev-relief"_qs}
                               << u"ev-cyclone"_qs;
    }

    void selectionElsewhereHighlightsItsEvents()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, highlighted);
        QFETCH(QString, current);
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        f.selection.select(id);
        QCOMPARE(f.view->highlightedEvents(), highlighted);
        // A selected event becomes the current one; anything else leaves no event current.
        QCOMPARE(f.view->currentEvent(), current);
        f.selection.select(u"item-licensing"_qs);
        QCOMPARE(f.view->highlightedEvents(), QStringList{u"ev-informal-talks"_qs});
    }

    void wheelZoomsAboutTheMouse()
    {
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const QPoint at = centerOf(f.view->eventRect(u"ev-ministers-meet"_qs));
        const double day = f.view->scale().toDay(at.x());
        const double span = f.view->scale().span();
        QWheelEvent wheel(QPointF(at), QPointF(f.view->viewport()->mapToGlobal(at)), QPoint(),
                          QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(f.view->viewport(), &wheel);
        QCOMPARE(f.view->scale().span(), span / 1.44);
        QCOMPARE(f.view->scale().toDay(at.x()), day);
        QCOMPARE(f.view->eventAt(at), u"ev-ministers-meet"_qs);
    }

    void dragPansWithoutSelecting()
    {
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QTest::keyClick(f.view, Qt::Key_Plus);
        const double start = f.view->scale().start();
        const double dpp = f.view->scale().daysPerPixel();
        const QPoint from = centerOf(f.view->eventRect(u"ev-ministers-meet"_qs));
        QTest::mousePress(f.view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(f.view->viewport(), from + QPoint(20, 0));
        QTest::mouseMove(f.view->viewport(), from + QPoint(100, 0));
        QTest::mouseRelease(f.view->viewport(), Qt::LeftButton, {}, from + QPoint(100, 0));
        // Dragging right shows earlier time, by as many days as the pixels moved.
        QCOMPARE(f.view->scale().start(), start - 100 * dpp);
        QCOMPARE(f.selection.currentId(), QString());
    }

    void buttonsZoomAndFit()
    {
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        auto *zoomIn = f.page->findChild<QToolButton *>(u"zoomIn"_qs);
        auto *zoomOut = f.page->findChild<QToolButton *>(u"zoomOut"_qs);
        auto *fitAll = f.page->findChild<QToolButton *>(u"fitAll"_qs);
        QVERIFY(zoomIn && zoomOut && fitAll);
        QVERIFY(!zoomIn->accessibleName().isEmpty());
        QVERIFY(!f.view->accessibleName().isEmpty());
        const double span = f.view->scale().span();
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(zoomIn, Qt::LeftButton);
        QVERIFY(f.view->scale().span() < span / 3);
        // Zoomed in to days, the axis names the days with their month and year.
        while (zoomIn->isEnabled())
            QTest::mouseClick(zoomIn, Qt::LeftButton);
        QCOMPARE(f.view->scale().span(), TimeScale::MinSpanDays);
        const QStringList labels = f.view->axisLabels();
        QVERIFY(labels.size() >= 5);
        QVERIFY(labels.first().contains(QRegularExpression(u"^\\d+ [A-Z][a-z]+ \\d{4}$"_qs)));
        QTest::mouseClick(fitAll, Qt::LeftButton);
        QCOMPARE(f.view->scale().span(), span);
        QTest::mouseClick(zoomOut, Qt::LeftButton);
        QVERIFY(f.view->scale().span() > span);
    }

    void eventsOfOneDayDoNotOverlap()
    {
        QList<std::pair<QString, QString>> events;
        for (int i = 0; i < 7; ++i)
            events.append({u"same-"_qs + QString::number(i), u"2025-04-28"_qs});
        events.append({u"before"_qs, u"2020-01-05"_qs});
        Fixture f(make(events));
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QList<QRectF> rects;
        for (int i = 0; i < 7; ++i) {
            const QRectF rect = f.view->eventRect(u"same-"_qs + QString::number(i));
            QVERIFY(!rect.isEmpty());
            for (const QRectF &other : std::as_const(rects))
                QVERIFY(!rect.intersects(other));
            rects.append(rect);
        }
    }

    void crowdedEventsComeApartWhenReached()
    {
        // Ninety events on ninety days, over five years: the chart cannot give each a row, so
        // some wait in a "+N" badge; the keyboard still reaches each, zooming in to it.
        Fixture f(make(ninetyCrowdedEvents()));
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QString hidden;
        for (int i = 0; i < 90 && hidden.isEmpty(); ++i) {
            if (f.view->eventRect(u"e"_qs + QString::number(i)).isEmpty())
                hidden = u"e"_qs + QString::number(i);
        }
        QVERIFY(!hidden.isEmpty());
        f.view->setCurrentEvent(hidden);
        QCOMPARE(f.view->currentEvent(), hidden);
        QVERIFY(!f.view->eventRect(hidden).isEmpty());
    }

    void titlesStandWhereTheyFit()
    {
        // One event alone in its years, and twelve two months apart: at the whole timeline's
        // scale the lone one is named beside its marker, the twelve (markers a few pixels
        // apart in one row) are not, and no title covers a marker or another title.
        QList<std::pair<QString, QString>> events{{u"alone"_qs, u"2019-03-01"_qs},
                                                   {u"last"_qs, u"2025-06-01"_qs}};
        for (int i = 0; i < 12; ++i)
            events.append({u"crowd-"_qs + QString::number(i),
                           QDate(2021, 1, 1).addDays(i * 60).toString(Qt::ISODate)});
        auto b = make(events);
        for (TimelineEvent &event : b->events)
            event.title.set(u"en"_qs, u"Ministers meet on "_qs + event.id);
        Fixture f(b);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const QHash<QString, QRectF> titles = f.view->titleRects();
        QVERIFY(titles.contains(u"alone"_qs));
        QVERIFY(titles.value(u"alone"_qs).left() > f.view->eventRect(u"alone"_qs).right());
        // The last of the twelve has the room up to "last" after it; the others have none.
        for (int i = 0; i < 11; ++i) {
            const QString id = u"crowd-"_qs + QString::number(i);
            QVERIFY(!f.view->eventRect(id).isEmpty());
            QVERIFY2(!titles.contains(id), qPrintable(id));
        }
        for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
            for (const TimelineEvent &event : b->events) {
                const QRectF marker = f.view->eventRect(event.id);
                QVERIFY2(marker.isEmpty() || !it.value().intersects(marker),
                         qPrintable(it.key() + u" covers "_qs + event.id));
            }
            for (auto other = titles.cbegin(); other != titles.cend(); ++other)
                QVERIFY(other == it || !it.value().intersects(other.value()));
        }

        // Zoomed in on one of them, it has room and is named.
        f.selection.select(u"crowd-5"_qs);
        QVERIFY(f.view->zoomToSelection());
        QVERIFY(f.view->titleRects().contains(u"crowd-5"_qs));

        // A Persian title begins at its marker too: it reads right to left, so it stands
        // before the marker, in the same window of time.
        auto persian = std::make_shared<Briefing>(*b);
        persian->languages = QStringList{u"fa"_qs};
        for (TimelineEvent &event : persian->events)
            event.title.set(u"fa"_qs, u"دیدار وزیران "_qs + event.id);
        persian->buildIndex();
        f.page->setBriefing(persian, u"fa"_qs);
        f.view->fitAll();
        const QHash<QString, QRectF> fa = f.view->titleRects();
        QVERIFY(fa.contains(u"last"_qs));
        QVERIFY(fa.value(u"last"_qs).right() < f.view->eventRect(u"last"_qs).left());
        for (int i = 1; i < 12; ++i)
            QVERIFY(!fa.contains(u"crowd-"_qs + QString::number(i)));
    }

    void zoomToSelectionShowsItsEvents()
    {
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        auto *button = f.page->findChild<QToolButton *>(u"zoomToSelection"_qs);
        QVERIFY(button);
        // Nothing selected: nothing to zoom to, and the tooltip says why.
        QVERIFY(!button->isEnabled());
        QVERIFY(!button->toolTip().isEmpty());

        // One event: the window closes in on it, with weeks around it, not to the narrowest.
        const QString id = u"ev-ministers-meet"_qs;
        f.selection.select(id);
        QVERIFY(button->isEnabled());
        const double fitted = f.view->scale().span();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(f.view->scale().span() < fitted / 4);
        QVERIFY(f.view->scale().span() > TimeScale::MinSpanDays * 3);
        QVERIFY(f.view->plotRect().contains(f.view->eventRect(id)));

        // An agenda item: all of its events in the window, by the key too.
        QString item;
        QList<int> related;
        for (const AgendaArea &area : m_fiji->agenda) {
            for (const AgendaItem &entry : area.items) {
                related = TimelineLayout::eventsToShow(*m_fiji, entry.id);
                if (related.size() >= 2 && item.isEmpty())
                    item = entry.id;
            }
        }
        QVERIFY(!item.isEmpty());
        f.view->fitAll();
        f.selection.select(item);
        f.view->setFocus();
        QTest::keyClick(f.view, Qt::Key_J, Qt::ControlModifier);
        QVERIFY(f.view->scale().span() < fitted);
        for (int event : TimelineLayout::eventsToShow(*m_fiji, item)) {
            const QRectF rect = f.view->eventRect(m_fiji->events.at(event).id);
            QVERIFY(!rect.isEmpty());
            QVERIFY(f.view->plotRect().contains(rect.center()));
        }
    }

    void aClickOnABadgeOpensIt()
    {
        // Ninety events on ninety days: a click on a badge zooms in until none of its events is
        // hidden in a badge any more.
        Fixture f(make(ninetyCrowdedEvents()));
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const QList<TimelineView::Badge> before = f.view->badges();
        QVERIFY(!before.isEmpty());
        const TimelineView::Badge badge = before.first();
        QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, centerOf(badge.rect));
        for (const QString &id : badge.events)
            QVERIFY2(!f.view->eventRect(id).isEmpty(), qPrintable(id));
        for (const TimelineView::Badge &after : f.view->badges()) {
            for (const QString &id : badge.events)
                QVERIFY(!after.events.contains(id));
        }
        QVERIFY(!f.view->findChild<QMenu *>(u"clusterMenu"_qs));
    }

    void aBadgeOfOneDateListsItsEvents()
    {
        // Twenty events on one day: more than a lane's rows. No zoom sets them apart, so a click
        // on their badge lists them, and picking one selects it.
        QList<std::pair<QString, QString>> events;
        for (int i = 0; i < 20; ++i)
            events.append({u"same-"_qs + QString::number(i), u"2025-04-28"_qs});
        events.append({u"before"_qs, u"2020-01-05"_qs});
        Fixture f(make(events));
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const QList<TimelineView::Badge> badges = f.view->badges();
        QCOMPARE(badges.size(), 1);
        const double span = f.view->scale().span();
        QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, centerOf(badges.first().rect));
        QCOMPARE(f.view->scale().span(), span);
        auto *menu = f.view->findChild<QMenu *>(u"clusterMenu"_qs);
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(menu->actions().size(), badges.first().events.size());
        QAction *pick = menu->actions().last();
        QVERIFY(pick->text().contains(pick->data().toString()));
        pick->trigger();
        QCOMPARE(f.selection.currentId(), pick->data().toString());
        menu->close();
    }

    void aBriefingWithoutEventsShowsNoChart()
    {
        const BriefingPtr minimal =
            BriefingReader::readFile(testDataPath(u"valid/minimal.briefing.json"_qs)).briefing;
        QVERIFY(minimal);
        Fixture f(minimal);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QVERIFY(!f.view->isVisible());
        auto *empty = f.page->findChild<QLabel *>(u"emptyState"_qs);
        QVERIFY(empty && empty->isVisible());
        // And back to a briefing with events.
        f.events.setBriefing(m_fiji);
        f.page->setBriefing(m_fiji, u"en"_qs);
        QTRY_VERIFY(f.view->isVisible());
        QVERIFY(!f.view->eventRect(u"ev-visit"_qs).isEmpty());
    }

    void figureForExports()
    {
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        // The chart is laid out at its size before the zoom (a real window may be exposed first).
        QTRY_VERIFY(f.view->plotRect().width() > 700);
        QTest::keyClick(f.view, Qt::Key_Plus);
        const double start = f.view->scale().start();
        const double span = f.view->scale().span();
        const ExportOptions::Figure figure = f.page->figurePainter();
        QVERIFY(figure);
        QImage image(800, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            figure(&painter, QRectF(0, 0, 800, 400));
        }
        // The visit's star and line are there, in its colour.
        int visitPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 150 && c.green() < 80 && c.blue() < 80)
                    ++visitPixels;
            }
        }
        QVERIFY(visitPixels > 20);
        // The chart on screen is left as it was.
        QCOMPARE(f.view->scale().start(), start);
        QCOMPARE(f.view->scale().span(), span);

        const BriefingPtr minimal =
            BriefingReader::readFile(testDataPath(u"valid/minimal.briefing.json"_qs)).briefing;
        f.page->setBriefing(minimal, u"en"_qs);
        QVERIFY(!f.page->figurePainter());
    }

    void languageChangeKeepsTheWindow()
    {
        Fixture f(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QTest::keyClick(f.view, Qt::Key_Plus);
        f.view->panBy(-50);
        const double start = f.view->scale().start();
        const double span = f.view->scale().span();
        f.page->setBriefing(m_fiji, u"fa"_qs);
        QCOMPARE(f.view->scale().start(), start);
        QCOMPARE(f.view->scale().span(), span);
    }

    // A title that does not fit is cut after a whole word, or not drawn: never in a word.
    void titlesAreCutAtWords_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("roomChars"); // room, in widths of "n"
        QTest::addColumn<QString>("expected");
        QTest::newRow("fits") << u"Talks in Baku"_qs << 40 << u"Talks in Baku"_qs;
        QTest::newRow("cut after a word") << u"MoU on an Aras corridor to Nakhchivan"_qs << 24
                                          << u"MoU on an Aras corridor…"_qs;
        QTest::newRow("too little left") << u"MoU on an Aras corridor to Nakhchivan"_qs << 11
                                         << QString();
        QTest::newRow("one long word") << u"Explosions"_qs << 6 << QString();
        QTest::newRow("punctuation before the cut")
            << u"Iran: Raisi's helicopter crash kills the president"_qs << 28
            << u"Iran: Raisi's helicopter…"_qs;
        QTest::newRow("Persian") << u"یادداشت تفاهم درباره کریدور ارس به نخجوان"_qs << 22
                                 << u"یادداشت تفاهم درباره…"_qs;
    }

    void titlesAreCutAtWords()
    {
        QFETCH(QString, title);
        QFETCH(int, roomChars);
        QFETCH(QString, expected);
        QFont font;
        font.setPixelSize(12);
        const QFontMetricsF metrics(font);
        const double room = roomChars * metrics.horizontalAdvance(u'n');
        const QString shown = TimelineChart::fittedTitle(title, metrics, room);
        QVERIFY(metrics.horizontalAdvance(shown) <= room);
        if (expected.isEmpty()) {
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
        } else if (shown != expected) {
            // Fonts differ: what is shown is then still the title, or its first whole words
            // (twelve characters or more) and an ellipsis.
            QVERIFY2(!shown.isEmpty(), qPrintable(title));
            if (shown != title) {
                QVERIFY(shown.endsWith(u'…'));
                const QString head = shown.chopped(1);
                QVERIFY(head.size() >= 12);
                QVERIFY(title.startsWith(head));
                const QChar next = title.at(head.size());
                QVERIFY2(next.isSpace() || next.isPunct(), qPrintable(shown));
            }
        }
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
