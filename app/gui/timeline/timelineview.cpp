#include "gui/timeline/timelineview.h"

#include "document/htmltext.h"
#include "models/briefingselection.h"
#include "timeline/timelinechart.h"

#include <QAccessible>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr double WheelZoomPerNotch = 1.2;
constexpr int MaxToolTipTitles = 8;

} // namespace

TimelineView::TimelineView(BriefingSelection *selection, QWidget *parent)
    : QChartView(parent), m_selection(selection), m_chart(new TimelineChart)
{
    setObjectName(QStringLiteral("timelineView"));
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::OpenHandCursor);
    setMinimumHeight(180);

    connect(m_chart, &TimelineChart::windowChanged, this, &TimelineView::viewChanged);
    connect(m_selection, &BriefingSelection::currentChanged, this,
            &TimelineView::followSelection);
    retranslate();
}

TimelineView::~TimelineView() = default;

void TimelineView::setBriefing(BriefingPtr briefing, const QString &language)
{
    const bool sameDocument = briefing == m_chart->briefing();
    m_chart->setBriefing(std::move(briefing), language);
    if (!sameDocument)
        followSelection(m_selection->currentId());
    updateAccessibleText();
}

void TimelineView::retranslate()
{
    setAccessibleName(tr("Timeline chart"));
    m_chart->setAppearance(font(), palette());
    updateAccessibleText();
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::LayoutDirectionChange:
        retranslate();
        break;
    default:
        break;
    }
    QChartView::changeEvent(event);
}

void TimelineView::updateAccessibleText()
{
    QString description = tr("Events in time, left to right, in lanes. Left and Right arrows "
                             "move from event to event, Home and End to the first and last, "
                             "Enter opens the event, plus and minus zoom.");
    const int current = m_chart->currentItem();
    if (current >= 0 && m_chart->briefing()) {
        const TimelineLayout::Item &item = m_chart->timelineLayout().items().at(current);
        const TimelineEvent &event = m_chart->briefing()->events.at(item.event);
        description = tr("%1, %2, %3.", "event title, date, lane")
                          .arg(m_chart->eventTitle(current), m_chart->dates().format(event.date),
                               m_chart->laneTitle(item.lane))
            + u' ' + description;
    }
    if (description == accessibleDescription())
        return;
    setAccessibleDescription(description);
    if (QAccessible::isActive()) {
        QAccessibleEvent accessibleEvent(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&accessibleEvent);
    }
}

const TimeScale &TimelineView::scale() const
{
    return m_chart->scale();
}

const TimelineLayout &TimelineView::timelineLayout() const
{
    return m_chart->timelineLayout();
}

// --- zoom and pan --------------------------------------------------------------------------------

void TimelineView::zoomBy(double factor, double anchorX)
{
    m_chart->zoomAbout(factor, toChart(QPointF(anchorX, 0)).x());
}

void TimelineView::panBy(double dx)
{
    m_chart->pan(dx);
}

void TimelineView::zoomIn()
{
    m_chart->zoomIn();
}

void TimelineView::zoomOut()
{
    m_chart->zoomOut();
}

void TimelineView::fitAll()
{
    m_chart->fitAll();
}

bool TimelineView::canZoomIn() const
{
    return m_chart->canZoomIn();
}

bool TimelineView::canZoomOut() const
{
    return m_chart->canZoomOut();
}

QList<int> TimelineView::itemsToShow() const
{
    QList<int> items;
    const BriefingPtr &briefing = m_chart->briefing();
    if (!briefing)
        return items;
    for (int event : TimelineLayout::eventsToShow(*briefing, m_selection->currentId())) {
        const int item = m_chart->timelineLayout().itemOfEvent(event);
        if (item >= 0)
            items.append(item);
    }
    return items;
}

bool TimelineView::canZoomToSelection() const
{
    return !itemsToShow().isEmpty();
}

bool TimelineView::zoomToSelection()
{
    const QList<int> items = itemsToShow();
    m_chart->zoomToItems(items);
    return !items.isEmpty();
}

// --- selection and the current event -------------------------------------------------------------

QString TimelineView::eventId(int item) const
{
    if (item < 0 || !m_chart->briefing())
        return {};
    return m_chart->briefing()->events.at(m_chart->timelineLayout().items().at(item).event).id;
}

QString TimelineView::currentEvent() const
{
    return eventId(m_chart->currentItem());
}

void TimelineView::setCurrentEvent(const QString &id)
{
    const BriefingPtr &briefing = m_chart->briefing();
    const Briefing::Ref *ref = briefing ? briefing->find(id) : nullptr;
    if (ref && ref->kind == Briefing::Kind::Event)
        setCurrentItem(m_chart->timelineLayout().itemOfEvent(ref->index), true);
}

QString TimelineView::hoveredEvent() const
{
    return eventId(m_chart->hoveredItem());
}

QStringList TimelineView::highlightedEvents() const
{
    QList<int> events;
    for (int item : m_chart->highlightedItems())
        events.append(m_chart->timelineLayout().items().at(item).event);
    std::sort(events.begin(), events.end());
    QStringList ids;
    for (int event : std::as_const(events))
        ids.append(m_chart->briefing()->events.at(event).id);
    return ids;
}

void TimelineView::followSelection(const QString &id)
{
    const BriefingPtr &briefing = m_chart->briefing();
    const TimelineLayout &layout = m_chart->timelineLayout();
    int selected = -1;
    QSet<int> highlighted;
    if (briefing && !layout.isEmpty()) {
        const Briefing::Ref *ref = briefing->find(id);
        if (ref && ref->kind == Briefing::Kind::Event)
            selected = layout.itemOfEvent(ref->index);
        for (int event : TimelineLayout::eventsRelatedTo(*briefing, id)) {
            const int item = layout.itemOfEvent(event);
            if (item >= 0)
                highlighted.insert(item);
        }
    }
    m_chart->setSelection(selected, highlighted);
    if (selected >= 0) {
        setCurrentItem(selected, true);
    } else if (m_chart->currentItem() >= 0) {
        // The keyboard's frame would otherwise stay on an event the reader has moved away from;
        // the arrow keys start again from the first or last event.
        m_chart->setCurrentItem(-1);
        updateAccessibleText();
        Q_EMIT currentEventChanged(QString());
    }
}

void TimelineView::setCurrentItem(int item, bool revealIt)
{
    if (item < 0)
        return;
    const bool changed = item != m_chart->currentItem();
    m_chart->setCurrentItem(item);
    if (revealIt)
        m_chart->reveal(item);
    updateAccessibleText();
    if (changed)
        Q_EMIT currentEventChanged(currentEvent());
}

// --- geometry ------------------------------------------------------------------------------------

QPointF TimelineView::toChart(const QPointF &viewportPos) const
{
    return m_chart->mapFromScene(mapToScene(viewportPos.toPoint()));
}

QRectF TimelineView::toViewport(const QRectF &chartRect) const
{
    const QRectF scene = m_chart->mapRectToScene(chartRect);
    return QRectF(mapFromScene(scene.topLeft()), mapFromScene(scene.bottomRight()));
}

QRectF TimelineView::plotRect() const
{
    return toViewport(m_chart->plotArea());
}

QString TimelineView::eventAt(const QPoint &pos) const
{
    return eventId(m_chart->itemAt(toChart(pos)));
}

QRectF TimelineView::eventRect(const QString &id) const
{
    const BriefingPtr &briefing = m_chart->briefing();
    const Briefing::Ref *ref = briefing ? briefing->find(id) : nullptr;
    if (!ref || ref->kind != Briefing::Kind::Event)
        return {};
    const QRectF rect = m_chart->itemRect(m_chart->timelineLayout().itemOfEvent(ref->index));
    return rect.isEmpty() ? QRectF() : toViewport(rect);
}

QStringList TimelineView::axisLabels() const
{
    return m_chart->axisLabels();
}

QHash<QString, QRectF> TimelineView::titleRects() const
{
    QHash<QString, QRectF> rects;
    for (const TimelineChart::PlacedTitle &title : m_chart->placedTitles())
        rects.insert(eventId(title.item), toViewport(title.rect));
    return rects;
}

QList<TimelineView::Badge> TimelineView::badges() const
{
    QList<Badge> badges;
    const QRectF plot = m_chart->plotArea();
    for (int lane = 0; lane < m_chart->timelineLayout().lanes().size(); ++lane) {
        for (int index = 0; index < m_chart->clusterCount(lane); ++index) {
            const QRectF rect = m_chart->clusterRect({lane, index});
            if (rect.right() < plot.left() || rect.left() > plot.right())
                continue;
            Badge badge{toViewport(rect), {}};
            for (int item : m_chart->cluster({lane, index}).items)
                badge.events.append(eventId(item));
            badges.append(badge);
        }
    }
    return badges;
}

// --- tooltips ------------------------------------------------------------------------------------

QString TimelineView::toolTipFor(const QString &id) const
{
    const BriefingPtr &briefing = m_chart->briefing();
    const Briefing::Ref *ref = briefing ? briefing->find(id) : nullptr;
    if (!ref || ref->kind != Briefing::Kind::Event)
        return {};
    const TimelineEvent &event = briefing->events.at(ref->index);
    const DateFormatter &dates = m_chart->dates();
    const TimelineLayout &layout = m_chart->timelineLayout();
    const int item = layout.itemOfEvent(ref->index);
    // Rich text built here: every string from the document or the formatter is escaped.
    QStringList lines;
    lines.append(u"<b>"_qs
                 + HtmlText::escape(briefing->text(event.title, m_chart->language()).text)
                 + u"</b>"_qs);
    lines.append(HtmlText::escape(dates.format(event.date)));
    if (dates.calendar().name() != QCalendar(QCalendar::System::Gregorian).name()) {
        lines.append(HtmlText::escape(
            tr("Gregorian: %1", "the date in the Gregorian calendar")
                .arg(dates.formatGregorian(event.date))));
    }
    if (item >= 0)
        lines.append(HtmlText::escape(m_chart->laneTitle(layout.items().at(item).lane)));
    if (item >= 0 && layout.items().at(item).visit)
        lines.append(u"<i>"_qs + HtmlText::escape(tr("The visit")) + u"</i>"_qs);
    const QString direction = layoutDirection() == Qt::RightToLeft ? u"rtl"_qs : u"ltr"_qs;
    return u"<p dir=\""_qs + direction + u"\" style=\"white-space:pre-wrap\">"_qs
        + lines.join(u"<br>"_qs) + u"</p>"_qs;
}

QString TimelineView::clusterToolTip(std::pair<int, int> cluster) const
{
    const TimelineLayout &layout = m_chart->timelineLayout();
    const TimelineLayout::Cluster &c = m_chart->cluster(cluster);
    const bool oneDate = layout.shareOneDate(c.items);
    QStringList lines;
    lines.append(u"<b>"_qs
                 + HtmlText::escape(oneDate ? tr("%n more event(s) on this date; click to "
                                                 "choose one", nullptr, int(c.items.size()))
                                            : tr("%n more event(s) here; click to zoom in",
                                                 nullptr, int(c.items.size())))
                 + u"</b>"_qs);
    for (int i = 0; i < c.items.size() && i < MaxToolTipTitles; ++i) {
        const int item = c.items.at(i);
        const TimelineEvent &event =
            m_chart->briefing()->events.at(layout.items().at(item).event);
        lines.append(HtmlText::escape(m_chart->dates().format(event.date) + u": "_qs
                                      + m_chart->eventTitle(item)));
    }
    if (c.items.size() > MaxToolTipTitles)
        lines.append(u"…"_qs);
    const QString direction = layoutDirection() == Qt::RightToLeft ? u"rtl"_qs : u"ltr"_qs;
    return u"<p dir=\""_qs + direction + u"\">"_qs + lines.join(u"<br>"_qs) + u"</p>"_qs;
}

// --- input ---------------------------------------------------------------------------------------

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0 && !(event->modifiers() & Qt::ShiftModifier)) {
        zoomBy(std::pow(WheelZoomPerNotch, delta.y() / 120.0), event->position().x());
    } else if (delta.x() != 0 || delta.y() != 0) {
        panBy((delta.x() != 0 ? delta.x() : delta.y()) / 2.0);
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_lastDragPos = event->position();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging
            && (event->position().toPoint() - m_pressPos).manhattanLength()
                >= QApplication::startDragDistance()) {
            m_dragging = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
            QToolTip::hideText();
        }
        if (m_dragging) {
            panBy(event->position().x() - m_lastDragPos.x());
            m_lastDragPos = event->position();
        }
        event->accept();
        return;
    }
    updateHover(toChart(event->position()));
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        event->ignore();
        return;
    }
    const bool click = !m_dragging;
    m_pressed = false;
    m_dragging = false;
    viewport()->setCursor(Qt::OpenHandCursor);
    if (click)
        clickAt(toChart(event->position()));
    updateHover(toChart(event->position()));
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click is two clicks: the first selected already.
    event->accept();
}

void TimelineView::leaveEvent(QEvent *event)
{
    m_chart->setHovered(-1, {-1, -1});
    QChartView::leaveEvent(event);
}

void TimelineView::updateHover(const QPointF &chartPos)
{
    const int item = m_chart->itemAt(chartPos);
    const std::pair<int, int> cluster =
        item < 0 ? m_chart->clusterAt(chartPos) : std::pair<int, int>{-1, -1};
    // A tip names what was under the pointer: it goes when the pointer moves on to something
    // else, and the next rest brings the new one's.
    if (m_chart->setHovered(item, cluster))
        QToolTip::hideText();
    viewport()->setCursor(item >= 0 || cluster.first >= 0 ? Qt::PointingHandCursor
                                                          : Qt::OpenHandCursor);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    // Answered here: QGraphicsView would pass the request to the scene, which finds no item
    // with a tooltip and hides any tip shown.
    if (event->type() == QEvent::ToolTip) {
        event->setAccepted(showToolTip(*static_cast<QHelpEvent *>(event)));
        return true;
    }
    return QChartView::viewportEvent(event);
}

bool TimelineView::showToolTip(const QHelpEvent &help)
{
    const QPointF chartPos = toChart(help.pos());
    const int item = m_chart->itemAt(chartPos);
    const std::pair<int, int> cluster =
        item < 0 ? m_chart->clusterAt(chartPos) : std::pair<int, int>{-1, -1};
    if (item >= 0) {
        // Kept while the pointer stays on the marker, with a little room around it.
        const QRect around =
            toViewport(m_chart->itemRect(item)).toAlignedRect().adjusted(-4, -4, 4, 4);
        QToolTip::showText(help.globalPos(), toolTipFor(eventId(item)), viewport(), around);
        return true;
    }
    if (cluster.first >= 0) {
        const QRect around =
            toViewport(m_chart->clusterRect(cluster)).toAlignedRect().adjusted(-4, -4, 4, 4);
        QToolTip::showText(help.globalPos(), clusterToolTip(cluster), viewport(), around);
        return true;
    }
    QToolTip::hideText();
    return false;
}

void TimelineView::clickAt(const QPointF &chartPos)
{
    const int item = m_chart->itemAt(chartPos);
    if (item >= 0) {
        setCurrentItem(item, false);
        m_selection->select(eventId(item));
        return;
    }
    const std::pair<int, int> cluster = m_chart->clusterAt(chartPos);
    if (cluster.first >= 0)
        openCluster(cluster);
}

void TimelineView::openCluster(std::pair<int, int> cluster)
{
    const TimelineLayout &layout = m_chart->timelineLayout();
    // Copied: zooming replaces the stacking the badge belongs to.
    const QList<int> items = m_chart->cluster(cluster).items;
    const QPoint below = toViewport(m_chart->clusterRect(cluster)).bottomLeft().toPoint();
    // Events of one date never come apart by zooming: they are listed at once.
    const QList<int> listed = layout.shareOneDate(items) ? items : m_chart->zoomToItems(items);
    if (listed.isEmpty())
        return;
    delete m_clusterMenu;
    m_clusterMenu = new QMenu(this);
    m_clusterMenu->setObjectName(QStringLiteral("clusterMenu"));
    m_clusterMenu->setAttribute(Qt::WA_DeleteOnClose);
    for (int item : listed) {
        const TimelineEvent &event = m_chart->briefing()->events.at(layout.items().at(item).event);
        // Document text as a menu item: '&' would become a mnemonic.
        QString text = m_chart->dates().format(event.date) + u": "_qs + m_chart->eventTitle(item);
        text.replace(u'&', u"&&"_qs);
        QAction *action = m_clusterMenu->addAction(text);
        action->setData(eventId(item));
        connect(action, &QAction::triggered, this, [this, item] {
            setCurrentItem(item, true);
            m_selection->select(eventId(item));
        });
    }
    m_clusterMenu->popup(viewport()->mapToGlobal(below));
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const TimelineLayout &layout = m_chart->timelineLayout();
    if (layout.isEmpty()) {
        QChartView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Right:
        setCurrentItem(layout.step(m_chart->currentItem(), 1), true);
        break;
    case Qt::Key_Left:
        setCurrentItem(layout.step(m_chart->currentItem(), -1), true);
        break;
    case Qt::Key_Home:
        setCurrentItem(layout.timeOrder().first(), true);
        break;
    case Qt::Key_End:
        setCurrentItem(layout.timeOrder().last(), true);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_chart->currentItem() >= 0)
            m_selection->select(currentEvent());
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    const TimelineLayout &layout = m_chart->timelineLayout();
    if (m_chart->currentItem() < 0 && !layout.isEmpty()) {
        // Start from what is selected, else the visit, else the first event in view.
        int item = m_chart->selectedItem() >= 0 ? m_chart->selectedItem() : layout.visitItem();
        if (item < 0)
            item = layout.timeOrder().first();
        setCurrentItem(item, false);
    }
    m_chart->setFocusShown(true);
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    m_chart->setFocusShown(false);
}
