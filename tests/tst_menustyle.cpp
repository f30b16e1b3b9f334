#include "document/briefingreader.h"
#include "gui/appsettings.h"
#include "gui/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

// In every language, a menu item's shortcut stands clear of its label: measured on the
// painted menu, between the last ink of the label and the first of the shortcut.
class TestMenuStyle : public QObject
{
    Q_OBJECT

private:
    // Whether column x of row `rect` has a pixel that stands out from the background (greyed
    // text of a disabled item counts: the menu shows it too).
    static bool inked(const QImage &image, const QRect &rect, int x)
    {
        const int background = image.pixelColor(x, rect.top() + 1).lightness();
        for (int y = rect.top() + 3; y < rect.bottom() - 2; ++y) {
            if (qAbs(image.pixelColor(x, y).lightness() - background) > 30)
                return true;
        }
        return false;
    }

    // The blank pixels between an item's shortcut and its label. The shortcut is the ink at
    // the far end of the row (the left in a right-to-left menu), as wide as its text.
    static int gap(const QImage &image, const QRect &rect, int shortcutWidth, bool rightToLeft)
    {
        const int inner = 3; // the menu's frame
        if (rightToLeft) {
            int x = rect.left() + inner;
            while (x < rect.right() && !inked(image, rect, x))
                ++x;
            int end = x + shortcutWidth - 2;
            while (end < rect.right() && inked(image, rect, end))
                ++end; // the rest of the shortcut's last glyph
            int label = end;
            while (label < rect.right() && !inked(image, rect, label))
                ++label;
            return label - end;
        }
        int x = rect.right() - inner;
        while (x > rect.left() && !inked(image, rect, x))
            --x;
        int start = x - shortcutWidth + 2;
        while (start > rect.left() && inked(image, rect, start))
            --start;
        int label = start;
        while (label > rect.left() && !inked(image, rect, label))
            --label;
        return start - label;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(AppSettings::reset()); }

    void shortcutsStandClearOfTheirLabels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_qs;
        QTest::newRow("az") << u"az"_qs;
        QTest::newRow("fa") << u"fa"_qs;
    }

    void shortcutsStandClearOfTheirLabels()
    {
        QFETCH(QString, language);
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(window.setLanguage(language));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int checked = 0;
        for (QAction *menuAction : window.menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            menu->ensurePolished();
            menu->adjustSize();
            const QImage image = menu->grab().toImage();
            const bool rightToLeft = menu->layoutDirection() == Qt::RightToLeft;
            QCOMPARE(rightToLeft, language == u"fa");
            const QFontMetrics metrics(menu->font());
            // Four letters' room: Fusion alone leaves about two after the widest label.
            const int wanted = 4 * metrics.averageCharWidth();
            for (QAction *action : menu->actions()) {
                if (action->shortcut().isEmpty() || !action->isVisible())
                    continue;
                const QRect rect = menu->actionGeometry(action);
                const int shortcut =
                    metrics.horizontalAdvance(action->shortcut().toString(QKeySequence::NativeText));
                const int space = gap(image, rect, shortcut, rightToLeft);
                QVERIFY2(space >= wanted,
                         qPrintable(QStringLiteral("%1: %2 px between «%3» and its shortcut")
                                        .arg(language).arg(space).arg(action->text())));
                ++checked;
            }
        }
        QVERIFY(checked > 15);
        QVERIFY(window.setLanguage(u"en"_qs));
    }
};

QTEST_MAIN(TestMenuStyle)
#include "tst_menustyle.moc"
