// Briefing Viewer: reads the command line, then runs a headless job (--check, --screenshot,
// --export-pdf, --export-html) or opens the window.
#include "document/briefingreader.h"
#include "document/formatadvice.h"
#include "formats/briefingloader.h"
#include "gui/appsettings.h"
#include "gui/bundledfonts.h"
#include "gui/commandline.h"
#include "gui/commandlineexport.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "gui/startupguard.h"
#include "gui/terminationsignals.h"

#include <QApplication>
#include <QScreen>
#include <QStatusBar>
#include <QTextStream>

#include <cstdio>

namespace {

void print(FILE *stream, const Problems &problems)
{
    QTextStream out(stream);
    for (const Problem &problem : problems)
        out << problem.toString() << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    using Job = CommandLine::Job;
    const Job job = CommandLine::jobOf(argc, argv);
    const bool headless = job == Job::Check || job == Job::Help;
    if (job == Job::Screenshot || job == Job::ExportPdf || job == Job::ExportHtml)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (job == Job::Window && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("briefing: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it in "
                   "a desktop session, or use --check, --screenshot or --export-pdf, which need "
                   "none.\n",
                   stderr);
        return 2;
    }

    std::unique_ptr<QCoreApplication> app = headless
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Briefing Viewer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Briefing Viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRIEFING_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.briefingviewer.briefing"));

    CommandLine commandLine;
    if (!commandLine.parse(*app))
        return 1;
    if (commandLine.job == Job::Check) {
        // The problems are said in the language asked for, else the system's, else English.
        LanguageManager languages;
        languages.setLanguage(commandLine.language.isEmpty() ? LanguageManager::systemLanguage()
                                                             : commandLine.language);
        const BriefingReader::Result result = BriefingLoader::readFile(commandLine.file);
        print(stdout, result.problems);
        if (commandLine.explainFormat && result.briefing) {
            QTextStream out(stdout);
            const QStringList lines = FormatAdvice::explain(*result.briefing);
            for (qsizetype i = 0; i < lines.size(); ++i)
                out << (i == 0 ? commandLine.file + u": "_qs : QString()) << lines.at(i) << Qt::endl;
        }
        return result.briefing ? 0 : 1;
    }
    if (commandLine.resetSettings && !AppSettings::reset()) {
        std::fprintf(stderr, "briefing: cannot remove %s\n", qPrintable(AppSettings::fileName()));
        return 1;
    }

    // Installed first: a session that ends the program while it starts still gets its settings.
    std::unique_ptr<TerminationSignals> termination;
    if (job == Job::Window)
        termination = std::make_unique<TerminationSignals>();

    BundledFonts::install();
    if (job == Job::ExportPdf || job == Job::ExportHtml) {
        LanguageManager languages;
        CommandLineExport exportJob;
        if (!commandLine.language.isEmpty())
            exportJob.language = commandLine.language;
        languages.setLanguage(exportJob.language);
        exportJob.file = commandLine.file;
        exportJob.format = job == Job::ExportPdf ? CommandLineExport::Format::Pdf
                                                 : CommandLineExport::Format::Html;
        exportJob.output = commandLine.output;
        Problems problems;
        QString error;
        if (exportJob.run(&problems, &error))
            return 0;
        print(stderr, problems);
        if (!error.isEmpty())
            std::fprintf(stderr, "briefing: %s\n", qPrintable(error));
        return 1;
    }

    MainWindow window;
    // The language comes first, so that all the start says is in it.
    if (job == Job::Window)
        window.restoreLanguage();
    if (!commandLine.language.isEmpty())
        window.setLanguage(commandLine.language);
    QObject::connect(&window, &MainWindow::openFailed, &window,
                     [](const QString &, const Problems &problems) { print(stderr, problems); });
    // Ended by the session (logout, shutdown) or Ctrl+C: closed as by File > Quit, which saves
    // the window, tab and language.
    bool ended = false;
    if (termination) {
        QObject::connect(termination.get(), &TerminationSignals::received, &window,
                         [&window, &ended] {
                             ended = true;
                             window.close();
                             QCoreApplication::quit();
                         });
    }
    // A file that crashed the last start is not opened again on its own: no crash loop.
    StartupGuard guard;
    QString file = commandLine.file.isEmpty() ? BriefingReader::builtInFileName()
                                              : commandLine.file;
    QString startWarning;
    if (job == Job::Window && !guard.mayOpen(file)) {
        startWarning = guard.reason();
        file = BriefingReader::builtInFileName();
    }
    if (job == Job::Window)
        guard.arm(file);
    const bool opened = window.openFile(file);
    if (!opened && job != Job::Window)
        return 1;
    if (!opened)
        window.openFile(BriefingReader::builtInFileName());
    // A headless job shows the program as it starts for anyone, not as this user left it.
    if (job == Job::Window) {
        QString warning = window.restoreSettings();
        if (!startWarning.isEmpty())
            warning = startWarning + u' ' + warning;
        if (!warning.trimmed().isEmpty()) {
            std::fprintf(stderr, "briefing: %s\n", qPrintable(warning));
            window.statusBar()->showMessage(warning);
        }
    }
    if (!commandLine.tab.isEmpty() && !window.showTab(commandLine.tab)) {
        std::fprintf(stderr, "briefing: there is no tab \"%s\"; the tabs are: %s\n",
                     qPrintable(commandLine.tab),
                     qPrintable(window.tabKeys().join(QStringLiteral(", "))));
        return 1;
    }
    window.show();
    if (job == Job::Window)
        guard.disarmAfterFirstFrame(&window);
    // Until nothing is left to do, at most two seconds: a page shown for the first time may
    // post more layout and painting, and the screenshot is of the finished frame.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 2000);

    QString error;
    switch (job) {
    case Job::Screenshot:
        // The frame the window has just painted, not a second painting of it.
        if (window.screen()->grabWindow(window.winId()).save(commandLine.output, "PNG"))
            return 0;
        error = QStringLiteral("cannot write the screenshot to ") + commandLine.output;
        break;
    default:
        // Ended while it started: quit() did nothing, as the loop was not running yet.
        return ended ? 0 : app->exec();
    }
    std::fprintf(stderr, "briefing: %s\n", qPrintable(error));
    return 1;
}
