#pragma once

#include <QStyledItemDelegate>

// Draws a cell that answers EntryRoles::ChipRole as its word on a chip of the chip's colours,
// at the cell's leading edge (the right in a right-to-left interface); every other cell as
// usual. The word is the cell's display text, so the colour never stands alone. A cell that
// answers EntryRoles::ConfidenceRole (an entry's name) gets the confidence as a small badge
// right after its text, its word on the chip, and a name in another language than the one
// asked gets the fallback mark after that. Text in the other direction than the list's is
// isolated, so that it keeps its own order (an English title's full stop at its end).
class ChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
