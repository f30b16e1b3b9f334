#include "gui/briefingprinter.h"

#include "export/briefingexporter.h"

#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

bool BriefingPrinter::print(const BriefingPtr &briefing, const ExportOptions &options,
                            QPrinter *printer, QString *error)
{
    // The layout places everything from the paper's corner, margins included.
    printer->setFullPage(true);
    printer->setDocName(briefing->text(briefing->title, options.language).text);
    return BriefingExporter(briefing, options).print(printer, error);
}

void BriefingPrinter::printWithDialog(const BriefingPtr &briefing, const ExportOptions &options,
                                      QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(options.pageSize));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!print(briefing, options, &printer, &error))
        QMessageBox::warning(parent, tr("Print"), error);
}

void BriefingPrinter::preview(const BriefingPtr &briefing, const ExportOptions &options,
                              QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(options.pageSize));
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [briefing, options](QPrinter *target) {
                         QString error;
                         print(briefing, options, target, &error);
                     });
    dialog.exec();
}
