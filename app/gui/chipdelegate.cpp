#include "gui/chipdelegate.h"

#include "document/vocabulary.h"
#include "models/chipstyle.h"
#include "models/entryroles.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

constexpr int Padding = 7; // between the word and the chip's edge
constexpr int Margin = 4;  // between the chip and the cell's edge, or the text before it

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

// The confidence badge after the cell's text: its word, empty when the cell has none.
QString badgeOf(const QModelIndex &index, ChipStyle::Colours *colours)
{
    const QVariant value = index.data(EntryRoles::ConfidenceRole);
    if (!value.isValid())
        return {};
    const auto confidence = Confidence(value.toInt());
    *colours = ChipStyle::of(confidence);
    return colours->fill.isEmpty() ? QString() : Vocabulary::name(confidence);
}

// A badge is a chip in a smaller type: it qualifies the title and must not outshout it.
QFont badgeFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

void drawChip(QPainter *painter, const QRect &chip, const ChipStyle::Colours &colours,
              const QString &word, const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = QColor::fromString(colours.fill);
    const QColor ink = QColor::fromString(colours.ink);
    QPainterPath path;
    const qreal radius = chip.height() / 2.0;
    path.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, fill);
    // A thin edge in the word's colour keeps a pale chip visible on a pale row.
    QColor edge = ink;
    edge.setAlphaF(0.35f);
    painter->setPen(QPen(edge, 1));
    painter->drawPath(path);
    painter->setPen(ink);
    painter->setFont(font);
    painter->drawText(chip.adjusted(Padding, 0, -Padding, 0), Qt::AlignCenter,
                      QFontMetrics(font).elidedText(word, Qt::ElideRight,
                                                    chip.width() - 2 * Padding));
    painter->restore();
}

} // namespace

void ChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    ChipStyle::Colours colours;
    const bool chip = chipOf(index, &colours);
    ChipStyle::Colours badgeColours;
    const QString badge = chip ? QString() : badgeOf(index, &badgeColours);
    if (!chip && badge.isEmpty()) {
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

    if (chip) {
        const QRect cell = opt.rect.adjusted(Margin, 2, -Margin, -2);
        const QFontMetrics metrics(opt.font);
        const int width = std::min(wordWidth(opt.font, word) + 2 * Padding, cell.width());
        const int height = std::min(metrics.height() + 2, cell.height());
        // Laid out as if left to right, then mirrored: the chip starts at the leading edge.
        drawChip(painter,
                 QStyle::visualRect(opt.direction, cell,
                                    QRect(cell.left(), cell.top() + (cell.height() - height) / 2,
                                          width, height)),
                 colours, word, opt.font);
        return;
    }

    // The text, cut short where it must be, then the badge right after it: the badge is
    // never the part that is cut.
    opt.text = word;
    // The style's own margin inside the text's rectangle, so that the name starts where the
    // names of the rows without a badge do.
    const int textMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textArea = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(textMargin, 0, -textMargin, 0);
    const QFont small = badgeFont(opt.font);
    const int badgeWidth = wordWidth(small, badge) + 2 * Padding;
    const int room = std::max(0, textArea.width() - badgeWidth - Margin);
    const QString shown = QFontMetrics(opt.font).elidedText(word, opt.textElideMode, room);
    const int textWidth = std::min(wordWidth(opt.font, shown), room);
    const QRect logicalText(textArea.left(), textArea.top(), textWidth, textArea.height());
    const int height = std::min(QFontMetrics(small).height() + 2, textArea.height());
    const QRect logicalBadge(textArea.left() + textWidth + Margin,
                             textArea.top() + (textArea.height() - height) / 2,
                             std::min(badgeWidth, textArea.width()), height);
    const bool selected = opt.state & QStyle::State_Selected;
    style->drawItemText(painter, QStyle::visualRect(opt.direction, textArea, logicalText),
                        Qt::AlignVCenter | Qt::AlignLeft | Qt::AlignAbsolute, opt.palette,
                        opt.state & QStyle::State_Enabled, shown,
                        selected ? QPalette::HighlightedText : QPalette::Text);
    drawChip(painter, QStyle::visualRect(opt.direction, textArea, logicalBadge), badgeColours,
             badge, small);
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
    } else if (const QString badge = badgeOf(index, &colours); !badge.isEmpty()) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        size.setWidth(size.width() + wordWidth(badgeFont(opt.font), badge) + 2 * Padding + Margin);
    }
    return size;
}
