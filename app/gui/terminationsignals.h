#pragma once

#include <QObject>

class QSocketNotifier;

// Turns the signals a desktop session ends a program with (SIGTERM at logout or shutdown,
// SIGHUP when its terminal goes, SIGINT for Ctrl+C) into a Qt signal, so that the program
// closes its window (and saves what it remembers) instead of dying mid-way. The handler only
// writes a byte to a socket pair, the one thing that is safe in it; the event loop reads it
// (the pattern of Qt's "Calling Qt Functions From Unix Signal Handlers").
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    // Installs the handlers; one instance at a time.
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    // The number of the signal received.
    void received(int signal);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
