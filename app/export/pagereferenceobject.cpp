#include "export/pagereferenceobject.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>

PageReferenceObject::PageReferenceObject(std::function<QString(int)> label,
                                         std::function<int(const QString &)> pageOf, int digits,
                                         std::function<void(QPainter *, const QRectF &, const QString &)> painted,
                                         QObject *parent)
    : QObject(parent), m_label(std::move(label)), m_pageOf(std::move(pageOf)), m_painted(std::move(painted)),
      m_digits(digits)
{
}

QFont PageReferenceObject::fontOf(const QTextDocument *document, const QTextFormat &format)
{
    return format.toCharFormat().font().resolve(document->defaultFont());
}

QSizeF PageReferenceObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const QFont font = fontOf(document, format);
    const QFontMetricsF metrics(font, document->documentLayout()->paintDevice());
    const QString key = font.key();
    auto width = m_widths.constFind(key);
    if (width == m_widths.cend()) {
        // The widest number of that many digits: each digit repeated, and a one with zeros.
        double widest = 0;
        int power = 1;
        for (int i = 1; i < m_digits; ++i)
            power *= 10;
        for (int digit = 0; digit <= 9; ++digit) {
            int number = digit == 0 ? power : 0;
            for (int i = 0; digit > 0 && i < m_digits; ++i)
                number = number * 10 + digit;
            widest = std::max(widest, metrics.horizontalAdvance(m_label(number)));
        }
        width = m_widths.insert(key, std::ceil(widest));
    }
    // An object stands on the baseline; the number's descent goes below it, as the text's.
    return {*width, metrics.ascent()};
}

void PageReferenceObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                                     int, const QTextFormat &format)
{
    const QString target = format.stringProperty(Target);
    const int page = m_pageOf(target);
    if (page <= 0)
        return;
    const QFont font = fontOf(document, format);
    QPaintDevice *device = document->documentLayout()->paintDevice();
    const QString text = m_label(page);
    QTextLayout layout(text, font, device);
    // Set from the leading side of its room; what the number leaves of it trails.
    const Qt::LayoutDirection direction = document->defaultTextOption().textDirection();
    QTextOption option(Qt::AlignAbsolute
                       | (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    // No anchor: Qt's writer would make the link an address, one for each run of glyphs.
    QTextCharFormat chars;
    const QBrush colour = format.foreground();
    chars.setForeground(colour.style() == Qt::NoBrush ? QBrush(Qt::black) : colour);
    layout.setFormats({{0, int(text.size()), chars}});
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    const QPointF origin(rect.left(), rect.bottom() - line.ascent());
    layout.draw(painter, origin);
    const double width = line.naturalTextWidth();
    const double left = direction == Qt::RightToLeft ? rect.right() - width : rect.left();
    m_painted(painter, QRectF(left, origin.y(), width, line.height()), target);
}
