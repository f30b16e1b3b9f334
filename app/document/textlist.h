#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// How the parts of a list are joined in a language: "A, B and C", "A, B və C", «الف، ب و ج».
// Qt's own lists follow CLDR, which puts a comma before the last "و" in Persian; Persian
// editors and Iran's press write none, so Persian is joined here.
class TextList
{
public:
    // The comma between the parts of a list in `locale`'s script: "، " in Arabic script, else
    // ", ".
    static QString comma(const QLocale &locale);
    // What stands between the facts of one line ("Transport · 5 items · English"): a middle
    // dot, except in Arabic script, where it looks like the Persian zero «۰» beside Persian
    // digits; there a vertical bar.
    static QString separator(const QLocale &locale);
    // The parts, the last joined with the language's "and".
    static QString join(const QStringList &parts, const QLocale &locale);
    // A name that must not break across lines at its hyphens ("JAM-news" in a Persian line,
    // where the break would also reorder its halves): a word joiner (U+2060) after each.
    static QString keepTogether(const QString &name);
    // Text in one direction inside text of another (a Latin name in a Persian line): first
    // strong isolates (U+2068..U+2069) keep it from reordering what is around it. For the
    // screen; the PDF's font has no glyphs for them (see exporthtml.h).
    static QString isolated(const QString &text);
    // Each line of `text` whose own direction (HtmlText::direction()) is not `page`'s,
    // isolated(); the others as they are.
    static QString isolatedFrom(const QString &text, Qt::LayoutDirection page);
};
