#include "bundledfonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

bool BundledFonts::install()
{
    static const bool installed = [] {
        bool ok = true;
        for (const char *file : {":/fonts/Vazirmatn-Regular.ttf", ":/fonts/Vazirmatn-Bold.ttf"})
            ok &= QFontDatabase::addApplicationFont(QString::fromLatin1(file)) >= 0;
        return ok;
    }();
    QFont font = QApplication::font();
    font.setFamilies({QString::fromLatin1(Family)});
    QApplication::setFont(font);
    return installed;
}
