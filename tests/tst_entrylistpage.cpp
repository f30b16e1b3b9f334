#include "document/briefingreader.h"
#include "gui/appsettings.h"
#include "gui/entrydetailview.h"
#include "gui/entrylistpage.h"
#include "gui/mainwindow.h"
#include "gui/timeline/timelineview.h"
#include "models/briefingselection.h"
#include "models/entryhtml.h"
#include "models/entryroles.h"

#include <QAction>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

// The list pages in the window: a page's details show only an entry of its own list, a page
// seen for the first time shows its first entry, and the keyboard selects what it walks to.
class TestEntryListPage : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_briefing;

    // The window on the built-in briefing, shown and active, so that focus works on a real
    // display as it does offscreen.
    void open(MainWindow &window)
    {
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        m_briefing = window.briefing();
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    // The list page of the tab `key`, shown; the timeline and the map hold theirs inside.
    static EntryListPage *showPage(MainWindow &window, const QString &key)
    {
        if (!window.showTab(key))
            return nullptr;
        auto *page = window.findChild<QWidget *>(QStringLiteral("page-") + key);
        if (!page)
            return nullptr;
        if (auto *list = qobject_cast<EntryListPage *>(page))
            return list;
        return page->findChild<EntryListPage *>();
    }

    static QStringList listedIds(const EntryListPage *page)
    {
        QStringList ids;
        const QAbstractItemModel *model = page->list()->model();
        const QModelIndex root = page->list()->rootIndex();
        for (int row = 0; row < model->rowCount(root); ++row)
            ids.append(model->index(row, 0, root).data(EntryRoles::IdRole).toString());
        return ids;
    }

    QString title(const QString &id) const
    {
        if (const Entry *entry = m_briefing->entry(id))
            return m_briefing->text(entry->title, u"en"_qs).text;
        if (const Place *place = m_briefing->place(id))
            return m_briefing->text(place->name, u"en"_qs).text;
        if (const MapLine *line = m_briefing->line(id))
            return m_briefing->text(line->name, u"en"_qs).text;
        return {};
    }

    // The page shows `id`: selected and current in its list, its title in the pane.
    void verifyShows(const EntryListPage *page, const QString &id) const
    {
        const QModelIndexList selected = page->list()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(EntryRoles::IdRole).toString(), id);
        QCOMPARE(page->list()->currentIndex().siblingAtColumn(0), selected.first());
        QCOMPARE(page->shownId(), id);
        QVERIFY2(page->detail()->toPlainText().startsWith(title(id)),
                 qPrintable(page->detail()->toPlainText().left(80)));
    }

    // The keys of the tabs whose page is a list of entries.
    QStringList listTabs() const
    {
        QStringList keys;
        for (const AgendaArea &area : m_briefing->agenda)
            keys.append(area.id);
        keys += QStringList{u"tensions"_qs, u"background"_qs, u"timeline"_qs, u"map"_qs};
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings go to a test location, never to the user's own.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init() { QVERIFY(AppSettings::reset()); }

    // Nothing selected yet: every list tab opens on its first entry, never on an empty pane.
    void aFirstVisitShowsTheFirstEntry()
    {
        MainWindow window;
        open(window);
        QVERIFY(window.selection()->currentId().isEmpty());
        for (const QString &key : listTabs()) {
            EntryListPage *page = showPage(window, key);
            QVERIFY2(page, qPrintable(key));
            const QStringList ids = listedIds(page);
            QVERIFY2(!ids.isEmpty(), qPrintable(key));
            verifyShows(page, ids.first());
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(key));
        }
        // Looking is not choosing: the shared selection is as it was.
        QVERIFY(window.selection()->currentId().isEmpty());
    }

    // A place selected on the map stays out of every other page's pane; each shows its own.
    void noPaneShowsAnEntryOfAnotherList()
    {
        MainWindow window;
        open(window);
        const QString place = m_briefing->places.first().id;
        window.selection()->select(place);
        QCOMPARE(window.currentTabKey(), u"map"_qs);

        for (const QString &key : listTabs()) {
            EntryListPage *page = showPage(window, key);
            QVERIFY2(page, qPrintable(key));
            const QStringList ids = listedIds(page);
            QVERIFY2(ids.contains(page->shownId()), qPrintable(key));
            if (key != u"map")
                QVERIFY2(!page->detail()->toPlainText().startsWith(title(place)), qPrintable(key));
        }
        QCOMPARE(window.selection()->currentId(), place);
    }

    // A page keeps the entry the reader chose there while the selection goes elsewhere.
    void aPageKeepsItsEntryWhileTheSelectionIsElsewhere()
    {
        MainWindow window;
        open(window);
        EntryListPage *tensions = showPage(window, u"tensions"_qs);
        QVERIFY(tensions);
        const QStringList ids = listedIds(tensions);
        QVERIFY(ids.size() >= 2);
        QTreeView *list = tensions->list();
        const QModelIndex second = list->model()->index(1, 0, list->rootIndex());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(second).center());
        QCOMPARE(window.selection()->currentId(), ids.at(1));

        window.selection()->select(m_briefing->places.first().id);
        QCOMPARE(window.currentTabKey(), u"map"_qs);
        showPage(window, u"tensions"_qs);
        verifyShows(tensions, ids.at(1));

        // A click on the entry the page kept chooses it again.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(second).center());
        QCOMPARE(window.selection()->currentId(), ids.at(1));
    }

    // A link followed from the entry a page showed by itself: Back returns to that entry.
    void backReturnsToTheEntryALinkWasFollowedFrom()
    {
        MainWindow window;
        open(window);
        EntryListPage *page = showPage(window, u"tensions"_qs);
        QVERIFY(page);
        const QString tension = page->shownId();
        QCOMPARE(page->detail()->entryId(), tension);
        const QString place = m_briefing->entry(tension)->places.value(0);
        QVERIFY(!place.isEmpty());
        Q_EMIT page->detail()->anchorClicked(EntryHtml::internalLink(place));
        QCOMPARE(window.selection()->currentId(), place);
        QCOMPARE(window.currentTabKey(), u"map"_qs);

        auto *back = window.findChild<QAction *>(u"actionBack"_qs);
        QVERIFY(back->isEnabled());
        back->trigger();
        QCOMPARE(window.selection()->currentId(), tension);
        QCOMPARE(window.currentTabKey(), u"tensions"_qs);
        verifyShows(page, tension);
    }

    // An outcome, named in an agenda item's details, opens on the overview, which lists the
    // outcomes; the agenda page keeps its item.
    void anOutcomeOpensOnTheOverview()
    {
        MainWindow window;
        open(window);
        const QString area = m_briefing->agenda.first().id;
        EntryListPage *page = showPage(window, area);
        QVERIFY(page);
        const QString item = page->shownId();
        QVERIFY(!item.isEmpty());
        window.selection()->select(m_briefing->outcomes.first().id);
        QCOMPARE(window.currentTabKey(), u"overview"_qs);
        verifyShows(page, item);
    }

    // Tab from the filter into the list selects its first entry, and Down goes to the second.
    void tabIntoAListThenDownSelectsTheSecond()
    {
        MainWindow window;
        open(window);
        EntryListPage *page = showPage(window, u"tensions"_qs);
        QVERIFY(page);
        const QStringList ids = listedIds(page);
        QVERIFY(ids.size() >= 2);
        QTreeView *list = page->list();

        page->filter()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(page->filter()->hasFocus());
        QTest::keyClick(page->filter(), Qt::Key_Tab);
        QTRY_VERIFY(list->hasFocus());
        verifyShows(page, ids.first());
        QTest::keyClick(list, Qt::Key_Down);
        verifyShows(page, ids.at(1));
        QCOMPARE(window.selection()->currentId(), ids.at(1));
    }

    // A list whose current entry lost its selection selects it again when focus comes in.
    void focusSelectsTheCurrentEntry()
    {
        MainWindow window;
        open(window);
        EntryListPage *page = showPage(window, u"background"_qs);
        QVERIFY(page);
        const QStringList ids = listedIds(page);
        QVERIFY(ids.size() >= 2);
        QTreeView *list = page->list();
        list->selectionModel()->clearSelection();
        QVERIFY(list->currentIndex().isValid());

        page->filter()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(page->filter()->hasFocus());
        QTest::keyClick(page->filter(), Qt::Key_Tab);
        QTRY_VERIFY(list->hasFocus());
        verifyShows(page, ids.first());
        QCOMPARE(window.selection()->currentId(), ids.first());
    }

    // In the timeline, Right in the chart moves the list's current row and the details with it.
    void theEventListFollowsTheChartsKeyboard()
    {
        MainWindow window;
        open(window);
        EntryListPage *page = showPage(window, u"timeline"_qs);
        QVERIFY(page);
        auto *view = window.findChild<TimelineView *>(u"timelineView"_qs);
        QVERIFY(view);
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        QVERIFY(!view->currentEvent().isEmpty());
        verifyShows(page, view->currentEvent());
        if (QTest::currentTestFailed())
            return;

        QTest::keyClick(view, Qt::Key_Home);
        const QString before = view->currentEvent();
        verifyShows(page, before);
        QTest::keyClick(view, Qt::Key_Right);
        const QString after = view->currentEvent();
        QVERIFY(after != before);
        QCOMPARE(page->list()->currentIndex().siblingAtColumn(0), page->indexOf(after));
        verifyShows(page, after);

        // Walking only shows; Enter selects.
        QVERIFY(window.selection()->currentId() != after);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(window.selection()->currentId(), after);
        verifyShows(page, after);
    }

    // A filter that hides every entry says so in the pane, not "select an entry".
    void anEmptyFilterSaysWhy()
    {
        MainWindow window;
        open(window);
        EntryListPage *page = showPage(window, u"tensions"_qs);
        QVERIFY(page);
        QTest::keyClicks(page->filter(), u"zzzqqq"_qs);
        QCOMPARE(page->list()->model()->rowCount(page->list()->rootIndex()), 0);
        QVERIFY(page->shownId().isEmpty());
        QVERIFY(page->detail()->toPlainText().contains(u"zzzqqq"_qs));
        page->filter()->clear();
        verifyShows(page, listedIds(page).first());
    }
};

QTEST_MAIN(TestEntryListPage)
#include "tst_entrylistpage.moc"
