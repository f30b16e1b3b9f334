#include "gui/appsettings.h"

#include "gui/textsize.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString VersionKey = QStringLiteral("version");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString TabKey = QStringLiteral("window/lastTab");
const QString RecentKey = QStringLiteral("files/recent");
const QString LanguageKey = QStringLiteral("ui/language");
const QString TextSizeKey = QStringLiteral("ui/textSize");

} // namespace

QString AppSettings::fileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/settings.ini");
}

bool AppSettings::reset()
{
    return !QFileInfo::exists(fileName()) || QFile::remove(fileName());
}

AppSettings::AppSettings()
{
    const QString file = fileName();
    if (!QFileInfo::exists(file))
        return;
    if (!QFileInfo(file).isFile() || !QFileInfo(file).isReadable()) {
        m_problem = Problem::Unreadable;
        return;
    }
    QSettings settings(file, QSettings::IniFormat);
    // QSettings hands back what it could parse of a damaged file: take none of it.
    if (settings.status() != QSettings::NoError) {
        m_problem = Problem::Damaged;
        return;
    }
    const QVariant version = settings.value(VersionKey);
    if (!version.isValid()) {
        m_problem = Problem::Foreign;
        return;
    }
    if (version.toString() != QString::number(Version)) {
        m_problem = Problem::OtherVersion;
        return;
    }
    const QVariant geometryValue = settings.value(GeometryKey);
    const QVariant stateValue = settings.value(StateKey);
    const QVariant tabValue = settings.value(TabKey);
    const QVariant recentValue = settings.value(RecentKey);
    const QVariant languageValue = settings.value(LanguageKey);
    const auto isOf = [](const QVariant &value, QMetaType::Type type) {
        return !value.isValid() || value.metaType().id() == type;
    };
    const bool recentIsList = !recentValue.isValid()
        || recentValue.metaType().id() == QMetaType::QStringList
        || recentValue.metaType().id() == QMetaType::QString;
    if (!isOf(geometryValue, QMetaType::QByteArray) || !isOf(stateValue, QMetaType::QByteArray)
        || !isOf(tabValue, QMetaType::QString) || !recentIsList
        || !isOf(languageValue, QMetaType::QString)) {
        m_problem = Problem::WrongTypes;
        return;
    }
    geometry = geometryValue.toByteArray();
    windowState = stateValue.toByteArray();
    lastTab = tabValue.toString();
    recentFiles = recentValue.toStringList().mid(0, MaxRecentFiles);
    language = languageValue.toString();
    // An INI file keeps numbers as text: anything but a number is the normal size.
    textSize = TextSize::bounded(settings.value(TextSizeKey).toString().toInt());
}

QString AppSettings::warning() const
{
    const QString file = fileName();
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::Unreadable:
        return tr("The settings file %1 cannot be read; the defaults are used.").arg(file);
    case Problem::Damaged:
        return tr("The settings file %1 is damaged; the defaults are used.").arg(file);
    case Problem::Foreign:
        return tr("The settings file %1 is damaged or is not Briefing Viewer's; the "
                  "defaults are used.").arg(file);
    case Problem::OtherVersion:
        return tr("The settings file %1 is from another version; the defaults are used.")
            .arg(file);
    case Problem::WrongTypes:
        return tr("The settings file %1 holds values of the wrong kind; the defaults are "
                  "used.").arg(file);
    }
    return {};
}

void AppSettings::addRecentFile(const QString &file)
{
    recentFiles.removeAll(file);
    recentFiles.prepend(file);
    while (recentFiles.size() > MaxRecentFiles)
        recentFiles.removeLast();
}

bool AppSettings::save() const
{
    QDir().mkpath(QFileInfo(fileName()).absolutePath());
    QSettings settings(fileName(), QSettings::IniFormat);
    settings.clear();
    settings.setValue(VersionKey, Version);
    settings.setValue(GeometryKey, geometry);
    settings.setValue(StateKey, windowState);
    settings.setValue(TabKey, lastTab);
    settings.setValue(RecentKey, recentFiles);
    settings.setValue(LanguageKey, language);
    settings.setValue(TextSizeKey, textSize);
    settings.sync();
    return settings.status() == QSettings::NoError;
}
