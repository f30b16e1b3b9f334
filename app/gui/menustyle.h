#pragma once

#include <QProxyStyle>

// The desktop's style for the window's menus, with clear space between an item's label and its
// shortcut. Fusion leaves only a narrow fixed gap after the widest label; in Persian, where the
// labels are wide and the shortcut ("کنترل+F") stands right beside the label's end, the two
// read as one phrase. Each item with a shortcut gets three average letters more, which lands
// between the label and the shortcut column in either direction.
class MenuStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override;

    // The space added between a label and its shortcut, for `metrics`.
    static int extraSpace(const QFontMetrics &metrics);
};
