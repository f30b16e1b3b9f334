#pragma once

#include "document/briefing.h"
#include "export/exportoptions.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

// Prints the briefing in the exporter's layout (the same pages as the PDF) and shows the print
// dialog and the print preview.
class BriefingPrinter
{
    Q_DECLARE_TR_FUNCTIONS(BriefingPrinter)

public:
    // Prints on `printer` as it is set up; false with *error set when it could not.
    static bool print(const BriefingPtr &briefing, const ExportOptions &options,
                      QPrinter *printer, QString *error);
    // File > Print...: the system's print dialog, then printing; reports a failure in a box.
    static void printWithDialog(const BriefingPtr &briefing, const ExportOptions &options,
                                QWidget *parent);
    // File > Print Preview: QPrintPreviewDialog showing the same pages.
    static void preview(const BriefingPtr &briefing, const ExportOptions &options,
                        QWidget *parent);
};
