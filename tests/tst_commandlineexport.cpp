// briefing --export-pdf and --export-html: the briefing is read as File > Open reads it, both
// figures are on the pages, a file that cannot be read says why and leaves the old output as
// it was, and no widget is made on the way.
#include "document/briefingreader.h"
#include "formats/briefingloader.h"
#include "gui/bundledfonts.h"
#include "gui/commandlineexport.h"
#include "testdata.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace {

// Counts the widgets made while it is installed: every QWidget sends itself QEvent::Create as
// it is constructed, and the application's event filters see it.
class WidgetCounter : public QObject
{
public:
    int created = 0;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Create && watched->isWidgetType())
            ++created;
        return false;
    }
};

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_qs), {pdf, u"-"_qs});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestCommandLineExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(BundledFonts::install());
    }

    void countsWidgets()
    {
        // The counter itself: a widget made while it watches is seen.
        WidgetCounter counter;
        qApp->installEventFilter(&counter);
        { QWidget widget; }
        qApp->removeEventFilter(&counter);
        QCOMPARE(counter.created, 1);
    }

    void exportsWithoutWidgets_data()
    {
        QTest::addColumn<CommandLineExport::Format>("format");
        QTest::addColumn<QString>("language");
        QTest::newRow("pdf en") << CommandLineExport::Format::Pdf << u"en"_qs;
        QTest::newRow("pdf fa") << CommandLineExport::Format::Pdf << u"fa"_qs;
        QTest::newRow("html az") << CommandLineExport::Format::Html << u"az"_qs;
    }

    void exportsWithoutWidgets()
    {
        QFETCH(CommandLineExport::Format, format);
        QFETCH(QString, language);
        CommandLineExport job;
        job.language = language;
        job.format = format;
        job.output = m_dir.filePath(u"built-in-"_qs + language
                                    + (format == CommandLineExport::Format::Pdf ? u".pdf"_qs
                                                                                 : u".html"_qs));
        WidgetCounter counter;
        qApp->installEventFilter(&counter);
        Problems problems;
        QString error;
        const bool written = job.run(&problems, &error);
        qApp->removeEventFilter(&counter);
        QVERIFY2(written, qPrintable(error));
        QVERIFY(problems.isEmpty());
        QCOMPARE(counter.created, 0);
        QVERIFY(QApplication::allWidgets().isEmpty());
        QVERIFY(QFileInfo(job.output).size() > 10000);
    }

    void pagesCarryBothFigures()
    {
        CommandLineExport job;
        job.output = m_dir.filePath(u"figures.pdf"_qs);
        Problems problems;
        QString error;
        QVERIFY2(job.run(&problems, &error), qPrintable(error));
        const QString text = pdfText(job.output);
        // The timeline figure names its lanes and marks the visit; the map names the two
        // capitals, credits its data and names its view of the borders.
        QVERIFY2(text.contains(u"The visit"_qs), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Baku"_qs));
        QVERIFY(text.contains(u"Natural Earth"_qs));
        QVERIFY(text.contains(u"Borders: United Nations view"_qs));
    }

    void optionsHaveFiguresForAnyBriefing()
    {
        const BriefingReader::Result fiji =
            BriefingLoader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs));
        QVERIFY(fiji.briefing);
        const ExportOptions options = CommandLineExport::options(fiji.briefing, u"en"_qs);
        QCOMPARE(options.language, u"en"_qs);
        QVERIFY(options.timelineFigure);
        QVERIFY(options.mapFigure);
        QCOMPARE(options.scope, ExportOptions::Scope::Whole);
    }

    void unreadableFileKeepsTheOldOutput()
    {
        const QString out = m_dir.filePath(u"kept.pdf"_qs);
        {
            QFile file(out);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("the export before");
        }
        CommandLineExport job;
        job.file = testDataPath(u"invalid/dangling-reference.briefing.json"_qs);
        job.output = out;
        Problems problems;
        QString error;
        QVERIFY(!job.run(&problems, &error));
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.first().toString().contains(u"dangling-reference"_qs),
                 qPrintable(problems.first().toString()));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("the export before"));
    }
};

QTEST_MAIN(TestCommandLineExport)
#include "tst_commandlineexport.moc"
