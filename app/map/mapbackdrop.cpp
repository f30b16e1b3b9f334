#include "map/mapbackdrop.h"

#include "map/mappainter.h"

#include <QPaintDevice>
#include <QPainter>
#include <QRegion>

#include <cmath>

void MapBackdrop::clear()
{
    m_image = QImage();
    m_spare = QImage();
    m_ratio = 0;
}

void MapBackdrop::paint(QPainter &painter, const MapPainter &map, const MapViewport &view)
{
    const QRectF whole(QPointF(0, 0), view.size());
    // A painter that scales would stretch the image: it gets the vectors.
    if (painter.transform().type() > QTransform::TxTranslate) {
        map.paintBackdrop(painter, view, whole);
        return;
    }
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatio() : 1.0;
    const QSize pixels = (view.size() * ratio).toSize();
    if (pixels.isEmpty())
        return;

    // How far the last image must move, in device pixels: the world repeats every unit of x,
    // so a view that crossed the 180° meridian has moved by the short way round.
    bool reuse = !m_image.isNull() && m_image.size() == pixels && m_ratio == ratio
        && m_revision == map.revision() && m_view.worldWidth() == view.worldWidth();
    QPoint shift;
    if (reuse) {
        QPointF moved = m_view.centre() - view.centre();
        moved.rx() -= std::round(moved.x());
        const QPointF device = moved * view.worldWidth() * ratio;
        shift = device.toPoint();
        reuse = std::abs(device.x() - shift.x()) < 1e-6 && std::abs(device.y() - shift.y()) < 1e-6
            && std::abs(shift.x()) < pixels.width() && std::abs(shift.y()) < pixels.height();
    }

    if (!reuse) {
        m_image = QImage(pixels, QImage::Format_RGB32);
        m_image.setDevicePixelRatio(ratio);
        QPainter p(&m_image);
        map.paintBackdrop(p, view, whole);
    } else if (!shift.isNull()) {
        if (m_spare.size() != pixels) {
            m_spare = QImage(pixels, QImage::Format_RGB32);
            m_spare.setDevicePixelRatio(ratio);
        }
        QPainter p(&m_spare);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.drawImage(QPointF(shift) / ratio, m_image);
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        // The strips the moved image leaves bare, in device pixels, then in the view's.
        const QRegion bare = QRegion(QRect(QPoint(0, 0), pixels)) - QRect(shift, pixels);
        for (const QRect &strip : bare) {
            const QRectF area(QPointF(strip.topLeft()) / ratio, QSizeF(strip.size()) / ratio);
            map.paintBackdrop(p, view, area);
        }
        p.end();
        std::swap(m_image, m_spare);
    }
    m_view = view;
    m_revision = map.revision();
    m_ratio = ratio;
    painter.drawImage(QPointF(0, 0), m_image);
}
