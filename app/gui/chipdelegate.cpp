#include "gui/chipdelegate.h"

#include "document/textlist.h"
#include "document/vocabulary.h"
#include "models/chipstyle.h"
#include "models/entryroles.h"
#include "models/fallbackmark.h"

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

struct Badge
{
    QString word;
    ChipStyle::Colours colours;
};

// The badges after the cell's text: on the cell that shows an entry's name (the one that
// answers EntryRoles::ConfidenceRole), its confidence, then, when the name is in another
// language than the one asked, the fallback mark the detail pane and the PDF put after it.
QList<Badge> badgesOf(const QModelIndex &index)
{
    const QVariant value = index.data(EntryRoles::ConfidenceRole);
    if (!value.isValid())
        return {};
    QList<Badge> badges;
    const auto confidence = Confidence(value.toInt());
    if (const ChipStyle::Colours colours = ChipStyle::of(confidence); !colours.fill.isEmpty())
        badges.append({Vocabulary::name(confidence), colours});
    const QString label =
        FallbackMark::label({{}, index.data(EntryRoles::FallbackRole).toString()}, {});
    if (!label.isEmpty())
        badges.append({label, FallbackMark::colours()});
    return badges;
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

void ChipDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // An English title in a Persian list keeps its full stop at its end: text in the other
    // direction than the list's is isolated.
    option->text = TextList::isolatedFrom(option->text, option->direction);
}

void ChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    ChipStyle::Colours colours;
    const bool chip = chipOf(index, &colours);
    const QList<Badge> badges = chip ? QList<Badge>() : badgesOf(index);
    if (!chip && badges.isEmpty()) {
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

    // The text, cut short where it must be, then the badges right after it: a badge is never
    // the part that is cut.
    opt.text = word;
    // The style's own margin inside the text's rectangle, so that the name starts where the
    // names of the rows without a badge do.
    const int textMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textArea = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(textMargin, 0, -textMargin, 0);
    const QFont small = badgeFont(opt.font);
    int badgesWidth = 0;
    for (const Badge &badge : badges)
        badgesWidth += wordWidth(small, badge.word) + 2 * Padding + Margin;
    const int room = std::max(0, textArea.width() - badgesWidth);
    const QString shown = QFontMetrics(opt.font).elidedText(word, opt.textElideMode, room);
    const int textWidth = std::min(wordWidth(opt.font, shown), room);
    const QRect logicalText(textArea.left(), textArea.top(), textWidth, textArea.height());
    const int height = std::min(QFontMetrics(small).height() + 2, textArea.height());
    const bool selected = opt.state & QStyle::State_Selected;
    style->drawItemText(painter, QStyle::visualRect(opt.direction, textArea, logicalText),
                        Qt::AlignVCenter | Qt::AlignLeft | Qt::AlignAbsolute, opt.palette,
                        opt.state & QStyle::State_Enabled, shown,
                        selected ? QPalette::HighlightedText : QPalette::Text);
    int left = textArea.left() + textWidth + Margin;
    for (const Badge &badge : badges) {
        const int width = std::min(wordWidth(small, badge.word) + 2 * Padding,
                                    std::max(0, textArea.right() + 1 - left));
        const QRect logicalBadge(left, textArea.top() + (textArea.height() - height) / 2, width,
                                 height);
        drawChip(painter, QStyle::visualRect(opt.direction, textArea, logicalBadge),
                 badge.colours, badge.word, small);
        left += width + Margin;
    }
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
    } else if (const QList<Badge> badges = badgesOf(index); !badges.isEmpty()) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        for (const Badge &badge : badges)
            size.setWidth(size.width() + wordWidth(badgeFont(opt.font), badge.word) + 2 * Padding + Margin);
    }
    return size;
}
