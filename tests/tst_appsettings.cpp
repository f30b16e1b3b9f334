#include "gui/appsettings.h"
#include "gui/languagemanager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// Remembered settings: they survive a restart, and a damaged file costs nothing but one
// warning and the defaults.
class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    static void writeSettings(const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(AppSettings::fileName()).absolutePath());
        QFile file(AppSettings::fileName());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"briefing-settings-test"_qs);
    }

    void init() { QVERIFY(AppSettings::reset()); }

    void noFileMeansDefaults()
    {
        const AppSettings settings;
        QVERIFY(settings.warning().isEmpty());
        QVERIFY(settings.recentFiles.isEmpty());
        QVERIFY(settings.lastTab.isEmpty());
    }

    void roundTrip()
    {
        AppSettings settings;
        settings.geometry = QByteArray("\x01\x02\x03", 3);
        settings.lastTab = u"tensions"_qs;
        settings.language = u"fa"_qs;
        for (int i = 0; i < 12; ++i)
            settings.addRecentFile(u"/briefings/%1.briefing.json"_qs.arg(i));
        settings.addRecentFile(u"/briefings/5.briefing.json"_qs);
        QVERIFY(settings.save());

        const AppSettings read;
        QVERIFY2(read.warning().isEmpty(), qPrintable(read.warning()));
        QCOMPARE(read.geometry, settings.geometry);
        QCOMPARE(read.lastTab, u"tensions"_qs);
        QCOMPARE(read.language, u"fa"_qs);
        QCOMPARE(read.recentFiles.size(), AppSettings::MaxRecentFiles);
        QCOMPARE(read.recentFiles.first(), u"/briefings/5.briefing.json"_qs);
        QCOMPARE(read.recentFiles.count(u"/briefings/5.briefing.json"_qs), 1);
        QCOMPARE(read.recentFiles.at(1), u"/briefings/11.briefing.json"_qs);
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("warning");
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe garbage [[[ = = \n\x01", 20) << u"damaged"_qs;
        QTest::newRow("truncated")
            << QByteArray("[General]\nversion=1\n[window]\ngeometry=\"@ByteArray(\\x1\\x2") << u"wrong kind"_qs;
        QTest::newRow("wrong types")
            << QByteArray("[General]\nversion=1\n[window]\ngeometry=hello\nlastTab=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)\n")
            << u"wrong kind"_qs;
        QTest::newRow("another version")
            << QByteArray("[General]\nversion=7\n[window]\nlastTab=map\n") << u"another version"_qs;
    }

    void damagedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, warning);
        writeSettings(content);
        const AppSettings settings;
        QVERIFY2(settings.warning().contains(warning), qPrintable(settings.warning()));
        QVERIFY(settings.lastTab.isEmpty());
        QVERIFY(settings.recentFiles.isEmpty());
        QVERIFY(settings.geometry.isEmpty());
    }

    // The settings are read before the language is known; the warning is said in the language
    // chosen after, as the start shows it.
    void theWarningSpeaksTheLanguageOfTheStart()
    {
        writeSettings("[General]\nversion=7\n");
        const AppSettings settings;
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"fa"_qs));
        const QString persian = settings.warning();
        QVERIFY(languages.setLanguage(u"en"_qs));
        QVERIFY2(persian.contains(QRegularExpression(u"[\\x{0600}-\\x{06FF}]"_qs)), qPrintable(persian));
        QVERIFY(persian.contains(AppSettings::fileName()));
        QVERIFY(settings.warning().contains(u"another version"_qs));
    }

    void unreadableFile()
    {
        // Root reads any file, so the unreadable settings are a folder in the file's place.
        QDir().mkpath(AppSettings::fileName());
        const AppSettings settings;
        QVERIFY2(settings.warning().contains(u"cannot be read"_qs), qPrintable(settings.warning()));
        QVERIFY(settings.lastTab.isEmpty());
        QVERIFY(QDir().rmdir(AppSettings::fileName()));
    }

    void resetRemovesTheFile()
    {
        AppSettings settings;
        settings.lastTab = u"map"_qs;
        QVERIFY(settings.save());
        QVERIFY(QFileInfo::exists(AppSettings::fileName()));
        QVERIFY(AppSettings::reset());
        QVERIFY(!QFileInfo::exists(AppSettings::fileName()));
        QVERIFY(AppSettings().lastTab.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
