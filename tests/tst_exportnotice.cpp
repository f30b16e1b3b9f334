#include "gui/appsettings.h"
#include "gui/exportdialog.h"
#include "gui/exportnotice.h"
#include "gui/filedialog.h"
#include "gui/mainwindow.h"
#include "testdata.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// After an export the window offers to open the file or its folder; the desktop is asked
// through a seam, so the test launches nothing.
class TestExportNotice : public QObject
{
    Q_OBJECT

private:
    QList<QUrl> m_opened;

    static bool showActive(QWidget &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    // Accepts the export dialog when it opens.
    static void acceptExportDialog(QWidget *window)
    {
        QTimer::singleShot(0, window, [window] {
            if (auto *dialog = window->findChild<ExportDialog *>())
                dialog->accept();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ExportNotice::setOpener([this](const QUrl &url) {
            m_opened.append(url);
            return true;
        });
    }
    void init()
    {
        QVERIFY(AppSettings::reset());
        m_opened.clear();
    }
    void cleanupTestCase() { ExportNotice::setOpener({}); }

    void aWrittenExportOffersToOpenIt_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("asks");
        QTest::newRow("pdf") << u"actionExportPdf"_qs << u"briefing.pdf"_qs << true;
        QTest::newRow("html") << u"actionExportHtml"_qs << u"briefing.html"_qs << true;
        QTest::newRow("timelinejs") << u"actionExportTimelineJs"_qs << u"timeline.json"_qs
                                    << false;
    }

    void aWrittenExportOffersToOpenIt()
    {
        QFETCH(QString, action);
        QFETCH(QString, name);
        QFETCH(bool, asks);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(name);
        MainWindow window;
        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        QVERIFY(showActive(window));
        auto *notice = window.findChild<ExportNotice *>();
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());

        FileDialog::setNextFileName(file);
        if (asks)
            acceptExportDialog(&window);
        window.findChild<QAction *>(action)->trigger();
        QVERIFY(QFileInfo(file).size() > 0);
        QVERIFY(notice->isVisible());
        QCOMPARE(QFileInfo(notice->fileName()), QFileInfo(file));
        QVERIFY(notice->findChild<QLabel *>(u"exportNoticeText"_qs)->text().contains(name));
        QVERIFY(m_opened.isEmpty()); // nothing is opened unasked

        QTest::mouseClick(notice->findChild<QPushButton *>(u"exportNoticeOpen"_qs),
                          Qt::LeftButton);
        QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath())});
        QVERIFY(!notice->isVisible());

        // The next export's bar offers the folder too.
        FileDialog::setNextFileName(file);
        if (asks)
            acceptExportDialog(&window);
        window.findChild<QAction *>(action)->trigger();
        QVERIFY(notice->isVisible());
        QTest::mouseClick(notice->findChild<QPushButton *>(u"exportNoticeShowFolder"_qs),
                          Qt::LeftButton);
        QCOMPARE(m_opened.size(), 2);
        QCOMPARE(m_opened.last(), QUrl::fromLocalFile(QFileInfo(dir.path()).absoluteFilePath()));
    }

    void aFailedExportOffersNothing()
    {
        MainWindow window;
        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        QVERIFY(showActive(window));
        FileDialog::setNextFileName(u"/nonexistent-folder/x/timeline.json"_qs);
        bool warned = false;
        QTimer::singleShot(0, &window, [&window, &warned] {
            if (auto *box = window.findChild<QMessageBox *>()) {
                warned = true;
                box->accept();
            }
        });
        window.findChild<QAction *>(u"actionExportTimelineJs"_qs)->trigger();
        QVERIFY(warned);
        QVERIFY(!window.findChild<ExportNotice *>()->isVisible());
        QVERIFY(m_opened.isEmpty());
    }

    void aCancelledExportOffersNothing()
    {
        MainWindow window;
        QVERIFY(window.openFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)));
        QVERIFY(showActive(window));
        FileDialog::setNextFileName(QString());
        window.findChild<QAction *>(u"actionExportTimelineJs"_qs)->trigger();
        QVERIFY(!window.findChild<ExportNotice *>()->isVisible());
    }
};

QTEST_MAIN(TestExportNotice)
#include "tst_exportnotice.moc"
