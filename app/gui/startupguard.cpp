#include "gui/startupguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

namespace {

// A marker naming a path longer than this is not one the program wrote.
constexpr qint64 MaxMarkerBytes = 64 * 1024;

} // namespace

StartupGuard::StartupGuard(const QString &markerFile) : m_markerFile(markerFile)
{
    QFile marker(m_markerFile);
    if (marker.open(QIODevice::ReadOnly))
        m_crashedFile = QString::fromUtf8(marker.read(MaxMarkerBytes)).trimmed();
}

QString StartupGuard::defaultMarkerFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/opening-briefing.marker");
}

bool StartupGuard::mayOpen(const QString &fileName) const
{
    return m_crashedFile.isEmpty()
        || QFileInfo(fileName).absoluteFilePath() != QFileInfo(m_crashedFile).absoluteFilePath();
}

QString StartupGuard::reason() const
{
    if (m_crashedFile.isEmpty())
        return {};
    return tr("The last start ended while opening %1, so it was not opened again "
              "automatically. Open it with File > Open if you want to try again.")
        .arg(QDir::toNativeSeparators(m_crashedFile));
}

bool StartupGuard::arm(const QString &fileName)
{
    QDir().mkpath(QFileInfo(m_markerFile).absolutePath());
    QSaveFile marker(m_markerFile);
    if (!marker.open(QIODevice::WriteOnly))
        return false;
    marker.write(QFileInfo(fileName).absoluteFilePath().toUtf8());
    return marker.commit();
}

void StartupGuard::disarm()
{
    QFile::remove(m_markerFile);
}

void StartupGuard::disarmAfterFirstFrame(QWidget *window)
{
    // A zero timer runs after the events already queued, the show and first paint among them.
    const QString markerFile = m_markerFile;
    QTimer::singleShot(0, window, [markerFile] { QFile::remove(markerFile); });
}
