#include "document/briefingreader.h"
#include "gui/appsettings.h"
#include "gui/mainwindow.h"
#include "gui/manualdialog.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

// Help > Manual: the manual is in the program, in each of its languages, shown in the
// interface's language, and its links go to its sections.
class TestManualDialog : public QObject
{
    Q_OBJECT

private:
    static QString source(const QString &language)
    {
        QFile file(ManualDialog::resourcePath(language));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static QStringList matches(const QString &text, const QString &pattern)
    {
        QStringList found;
        QRegularExpressionMatchIterator it = QRegularExpression(pattern).globalMatch(text);
        while (it.hasNext())
            found.append(it.next().captured(1));
        return found;
    }

    // The share of the letters of `text` that are written in the Arabic script.
    static double arabicShare(const QString &text)
    {
        int letters = 0;
        int arabic = 0;
        for (const QChar c : text) {
            if (!c.isLetter())
                continue;
            ++letters;
            if (c.script() == QChar::Script_Arabic)
                ++arabic;
        }
        return letters ? double(arabic) / letters : 0;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(AppSettings::reset()); }

    void eachLanguageHasItsManual_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word"); // a word only that language's manual has
        QTest::newRow("en") << u"en"_qs << u"Opening a file"_qs;
        QTest::newRow("az") << u"az"_qs << u"Faylın açılması"_qs;
        QTest::newRow("fa") << u"fa"_qs << u"باز کردن پرونده"_qs;
    }

    void eachLanguageHasItsManual()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        ManualDialog dialog(language);
        QCOMPARE(dialog.language(), language);
        const QString text = dialog.browser()->toPlainText();
        QVERIFY(text.size() > 2000);
        QVERIFY2(text.contains(word), qPrintable(text.left(200)));
        const double share = arabicShare(text);
        if (language == u"fa")
            QVERIFY(share > 0.8);
        else
            QVERIFY(share == 0);
        if (language == u"az")
            QVERIFY(text.contains(u'ə'));
        if (language == u"en")
            QVERIFY(!text.contains(u'ə'));

        // The same sections as the English manual, and every link inside leads to one.
        const QString html = source(language);
        const QStringList anchors = matches(html, u"<a name=\"([^\"]+)\""_qs);
        QCOMPARE(anchors, matches(source(u"en"_qs), u"<a name=\"([^\"]+)\""_qs));
        const QStringList links = matches(html, u"href=\"#([^\"]+)\""_qs);
        QCOMPARE(links.size(), anchors.size());
        for (const QString &link : links)
            QVERIFY2(anchors.contains(link), qPrintable(link));
    }

    void aLinkGoesToItsSection()
    {
        ManualDialog dialog(u"en"_qs);
        dialog.resize(500, 400);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QScrollBar *bar = dialog.browser()->verticalScrollBar();
        QCOMPARE(bar->value(), 0);
        Q_EMIT dialog.browser()->anchorClicked(QUrl(u"#problems"_qs));
        QTRY_VERIFY(bar->value() > 0);
        // Still the manual: a section link does not load another page.
        QVERIFY(dialog.browser()->toPlainText().contains(u"Opening a file"_qs));
    }

    void f1ShowsTheManualInTheInterfaceLanguage()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QVERIFY(window.setLanguage(u"az"_qs));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *manual = window.findChild<ManualDialog *>();
        QVERIFY(manual);
        QVERIFY(manual->isVisible());
        QCOMPARE(manual->language(), u"az"_qs);
        QVERIFY(manual->browser()->toPlainText().contains(u"Faylın açılması"_qs));

        // It follows a change of language while open.
        QVERIFY(window.setLanguage(u"fa"_qs));
        QCOMPARE(manual->language(), u"fa"_qs);
        QCOMPARE(manual->layoutDirection(), Qt::RightToLeft);
        QVERIFY(manual->browser()->toPlainText().contains(u"باز کردن پرونده"_qs));
        QVERIFY(window.setLanguage(u"en"_qs));
        QVERIFY(manual->browser()->toPlainText().contains(u"Opening a file"_qs));
    }
};

QTEST_MAIN(TestManualDialog)
#include "tst_manualdialog.moc"
