#include "gui/mnemonictext.h"

QString MnemonicText::literal(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}
