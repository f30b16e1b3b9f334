#include "agendamodel.h"
#include "briefingreader.h"
#include "briefingselection.h"
#include "entrydetailview.h"
#include "entrylistpage.h"
#include "mainwindow.h"
#include "problemsdialog.h"
#include "testdata.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

// The window, offscreen: its tabs come from the document, the pages follow one selection, and
// a file that fails to load leaves the open briefing as it was.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
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

private Q_SLOTS:
    void tabsMatchTheDocument_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("built-in") << BriefingReader::builtInFileName();
        QTest::newRow("fiji") << testDataPath(u"valid/fiji-working-visit.briefing.json"_qs);
        QTest::newRow("minimal") << testDataPath(u"valid/minimal.briefing.json"_qs);
    }

    void tabsMatchTheDocument()
    {
        QFETCH(QString, file);
        MainWindow window;
        QVERIFY(window.openFile(file));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
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
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Briefing &b = *window.briefing();

        // Clicking an item in the Fisheries tab selects it and shows it beside the list.
        QVERIFY(window.showTab(u"area-fisheries"_qs));
        auto *page = window.findChild<EntryListPage *>(u"page-area-fisheries"_qs);
        QVERIFY(page);
        QTreeView *list = page->list();
        const QModelIndex first = list->model()->index(0, 0, list->rootIndex());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        const QString itemId = first.data(AgendaModel::IdRole).toString();
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

    void aFileThatFailsLeavesTheOpenBriefing()
    {
        MainWindow window;
        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
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

    void reloadKeepsTabAndSelection()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"copy.briefing.json"_qs);
        QVERIFY(QFile::copy(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs), copy));
        MainWindow window;
        QVERIFY(window.openFile(copy));
        const QString eventId = window.briefing()->events.first().id;
        window.selection()->select(eventId);
        QCOMPARE(window.currentTabKey(), u"timeline"_qs);
        window.findChild<QAction *>(u"actionReload"_qs)->trigger();
        QCOMPARE(window.currentTabKey(), u"timeline"_qs);
        QCOMPARE(window.selection()->currentId(), eventId);
    }

    void documentTextIsNeverRichText()
    {
        MainWindow window;
        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto labels = window.findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        for (const QLabel *label : labels)
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        for (const EntryDetailView *view : window.findChildren<EntryDetailView *>()) {
            QVERIFY(!view->openLinks());
            QVERIFY(!view->openExternalLinks());
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
