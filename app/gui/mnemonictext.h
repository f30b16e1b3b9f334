#pragma once

#include <QString>

// Text shown as it is on a tab, a menu item or a button. Qt reads "&" in such a text as the
// mark of a keyboard mnemonic: an agenda area called "R&D" would show as "RD", with "D"
// underlined. Document text and file names go through literal() before they become one.
class MnemonicText
{
public:
    // `text` with each "&" doubled, which Qt shows as a single "&".
    static QString literal(QString text);
    // The other way: a menu or action text as the reader sees it, without its mnemonic
    // ("&File" -> "File", «پرونده (&F)» -> «پرونده», "R&&D" -> "R&D") and without a trailing
    // ellipsis.
    static QString plain(const QString &text);
};
