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
};
