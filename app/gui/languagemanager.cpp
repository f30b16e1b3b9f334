#include "gui/languagemanager.h"

#include "document/programlanguages.h"

#include <QCoreApplication>
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
