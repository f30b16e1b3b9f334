#include "timeline/timelinesymbols.h"

#include "paint/rasterpainter.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace {

// Okabe–Ito colours, which stay apart for readers with colour-blindness, without the red that
// marks the visit.
constexpr QRgb LanePalette[] = {
    0x0072B2, // blue
    0xE69F00, // orange
    0x009E73, // green
    0xCC79A7, // reddish purple
    0x56B4E9, // sky blue
    0x8C6BB1, // violet
    0x7A8F2A, // olive
    0xA6761D, // ochre
};

QColor light(const QColor &color, int alpha)
{
    QColor c = color;
    c.setAlpha(alpha);
    return c;
}

QPen outline(const QColor &color, qreal width, bool dashed)
{
    QPen pen(color, width);
    pen.setJoinStyle(Qt::RoundJoin);
    if (dashed)
        pen.setDashPattern({2.5, 1.5});
    return pen;
}

} // namespace

QColor TimelineSymbols::laneColor(int lane, bool other)
{
    if (other)
        return QColor(0x75, 0x75, 0x75);
    constexpr int count = int(sizeof(LanePalette) / sizeof(LanePalette[0]));
    return QColor(LanePalette[((lane % count) + count) % count]);
}

QColor TimelineSymbols::visitColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

QColor TimelineSymbols::highlightColor()
{
    return QColor(0xFF, 0xC2, 0x0A, 190);
}

QColor TimelineSymbols::periodColor()
{
    return QColor(0x5B, 0x6B, 0x8C, 34);
}

QColor TimelineSymbols::selectionColor()
{
    return QColor(0x1A, 0x1A, 0x1A);
}

QColor TimelineSymbols::gridColor()
{
    return QColor(0, 0, 0, 40);
}

QColor TimelineSymbols::tickColor()
{
    return QColor(0, 0, 0, 22);
}

QColor TimelineSymbols::laneStripeColor()
{
    return QColor(0, 0, 0, 10);
}

QColor TimelineSymbols::hoverColor()
{
    return QColor(0, 0, 0, 90);
}

QColor TimelineSymbols::periodTitleColor()
{
    return QColor(0x3A, 0x45, 0x5C);
}

void TimelineSymbols::paintMarker(QPainter *painter, Marker kind, const QRectF &rect,
                                  const QColor &color)
{
    switch (kind) {
    case Marker::Day:
        painter->setPen(QPen(Qt::white, 1.0));
        painter->setBrush(color);
        painter->drawEllipse(rect);
        break;
    case Marker::ApproximateDay:
        painter->setPen(outline(color, 1.6, true));
        painter->setBrush(QColor(Qt::white));
        painter->drawEllipse(rect.adjusted(0.8, 0.8, -0.8, -0.8));
        break;
    case Marker::Star: {
        QPolygonF star;
        const QPointF c = rect.center();
        const double outer = std::min(rect.width(), rect.height()) / 2.0;
        const double inner = outer * 0.45;
        for (int i = 0; i < 10; ++i) {
            const double angle = -M_PI / 2 + i * M_PI / 5;
            const double r = (i % 2 == 0) ? outer : inner;
            star.append(c + QPointF(r * std::cos(angle), r * std::sin(angle) + outer * 0.08));
        }
        painter->setPen(QPen(Qt::white, 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(color);
        painter->drawPolygon(star);
        break;
    }
    }
}

const QImage &TimelineSymbols::marker(Marker kind, const QColor &color, double size,
                                      qreal ratio)
{
    // Keyed by kind, colour, size in quarter pixels and pixel ratio; a handful of entries in
    // practice. Images rather than pixmaps: this cache outlives the application object.
    static QHash<quint64, QImage> cache;
    const int quarters = std::clamp(int(std::lround(size * 4)), 1, 0xFFF);
    const quint64 key = (quint64(kind) << 60) | (quint64(color.rgba()) << 24)
        | (quint64(std::clamp(int(std::lround(ratio * 8)), 1, 0xFFF)) << 12) | quint64(quarters);
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 512)
            cache.clear();
        const double side = quarters / 4.0 + 2.0;
        QImage image(QSize(int(std::ceil(side * ratio)), int(std::ceil(side * ratio))),
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintMarker(&painter, kind, QRectF(1, 1, quarters / 4.0, quarters / 4.0), color);
        painter.end();
        it = cache.insert(key, image);
    }
    return it.value();
}

void TimelineSymbols::drawDay(QPainter *painter, const QRectF &rect, const QColor &color,
                              bool approximate)
{
    const Marker kind = approximate ? Marker::ApproximateDay : Marker::Day;
    if (!isRasterPainter(*painter)) {
        paintMarker(painter, kind, rect, color);
        return;
    }
    const QImage &image =
        marker(kind, color, rect.width(), painter->device()->devicePixelRatioF());
    const double side = image.width() / image.devicePixelRatio();
    painter->drawImage(QPointF(std::round(rect.center().x() - side / 2),
                               std::round(rect.center().y() - side / 2)),
                       image);
}

void TimelineSymbols::drawStar(QPainter *painter, const QRectF &rect, const QColor &color)
{
    if (!isRasterPainter(*painter)) {
        const double side = std::min(rect.width(), rect.height());
        paintMarker(painter, Marker::Star,
                    QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side),
                    color);
        return;
    }
    const QImage &image = marker(Marker::Star, color, std::min(rect.width(), rect.height()),
                                 painter->device()->devicePixelRatioF());
    const double side = image.width() / image.devicePixelRatio();
    painter->drawImage(QPointF(std::round(rect.center().x() - side / 2),
                               std::round(rect.center().y() - side / 2)),
                       image);
}

void TimelineSymbols::drawBar(QPainter *painter, const QRectF &rect, const QColor &color,
                              bool approximate, bool solid, double certainLeft,
                              double certainRight)
{
    // Whole pixels and no antialiasing: a zoomed-out chart draws many bars, and crisp edges
    // read better at this size anyway.
    const QRect bar(QPoint(int(std::round(rect.left())), int(std::round(rect.top()))),
                    QPoint(int(std::round(rect.right())) - 1, int(std::round(rect.bottom())) - 1));
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(bar, light(color, approximate ? 40 : 80));
    if (solid && !approximate) {
        const int left = std::max(int(std::round(certainLeft)), bar.left());
        const int right = std::min(int(std::round(certainRight)) - 1, bar.right());
        if (right >= left)
            painter->fillRect(QRect(QPoint(left, bar.top()), QPoint(right, bar.bottom())), color);
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(outline(color, 1.0, approximate));
    painter->drawRect(bar.adjusted(0, 0, -1, -1));
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

void TimelineSymbols::drawHalo(QPainter *painter, const QRectF &rect)
{
    const QRectF halo = rect.adjusted(-4, -4, 4, 4);
    const qreal radius = std::min(halo.height(), halo.width()) / 2.0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(highlightColor());
    painter->drawRoundedRect(halo, radius, radius);
}

void TimelineSymbols::drawBadge(QPainter *painter, const QRectF &rect, const QString &text)
{
    const qreal radius = rect.height() / 2.0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x5F, 0x6B, 0x7A));
    painter->drawRoundedRect(rect, radius, radius);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, text);
}

QPixmap TimelineSymbols::legendIcon(Legend symbol, const QSize &size, qreal devicePixelRatio)
{
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area(0, 0, size.width(), size.height());
    const double d = std::min(10.0, area.height() - 2);
    const QRectF dot(area.center().x() - d / 2, area.center().y() - d / 2, d, d);
    const QRectF bar(area.left() + 1, area.center().y() - d * 0.375, area.width() - 2, d * 0.75);
    const QColor neutral(0x55, 0x5F, 0x6D);
    switch (symbol) {
    case Legend::Day:
        drawDay(&painter, dot, neutral, false);
        break;
    case Legend::Vague:
        drawBar(&painter, bar, neutral, false, false, 0, 0);
        break;
    case Legend::Span:
        drawBar(&painter, bar, neutral, false, true, bar.left(), bar.right());
        break;
    case Legend::Approximate:
        drawDay(&painter, dot.translated(-d * 0.8, 0), neutral, true);
        drawBar(&painter,
                QRectF(dot.center().x() + 1, bar.top(), area.right() - dot.center().x() - 2,
                       bar.height()),
                neutral, true, false, 0, 0);
        break;
    case Legend::Period:
        painter.setPen(Qt::NoPen);
        painter.setBrush(light(periodColor(), 90));
        painter.drawRect(area.adjusted(2, 0, -2, 0));
        break;
    case Legend::Visit: {
        const QRectF star(area.center().x() - area.height() / 2, 0, area.height(), area.height());
        painter.setPen(QPen(light(visitColor(), 140), 2));
        painter.drawLine(QPointF(area.center().x(), 0), QPointF(area.center().x(), area.bottom()));
        drawStar(&painter, star.adjusted(1, 1, -1, -1), visitColor());
        break;
    }
    case Legend::Related:
        drawHalo(&painter, dot.adjusted(2, 2, -2, -2));
        drawDay(&painter, dot.adjusted(2, 2, -2, -2), neutral, false);
        break;
    }
    return pixmap;
}
