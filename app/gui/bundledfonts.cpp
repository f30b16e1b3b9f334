#include "gui/bundledfonts.h"

#include "export/briefingexporter.h"
#include "export/exportoptions.h"

#include <QApplication>
#include <QFont>

QStringList BundledFonts::families()
{
    return ExportOptions().fontFamilies;
}

bool BundledFonts::install()
{
    const bool installed = BriefingExporter::registerFonts();
    QFont font = QApplication::font();
    font.setFamilies(families());
    QApplication::setFont(font);
    return installed;
}
