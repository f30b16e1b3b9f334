#pragma once

#include <QCoreApplication>
#include <QString>

// The program's command line. Some of it must be known before any application object exists
// (whether a display is needed, whether to render offscreen), so the raw arguments are looked
// at first; the rest is parsed with QCommandLineParser once the application exists.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Job { Window, Check, Screenshot, ExportPdf, ExportHtml, Help };

    // Which job the raw arguments ask for; decides the application class and platform.
    static Job jobOf(int argc, char **argv);

    // Parses the arguments; on --help or --version prints and exits, on a mistake prints
    // it and returns false.
    bool parse(const QCoreApplication &app);

    Job job = Job::Window;
    QString file;       // the briefing to open; empty for the built-in one
    QString language;   // empty: the remembered or system language
    QString tab;
    QString output;     // for --screenshot, --export-pdf, --export-html
    bool resetSettings = false;
    bool explainFormat = false; // --check --explain
};
