#include "gui/chipdelegate.h"

#include "models/chipstyle.h"
#include "models/entryroles.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

constexpr int Padding = 7; // between the word and the chip's edge
constexpr int Margin = 4;  // between the chip and the cell's edge

// The word's width rounded up: elidedText() measures in fractions of a pixel, and a width
// rounded down would cut the word it was measured for.
int wordWidth(const QFont &font, const QString &word)
{
    return int(std::ceil(QFontMetricsF(font).horizontalAdvance(word))) + 1;
}

bool chipOf(const QModelIndex &index, ChipStyle::Colours *colours)
{
    const QVariant value = index.data(EntryRoles::ChipRole);
    if (!value.canConvert<ChipStyle::Colours>())
        return false;
    *colours = value.value<ChipStyle::Colours>();
    return !colours->fill.isEmpty();
}

} // namespace

void ChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    ChipStyle::Colours colours;
    if (!chipOf(index, &colours)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString word = opt.text;
    // The cell's own background, selection and focus, without its text.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect cell = opt.rect.adjusted(Margin, 2, -Margin, -2);
    const QFontMetrics metrics(opt.font);
    const int width = std::min(wordWidth(opt.font, word) + 2 * Padding, cell.width());
    const int height = std::min(metrics.height() + 2, cell.height());
    // Laid out as if left to right, then mirrored: the chip starts at the leading edge.
    const QRect chip = QStyle::visualRect(
        opt.direction, cell,
        QRect(cell.left(), cell.top() + (cell.height() - height) / 2, width, height));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = QColor::fromString(colours.fill);
    const QColor ink = QColor::fromString(colours.ink);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    // A thin edge in the word's colour keeps a pale chip visible on a pale row.
    QColor edge = ink;
    edge.setAlphaF(0.35f);
    painter->setPen(QPen(edge, 1));
    painter->drawPath(path);
    painter->setPen(ink);
    painter->setFont(opt.font);
    painter->drawText(chip.adjusted(Padding, 0, -Padding, 0), Qt::AlignCenter,
                      metrics.elidedText(word, Qt::ElideRight, chip.width() - 2 * Padding));
    painter->restore();
}

QSize ChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    ChipStyle::Colours colours;
    if (chipOf(index, &colours)) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QFontMetrics metrics(opt.font);
        size.setWidth(std::max(size.width(), wordWidth(opt.font, opt.text) + 2 * (Padding + Margin)));
        size.setHeight(std::max(size.height(), metrics.height() + 6));
    }
    return size;
}
