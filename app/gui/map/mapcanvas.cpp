#include "gui/map/mapcanvas.h"

#include "document/textlist.h"
#include "document/vocabulary.h"
#include "map/mapfigure.h"
#include "map/mapprojection.h"
#include "map/mapspritecache.h"
#include "map/worldmap.h"
#include "models/entryhtml.h"
#include "models/linemodel.h"
#include "models/placemodel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

// A little room around the region, so that its edges do not touch the frame.
constexpr double FitPadding = 0.92;
constexpr int FocusFrameWidth = 2;

} // namespace

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    // Geography keeps east on the right under a right-to-left interface.
    setLayoutDirection(Qt::LeftToRight);
    setObjectName(QStringLiteral("mapCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_painter.setCountryLanguage(interfaceLanguage());
    m_painter.setSpriteCache(std::make_shared<MapSpriteCache>());
    updateFont();
}

MapCanvas::~MapCanvas() = default;

QString MapCanvas::interfaceLanguage()
{
    return QLocale::languageToCode(QLocale().language());
}

void MapCanvas::updateFont()
{
    m_painter.setFont(font(), palette().color(QPalette::WindowText));
}

void MapCanvas::setBriefing(BriefingPtr briefing, const QString &language)
{
    const bool sameDocument = briefing == m_painter.briefing();
    m_painter.setBriefing(std::move(briefing), language);
    if (!sameDocument) {
        m_hovered.clear();
        m_goal = Goal::Home;
        m_goalIds.clear();
        m_fitted = false;
        applyGoal();
    }
    update();
}

void MapCanvas::setHighlight(const QStringList &ids, const QString &selectedId)
{
    if (ids == m_painter.highlight() && selectedId == m_painter.selected())
        return;
    m_painter.setHighlight(ids, selectedId);
    update();
}

void MapCanvas::bringIntoView(const QStringList &ids)
{
    if (!m_painter.features().bounds(ids, m_view.centre().x()))
        return;
    m_goal = Goal::Features;
    m_goalIds = ids;
    applyGoal();
}

bool MapCanvas::zoomTo(const QStringList &ids)
{
    if (!m_painter.features().bounds(ids, m_view.centre().x()))
        return false;
    m_goal = Goal::Fit;
    m_goalIds = ids;
    applyGoal();
    return true;
}

void MapCanvas::ensureWorld()
{
    if (!m_painter.world())
        m_painter.setWorld(WorldMap::builtIn());
}

void MapCanvas::applyGoal()
{
    // Until a layout has given the canvas its size, any view would be computed for a wrong
    // one; the first resize applies the goal.
    if (width() <= 0 || height() <= 0 || !testAttribute(Qt::WA_Resized))
        return;
    if (m_goal == Goal::Free)
        return;
    const QSizeF size = this->size();
    if (m_goal == Goal::Home || !m_fitted) {
        const MapViewport fit = MapViewport::fitting(m_painter.features().region(), size,
                                                     FitPadding, MapFeatures::MinimumSpan);
        setView(fit.centre(), fit.worldWidth());
        m_fitted = true;
    }
    if (m_goal != Goal::Features && m_goal != Goal::Fit)
        return;
    const std::optional<QRectF> box = m_painter.features().bounds(m_goalIds, m_view.centre().x());
    if (!box)
        return;
    if (m_goal == Goal::Fit) {
        const MapViewport fit =
            MapViewport::fitting(*box, size, 0.85, SelectionMinimumSpan);
        setView(fit.centre(), fit.worldWidth());
        return;
    }
    // Already in view, with room for markers and labels: leave the view as it is. Else centre
    // on them, zooming out only as far as they need.
    const double margin = 48 / m_view.worldWidth();
    if (m_view.viewRect().contains(box->adjusted(-margin, -margin, margin, margin)))
        return;
    const MapViewport fit = MapViewport::fitting(*box, size, 0.85, 1e-9);
    setView(box->center(), std::min(m_view.worldWidth(), fit.worldWidth()));
}

void MapCanvas::setView(const QPointF &centre, double worldWidth)
{
    m_view = MapViewport(centre, worldWidth, size()).clamped();
    update();
    Q_EMIT viewChanged();
}

void MapCanvas::zoomIn()
{
    zoomBy(ZoomStep, rect().center());
}

void MapCanvas::zoomOut()
{
    zoomBy(1 / ZoomStep, rect().center());
}

void MapCanvas::fitRegion()
{
    m_goal = Goal::Home;
    m_goalIds.clear();
    applyGoal();
}

void MapCanvas::zoomBy(double factor, const QPointF &anchor)
{
    m_goal = Goal::Free;
    const QPointF world = m_view.toWorld(anchor);
    const double newWidth = MapViewport(m_view.centre(), m_view.worldWidth() * factor, size())
                                .clamped()
                                .worldWidth();
    // Keep the world point under the anchor where it is.
    const QPointF offset = anchor - QPointF(width() / 2.0, height() / 2.0);
    setView(world - offset / newWidth, newWidth);
}

void MapCanvas::panBy(const QPointF &pixels)
{
    m_goal = Goal::Free;
    setView(m_view.centre() + pixels / m_view.worldWidth(), m_view.worldWidth());
}

GeoPoint MapCanvas::toGeo(const QPointF &pixel) const
{
    return MapProjection::unproject(m_view.toWorld(pixel));
}

bool MapCanvas::isInView(const GeoPoint &point) const
{
    return QRectF(rect()).contains(m_view.toScreen(point));
}

QString MapCanvas::featureAt(const QPointF &pixel) const
{
    const QString id = m_painter.features().hitTest(m_view.toWorld(pixel), m_view.worldWidth());
    // Of places at one point, the one whose marker is drawn.
    const MapPainter::DrawnCount *count = countAt(id);
    return count ? count->id : id;
}

const MapPainter::DrawnCount *MapCanvas::countAt(const QString &placeId) const
{
    const BriefingPtr &briefing = m_painter.briefing();
    const Place *place = briefing ? briefing->place(placeId) : nullptr;
    if (!place || m_drawnCounts.isEmpty())
        return nullptr;
    const auto pixel = [this](const GeoPoint &point) {
        const QPointF p = toScreen(point);
        return std::pair{std::floor(p.x()), std::floor(p.y())};
    };
    const auto at = pixel(place->position);
    for (const MapPainter::DrawnCount &count : m_drawnCounts) {
        const Place *top = briefing->place(count.id);
        if (count.id == placeId || (top && pixel(top->position) == at))
            return &count;
    }
    return nullptr;
}

QString MapCanvas::describe(const QString &id) const
{
    const BriefingPtr &briefing = m_painter.briefing();
    if (!briefing)
        return {};
    const QString name = TextList::isolated(m_painter.nameOf(id));
    if (const Place *place = briefing->place(id)) {
        const QString kind = Vocabulary::name(place->kind);
        return place->approximate ? tr("%1 (%2, approximate position)").arg(name, kind)
                                  : tr("%1 (%2)").arg(name, kind);
    }
    if (const MapLine *line = briefing->line(id)) {
        const QString kind = Vocabulary::name(line->kind);
        return line->approximate ? tr("%1 (%2, approximate course)").arg(name, kind)
                                 : tr("%1 (%2)").arg(name, kind);
    }
    if (const MapArea *area = briefing->area(id)) {
        const QString kind = Vocabulary::name(area->kind);
        return area->approximate ? tr("%1 (%2, approximate outline)").arg(name, kind)
                                 : tr("%1 (%2)").arg(name, kind);
    }
    if (MapFeatures::isFeature(*briefing, id)) {
        // A leg of the journey drawn from its ends: its title, and how the guest travelled.
        const Briefing::Ref *ref = briefing->find(id);
        const QString mode = ref && ref->kind == Briefing::Kind::Itinerary
            ? Vocabulary::name(briefing->itinerary.at(ref->index).mode)
            : QString();
        return mode.isEmpty() ? name : tr("%1 (%2)").arg(name, mode);
    }
    return {};
}

ExportOptions::Figure MapCanvas::figurePainter(const QString &language) const
{
    if (!m_painter.briefing())
        return {};
    MapPainter painter = m_painter;
    if (!language.isEmpty()) {
        painter.setCountryLanguage(language);
        painter.setBriefing(painter.briefing(), language);
    }
    // The region on screen, or the briefing's own when the map has not been shown yet.
    return MapFigure(std::move(painter), m_fitted ? m_view.viewRect() : QRectF());
}

void MapCanvas::setHovered(const QString &id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    m_painter.setHovered(id);
    if (!m_dragging)
        setCursor(id.isEmpty() ? Qt::OpenHandCursor : Qt::PointingHandCursor);
    update();
    Q_EMIT hoveredChanged(id);
}

// ---- events

void MapCanvas::setLayers(QList<std::shared_ptr<const GeoJsonLayer>> layers)
{
    m_painter.setLayers(std::move(layers));
    update();
}

bool MapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = featureAt(help->pos());
        const auto [feature, layerName] = id.isEmpty()
                                              ? m_painter.layerFeatureAt(m_view, help->pos())
                                              : std::pair<const GeoJsonLayer::Feature *, QString>();
        if (feature) {
            // Properties come from the file: plain text, one "key: value" line each.
            QStringList lines{feature->label().isEmpty() ? layerName : feature->label()};
            if (!feature->label().isEmpty())
                lines.append(tr("Layer: %1").arg(layerName));
            for (const auto &[key, value] : feature->propertyRows())
                lines.append(key + QStringLiteral(": ") + value);
            QToolTip::showText(help->globalPos(), EntryHtml::toolTip(lines.join(u'\n')), this,
                               QRect(help->pos() - QPoint(8, 8), QSize(16, 16)));
        } else if (id.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QString text = describe(id);
            if (const MapPainter::DrawnCount *count = countAt(id))
                text += u'\n' + tr("and %Ln more place(s) at this point", "", count->count - 1);
            QToolTip::showText(help->globalPos(), EntryHtml::toolTip(text), this,
                               QRect(help->pos() - QPoint(8, 8), QSize(16, 16)));
        }
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::changeEvent(QEvent *event)
{
    // A new interface language relabels the countries; the canvas itself stays left-to-right.
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        m_painter.setCountryLanguage(interfaceLanguage());
        update();
        break;
    case QEvent::FontChange:
    case QEvent::PaletteChange:
        updateFont();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void MapCanvas::showEvent(QShowEvent *event)
{
    ensureWorld();
    QWidget::showEvent(event);
}

void MapCanvas::hideEvent(QHideEvent *event)
{
    // The kept frame is only worth its memory while the map is on screen.
    m_backdrop.clear();
    QWidget::hideEvent(event);
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The view takes the new size whatever the goal: a goal that is already met (its places in
    // view) leaves the view as it is, and a view of the old size paints only part of the map.
    setView(m_view.centre(), m_view.worldWidth());
    applyGoal();
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() != 0 ? event->angleDelta().y() / 120.0
                                                      : event->pixelDelta().y() / 60.0;
    if (steps != 0)
        zoomBy(std::pow(ZoomStep, steps), event->position());
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressCentre = m_view.centre();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging
            && (pos.toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_goal = Goal::Free;
            setView(m_pressCentre - (pos - QPointF(m_pressPos)) / m_view.worldWidth(),
                    m_view.worldWidth());
        }
    }
    if (!m_dragging)
        setHovered(featureAt(pos));
    Q_EMIT pointerMoved(toGeo(pos));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const bool wasDragging = m_dragging;
    m_pressed = false;
    m_dragging = false;
    const QString under = featureAt(event->position());
    if (!wasDragging && !under.isEmpty())
        Q_EMIT featureClicked(under);
    setCursor(under.isEmpty() ? Qt::OpenHandCursor : Qt::PointingHandCursor);
    setHovered(under);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && featureAt(event->position()).isEmpty())
        zoomBy(ZoomStep, event->position());
    else
        QWidget::mouseDoubleClickEvent(event);
}

void MapCanvas::leaveEvent(QEvent *event)
{
    setHovered({});
    Q_EMIT pointerLeft();
    QWidget::leaveEvent(event);
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const double stepX = width() / 5.0;
    const double stepY = height() / 5.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    // Arrows pan in geographic directions: left is west under any interface direction.
    case Qt::Key_Left:
        panBy({-stepX, 0});
        break;
    case Qt::Key_Right:
        panBy({stepX, 0});
        break;
    case Qt::Key_Up:
        panBy({0, -stepY});
        break;
    case Qt::Key_Down:
        panBy({0, stepY});
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        fitRegion();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapCanvas::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void MapCanvas::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

QSize MapCanvas::sizeHint() const
{
    return {760, 560};
}

QSize MapCanvas::minimumSizeHint() const
{
    return {240, 180};
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    ensureWorld();
    QPainter painter(this);
    m_drawnLabels.clear();
    m_drawnCounts.clear();
    m_backdrop.paint(painter, m_painter, m_view);
    m_painter.paintOverlay(painter, m_view, &m_drawnLabels, &m_drawnCounts);
    // Focus reached with the keyboard, as styles show it: a thin frame along the edge. Not the
    // style's focus rectangle, which Fusion fills with a translucent highlight that tints the
    // whole map.
    if (hasFocus() && window()->testAttribute(Qt::WA_KeyboardFocusChange)) {
        QPainterPath frame;
        frame.addRect(rect());
        frame.addRect(rect().adjusted(FocusFrameWidth, FocusFrameWidth, -FocusFrameWidth,
                                      -FocusFrameWidth));
        painter.fillPath(frame, palette().color(QPalette::Highlight));
    }
}
