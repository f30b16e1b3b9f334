#include "map/mapspritecache.h"

#include "map/mapstyle.h"
#include "paint/rasterpainter.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace {

// Images kept, in bytes: a few thousand names and every kind of marker.
constexpr qsizetype ImageBudget = 24 * 1024 * 1024;
// Remembered text sizes before they are forgotten all at once (a new font, a new document).
constexpr qsizetype MetricsLimit = 20000;

qreal ratioOf(const QPainter &painter)
{
    return painter.device() ? painter.device()->devicePixelRatio() : 1.0;
}

} // namespace

MapSpriteCache::MapSpriteCache()
    : m_images(ImageBudget)
{
}

const QString &MapSpriteCache::fontKey(const QFont &font)
{
    for (const auto &[known, key] : std::as_const(m_fontKeys)) {
        if (known == font && known.letterSpacing() == font.letterSpacing()
            && known.letterSpacingType() == font.letterSpacingType()) {
            return key;
        }
    }
    if (m_fontKeys.size() >= 16)
        m_fontKeys.clear();
    m_fontKeys.append({font, font.key() + u'|' + QString::number(int(font.letterSpacingType()))
                                 + u'|' + QString::number(font.letterSpacing())});
    return m_fontKeys.constLast().second;
}

MapSpriteCache::TextMetrics MapSpriteCache::metrics(const QFont &font, const QString &text)
{
    const QString key = fontKey(font) + u'\n' + text;
    const auto known = m_metrics.constFind(key);
    if (known != m_metrics.constEnd())
        return *known;
    if (m_metrics.size() >= MetricsLimit)
        m_metrics.clear();
    const QFontMetricsF fm(font);
    const TextMetrics m{fm.horizontalAdvance(text), fm.height(), fm.ascent()};
    m_metrics.insert(key, m);
    return m;
}

bool MapSpriteCache::canCopy(const QPainter &painter)
{
    return painter.transform().type() <= QTransform::TxTranslate;
}

void MapSpriteCache::paintLabel(QPainter &painter, const QPointF &baseline, const QString &text,
                                const QFont &font, const QColor &color, qreal halo)
{
    // A white halo keeps names legible over borders, lines and the graticule.
    if (!isRasterPainter(painter)) {
        // On a page, the letters' outlines stroked in white: a PDF strokes them itself. The
        // halo's outlines need not follow every curve of a letter, only come near it: thinned
        // to a fifth of the halo's width, the halo still reaches three fifths as far beyond a
        // letter as the full outline's does, and the names' halos, the largest part of a map
        // page, cost it a fifth fewer bytes than thinned to a third of a pixel.
        QPainterPath path;
        path.addText(baseline, font, text);
        QPainterPath outline;
        for (const QPolygonF &contour : path.toSubpathPolygons())
            outline.addPolygon(MapStyle::thinned(contour, halo / 5));
        painter.strokePath(outline, QPen(Qt::white, halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setFont(font);
        painter.setPen(color);
        painter.drawText(baseline, text);
        return;
    }
    // On the screen, the text drawn in white at points around its place, out to half the
    // halo's width, then in its colour: it looks as the stroked outlines do, for a tenth of
    // the cost (stroking them was most of the first frame that shows many names).
    QTextOption option;
    option.setTextDirection(painter.layoutDirection());
    option.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::NoWrap);
    QTextLayout layout(text, font);
    layout.setTextOption(option);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const QList<QGlyphRun> runs = layout.glyphRuns();
    const QPointF origin = baseline - QPointF(0, line.ascent());
    const qreal reach = halo / 2;
    painter.save();
    painter.setPen(Qt::white);
    constexpr int Around = 16;
    for (const qreal radius : {reach, reach / 2}) {
        for (int i = 0; i < Around; ++i) {
            const qreal angle = 2 * M_PI * i / Around;
            const QPointF offset(radius * std::cos(angle), radius * std::sin(angle));
            for (const QGlyphRun &run : runs)
                painter.drawGlyphRun(origin + offset, run);
        }
    }
    painter.setPen(color);
    for (const QGlyphRun &run : runs)
        painter.drawGlyphRun(origin, run);
    painter.restore();
}

void MapSpriteCache::drawLabel(QPainter &painter, const QPointF &baseline, const QString &text,
                               const QFont &font, const QColor &color, qreal halo)
{
    if (!canCopy(painter)) {
        paintLabel(painter, baseline, text, font, color, halo);
        return;
    }
    const qreal ratio = ratioOf(painter);
    const TextMetrics m = metrics(font, text);
    // Room for the halo and for glyphs that reach past their advance.
    const int pad = int(std::ceil(halo)) + 3;
    const int ascent = int(std::ceil(m.ascent));
    const QString key = u"l|"_qs + fontKey(font) + u'|' + QString::number(color.rgba(), 16) + u'|'
        + QString::number(halo) + u'|' + QString::number(ratio) + u'\n' + text;
    const QImage *image = m_images.object(key);
    if (!image) {
        const QSizeF size(m.width + 2 * pad, m.height + 2 * pad);
        auto made = std::make_unique<QImage>((size * ratio).toSize() + QSize(1, 1),
                                             QImage::Format_ARGB32_Premultiplied);
        made->setDevicePixelRatio(ratio);
        made->fill(Qt::transparent);
        {
            QPainter p(made.get());
            p.setRenderHints(painter.renderHints() | QPainter::Antialiasing);
            p.setLayoutDirection(painter.layoutDirection());
            paintLabel(p, QPointF(pad, pad + ascent), text, font, color, halo);
        }
        image = made.get();
        const qsizetype cost = made->sizeInBytes();
        if (!m_images.insert(key, made.release(), cost)) {
            paintLabel(painter, baseline, text, font, color, halo);
            return;
        }
    }
    // The baseline on a whole device pixel, and the image's own baseline on it.
    const QPointF offset = painter.transform().map(QPointF());
    const QPointF device = (baseline + offset) * ratio;
    const QPointF snapped = QPointF(std::round(device.x()), std::round(device.y())) / ratio - offset;
    painter.drawImage(snapped - QPointF(pad, pad + ascent), *image);
}

void MapSpriteCache::drawMarker(QPainter &painter, const QPointF &centre, Place::Kind kind,
                                bool approximate, const QColor &glow)
{
    if (!canCopy(painter)) {
        if (glow.isValid())
            MapStyle::drawMarkerHalo(painter, centre, kind, glow);
        MapStyle::drawMarker(painter, centre, kind, approximate);
        return;
    }
    const qreal ratio = ratioOf(painter);
    // In device pixels: the whole pixel the centre is on, and where in it, in quarters.
    const QPointF device = (centre + painter.transform().map(QPointF())) * ratio;
    const QPointF whole(std::floor(device.x()), std::floor(device.y()));
    const int qx = std::min(3, int((device.x() - whole.x()) * 4));
    const int qy = std::min(3, int((device.y() - whole.y()) * 4));
    // Half the image, in device pixels: the glow's radius and the rim's width, and a margin.
    const int half = int(std::ceil((MapStyle::markerRadius(kind) + 8) * ratio));
    const QString key = u"m|%1|%2|%3|%4|%5|%6"_qs.arg(int(kind))
                            .arg(int(approximate))
                            .arg(glow.isValid() ? QString::number(glow.rgba(), 16) : QString())
                            .arg(qx)
                            .arg(qy)
                            .arg(ratio);
    const QImage *image = m_images.object(key);
    if (!image) {
        auto made = std::make_unique<QImage>(QSize(2 * half + 1, 2 * half + 1),
                                             QImage::Format_ARGB32_Premultiplied);
        made->setDevicePixelRatio(ratio);
        made->fill(Qt::transparent);
        {
            QPainter p(made.get());
            const QPointF at = QPointF(half + qx / 4.0, half + qy / 4.0) / ratio;
            if (glow.isValid())
                MapStyle::drawMarkerHalo(p, at, kind, glow);
            MapStyle::drawMarker(p, at, kind, approximate);
        }
        image = made.get();
        const qsizetype cost = made->sizeInBytes();
        if (!m_images.insert(key, made.release(), cost)) {
            if (glow.isValid())
                MapStyle::drawMarkerHalo(painter, centre, kind, glow);
            MapStyle::drawMarker(painter, centre, kind, approximate);
            return;
        }
    }
    painter.drawImage((whole - QPointF(half, half)) / ratio - painter.transform().map(QPointF()),
                      *image);
}
