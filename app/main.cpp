// Briefing Viewer: parses the command line, then runs a headless job (--check, --screenshot)
// or opens the window.
#include "appsettings.h"
#include "briefingreader.h"
#include "bundledfonts.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

int check(const QString &fileName)
{
    const BriefingReader::Result result = BriefingReader::readFile(fileName);
    QTextStream out(stdout);
    for (const Problem &problem : result.problems)
        out << problem.toString() << Qt::endl;
    return result.briefing ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool checking = hasArgument(argc, argv, "--check");
    const bool screenshot = hasArgument(argc, argv, "--screenshot");
    if (screenshot)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!checking && !screenshot && !hasArgument(argc, argv, "--help")
        && !hasArgument(argc, argv, "--version") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("briefing: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it in "
                   "a desktop session, or use --check or --screenshot, which need none.\n",
                   stderr);
        return 2;
    }

    std::unique_ptr<QCoreApplication> app;
    if (checking)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Briefing Viewer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Briefing Viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRIEFING_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Reads and shows a diplomatic briefing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "The briefing to open (default: the built-in one)."),
        QStringLiteral("[FILE]"));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QCoreApplication::translate("main", "Check a briefing file, print its problems as "
                                            "FILE:LINE:COLUMN: message, and exit 0 when it is "
                                            "valid, 1 when not."),
        QStringLiteral("FILE"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QCoreApplication::translate("main", "Open at a tab: overview, tensions, background, "
                                            "timeline, or an agenda area's id."),
        QStringLiteral("ID"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window offscreen to a PNG and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption resetOption(
        QStringLiteral("reset-settings"),
        QCoreApplication::translate("main", "Forget the remembered window, tab, recent files "
                                            "and language."));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "The interface and briefing language: en, az or fa "
                                            "(default: the system's, else English)."),
        QStringLiteral("LANGUAGE"));
    parser.addOptions({checkOption, tabOption, screenshotOption, resetOption, languageOption});
    parser.process(*app);

    if (parser.isSet(checkOption))
        return check(parser.value(checkOption));
    if (parser.isSet(resetOption) && !AppSettings::reset()) {
        std::fprintf(stderr, "briefing: cannot remove %s\n", qPrintable(AppSettings::fileName()));
        return 1;
    }

    const QString language = parser.value(languageOption);
    if (parser.isSet(languageOption) && !LanguageManager::languages().contains(language)) {
        std::fprintf(stderr, "briefing: there is no language \"%s\"; choose one of: %s\n",
                     qPrintable(language),
                     qPrintable(LanguageManager::languages().join(QStringLiteral(", "))));
        return 1;
    }
    BundledFonts::install();

    MainWindow window;
    QObject::connect(&window, &MainWindow::openFailed, &window,
                     [](const QString &, const Problems &problems) {
                         QTextStream err(stderr);
                         for (const Problem &problem : problems)
                             err << problem.toString() << Qt::endl;
                     });
    const QString fileName = parser.positionalArguments().value(0);
    if (!window.openFile(fileName.isEmpty() ? BriefingReader::builtInFileName() : fileName)) {
        if (screenshot)
            return 1;
        window.openFile(BriefingReader::builtInFileName());
    }
    if (parser.isSet(tabOption) && !window.showTab(parser.value(tabOption))) {
        std::fprintf(stderr, "briefing: there is no tab \"%s\"; the tabs are: %s\n",
                     qPrintable(parser.value(tabOption)),
                     qPrintable(window.tabKeys().join(QStringLiteral(", "))));
        return 1;
    }
    // A screenshot shows the program as it starts for anyone, not as this user left it.
    if (!screenshot) {
        const QString warning = window.restoreSettings();
        if (!warning.isEmpty()) {
            std::fprintf(stderr, "briefing: %s\n", qPrintable(warning));
            window.statusBar()->showMessage(warning);
        }
    }
    if (parser.isSet(languageOption))
        window.setLanguage(language);
    if (parser.isSet(tabOption))
        window.showTab(parser.value(tabOption));
    window.show();

    if (screenshot) {
        QCoreApplication::processEvents();
        const QString out = parser.value(screenshotOption);
        if (!window.grab().save(out, "PNG")) {
            std::fprintf(stderr, "briefing: cannot write the screenshot to %s\n", qPrintable(out));
            return 1;
        }
        return 0;
    }
    return app->exec();
}
