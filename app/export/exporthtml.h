#pragma once

#include "document/htmltext.h"

#include <QString>
#include <QStringList>

// The pieces of HTML that the export's pages are written in, shared by its content and its
// table of contents.
namespace ExportHtml {

// Document text as HTML: everything goes through the one escaper.
inline QString esc(const QString &text)
{
    return HtmlText::escape(text);
}

// Tables are laid out left to right everywhere (Qt does not mirror them reliably); a
// right-to-left document lists its cells in reverse, so that the first column is on the right,
// and each cell keeps the document's direction. Every cell starts with "<td" or "<th".
QString row(QStringList cells, bool rightToLeft, const QString &rowOpen = QStringLiteral("<tr>"));
// The opening tag of a full-width table; see row() for the direction.
QString tableOpen(const char *cssClass, int cellPadding, bool rightToLeft);

// Keeps a run in its own direction inside text of the other. Marks rather than isolates
// (U+2066..2069): the bundled font has no glyphs for isolates, and the PDF would pull in
// another font for them.
QString leftToRightRun(const QString &text);

// Document text as the export's content writes it (ExportContent::text()): plain text that
// still says two things only the finished page can write. A line in the other direction than
// the page is isolated (U+2068..U+2069), so that a Latin sentence in a Persian page keeps its
// full stop at its end; and text in a fallback language ends with the fallback mark's label
// between two noncharacters. Both survive esc(); finished...() turns them into each target's
// form. Any of these characters in the document's own text is dropped.
QString documentText(const QString &text, bool rightToLeftPage, const QString &fallbackLabel);
// For Qt's rich text (the PDF): the isolates become marks, the label the fallback mark.
QString finishedForPdf(QString html);
// For browsers: an isolate becomes <bdi>, the label the fallback mark.
QString finishedForHtml(QString html);
// For plain text (the outline, the window title): no isolates, no label.
QString finishedAsPlainText(QString text);

} // namespace ExportHtml
