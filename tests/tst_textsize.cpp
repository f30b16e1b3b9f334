#include "gui/appsettings.h"
#include "gui/entrydetailview.h"
#include "gui/entrylistpage.h"
#include "gui/mainwindow.h"
#include "gui/map/mapcanvas.h"
#include "gui/map/mappage.h"
#include "gui/overviewpage.h"
#include "gui/textsize.h"
#include "testdata.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

// View > Bigger Text, Smaller Text and Normal Size: the reading panes' text grows and shrinks
// in steps within bounds, the map keeps its size, and the size is there after a restart.
class TestTextSize : public QObject
{
    Q_OBJECT

private:
    static bool showActive(QWidget &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    static QString fiji() { return testDataPath(u"valid/fiji-working-visit.briefing.json"_qs); }

    static EntryListPage *fisheries(MainWindow &window)
    {
        if (!window.showTab(u"area-fisheries"_qs))
            return nullptr;
        return window.findChild<EntryListPage *>(u"page-area-fisheries"_qs);
    }

    static qreal size(const QWidget *widget) { return QFontInfo(widget->font()).pointSizeF(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(AppSettings::reset()); }

    void steps_data()
    {
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("bigger");
        QTest::addColumn<int>("smaller");
        QTest::newRow("normal") << 100 << 110 << 90;
        QTest::newRow("smallest") << 70 << 80 << 70;
        QTest::newRow("largest") << 250 << 250 << 200;
        QTest::newRow("between steps") << 130 << 150 << 125;
        QTest::newRow("below the bounds") << 10 << 80 << 70;
        QTest::newRow("above the bounds") << 900 << 250 << 200;
        QTest::newRow("unreadable") << 0 << 110 << 90;
    }

    void steps()
    {
        QFETCH(int, percent);
        QFETCH(int, bigger);
        QFETCH(int, smaller);
        QCOMPARE(TextSize::bigger(percent), bigger);
        QCOMPARE(TextSize::smaller(percent), smaller);
    }

    void ctrlPlusGrowsTheReadingPanes()
    {
        MainWindow window;
        QVERIFY(window.openFile(fiji()));
        QVERIFY(showActive(window));
        EntryListPage *page = fisheries(window);
        QVERIFY(page);
        const qreal detail = size(page->detail());
        const qreal list = size(page->list());
        auto *overview = window.findChild<OverviewPage *>(u"page-overview"_qs);
        QVERIFY(overview);
        const qreal overviewText = size(overview->overview());
        QVERIFY(window.showTab(u"map"_qs));
        const qreal map = size(window.mapPage()->canvas());
        QVERIFY(window.showTab(u"area-fisheries"_qs));

        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(window.textSize(), 110);
        QVERIFY(size(page->detail()) > detail);
        QVERIFY(size(page->list()) > list);
        QVERIFY(size(overview->overview()) > overviewText);
        // The detail pane is scaled once, not through its page and again on its own.
        QVERIFY(qAbs(size(page->detail()) - detail * 1.1) < 0.6);

        // Ctrl+= is the same key without Shift.
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(window.textSize(), 125);

        // The map figure keeps its size.
        QCOMPARE(size(window.mapPage()->canvas()), map);

        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(window.textSize(), 110);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.textSize(), 100);
        QCOMPARE(size(page->detail()), detail);
    }

    void boundedBothWays()
    {
        MainWindow window;
        QVERIFY(window.openFile(fiji()));
        QVERIFY(showActive(window));
        auto *bigger = window.findChild<QAction *>(u"actionBiggerText"_qs);
        auto *smaller = window.findChild<QAction *>(u"actionSmallerText"_qs);
        EntryListPage *page = fisheries(window);
        QVERIFY(page);
        const qreal normal = size(page->detail());
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(window.textSize(), TextSize::Largest);
        QVERIFY(!bigger->isEnabled());
        QVERIFY(size(page->detail()) < normal * 2.6);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(window.textSize(), TextSize::Smallest);
        QVERIFY(!smaller->isEnabled());
        QVERIFY(size(page->detail()) > normal * 0.6);
    }

    // A page first shown after the change is built at the chosen size.
    void aPageBuiltLaterTakesTheSize()
    {
        MainWindow window;
        QVERIFY(window.openFile(fiji()));
        QVERIFY(showActive(window));
        const qreal normal = size(window.findChild<OverviewPage *>()->detail());
        window.setTextSize(150);
        QVERIFY(window.showTab(u"tensions"_qs));
        auto *tensions = window.findChild<EntryListPage *>(u"page-tensions"_qs);
        QVERIFY(tensions);
        QVERIFY(qAbs(size(tensions->detail()) - normal * 1.5) < 0.6);
    }

    void rememberedAfterARestart()
    {
        {
            MainWindow window;
            QVERIFY(window.openFile(fiji()));
            QVERIFY(showActive(window));
            QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
            QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
            QCOMPARE(window.textSize(), 125);
            window.close();
        }
        QCOMPARE(QSettings(AppSettings::fileName(), QSettings::IniFormat)
                     .value(u"ui/textSize"_qs).toInt(), 125);
        MainWindow window;
        QCOMPARE(window.textSize(), 125);
        QVERIFY(window.openFile(fiji()));
        QVERIFY(showActive(window));
        EntryListPage *page = fisheries(window);
        QVERIFY(page);
        QVERIFY(size(page->detail()) > QFontInfo(QFont()).pointSizeF() * 1.2);
    }

    void outOfBoundsSettingsAreBroughtIn()
    {
        {
            QSettings settings(AppSettings::fileName(), QSettings::IniFormat);
            settings.setValue(u"version"_qs, AppSettings::Version);
            settings.setValue(u"ui/textSize"_qs, 5000);
        }
        QCOMPARE(AppSettings().textSize, TextSize::Largest);
        {
            QSettings settings(AppSettings::fileName(), QSettings::IniFormat);
            settings.setValue(u"ui/textSize"_qs, u"huge"_qs);
        }
        QCOMPARE(AppSettings().textSize, TextSize::Normal);
    }
};

QTEST_MAIN(TestTextSize)
#include "tst_textsize.moc"
