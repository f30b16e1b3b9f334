#pragma once

#include "document/briefing.h"
#include "document/dateformatter.h"
#include "models/entryfields.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QUrl>

// Builds the HTML the pages show for the overview and for one entry. Document text is data:
// every string from the briefing passes through HtmlText::escape(), and the only links
// are internal ones (briefing:ID) and the sources' http/https addresses, percent-encoded.
class EntryHtml
{
    Q_DECLARE_TR_FUNCTIONS(EntryHtml)

public:
    EntryHtml(BriefingPtr briefing, const QString &language);

    // Marks every occurrence of `query` in the document's text, matched as the search matches
    // it (TextFolder), with <span class="match">, the first inside <a name="match">.
    void markMatches(const QString &query);

    // The visit in one line, its programme, the expected outcomes, the open tensions, the
    // people, the purpose and summary, the sources: in that order.
    QString overview() const;
    // The page for the agenda item, tension, event, outcome, background section, place or line
    // with this id; empty when there is no such entry.
    QString entry(const QString &id) const;

    static QUrl internalLink(const QString &id);
    // The id an internal link points at; empty for any other link.
    static QString idFromLink(const QUrl &url);
    // Escapes text for HTML and keeps its paragraphs (blank lines) and line breaks.
    static QString paragraphs(const QString &text);
    // <name class="cssClass">content</name>; the content is HTML whose text is escaped already.
    static QString element(const char *name, const QString &content,
                           const char *cssClass = nullptr);
    // A bulleted list (<ul class="cssClass" style="style">) of the items, each HTML whose text
    // is escaped already. A long list is written as lists of ListRun items each, joined
    // without a gap, so that it looks the same: Qt's rich text takes time in the square of
    // the length of one list to read it, and a place named by a hundred thousand entries
    // froze the pane and the PDF export for many minutes.
    static QString bulletList(const QStringList &items, const char *cssClass = nullptr,
                              const char *style = nullptr);
    static constexpr qsizetype ListRun = 100;
    // Plain text made safe for a tooltip: QToolTip guesses rich text, so the text is escaped
    // and wrapped in a paragraph, which also lets long texts wrap. `fallbackLabel`, when given,
    // follows it as the fallback mark (FallbackMark).
    static QString toolTip(const QString &plainText, const QString &fallbackLabel = {});

private:
    QString text(const LocalizedText &text) const;
    // Document text made HTML: escaped, its matches of the query marked.
    QString data(const QString &plain) const;
    // paragraphs(), the matches marked.
    QString markedParagraphs(const QString &text) const;
    // The mark after text shown in another language than the page's (FallbackMark).
    QString fallbackMark(const LocalizedText &text) const;
    QString linkList(const EntryFields::ReferenceList &list) const;
    // Text in the other direction than the page's, isolated (TextList::isolatedFrom()).
    QString isolated(const QString &plain) const;
    // A name or title inside a line: isolated where its direction is not the page's, so that
    // it does not reorder the line around it, and marked when it is a fallback.
    QString phrase(const LocalizedText &text) const;
    // markedParagraphs() of the text, the fallback mark at its end.
    QString markedParagraphs(const LocalizedText &text) const;
    QString sourceList(const QStringList &ids) const;
    // `shortAddress`: the address shortened (WebLink::shortened()), as in the overview's list
    // of every source; an entry's page shows its sources' addresses whole.
    QString sourceItem(const Source &source, bool shortAddress = false) const;
    // The items as a list numbered in the language's digits («۱.», «۲.»): Qt's rich text numbers
    // an <ol> in Latin digits only.
    QString numberedList(const QStringList &items) const;
    QString page(const QString &body) const;

    BriefingPtr m_briefing;
    QString m_language;
    DateFormatter m_dates;
    QString m_query; // folded; empty when nothing is marked
    mutable bool m_firstMatch = true;
};
