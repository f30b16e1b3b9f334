#pragma once

#include <QCoreApplication>
#include <QStringList>

// The languages the program is translated into and shows a briefing in: the only ones a
// briefing may list in `languages` and write a text in. English, the source language, first.
class ProgramLanguages
{
    Q_DECLARE_TR_FUNCTIONS(ProgramLanguages)

public:
    static QStringList codes();
    // A language named in itself, as its readers look for it ("English", "Azərbaycan",
    // "فارسی"), capitalised where the script has capitals.
    static QString nativeName(const QString &code);
    // A language named in the interface's language ("Persian", «فارسی»), for sentences such as
    // "12 texts have no Persian version".
    static QString name(const QString &code);
};
