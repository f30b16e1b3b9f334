#pragma once

// The export/ folder: the PDF and HTML export and the fonts it bundles; no widgets. This is its
// main header.

#include "document/briefing.h"
#include "export/exportoptions.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

// Lays the briefing out as the document that leaves the program: a cover, a table of contents
// with page numbers, the overview, one section per agenda area, the tensions, the background,
// the expected outcomes, the timeline and the map as vector figures, the events as a table and
// the numbered sources that the text cites. The same layout goes to a PDF, to a printer, and,
// as one self-contained HTML file, to a browser.
//
// Document text is data: every string of the briefing is escaped before it becomes part of the
// HTML the layout is built from, and the only links are the sources' http/https addresses,
// percent-encoded.
class BriefingExporter
{
    Q_DECLARE_TR_FUNCTIONS(BriefingExporter)

public:
    BriefingExporter(BriefingPtr briefing, ExportOptions options);

    // Writes the PDF (with outline and metadata) atomically: on failure the target is left as
    // it was, and *error says why in the current language. The PDF is never held whole in
    // memory: Qt's PDF goes to a file beside the target, which qpdf reads as it needs and
    // writes the finished PDF from.
    bool writePdf(const QString &fileName, QString *error) const;
    // Paints the same pages on a paged device such as a QPrinter, which must not be active.
    bool print(QPagedPaintDevice *device, QString *error) const;

    // The briefing as one HTML file with nothing external: inline CSS, figures as inline SVG.
    QString html() const;
    bool writeHtml(const QString &fileName, QString *error) const;

    // Makes the bundled fonts (Noto Sans, Noto Sans Arabic) available, once; false when the
    // program's resources do not carry them.
    static bool registerFonts();

private:
    BriefingPtr m_briefing;
    ExportOptions m_options;
};
