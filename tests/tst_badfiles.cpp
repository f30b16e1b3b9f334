#include "document/briefingreader.h"
#include "document/fuzzydate.h"
#include "formats/briefingloader.h"
#include "gui/appsettings.h"
#include "gui/entrydetailview.h"
#include "gui/mainwindow.h"
#include "gui/problemsdialog.h"
#include "models/entryhtml.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <algorithm>

namespace {

// Under AddressSanitizer the big generated cases run at a tenth of the size: the memory checks
// are the same, and the suite stays within CI's time.
#if defined(__SANITIZE_ADDRESS__)
constexpr int ManyEvents = 10000;
#else
constexpr int ManyEvents = 100000;
#endif

} // namespace

// The hostile-file corpus (tests/data/bad, with what each file must give in expected.tsv), the
// big files generated here, and every input the fuzzers ever crashed on (fuzz/regressions):
// each is refused with a located message or loads as plain data, quickly, and never disturbs the
// briefing that is open.
class TestBadFiles : public QObject
{
    Q_OBJECT

private:
    struct Expectation
    {
        QString file;
        QString expect; // error, warning or ok
        int line = 0;
        int column = 0;
        QString path;
        QString fragment;
    };

    static QList<Expectation> manifest()
    {
        QFile file(testDataPath(u"bad/expected.tsv"_qs));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot read tests/data/bad/expected.tsv");
        QList<Expectation> rows;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).chopped(1);
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList f = line.split(u'\t');
            if (f.size() != 6)
                qFatal("expected.tsv: six tab-separated fields per row: %s", qPrintable(line));
            rows.append({f[0], f[1], f[2].toInt(), f[3].toInt(), f[4] == u"-" ? QString() : f[4],
                          f[5] == u"-" ? QString() : f[5]});
        }
        return rows;
    }

    static QStringList regressionFiles()
    {
        const QDir dir(testDataPath(u"../../fuzz/regressions"_qs));
        QStringList files;
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (name != u"README.md")
                files.append(dir.filePath(name));
        }
        return files;
    }

    static QByteArray minimal()
    {
        QFile file(testDataPath(u"valid/minimal.briefing.json"_qs));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the minimal briefing");
        return file.readAll();
    }

    // The minimal briefing with `events` events, each with a text of `textBytes` letters.
    static QByteArray withEvents(int events, int textBytes)
    {
        QByteArray data = minimal();
        data.chop(data.size() - data.lastIndexOf('}'));
        data += ",\n  \"events\": [\n";
        const QByteArray text(textBytes, 'x');
        for (int i = 0; i < events; ++i) {
            if (i > 0)
                data += ",\n";
            data += "    {\"id\": \"e" + QByteArray::number(i) + "\", \"date\": \"2025-05-"
                    + QByteArray::number(1 + i % 28).rightJustified(2, '0')
                    + "\", \"title\": \"Event " + QByteArray::number(i)
                    + "\", \"text\": \"" + text + "\", \"sources\": [\"source-1\"]}";
        }
        data += "\n  ]\n}\n";
        return data;
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static void closeProblemDialogs(MainWindow &window)
    {
        for (ProblemsDialog *dialog : window.findChildren<ProblemsDialog *>())
            dialog->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(AppSettings::reset());
    }

    void corpusIsComplete()
    {
        QSet<QString> listed;
        for (const Expectation &row : manifest())
            listed.insert(row.file);
        const QStringList files =
            QDir(testDataPath(u"bad"_qs)).entryList({u"*.briefing.json"_qs}, QDir::Files);
        QVERIFY(files.size() >= 60);
        for (const QString &file : files)
            QVERIFY2(listed.contains(file), qPrintable(file + u" has no row in expected.tsv"_qs));
        QCOMPARE(listed.size(), files.size());
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        for (const Expectation &row : manifest()) {
            QTest::newRow(qPrintable(row.file)) << row.file << row.expect << row.line << row.column
                                                << row.path << row.fragment;
        }
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, expect);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, path);
        QFETCH(QString, fragment);

        QElapsedTimer timer;
        timer.start();
        const BriefingReader::Result result = BriefingLoader::readFile(testDataPath(u"bad/"_qs + file));
        const qint64 elapsed = timer.elapsed();
#if !defined(__SANITIZE_ADDRESS__)
        // The promise is one second; these files are small, so anything near it is a hang.
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed) + u" ms"_qs));
#else
        Q_UNUSED(elapsed)
#endif
        if (expect == u"ok") {
            QVERIFY(result.briefing);
            QVERIFY(!hasErrors(result.problems));
            return;
        }
        QCOMPARE(bool(result.briefing), expect == u"warning");
        const auto severity = expect == u"error" ? Problem::Severity::Error
                                                 : Problem::Severity::Warning;
        QVERIFY(!result.problems.isEmpty());
        const auto match = std::find_if(result.problems.cbegin(), result.problems.cend(),
                                        [&](const Problem &p) {
                                            return p.severity == severity
                                                && p.message.contains(fragment);
                                        });
        QVERIFY2(match != result.problems.cend(), qPrintable(result.problems.first().toString()));
        QCOMPARE(match->line, line);
        QCOMPARE(match->column, column);
        QCOMPARE(match->path, path);
    }

    // Text that looks like markup is data: it loads, and the HTML the pages show carries it
    // escaped, with no element that could load a file.
    void markupStaysText()
    {
        const auto result = BriefingLoader::readFile(testDataPath(u"bad/html-everywhere.briefing.json"_qs));
        QVERIFY(result.briefing);
        const EntryHtml html(result.briefing, u"en"_qs);
        for (const QString &page : {html.overview(), html.entry(u"item-1"_qs),
                                    html.entry(u"tension-1"_qs), html.entry(u"event-1"_qs),
                                    html.entry(u"place-b"_qs), html.entry(u"line-1"_qs)}) {
            QVERIFY(!page.isEmpty());
            QVERIFY(page.contains(u"&lt;img src=&quot;/dev/zero&quot;&gt;"_qs));
            QVERIFY(!page.contains(u"<img"_qs, Qt::CaseInsensitive));
            QVERIFY(!page.contains(u"<script"_qs, Qt::CaseInsensitive));
            QVERIFY(!page.contains(u"href=\"file:"_qs, Qt::CaseInsensitive));
        }
    }

    // `related` links are undirected, so a cycle is just three entries that know each other:
    // it loads, and each lists the other two once.
    void relatedCycleIsHarmless()
    {
        const auto result = BriefingLoader::readFile(testDataPath(u"bad/related-cycle.briefing.json"_qs));
        QVERIFY(result.briefing);
        const Briefing &b = *result.briefing;
        QCOMPARE(b.relatedIds(u"item-1"_qs).size(), 2);
        QCOMPARE(b.relatedIds(u"tension-1"_qs).size(), 2);
        QCOMPARE(b.relatedIds(u"event-1"_qs).size(), 2);
        const EntryHtml html(result.briefing, u"en"_qs);
        QVERIFY(html.entry(u"item-1"_qs).contains(u"briefing:event-1"_qs));
    }

    // None of the hostile addresses of tst_linkgate becomes a link in the generated HTML: the
    // validator refuses the scheme, or the address is a web address written percent-encoded.
    void hostileAddressesNeverBecomeLinks_data()
    {
        QTest::addColumn<QString>("address");
        const char16_t *const addresses[] = {
            u"file:///etc/passwd", u"file:///home/user/.ssh/id_rsa", u"javascript:alert(1)",
            u"JAVASCRIPT:alert(1)", u"data:text/html,<script>alert(1)</script>",
            u"data:application/x-desktop;base64,W0Rlc2t0b3AgRW50cnld",
            u"smb://attacker.example/share/payload.desktop", u"ftp://example.org/file",
            u"mailto:someone@example.org", u"tel:+10000000000", u"ssh://host.example",
            u"vbscript:msgbox(1)", u"ms-settings:privacy", u"zoommtg://zoom.us/join",
            u"/usr/share/applications/evil.desktop", u"evil.desktop", u"//example.org/no-scheme",
            u"https://", u"https://user:password@example.org/", u"http:///etc/passwd",
            u"about:blank", u"chrome://settings", u"https://ex\u0430mple.org/\u202Egpj.exe",
            u"https://example.org/\"><img src=\"/dev/zero\">", u" javascript:alert(1)",
        };
        for (const char16_t *address : addresses)
            QTest::newRow(qPrintable(QString::fromUtf16(address))) << QString::fromUtf16(address);
    }

    void hostileAddressesNeverBecomeLinks()
    {
        QFETCH(QString, address);
        QByteArray data = minimal();
        const QByteArray escaped = address.toUtf8().replace('"', "\\\"");
        data.replace("https://example.org/source-1", escaped);
        QVERIFY(data.contains(escaped));
        const auto result = BriefingLoader::readData(data, u"t.json"_qs);
        if (!result.briefing) {
            QVERIFY(std::any_of(result.problems.cbegin(), result.problems.cend(),
                                [](const Problem &p) { return p.path == u"/sources/0/url"; }));
            return;
        }
        const EntryHtml html(result.briefing, u"en"_qs);
        static const QRegularExpression href(u"href=\"([^\"]*)\""_qs);
        for (const QString &page : {html.overview(), html.entry(u"place-b"_qs)}) {
            for (auto it = href.globalMatch(page); it.hasNext();) {
                const QString target = it.next().captured(1);
                QVERIFY2(target.startsWith(u"briefing:"_qs) || target.startsWith(u"https://"_qs)
                             || target.startsWith(u"http://"_qs),
                         qPrintable(target));
                for (const QChar c : target)
                    QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7F, qPrintable(target));
            }
            QVERIFY(!page.contains(u"<img"_qs, Qt::CaseInsensitive));
        }
    }

    // The big cases, generated rather than committed.
    void hundredThousandEventsLoad()
    {
        const QByteArray data = withEvents(ManyEvents, 10);
        QElapsedTimer timer;
        timer.start();
        const auto result = BriefingLoader::readData(data, u"events.json"_qs);
        qInfo("%d events (%lld bytes) read in %lld ms", ManyEvents, qint64(data.size()),
              timer.elapsed());
        QVERIFY(result.briefing);
        QCOMPARE(result.briefing->events.size(), ManyEvents);
    }

    void twentyMegabytesLoad()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"twenty.briefing.json"_qs, withEvents(ManyEvents, 100));
        QVERIFY(QFileInfo(path).size() > ManyEvents * 200);
        QElapsedTimer timer;
        timer.start();
        const auto result = BriefingLoader::readFile(path);
        qInfo("%lld bytes read in %lld ms", QFileInfo(path).size(), timer.elapsed());
        QVERIFY(result.briefing);
        QCOMPARE(result.briefing->events.size(), ManyEvents);
    }

    void sparseTwoGigabytesAreRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sparse.briefing.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(2) * 1024 * 1024 * 1024));
        file.close();
        QElapsedTimer timer;
        timer.start();
        const auto result = BriefingLoader::readFile(path);
        // Reading 2 GB of zeros would take seconds; refusing by size takes none.
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!result.briefing);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().message.contains(u"larger than the limit"_qs));
    }

    void specialFilesAreRefusedUnread()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"fifo.briefing.json"_qs);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &path : {fifo, u"/dev/zero"_qs, u"/dev/urandom"_qs, dir.path()}) {
            const auto result = BriefingLoader::readFile(path);
            QVERIFY(!result.briefing);
            QCOMPARE(result.problems.size(), 1);
        }
    }

    // A title of a million characters passes the scanner's limit on one string and is refused
    // by the title's own limit; five million never reach QJsonDocument.
    void megabyteStrings_data()
    {
        QTest::addColumn<int>("characters");
        QTest::addColumn<QString>("message");
        QTest::newRow("one million")
            << 1000000
            << u"\"title\" is 1,000,000 characters long; a title or name may have at most 300"_qs;
        QTest::newRow("five million") << 5000000 << u"this text is longer than the limit"_qs;
    }

    void megabyteStrings()
    {
        QFETCH(int, characters);
        QFETCH(QString, message);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,000,000"
        QByteArray data = minimal();
        data.replace("Minimal test briefing", QByteArray(characters, 'a'));
        const auto result = BriefingLoader::readData(data, u"long.json"_qs);
        QVERIFY(!result.briefing);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().message.startsWith(message),
                 qPrintable(result.problems.first().message));
        QCOMPARE(result.problems.first().path, u"/title"_qs);
        QCOMPARE(result.problems.first().line, 5);
        QCOMPARE(result.problems.first().column, 12);
    }

    // Every input a fuzzer ever crashed on gives a document or problems, and its pages render.
    void fuzzRegressions_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : regressionFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
        if (regressionFiles().isEmpty())
            QTest::newRow("none yet") << QString();
    }

    void fuzzRegressions()
    {
        QFETCH(QString, file);
        if (file.isEmpty())
            QSKIP("no fuzzer has found a crash yet");
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray data = input.readAll();
        const auto result = BriefingLoader::readData(data, file);
        QCOMPARE(bool(result.briefing), !hasErrors(result.problems));
        if (result.briefing)
            QVERIFY(!EntryHtml(result.briefing, u"en"_qs).overview().isEmpty());
        QString error;
        FuzzyDate::parse(QString::fromUtf8(data.left(200)), &error);
    }

    // The window: no bad file replaces the open briefing, and a file that loads shows its text
    // as plain text only.
    void windowSurvivesTheCorpus()
    {
        MainWindow window;
        const QString fiji = testDataPath(u"valid/fiji-working-visit.briefing.json"_qs);
        QVERIFY(window.openFile(fiji));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const Expectation &row : manifest()) {
            const BriefingPtr before = window.briefing();
            const QStringList keysBefore = window.tabKeys();
            const bool opened = window.openFile(testDataPath(u"bad/"_qs + row.file));
            QCOMPARE(opened, row.expect != u"error");
            if (!opened) {
                QCOMPARE(window.briefing(), before);
                QCOMPARE(window.tabKeys(), keysBefore);
                closeProblemDialogs(window);
                continue;
            }
            // A label that holds the corpus's markup must show it as text, not interpret it;
            // pages are built when first shown, so every tab is looked at.
            for (const QString &key : window.tabKeys())
                QVERIFY(window.showTab(key));
            for (const QLabel *label : window.findChildren<QLabel *>()) {
                if (label->text().contains(u"<img"_qs) || label->text().contains(u"<b>"_qs))
                    QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
            }
            if (row.file == u"html-everywhere.briefing.json") {
                window.showTab(u"overview"_qs);
                const auto views = window.findChildren<EntryDetailView *>();
                QVERIFY(std::any_of(views.cbegin(), views.cend(), [](const EntryDetailView *v) {
                    return v->toPlainText().contains(u"<img src=\"/dev/zero\">"_qs);
                }));
            }
            QVERIFY(window.openFile(fiji));
        }
    }
};

QTEST_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
