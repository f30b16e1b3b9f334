#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the program remembers between runs: the window, the last tab, the recent files, the
// language, the text size, and whether the last start finished opening its briefing. A settings file that is
// corrupt, of another version or of the wrong types is set aside for defaults, with one warning.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    static constexpr int Version = 1;
    static constexpr int MaxRecentFiles = 10;

    // Reads the settings file (see fileName()). warning() says what was wrong, if anything.
    AppSettings();

    static QString fileName();
    // Removes the settings file; for --reset-settings.
    static bool reset();

    // In the language of the moment: the settings are read before the language is known.
    QString warning() const;

    QByteArray geometry;
    QByteArray windowState;
    QString lastTab;
    QStringList recentFiles;
    QString language;
    // The reading panes' text size in percent (TextSize); a value out of bounds is brought in.
    int textSize = 100;

    // Puts `file` first in the recent files, once, keeping at most MaxRecentFiles.
    void addRecentFile(const QString &file);
    bool save() const;

private:
    enum class Problem { None, Unreadable, Damaged, Foreign, OtherVersion, WrongTypes };
    Problem m_problem = Problem::None;
};
