#include "document/briefingreader.h"
#include "document/htmltext.h"
#include "gui/appsettings.h"
#include "gui/bundledfonts.h"
#include "gui/exportdialog.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "models/entryhtml.h"
#include "v2briefing.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QMenuBar>
#include <QRadioButton>
#include <QRawFont>
#include <QStandardPaths>
#include <QTabWidget>
#include <QStyle>
#include <QTest>
#include <QFile>
#include <QTabBar>
#include <QTemporaryDir>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

// The interface and the briefing switch language at run time: strings, direction, the
// briefing's own text, and the choice survives a restart.
class TestLanguages : public QObject
{
    Q_OBJECT

private:
    static QString menuTitle(const MainWindow &window, const char *name)
    {
        return window.findChild<QMenu *>(QString::fromLatin1(name))->title();
    }

    static QString tabText(const MainWindow &window, int index)
    {
        return window.findChild<QTabWidget *>(u"tabs"_qs)->tabText(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(AppSettings::reset());
        QVERIFY(BundledFonts::install());
    }

    void switchingAtRunTime()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.language(), u"en"_qs);
        QCOMPARE(menuTitle(window, "menuFile"), u"&File"_qs);
        QCOMPARE(tabText(window, 0), u"Overview"_qs);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        const QString englishArea = tabText(window, 1);
        window.showTab(u"tensions"_qs);

        // Persian: the menus, the tabs, the briefing's text and the direction all change.
        window.findChild<QAction *>(u"language-fa"_qs)->trigger();
        QCOMPARE(window.language(), u"fa"_qs);
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        // Qt posts the language change to the widgets.
        QTRY_VERIFY(menuTitle(window, "menuFile") != u"&File"_qs);
        QVERIFY(tabText(window, 0) != u"Overview"_qs);
        QVERIFY(tabText(window, 1) != englishArea);
        QVERIFY(tabText(window, 1).contains(QRegularExpression(u"[\\x{0600}-\\x{06FF}]"_qs)));
        QCOMPARE(window.currentTabKey(), u"tensions"_qs); // the reader stays where they were
        QVERIFY(window.windowTitle().contains(u"پزشکیان"_qs) || window.windowTitle().contains(u"ایران"_qs));
        const auto *overview = window.findChild<QTextBrowser *>(u"overview"_qs);
        QVERIFY(overview->toPlainText().contains(u"باکو"_qs));
        // The menu's «باز کردن (&O)…» is «باز کردن» on the toolbar, without the Latin letter.
        const auto *toolBar = window.findChild<QToolBar *>(u"toolBar"_qs);
        const auto *open = window.findChild<QAction *>(u"actionOpen"_qs);
        QVERIFY(open->text().contains(u"(&O)"_qs));
        const auto *openButton = qobject_cast<QToolButton *>(toolBar->widgetForAction(const_cast<QAction *>(open)));
        QVERIFY(openButton);
        QCOMPARE(openButton->text(), u"باز کردن"_qs);
        // Back points right in a right-to-left interface, Forward left.
        const auto iconImage = [](const QIcon &icon) { return icon.pixmap(16).toImage(); };
        QStyle *style = window.style();
        QCOMPARE(iconImage(window.findChild<QAction *>(u"actionBack"_qs)->icon()),
                 iconImage(style->standardIcon(QStyle::SP_ArrowRight)));
        QCOMPARE(iconImage(window.findChild<QAction *>(u"actionForward"_qs)->icon()),
                 iconImage(style->standardIcon(QStyle::SP_ArrowLeft)));

        // Azerbaijani: left to right again, its own words.
        window.findChild<QAction *>(u"language-az"_qs)->trigger();
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY(menuTitle(window, "menuFile") != u"&File"_qs
                    && menuTitle(window, "menuFile") != u"پرونده (&F)"_qs);
        QVERIFY(window.findChild<QTextBrowser *>(u"overview"_qs)->toPlainText().contains(u"Bakı"_qs));

        window.findChild<QAction *>(u"language-en"_qs)->trigger();
        QTRY_COMPARE(menuTitle(window, "menuFile"), u"&File"_qs);
        QCOMPARE(window.findChild<QAction *>(u"actionBack"_qs)->icon().pixmap(16).toImage(),
                 window.style()->standardIcon(QStyle::SP_ArrowLeft).pixmap(16).toImage());
        QCOMPARE(tabText(window, 1), englishArea);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    }

    // English counts read as English: "1 filtered event", "2 filtered events", never "event(s)",
    // also after a switch to another language and back.
    void englishCountsAreGrammatical()
    {
        const BriefingPtr briefing = BriefingReader::readFile(BriefingReader::builtInFileName()).briefing;
        QVERIFY(briefing && briefing->events.size() >= 2);
        const QStringList one{briefing->events.at(0).id};
        const QStringList two{briefing->events.at(0).id, briefing->events.at(1).id};
        const auto eventsChoice = [&](const QStringList &events) {
            ExportDialog dialog(ExportDialog::Format::Pdf, briefing, u"en"_qs, QString(), events);
            return dialog.findChild<QRadioButton *>(u"eventsRadio"_qs)->text();
        };

        LanguageManager languages;
        for (const QString &language : {u"en"_qs, u"fa"_qs, u"en"_qs}) {
            QVERIFY(languages.setLanguage(language));
            if (language != u"en")
                continue;
            QCOMPARE(eventsChoice(one), u"Only the 1 filtered event"_qs);
            QCOMPARE(eventsChoice(two), u"Only the 2 filtered events"_qs);
        }
    }

    // The overview's visit line agrees with the visitors: two visitors "visit"; Persian says
    // it as "the visit of … to …", which needs no verb to agree.
    void visitLineAgreesWithTheVisitors()
    {
        const auto fiji = BriefingReader::readFile(
            QStringLiteral(BRIEFING_TEST_DATA "/valid/fiji-working-visit.briefing.json"));
        const auto builtIn = BriefingReader::readFile(BriefingReader::builtInFileName());
        QVERIFY(fiji.briefing && builtIn.briefing);
        QCOMPARE(fiji.briefing->visit.visitors.size(), 2);
        const auto line = [](const BriefingPtr &b, const QString &language) {
            return HtmlText::toPlainText(EntryHtml(b, language).overview()).text.simplified();
        };
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"en"_qs));
        const QString two = line(fiji.briefing, u"en"_qs);
        QVERIFY2(two.contains(u"Alex Sample and Sam Placeholder (New Zealand) visit Losana "
                              "Example (Fiji)"_qs),
                 qPrintable(two.left(300)));
        QVERIFY(line(builtIn.briefing, u"en"_qs)
                    .contains(u"Masoud Pezeshkian (Iran) visits Ilham Aliyev (Azerbaijan)"_qs));
        QVERIFY(languages.setLanguage(u"fa"_qs));
        const QString persian = line(builtIn.briefing, u"fa"_qs);
        QVERIFY2(persian.contains(u"دیدار مسعود پزشکیان (ایران) از الهام علی‌اف"_qs),
                 qPrintable(persian.left(300)));
        QVERIFY(languages.setLanguage(u"en"_qs));
    }

    // What version 2 adds reads in the reader's language: a leg's arrow points along a Persian
    // line (from right to left), and a place without a position says so in its words.
    void version2WordsInEachLanguage()
    {
        const BriefingPtr b = V2Briefing::make();
        const auto page = [&b](const QString &id, const QString &language) {
            return HtmlText::toPlainText(EntryHtml(b, language).entry(id)).text.simplified();
        };
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"fa"_qs));
        const QString leg = page(V2Briefing::LegId, u"fa"_qs);
        QVERIFY2(leg.contains(u"از سووا به نادی"_qs), qPrintable(leg));
        const QString clinic = page(V2Briefing::UnplacedId, u"fa"_qs);
        QVERIFY2(clinic.contains(u"موقعیتی ذکر نشده"_qs), qPrintable(clinic));
        QVERIFY(languages.setLanguage(u"az"_qs));
        QVERIFY(page(V2Briefing::UnplacedId, u"az"_qs).contains(u"mövqe göstərilməyib"_qs));
        QVERIFY(page(V2Briefing::LegId, u"az"_qs).contains(u"Suva – Nadi"_qs));
        QVERIFY(languages.setLanguage(u"en"_qs));
    }

    // Tab titles are never cut ("Ümumi b…", "Xə…"): at 1280x800 and at 900x600, in every
    // language, with the built-in briefing, with one of eight agenda areas and with the tour
    // briefing, each tab is as wide as its title; what does not fit is scrolled to.
    void tabTitlesStayWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("extraAreas");
        QTest::addColumn<QSize>("size");
        const QString builtIn = BriefingReader::builtInFileName();
        const QString tour =
            QStringLiteral(BRIEFING_TEST_DATA "/valid/xi-latin-america-2024.briefing.json");
        for (const QSize size : {QSize(1280, 800), QSize(900, 600)}) {
            for (const QString &language : {u"en"_qs, u"az"_qs, u"fa"_qs}) {
                const QString at = u" at "_qs + QString::number(size.width());
                QTest::newRow(qPrintable(language + u" built-in"_qs + at))
                    << language << builtIn << 0 << size;
                QTest::newRow(qPrintable(language + u" eight areas"_qs + at))
                    << language << builtIn << 3 << size;
                QTest::newRow(qPrintable(language + u" tour"_qs + at))
                    << language << tour << 0 << size;
            }
        }
    }

    void tabTitlesStayWhole()
    {
        QFETCH(QString, language);
        QFETCH(QString, source);
        QFETCH(int, extraAreas);
        QFETCH(QSize, size);
        QFile input(source);
        QVERIFY(input.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(input.readAll()).object();
        QJsonArray agenda = root.value(u"agenda").toArray();
        // More areas: copies of the first ones under new ids, their items too.
        const qsizetype original = agenda.size();
        for (int i = 0; i < extraAreas; ++i) {
            QJsonObject area = agenda.at(i % original).toObject();
            const QString suffix = u"-copy"_qs + QString::number(i);
            area.insert(u"id"_qs, QString(area.value(u"id").toString() + suffix));
            QJsonArray items = area.value(u"items").toArray();
            for (qsizetype k = 0; k < items.size(); ++k) {
                QJsonObject item = items.at(k).toObject();
                item.insert(u"id"_qs, QString(item.value(u"id").toString() + suffix));
                items[k] = item;
            }
            area.insert(u"items"_qs, items);
            agenda.append(area);
        }
        root.insert(u"agenda"_qs, agenda);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"areas.briefing.json"_qs);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(root).toJson());
        }

        MainWindow window;
        window.setLanguage(language);
        QVERIFY(window.openFile(file));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_qs);
        QCOMPARE(tabs->count(), int(original + extraAreas) + 5);
        const QTabBar *bar = tabs->tabBar();
        // A whole title needs its width and the style's padding (QTabBar's own size hint).
        const QFontMetrics metrics(bar->font());
        const int padding = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        for (int i = 0; i < tabs->count(); ++i) {
            const QString text = tabs->tabText(i).remove(u'&');
            QVERIFY2(bar->tabRect(i).width() >= metrics.horizontalAdvance(text) + padding,
                     qPrintable(text + u" is cut"_qs));
        }
    }

    void theChoiceIsRemembered()
    {
        {
            MainWindow window;
            QVERIFY(window.openFile(BriefingReader::builtInFileName()));
            QVERIFY(window.setLanguage(u"az"_qs));
            window.close();
        }
        MainWindow window;
        window.restoreLanguage();
        QCOMPARE(window.language(), u"az"_qs);
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        QCOMPARE(tabText(window, 0), QCoreApplication::translate("MainWindow", "Overview"));
        QVERIFY(tabText(window, 0) != u"Overview"_qs);
        QVERIFY(window.findChild<QAction *>(u"language-az"_qs)->isChecked());
        QVERIFY(!window.setLanguage(u"de"_qs));
        QCOMPARE(window.language(), u"az"_qs);
        window.setLanguage(u"en"_qs);
    }

    void theBundledFontCoversEveryLetter()
    {
        const QStringList families = BundledFonts::families();
        for (const QString &family : families)
            QVERIFY2(QFontDatabase::families().contains(family), qPrintable(family));
        // Each letter is in one of the bundled font files themselves, not in a system fallback.
        QList<QRawFont> files;
        for (const QString &family : families) {
            files.append(QRawFont::fromFont(QFont(family)));
            QCOMPARE(files.last().familyName(), family);
        }
        for (const QChar letter : u"ƏəĞğIıİiŞşÇçÖöÜü پژچگکی‌۰۱۲۳۴۵۶۷۸۹"_qs) {
            if (letter.isSpace() || letter.category() == QChar::Other_Format)
                continue;
            QVERIFY2(std::any_of(files.cbegin(), files.cend(),
                                 [letter](const QRawFont &f) { return f.supportsCharacter(letter); }),
                     qPrintable(QString(letter)));
        }
        QCOMPARE(QApplication::font().families(), families);
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
