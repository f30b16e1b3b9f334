#include "document/textlist.h"

#include "document/htmltext.h"

QString TextList::comma(const QLocale &locale)
{
    return locale.script() == QLocale::ArabicScript ? QStringLiteral("، ") : QStringLiteral(", ");
}

QString TextList::separator(const QLocale &locale)
{
    return locale.script() == QLocale::ArabicScript ? QStringLiteral(" | ") : QStringLiteral(" · ");
}

QString TextList::join(const QStringList &parts, const QLocale &locale)
{
    if (locale.language() != QLocale::Persian || parts.size() < 2)
        return locale.createSeparatedList(parts);
    return parts.first(parts.size() - 1).join(comma(locale)) + QStringLiteral(" و ")
        + parts.last();
}

QString TextList::keepTogether(const QString &name)
{
    QString kept = name;
    kept.replace(u'-', QStringLiteral("-\u2060"));
    return kept;
}

QString TextList::isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString TextList::isolatedFrom(const QString &text, Qt::LayoutDirection page)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        const Qt::LayoutDirection own = HtmlText::direction(line);
        if (own != Qt::LayoutDirectionAuto && own != page)
            line = isolated(line);
    }
    return lines.join(u'\n');
}
