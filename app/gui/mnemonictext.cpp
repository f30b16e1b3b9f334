#include "gui/mnemonictext.h"

#include <QRegularExpression>

QString MnemonicText::literal(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}

QString MnemonicText::plain(const QString &text)
{
    static const QRegularExpression parenthesized(QStringLiteral("\\s*\\(&\\w\\)"));
    QString plain = text;
    plain.remove(parenthesized);
    QString result;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == u'&' && i + 1 < plain.size())
            ++i; // "&&" is one '&'; a single '&' marks the letter after it
        result.append(plain.at(i));
    }
    if (result.endsWith(u'…'))
        result.chop(1);
    return result.trimmed();
}
