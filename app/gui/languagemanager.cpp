#include "gui/languagemanager.h"

#include "document/programlanguages.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

namespace {

// Qt reads the interface direction from this entry of the installed translations; listing it
// here puts it in the .ts files, where the Persian translation says "RTL".
[[maybe_unused]] const char *const LayoutDirectionEntry =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QStringList LanguageManager::languages()
{
    return ProgramLanguages::codes();
}

QString LanguageManager::systemLanguage()
{
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString language = tag.section(u'-', 0, 0).toLower();
        if (languages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    QCoreApplication::removeTranslator(&m_program);
    QCoreApplication::removeTranslator(&m_qt);
    // English is the source language; its translation holds only the plural forms.
    if (m_program.load(QStringLiteral(":/i18n/briefing_") + language))
        QCoreApplication::installTranslator(&m_program);
    if (language != u"en") {
        // Qt ships no translation for every language (none for Azerbaijani): then its
        // standard dialogs stay in English.
        if (m_qt.load(QStringLiteral("qtbase_") + language,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&m_qt);
        }
    }
    QLocale::setDefault(QLocale(language));
    const bool changed = language != m_language;
    m_language = language;
    if (changed)
        Q_EMIT languageChanged(language);
    return true;
}

void LanguageManager::beginExport(const QString &language)
{
    if (m_exporting || language == m_language || !languages().contains(language))
        return;
    m_exporting = true;
    QCoreApplication::instance()->installEventFilter(this);
    // The interface's translation steps aside: English has no entries but plural forms, and
    // the interface's would answer for every other word.
    QCoreApplication::removeTranslator(&m_program);
    if (m_export.load(QStringLiteral(":/i18n/briefing_") + language))
        QCoreApplication::installTranslator(&m_export);
}

void LanguageManager::endExport()
{
    if (!m_exporting)
        return;
    QCoreApplication::removeTranslator(&m_export);
    if (!m_program.isEmpty())
        QCoreApplication::installTranslator(&m_program);
    QCoreApplication::instance()->removeEventFilter(this);
    m_exporting = false;
}

bool LanguageManager::eventFilter(QObject *watched, QEvent *event)
{
    if (m_exporting && event->type() == QEvent::LanguageChange)
        return true;
    return QObject::eventFilter(watched, event);
}
