// A desktop session ends a program with SIGTERM (logout, shutdown) or SIGHUP; Ctrl+C in a
// terminal sends SIGINT. The window then closes as by File > Quit: it exits normally and the
// settings (language, tab, window) are written, as the next start reads them.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

// Whether the process catches `signal` yet (Linux: the SigCgt mask in /proc/PID/status).
bool catches(qint64 pid, int signal)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("SigCgt:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (signal - 1)) & 1;
    }
    return false;
}

} // namespace

class TestSessionEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsAreWrittenWhenTheSessionEnds_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("afterMs");
        QTest::newRow("SIGTERM while starting") << int(SIGTERM) << 0;
        QTest::newRow("SIGTERM when running") << int(SIGTERM) << 3000;
        QTest::newRow("SIGHUP") << int(SIGHUP) << 0;
        QTest::newRow("SIGINT") << int(SIGINT) << 0;
    }

    void settingsAreWrittenWhenTheSessionEnds()
    {
        QFETCH(int, signal);
        QFETCH(int, afterMs);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess program;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_qs, home.path());
        environment.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
        program.setProcessEnvironment(environment);
        // The reader had made the text bigger in an earlier run.
        {
            QSettings earlier(home.filePath(u"config/Briefing Viewer/Briefing Viewer/settings.ini"_qs),
                              QSettings::IniFormat);
            earlier.setValue(u"version"_qs, 1);
            earlier.setValue(u"ui/textSize"_qs, 150);
        }
        program.start(QStringLiteral(BRIEFING_BINARY), {u"--lang"_qs, u"az"_qs, u"--tab"_qs, u"map"_qs});
        QVERIFY(program.waitForStarted());
        // Once the handler is installed the signal is safe at any moment: it is acted on when
        // the window's event loop runs.
        QTRY_VERIFY_WITH_TIMEOUT(catches(program.processId(), signal), 60000);
        QTest::qWait(afterMs);
        QCOMPARE(::kill(pid_t(program.processId()), signal), 0);
        QVERIFY(program.waitForFinished(60000));
        QCOMPARE(program.exitStatus(), QProcess::NormalExit);
        QCOMPARE(program.exitCode(), 0);

        QDirIterator found(home.filePath(u"config"_qs), {u"settings.ini"_qs}, QDir::Files,
                           QDirIterator::Subdirectories);
        QVERIFY2(found.hasNext(), "no settings were written");
        QSettings settings(found.next(), QSettings::IniFormat);
        QCOMPARE(settings.value(u"ui/language"_qs).toString(), u"az"_qs);
        QCOMPARE(settings.value(u"window/lastTab"_qs).toString(), u"map"_qs);
        QVERIFY(!settings.value(u"window/geometry"_qs).toByteArray().isEmpty());
        QCOMPARE(settings.value(u"ui/textSize"_qs).toInt(), 150);
    }
};

QTEST_GUILESS_MAIN(TestSessionEnd)
#include "tst_sessionend.moc"
