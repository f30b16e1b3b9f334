#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Keeps a crash while opening a briefing at start-up from becoming a crash loop. Before the
// program opens a file on its own (the last briefing, or one from the command line), arm() writes
// a marker naming it in the config location; once the window has shown its first frame,
// disarm() removes it. A marker found at the next start means that start never got that far:
// that file is not opened automatically again, and reason() tells the user why.
//
// After the start that skipped the file gets through, the marker is gone, so the file is tried
// again on the start after; the caller should also drop it from "reopen last file".
class StartupGuard
{
    Q_DECLARE_TR_FUNCTIONS(StartupGuard)

public:
    // `markerFile` is for tests; the program uses defaultMarkerFile().
    explicit StartupGuard(const QString &markerFile = defaultMarkerFile());

    static QString defaultMarkerFile();

    // The file the previous start was opening when it ended before its first frame; empty
    // after a clean start. Read once, when the guard is made.
    QString crashedFile() const { return m_crashedFile; }
    // False for the file that crashed the previous start.
    bool mayOpen(const QString &fileName) const;
    // A sentence for the user; empty after a clean start.
    QString reason() const;

    // Call just before opening `fileName` automatically. False when the marker cannot be
    // written (the guard then protects nothing, but the program carries on).
    bool arm(const QString &fileName);
    // The start got through: removes the marker.
    void disarm();
    // Disarms once the events now pending for `window`, its first paint among them, are done.
    void disarmAfterFirstFrame(QWidget *window);

private:
    QString m_markerFile;
    QString m_crashedFile;
};
