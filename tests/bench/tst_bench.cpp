// The in-process benchmarks of the views, offscreen: what one step of the reader's hand costs
// on a large briefing. tools/bench runs them in Release (`tst_bench -median 11 -csv`); the
// test suite runs them once, small (BRIEFING_BENCH_EVENTS), so they keep working.
//
// Budgets (issue 9): a timeline zoom or pan repaints in at most 16 ms at 10,000 events, a map
// pan or zoom in at most 16 ms with the 1:50m outlines, a search keystroke answers in at most
// 50 ms at 10,000 items, and a language switch of the built-in briefing takes at most 150 ms.
#include "document/briefingreader.h"
#include "formats/briefingloader.h"
#include "gui/appsettings.h"
#include "gui/bundledfonts.h"
#include "gui/mainwindow.h"
#include "gui/map/mapcanvas.h"
#include "gui/timeline/timelineview.h"
#include "map/worldmap.h"
#include "models/briefingsearch.h"
#include "models/briefingselection.h"
#include "models/entryfiltermodel.h"
#include "models/eventmodel.h"
#include "models/searchresultmodel.h"

#include <QApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestBench : public QObject
{
    Q_OBJECT

private:
    // Events in the generated briefing: 10,000 unless the environment asks for fewer (the
    // smoke run). Agenda items are a tenth of that, places a twentieth, as tools/bench makes.
    static int eventCount()
    {
        bool ok = false;
        const int n = qEnvironmentVariableIntValue("BRIEFING_BENCH_EVENTS", &ok);
        return ok && n > 0 ? n : 10000;
    }

    // An image the size of the widget, to render into: a repaint without the screen.
    static QImage canvasFor(const QWidget &widget)
    {
        QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        return image;
    }

    // The widget's frame, painted as its paint events would paint it (QGraphicsView's render()
    // hides QWidget's, hence the reference to the base).
    static void repaint(QWidget &widget, QImage &image) { widget.render(&image); }

    QTemporaryDir m_dir;
    BriefingPtr m_large;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(AppSettings::reset());
        QVERIFY(BundledFonts::install());
        QVERIFY(m_dir.isValid());

        // The briefing the growth benchmarks read, written by the same generator.
        const int events = eventCount();
        const QString file = m_dir.filePath(u"large.briefing.json"_qs);
        QProcess generator;
        generator.start(QStringLiteral(BRIEFING_GENERATOR),
                        {QString::number(events), QString::number(events / 10), file});
        QVERIFY(generator.waitForFinished(120000));
        QCOMPARE(generator.exitCode(), 0);
        const BriefingReader::Result read = BriefingLoader::readFile(file);
        QVERIFY2(read.briefing, qPrintable(read.problems.isEmpty() ? QString()
                                                                   : read.problems.first().message));
        QCOMPARE(int(read.briefing->events.size()), events);
        m_large = read.briefing;
    }

    // Timeline: one wheel step in or out about the middle, then the frame drawn.
    void timelineZoom()
    {
        BriefingSelection selection;
        TimelineView view(&selection);
        view.resize(1100, 600);
        view.setBriefing(m_large, u"en"_qs);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.zoomIn(); // away from the whole span, so both directions are open
        QVERIFY(view.canZoomIn() && view.canZoomOut());
        QImage image = canvasFor(view);
        const double anchor = view.plotRect().center().x();
        repaint(view, image); // the first frame, off the clock
        int step = 0;
        QBENCHMARK {
            view.zoomBy(step++ % 2 ? 1 / 1.25 : 1.25, anchor);
            repaint(view, image);
        }
    }

    // Timeline: a drag of 40 pixels one way or the other, then the frame drawn.
    void timelinePan()
    {
        BriefingSelection selection;
        TimelineView view(&selection);
        view.resize(1100, 600);
        view.setBriefing(m_large, u"en"_qs);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.zoomIn();
        view.zoomIn();
        QImage image = canvasFor(view);
        repaint(view, image); // the first frame, off the clock
        int step = 0;
        QBENCHMARK {
            view.panBy(step++ % 2 ? -40 : 40);
            repaint(view, image);
        }
    }

    // Map: zoomed in until the 1:50m outlines are drawn, one step in or out, then the frame.
    void mapZoom()
    {
        MapCanvas canvas;
        canvas.resize(1260, 700);
        canvas.setBriefing(m_large, u"en"_qs);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QVERIFY(canvas.isWorldLoaded());
        const auto world = WorldMap::builtIn();
        const int finest = int(world->levels().size()) - 1;
        QCOMPARE(world->levels().at(finest).denominator, 50);
        while (world->levelFor(canvas.worldWidth()) != finest)
            canvas.zoomIn();
        QImage image = canvasFor(canvas);
        const QPointF middle = QRectF(canvas.rect()).center();
        // The first frame at each of the two scales, off the clock: names seen once are kept.
        repaint(canvas, image);
        canvas.zoomBy(MapCanvas::ZoomStep, middle);
        repaint(canvas, image);
        canvas.zoomBy(1 / MapCanvas::ZoomStep, middle);
        int step = 0;
        QBENCHMARK {
            canvas.zoomBy(step++ % 2 ? 1 / MapCanvas::ZoomStep : MapCanvas::ZoomStep, middle);
            repaint(canvas, image);
        }
        QCOMPARE(world->levelFor(canvas.worldWidth()), finest);
    }

    // Map: at the 1:50m outlines, a drag of 40 pixels one way or the other, then the frame.
    void mapPan()
    {
        MapCanvas canvas;
        canvas.resize(1260, 700);
        canvas.setBriefing(m_large, u"en"_qs);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        const auto world = WorldMap::builtIn();
        const int finest = int(world->levels().size()) - 1;
        while (world->levelFor(canvas.worldWidth()) != finest)
            canvas.zoomIn();
        QImage image = canvasFor(canvas);
        repaint(canvas, image); // the first frame at this level, off the clock
        int step = 0;
        QBENCHMARK {
            canvas.panBy(step++ % 2 ? QPointF(-40, -20) : QPointF(40, 20));
            repaint(canvas, image);
        }
    }

    // The search panel: the query grows by one character ("event 1" to "event 12"), over
    // every text of the briefing; the hits reach the result model.
    void searchKeystroke()
    {
        const BriefingSearch search(m_large, u"en"_qs);
        SearchResultModel results;
        QVERIFY(!search.find(u"event 12"_qs).isEmpty());
        int step = 0;
        QBENCHMARK {
            results.setHits(search.find(step++ % 2 ? u"event 1"_qs : u"event 12"_qs));
        }
    }

    // The filter above a list: the events' list narrowed by one more character.
    void filterKeystroke()
    {
        EventModel events;
        events.setBriefing(m_large);
        events.setLanguage(u"en"_qs);
        EntryFilterModel filter;
        filter.setSourceModel(&events);
        filter.setRoot(QModelIndex());
        filter.setFilterText(u"event 1"_qs);
        int step = 0;
        QBENCHMARK {
            filter.setFilterText(step++ % 2 ? u"event 1"_qs : u"event 12"_qs);
            QVERIFY(filter.rowCount() > 0);
        }
    }

    // The whole window over the built-in briefing, switched between English and Persian
    // (direction included) until the widgets have taken the change and repainted.
    void languageSwitch()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int step = 0;
        QBENCHMARK {
            QVERIFY(window.setLanguage(step++ % 2 ? u"en"_qs : u"fa"_qs));
            QCoreApplication::processEvents();
        }
        QVERIFY(window.setLanguage(u"en"_qs));
    }
};

QTEST_MAIN(TestBench)
#include "tst_bench.moc"
