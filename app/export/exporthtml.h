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
QString rightToLeftRun(const QString &text);

} // namespace ExportHtml
