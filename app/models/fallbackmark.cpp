#include "models/fallbackmark.h"

#include "models/chipstyle.h"

QString FallbackMark::label(const LocalizedText::Resolved &resolved, const QString &asked)
{
    if (resolved.language.isEmpty() || resolved.language == asked)
        return {};
    return tr("in %1", "after a text not written in the chosen language: the language it is in")
        .arg(languageName(resolved.language));
}

QString FallbackMark::html(const QString &label)
{
    if (label.isEmpty())
        return {};
    // The pale amber of a note: the label is a remark about the text, not an alarm.
    return u' ' + ChipStyle::html(label, {QStringLiteral("#fef3c7"), QStringLiteral("#92400e")});
}

QString FallbackMark::languageName(const QString &code)
{
    if (code == u"en")
        return tr("English");
    if (code == u"az")
        return tr("Azerbaijani");
    if (code == u"fa")
        return tr("Persian");
    return code;
}
