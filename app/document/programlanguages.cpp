#include "document/programlanguages.h"

#include <QLocale>

QStringList ProgramLanguages::codes()
{
    return {QStringLiteral("en"), QStringLiteral("az"), QStringLiteral("fa")};
}

QString ProgramLanguages::nativeName(const QString &code)
{
    // Qt names English by a territory ("American English"); the program's English has none.
    const QLocale locale(code);
    if (locale.language() == QLocale::English)
        return QLocale::languageToString(QLocale::English);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString ProgramLanguages::name(const QString &code)
{
    if (code == u"en")
        return tr("English");
    if (code == u"az")
        return tr("Azerbaijani");
    if (code == u"fa")
        return tr("Persian");
    return code;
}
