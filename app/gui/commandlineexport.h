#pragma once

#include "document/briefing.h"
#include "document/problem.h"
#include "export/exportoptions.h"
#include "formats/geojsonlayer.h"

#include <QList>
#include <QString>

#include <memory>

// An export asked for on the command line (--export-pdf, --export-html): the file is read as
// File > Open reads it, the figures show the whole timeline and the briefing's own region of
// the map, and the pages are written. No window and no widget is made: the figures are painted
// by the timeline's chart and the map's painter directly. Needs a QApplication, with the
// language's translations and the bundled fonts installed.
class CommandLineExport
{
public:
    enum class Format { Pdf, Html };

    QString file;                           // the briefing; empty for the built-in one
    QString language = QStringLiteral("en"); // the language everything is written in
    Format format = Format::Pdf;
    QString output;

    // Writes `output`; on failure leaves it as it was and says why: the file's problems in
    // `problems` when it cannot be read, else `error`.
    bool run(Problems *problems, QString *error) const;

    // What is exported of `briefing`: everything, with both figures; the map with `layers`.
    static ExportOptions options(const BriefingPtr &briefing, const QString &language,
                                 const QList<std::shared_ptr<const GeoJsonLayer>> &layers = {});
};
