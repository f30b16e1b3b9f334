#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Turns the HTML that web timeline tools store (TimelineJS, StoryMapJS) into plain text without
// a rich-text engine: Qt's would open files named in <img src> (see QT-NOTES.md). Tags are
// dropped, the common entities decoded, block elements become line and paragraph breaks, and
// the text of <script> and <style> is thrown away. Links are collected; whether an address is
// acceptable is the caller's decision (webAddress()).
class HtmlText
{
public:
    struct Link
    {
        QString href;  // entity-decoded, as written
        QString label; // the link's text, plain
    };

    struct Result
    {
        QString text;                    // paragraphs separated by "\n\n"
        QHash<QString, QString> classed; // text of elements whose class is in `captureClasses`
        QList<Link> links;
    };

    // Elements whose class attribute names one of `captureClasses` contribute their links, but
    // their text goes to Result::classed under that class instead of Result::text.
    static Result toPlainText(const QString &html, const QStringList &captureClasses = {});

    // Decodes character references: numeric ones and the named ones that editors commonly write.
    static QString decodeEntities(QStringView text);

    // Escapes & < > " ' for text or an attribute value in double quotes.
    static QString escape(const QString &plain);

    // The reverse, for writing HTML: escapes & < > " ' and turns "\n\n" into paragraphs and
    // "\n" into <br>. `cssClass`, when given, goes on every paragraph.
    static QString fromPlainText(const QString &text, const QString &cssClass = {});

    // The direction a paragraph reads in, from its own text, not from the interface: that of
    // its first letter with a strong direction (rule P2 of the Unicode bidirectional
    // algorithm); Qt::LayoutDirectionAuto when it has none (digits, punctuation).
    static Qt::LayoutDirection direction(QStringView text);
    // The opening tag of a paragraph of `text`: <p>, with dir="ltr" or dir="rtl" from
    // direction(), so that a Persian paragraph under an English interface (or the reverse) is
    // laid out in its own direction, its full stop at its end; and `cssClass`, when given.
    static QString paragraphStart(QStringView text, const QString &cssClass = {});
};
