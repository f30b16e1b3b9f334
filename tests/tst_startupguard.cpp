#include "gui/startupguard.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

// A start that dies while opening a file leaves the marker behind; the next start does not
// open that file automatically and can say why. A start that gets through leaves nothing.
class TestStartupGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanStartOpensAnything()
    {
        QTemporaryDir dir;
        const StartupGuard guard(dir.filePath(u"marker"_qs));
        QVERIFY(guard.crashedFile().isEmpty());
        QVERIFY(guard.mayOpen(dir.filePath(u"a.briefing.json"_qs)));
        QVERIFY(guard.reason().isEmpty());
    }

    void crashWhileOpeningSkipsThatFileOnce()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(u"config/marker"_qs);
        const QString file = dir.filePath(u"crashing.briefing.json"_qs);
        {
            StartupGuard first(marker);
            QVERIFY(first.arm(file));
            // The process dies here: disarm() is never called.
        }
        StartupGuard second(marker);
        QCOMPARE(second.crashedFile(), file);
        QVERIFY(!second.mayOpen(file));
        QVERIFY(second.mayOpen(dir.filePath(u"other.briefing.json"_qs)));
        QVERIFY(second.reason().contains(u"crashing.briefing.json"_qs));
        second.disarm();
        QVERIFY(!QFile::exists(marker));
        QVERIFY(StartupGuard(marker).mayOpen(file));
    }

    void firstFrameDisarms()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(u"marker"_qs);
        StartupGuard guard(marker);
        QVERIFY(guard.arm(dir.filePath(u"a.briefing.json"_qs)));
        QVERIFY(QFile::exists(marker));
        QWidget window;
        window.show();
        guard.disarmAfterFirstFrame(&window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!QFile::exists(marker));
    }

    void garbageMarkerIsHarmless()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(u"marker"_qs);
        QFile file(marker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200000, '\0'));
        file.close();
        const StartupGuard guard(marker);
        QVERIFY(guard.crashedFile().size() <= 64 * 1024);
        QVERIFY(guard.mayOpen(dir.filePath(u"a.briefing.json"_qs)));
    }
};

QTEST_MAIN(TestStartupGuard)
#include "tst_startupguard.moc"
