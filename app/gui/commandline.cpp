#include "gui/commandline.h"

#include "gui/languagemanager.h"

#include <QCommandLineParser>

#include <cstdio>

CommandLine::Job CommandLine::jobOf(int argc, char **argv)
{
    Job job = Job::Window;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--check")
            return Job::Check;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version") {
            return Job::Help;
        }
        if (arg == "--screenshot")
            job = Job::Screenshot;
        else if (arg == "--export-pdf")
            job = Job::ExportPdf;
        else if (arg == "--export-html")
            job = Job::ExportHtml;
    }
    return job;
}

bool CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reads and shows a diplomatic briefing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The briefing to open (default: the built-in one)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("Check a briefing file, print its problems as "
                                      "FILE:LINE:COLUMN: message, and exit 0 when it is valid, "
                                      "1 when not."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption explain(QStringList{u"explain"_qs},
                                     tr("With --check: for a valid file of format version 1, "
                                        "say what version 2 would let its author add; for "
                                        "version 2, sum up what the file uses."));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       tr("Open at a tab: overview, tensions, background, "
                                          "timeline, map, or an agenda area's id."),
                                       QStringLiteral("ID"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            tr("The interface and briefing language: en, az or "
                                               "fa (default: the system's, else English)."),
                                            QStringLiteral("LANGUAGE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the window offscreen to a PNG and exit."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption exportPdf(QStringLiteral("export-pdf"),
                                       tr("Write the briefing as a PDF and exit."),
                                       QStringLiteral("OUT.pdf"));
    const QCommandLineOption exportHtml(QStringLiteral("export-html"),
                                        tr("Write the briefing as one self-contained HTML file "
                                           "and exit."),
                                        QStringLiteral("OUT.html"));
    const QCommandLineOption reset(QStringLiteral("reset-settings"),
                                   tr("Forget the remembered window, tab, recent files and "
                                      "language."));
    parser.addOptions({check, explain, tabOption, languageOption, screenshot, exportPdf, exportHtml, reset});
    parser.process(app);

    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "briefing: %s\n", qPrintable(message));
        return false;
    };
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(tr("open one briefing at a time; got %1").arg(files.join(QStringLiteral(", "))));
    file = files.value(0);
    language = parser.value(languageOption);
    if (!language.isEmpty() && !LanguageManager::languages().contains(language)) {
        return fail(tr("there is no language \"%1\"; choose one of: %2")
                        .arg(language, LanguageManager::languages().join(QStringLiteral(", "))));
    }
    tab = parser.value(tabOption);
    resetSettings = parser.isSet(reset);
    explainFormat = parser.isSet(explain);
    if (explainFormat && !parser.isSet(check))
        return fail(tr("--explain goes with --check: briefing --check FILE --explain"));
    if (parser.isSet(check)) {
        job = Job::Check;
        file = parser.value(check);
    } else if (parser.isSet(exportPdf)) {
        job = Job::ExportPdf;
        output = parser.value(exportPdf);
    } else if (parser.isSet(exportHtml)) {
        job = Job::ExportHtml;
        output = parser.value(exportHtml);
    } else if (parser.isSet(screenshot)) {
        job = Job::Screenshot;
        output = parser.value(screenshot);
    }
    return true;
}
