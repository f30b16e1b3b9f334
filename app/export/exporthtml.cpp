#include "export/exporthtml.h"

#include <algorithm>

namespace ExportHtml {

QString row(QStringList cells, bool rightToLeft, const QString &rowOpen)
{
    if (rightToLeft) {
        std::reverse(cells.begin(), cells.end());
        for (QString &cell : cells)
            cell.insert(3, QStringLiteral(" dir=\"rtl\""));
    }
    return rowOpen + cells.join(QString()) + QStringLiteral("</tr>");
}

QString tableOpen(const char *cssClass, int cellPadding, bool rightToLeft)
{
    return QStringLiteral("<table class=\"") + QString::fromLatin1(cssClass)
        + QStringLiteral("\" width=\"100%\" cellspacing=\"0\" cellpadding=\"")
        + QString::number(cellPadding) + u'"'
        + (rightToLeft ? QStringLiteral(" dir=\"ltr\">") : QStringLiteral(">"));
}

QString leftToRightRun(const QString &text)
{
    return QChar(0x200E) + text + QChar(0x200E);
}

QString rightToLeftRun(const QString &text)
{
    return text + QChar(0x200F);
}

} // namespace ExportHtml
