#include "models/fallbackmark.h"

#include "document/programlanguages.h"

QString FallbackMark::label(const LocalizedText::Resolved &resolved, const QString &asked)
{
    if (resolved.language.isEmpty() || resolved.language == asked)
        return {};
    return tr("in %1", "after a text not written in the chosen language: the language it is in")
        .arg(ProgramLanguages::name(resolved.language));
}

QString FallbackMark::html(const QString &label)
{
    if (label.isEmpty())
        return {};
    return u' ' + ChipStyle::html(label, colours());
}

ChipStyle::Colours FallbackMark::colours()
{
    // The pale amber of a note: the label is a remark about the text, not an alarm.
    return {QStringLiteral("#fef3c7"), QStringLiteral("#92400e")};
}
