#include "document/briefingreader.h"
#include "gui/appsettings.h"
#include "gui/mainwindow.h"
#include "gui/mnemonictext.h"
#include "gui/shortcutsdialog.h"
#include "testdata.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

// Help > Keyboard Shortcuts lists what the window's menus really have, menu by menu, in the
// interface's language and direction; no two actions share a key.
class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private:
    static bool showActive(QWidget &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    // The window's actions that a menu shows and that have a shortcut.
    static QSet<QAction *> menuActionsWithShortcuts(const MainWindow &window)
    {
        QSet<QAction *> actions;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty())
                continue;
            for (QObject *object : action->associatedObjects()) {
                // A menu is a window of its own: its parents are walked by hand.
                auto *menu = qobject_cast<QWidget *>(object);
                for (; menu && qobject_cast<QMenu *>(menu); menu = menu->parentWidget()) {}
                if (menu && menu == window.menuBar())
                    actions.insert(action);
            }
        }
        return actions;
    }

    static ShortcutsDialog *openDialog(MainWindow &window)
    {
        window.findChild<QAction *>(u"actionShortcuts"_qs)->trigger();
        return window.findChild<ShortcutsDialog *>();
    }

    static QList<QTreeWidgetItem *> shownItems(const QTreeWidget *list)
    {
        QList<QTreeWidgetItem *> items;
        for (int g = 0; g < list->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = list->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i) {
                if (!group->isHidden() && !group->child(i)->isHidden())
                    items.append(group->child(i));
            }
        }
        return items;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(AppSettings::reset()); }

    void plainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("mnemonic") << u"&File"_qs << u"File"_qs;
        QTest::newRow("ellipsis") << u"&Open…"_qs << u"Open"_qs;
        QTest::newRow("persian") << u"باز کردن (&O)…"_qs << u"باز کردن"_qs;
        QTest::newRow("ampersand") << u"R&&D"_qs << u"R&D"_qs;
        QTest::newRow("none") << u"Map"_qs << u"Map"_qs;
    }

    void plainText()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(MnemonicText::plain(text), plain);
    }

    void listsEveryActionWithAShortcut()
    {
        MainWindow window;
        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        QVERIFY(showActive(window));
        ShortcutsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        QSet<QAction *> listed;
        for (QTreeWidgetItem *item : shownItems(dialog->list())) {
            auto *action = item->data(0, Qt::UserRole).value<QAction *>();
            QVERIFY(action);
            listed.insert(action);
            QCOMPARE(item->text(0), MnemonicText::plain(action->text()));
            QVERIFY(item->text(1).contains(
                action->shortcut().toString(QKeySequence::NativeText)));
        }
        const QSet<QAction *> expected = menuActionsWithShortcuts(window);
        QVERIFY(expected.size() > 20);
        for (QAction *action : expected)
            QVERIFY2(listed.contains(action), qPrintable(action->text()));
        QCOMPARE(listed.size(), expected.size());

        // Grouped under the menus' names, in the menu bar's order.
        QStringList groups;
        for (int g = 0; g < dialog->list()->topLevelItemCount(); ++g)
            groups.append(dialog->list()->topLevelItem(g)->text(0));
        QCOMPARE(groups, (QStringList{u"File"_qs, u"Edit"_qs, u"View"_qs, u"Go"_qs, u"Help"_qs}));

        // Both keys of Bigger Text are there; the manual is on F1.
        const QString bigger = ShortcutsDialog::keysText(
            window.findChild<QAction *>(u"actionBiggerText"_qs)->shortcuts());
        QVERIFY(bigger.contains(u"Ctrl++"_qs));
        QVERIFY(bigger.contains(u"Ctrl+="_qs));
        QCOMPARE(window.findChild<QAction *>(u"actionManual"_qs)->shortcut(),
                 QKeySequence(Qt::Key_F1));
    }

    void theFilterNarrowsTheList()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(showActive(window));
        ShortcutsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        const qsizetype all = shownItems(dialog->list()).size();
        QTest::keyClicks(dialog->filter(), u"export"_qs);
        const QList<QTreeWidgetItem *> exports = shownItems(dialog->list());
        QCOMPARE(exports.size(), 3);
        for (const QTreeWidgetItem *item : exports)
            QVERIFY(item->text(0).contains(u"Export"_qs));
        dialog->filter()->clear();
        QCOMPARE(shownItems(dialog->list()).size(), all);
        // By key as well.
        dialog->filter()->setText(u"F5"_qs);
        QCOMPARE(shownItems(dialog->list()).size(), 1);
    }

    void noTwoActionsShareAShortcut()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QHash<QKeySequence, QString> owners;
        for (const QAction *action : menuActionsWithShortcuts(window)) {
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!owners.contains(key),
                         qPrintable(key.toString() + u": "_qs + owners.value(key) + u", "_qs
                                    + action->text()));
                owners.insert(key, action->text());
            }
        }
    }

    void persianRunsRightToLeft()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(window.setLanguage(u"fa"_qs));
        QVERIFY(showActive(window));
        ShortcutsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(dialog->list()->topLevelItem(0)->text(0), u"پرونده"_qs);
        QVERIFY(dialog->windowTitle() != u"Keyboard Shortcuts"_qs);
        QVERIFY(window.setLanguage(u"en"_qs));
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
