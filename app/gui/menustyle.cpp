#include "gui/menustyle.h"

#include <QStyleOptionMenuItem>

int MenuStyle::extraSpace(const QFontMetrics &metrics)
{
    return 3 * metrics.averageCharWidth();
}

QSize MenuStyle::sizeFromContents(ContentsType type, const QStyleOption *option,
                                  const QSize &size, const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type != CT_MenuItem)
        return result;
    // QMenu hands the shortcut to the style after a tab: "Label\tCtrl+F".
    const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option);
    if (item && item->text.contains(u'\t'))
        result.rwidth() += extraSpace(item->fontMetrics);
    return result;
}
