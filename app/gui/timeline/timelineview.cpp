#include "gui/timeline/timelineview.h"

#include "document/htmltext.h"
#include "models/briefingselection.h"
#include "models/entryhtml.h"
#include "timeline/timelinesymbols.h"

#include <QAccessible>
#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QKeyEvent>
#include <QLineSeries>
#include <QPainter>
#include <QStyleHints>
#include <QToolTip>
#include <QValueAxis>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace {

constexpr double ZoomStep = 1.5;
constexpr double WheelZoomPerNotch = 1.2;
// How far around an event the window keeps when it pans to show it.
constexpr double RevealPaddingPx = 60;
constexpr double CalloutMaxWidth = 300;
constexpr int MaxToolTipTitles = 8;
constexpr double LaneTitleMaxWidth = 170;
// Rows are never squeezed below this: events beyond go into "+N" badges instead.
constexpr double MinRowPx = 9;

// The widget's font at `factor` of its size, in pixels: the layer paints on the screen and,
// scaled, on PDF and SVG pages, where a size in points would grow with the device's resolution.
QFont pixelFont(const QFont &font, double factor = 1.0)
{
    QFont sized = font;
    sized.setPixelSize(std::max(7, int(std::lround(QFontInfo(font).pixelSize() * factor))));
    return sized;
}

QFont smallerFont(const QFont &font)
{
    return pixelFont(font, 0.9);
}

} // namespace

// The item that draws the events, the header and the time axis inside the chart's scene, above
// Qt Charts' own items. It holds no state: the view paints through it.
class TimelineView::Layer : public QGraphicsItem
{
public:
    Layer(TimelineView *view, QGraphicsItem *parent) : QGraphicsItem(parent), m_view(view)
    {
        setZValue(100);
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
    }

    void setRect(const QRectF &rect)
    {
        if (rect == m_rect)
            return;
        prepareGeometryChange();
        m_rect = rect;
    }

    QRectF boundingRect() const override { return m_rect; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        m_view->paintLayer(painter);
    }

private:
    TimelineView *m_view;
    QRectF m_rect;
};

TimelineView::TimelineView(BriefingSelection *selection, QWidget *parent)
    : QChartView(parent),
      m_selection(selection),
      m_chart(new QChart),
      m_timeAxis(new QValueAxis),
      m_laneAxis(new QCategoryAxis),
      m_bandAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("timelineView"));
    m_chart->legend()->hide();
    m_chart->setBackgroundVisible(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->setPlotAreaBackgroundVisible(true);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    // Time in Julian days; hidden, because its labels cannot follow the reader's calendar. The
    // layer draws the time axis instead.
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_timeAxis->setVisible(false);
    m_chart->addAxis(m_laneAxis, Qt::AlignLeft);
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_laneAxis->setShadesVisible(false);
    m_laneAxis->setTitleVisible(false);
    m_laneAxis->setStartValue(0);
    // Periods span the plot's height on an axis of their own: the lanes' axis carries no
    // series, so a pan or zoom in time does not lay out its labels again.
    m_chart->addAxis(m_bandAxis, Qt::AlignRight);
    m_bandAxis->setRange(0, 1);
    m_bandAxis->setVisible(false);

    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::OpenHandCursor);
    setMinimumHeight(180);

    m_layer = new Layer(this, m_chart);
    connect(m_chart, &QChart::plotAreaChanged, this, &TimelineView::plotAreaChanged);
    connect(m_selection, &BriefingSelection::currentChanged, this,
            &TimelineView::followSelection);
    retranslate();
}

TimelineView::~TimelineView() = default;

void TimelineView::setBriefing(BriefingPtr briefing, const QString &language)
{
    const bool sameDocument = briefing == m_briefing;
    m_briefing = std::move(briefing);
    m_language = language;
    const QLocale locale(language);
    m_dates = DateFormatter(locale);
    m_ticks = TimeAxisTicks(locale, m_dates.calendar());
    if (sameDocument)
        relabel();
    else
        rebuild();
}

void TimelineView::rebuild()
{
    m_layout = m_briefing ? TimelineLayout(*m_briefing) : TimelineLayout();
    m_stack.reset();
    m_laneAxisShape.clear();
    m_current = m_selectedItem = m_hovered = -1;
    m_hoveredCluster = {-1, -1};
    m_highlighted.clear();
    if (m_layout.isEmpty())
        m_scale.clearBounds();
    else
        m_scale.setBounds(m_layout.firstDay(), m_layout.lastDay());
    updatePeriods();
    relabel();
    fitAll();
    followSelection(m_selection->currentId());
}

void TimelineView::relabel()
{
    // Lane titles go to QCategoryAxis, which renders its labels as rich text: every title is
    // escaped, and the colour swatch is markup built here.
    const QFontMetricsF metrics(font());
    m_laneLabels.clear();
    for (int lane = 0; lane < m_layout.lanes().size(); ++lane) {
        const QString title =
            metrics.elidedText(laneTitle(lane), Qt::ElideRight, LaneTitleMaxWidth);
        const QColor color =
            TimelineSymbols::laneColor(lane, m_layout.lanes().at(lane).id.isEmpty());
        QString label = QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;")
                            .arg(color.name())
            + HtmlText::escape(title);
        // The axis keys its categories by label: two lanes may share a title.
        while (m_laneLabels.contains(label))
            label += QChar(0x200B);
        m_laneLabels.append(label);
    }

    // The room axis labels need, measured in this language and calendar.
    const QFontMetricsF axis(smallerFont(font()));
    const QCalendar &calendar = m_ticks.calendar();
    const int sampleYear = calendar.partsFromDate(QDate(2025, 6, 1)).year;
    double monthWidth = 0;
    for (int month = 1; month <= calendar.monthsInYear(sampleYear); ++month) {
        const QDate date = calendar.dateFromParts(sampleYear, month, 1);
        monthWidth = std::max(monthWidth, axis.horizontalAdvance(
                                              m_ticks.label(date, TimeAxisTicks::Unit::Month)));
    }
    const QDate sample(2025, 12, 28);
    m_spacing.day = std::max(28.0, axis.horizontalAdvance(
                                       m_ticks.label(sample, TimeAxisTicks::Unit::Day)) + 16);
    m_spacing.month = monthWidth + 16;
    m_spacing.year = axis.horizontalAdvance(m_ticks.label(sample, TimeAxisTicks::Unit::Year)) + 20;

    updateLaneAxis(true);
    applyScale();
    updateAccessibleText();
}

void TimelineView::retranslate()
{
    setAccessibleName(tr("Timeline chart"));
    updateAccessibleText();
    const QFontMetricsF metrics(smallerFont(font()));
    // Room below the plot for the two lines of the time axis.
    m_chart->setMargins(QMargins(4, 4, 16, int(std::ceil(metrics.height() * 2 + 14))));
    m_chart->setPlotAreaBackgroundBrush(palette().base());
    m_chart->setPlotAreaBackgroundPen(QPen(palette().mid().color(), 1));
    m_laneAxis->setLabelsFont(font());
    m_laneAxis->setLabelsColor(palette().text().color());
    m_laneAxis->setLinePen(QPen(palette().mid().color(), 1));
    m_laneAxis->setGridLinePen(QPen(TimelineSymbols::gridColor(), 1));
    if (!m_layout.isEmpty())
        relabel();
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::FontChange:
    case QEvent::PaletteChange:
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
    if (m_current >= 0 && m_briefing) {
        const TimelineEvent &event =
            m_briefing->events.at(m_layout.items().at(m_current).event);
        description = tr("%1, %2, %3.", "event title, date, lane")
                          .arg(eventTitle(m_current), m_dates.format(event.date),
                               laneTitle(m_layout.items().at(m_current).lane))
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

void TimelineView::updatePeriods()
{
    for (QAreaSeries *series : std::as_const(m_periods)) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_periods.clear();
    if (!m_briefing)
        return;
    for (const Period &period : m_briefing->periods) {
        if (!period.date.isValid())
            continue;
        const double first = TimeScale::dayOf(period.date.firstDay());
        const double last = TimeScale::dayOf(period.date.lastDay()) + 1.0;
        auto *series = new QAreaSeries;
        auto *upper = new QLineSeries(series);
        auto *lower = new QLineSeries(series);
        upper->append(first, 1);
        upper->append(last, 1);
        lower->append(first, 0);
        lower->append(last, 0);
        series->setUpperSeries(upper);
        series->setLowerSeries(lower);
        series->setBrush(TimelineSymbols::periodColor());
        series->setPen(Qt::NoPen);
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_bandAxis);
        m_periods.append(series);
    }
}

void TimelineView::updateLaneAxis(bool force)
{
    if (!m_stack) {
        for (const QString &label : m_laneAxis->categoriesLabels())
            m_laneAxis->remove(label);
        m_laneAxis->setRange(0, 1);
        m_laneAxisShape.clear();
        return;
    }
    QList<double> shape = m_stack->laneTop;
    shape += m_stack->laneHeight;
    if (force || shape != m_laneAxisShape) {
        m_laneAxisShape = shape;
        for (const QString &label : m_laneAxis->categoriesLabels())
            m_laneAxis->remove(label);
        m_laneAxis->setStartValue(0);
        // The axis grows upwards; the first lane is drawn at the top.
        const double total = m_stack->totalRows;
        for (int lane = int(m_laneLabels.size()) - 1; lane >= 0; --lane)
            m_laneAxis->append(m_laneLabels.at(lane), total - m_stack->laneTop.at(lane));
    }
    const double plotHeight = m_chart->plotArea().height();
    const double header = headerHeight();
    const double total = m_stack->totalRows;
    const double headerRows = plotHeight > header + 20 ? header * total / (plotHeight - header)
                                                       : 1.0;
    m_laneAxis->setRange(0, total + headerRows);
}

double TimelineView::headerHeight() const
{
    return QFontMetricsF(smallerFont(font())).height() + 8;
}

void TimelineView::plotAreaChanged()
{
    const QRectF plot = m_chart->plotArea();
    m_scale.setViewport(plot.left(), plot.width());
    m_layer->setRect(m_chart->rect());
    updateLaneAxis(false);
    applyScale();
}

void TimelineView::applyScale()
{
    m_timeAxis->setRange(m_scale.start(), m_scale.end());
    if (!m_layout.isEmpty()) {
        // As many rows per lane as the plot has room for.
        const double room = m_chart->plotArea().height() - headerHeight();
        const int lanes = std::max(1, int(m_layout.lanes().size()));
        const int rowCap = std::max(1, int(room / lanes / MinRowPx));
        auto stack = m_layout.stack(m_scale.daysPerPixel(), rowCap);
        if (stack != m_stack) {
            m_stack = std::move(stack);
            updateLaneAxis(false);
        }
    } else if (m_stack) {
        m_stack.reset();
        updateLaneAxis(true);
    }
    m_step = TimeAxisTicks::chooseStep(m_scale.daysPerPixel(), m_spacing);
    m_tickList = m_ticks.ticks(m_scale.start(), m_scale.end(), m_step);
    m_layer->update();
    Q_EMIT viewChanged();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_layer->setRect(m_chart->rect());
}

void TimelineView::renderFigure(const BriefingPtr &briefing, const QString &language,
                                double start, double end, QPainter *painter, const QRectF &rect)
{
    if (!briefing || rect.isEmpty())
        return;
    // A view of its own, laid out at a width that keeps the text in proportion to the figure,
    // so the one on screen keeps its window, selection and size.
    BriefingSelection selection;
    TimelineView view(&selection);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    const double width = 1000;
    view.resize(QSize(int(width), int(std::round(width * rect.height() / rect.width()))));
    view.setBriefing(briefing, language);
    view.show();
    QCoreApplication::sendPostedEvents(view.m_chart, QEvent::LayoutRequest);
    view.m_chart->layout()->activate();
    view.plotAreaChanged();
    if (end > start) {
        view.m_scale.setRange(start, end);
        view.applyScale();
    }
    view.scene()->render(painter, rect, view.m_chart->rect());
}

// --- zoom and pan --------------------------------------------------------------------------------

void TimelineView::zoomBy(double factor, double anchorX)
{
    const QRectF plot = m_chart->plotArea();
    const double x = std::clamp(toChart(QPointF(anchorX, 0)).x(), plot.left(), plot.right());
    m_scale.zoom(factor, x);
    applyScale();
}

void TimelineView::panBy(double dx)
{
    m_scale.pan(dx);
    applyScale();
}

void TimelineView::zoomIn()
{
    // About the current event when it is in view, else about the middle.
    double x = m_chart->plotArea().center().x();
    if (m_current >= 0) {
        const double cx = m_scale.toX(m_layout.items().at(m_current).center());
        if (cx >= m_chart->plotArea().left() && cx <= m_chart->plotArea().right())
            x = cx;
    }
    m_scale.zoom(ZoomStep, x);
    applyScale();
}

void TimelineView::zoomOut()
{
    m_scale.zoom(1.0 / ZoomStep, m_chart->plotArea().center().x());
    applyScale();
}

void TimelineView::fitAll()
{
    if (m_layout.isEmpty()) {
        const double today = TimeScale::dayOf(QDate::currentDate());
        m_scale.fit(today - 365, today);
    } else {
        m_scale.fit(m_layout.firstDay(), m_layout.lastDay(), 0.03);
    }
    applyScale();
}

bool TimelineView::canZoomIn() const
{
    return m_scale.span() > TimeScale::MinSpanDays * 1.0001;
}

bool TimelineView::canZoomOut() const
{
    TimeScale wider = m_scale;
    wider.zoom(0.5, m_scale.left());
    return wider.span() > m_scale.span() * 1.0001;
}

// --- selection and the current event -------------------------------------------------------------

QString TimelineView::currentEvent() const
{
    if (m_current < 0 || !m_briefing)
        return {};
    return m_briefing->events.at(m_layout.items().at(m_current).event).id;
}

void TimelineView::setCurrentEvent(const QString &id)
{
    const Briefing::Ref *ref = m_briefing ? m_briefing->find(id) : nullptr;
    if (ref && ref->kind == Briefing::Kind::Event)
        setCurrentItem(m_layout.itemOfEvent(ref->index), true);
}

QString TimelineView::hoveredEvent() const
{
    if (m_hovered < 0 || !m_briefing)
        return {};
    return m_briefing->events.at(m_layout.items().at(m_hovered).event).id;
}

QStringList TimelineView::highlightedEvents() const
{
    QList<int> events;
    for (int item : m_highlighted)
        events.append(m_layout.items().at(item).event);
    std::sort(events.begin(), events.end());
    QStringList ids;
    for (int event : std::as_const(events))
        ids.append(m_briefing->events.at(event).id);
    return ids;
}

void TimelineView::followSelection(const QString &id)
{
    m_highlighted.clear();
    m_selectedItem = -1;
    if (m_briefing && !m_layout.isEmpty()) {
        const Briefing::Ref *ref = m_briefing->find(id);
        if (ref && ref->kind == Briefing::Kind::Event) {
            m_selectedItem = m_layout.itemOfEvent(ref->index);
            setCurrentItem(m_selectedItem, true);
        }
        for (int event : TimelineLayout::eventsRelatedTo(*m_briefing, id)) {
            const int item = m_layout.itemOfEvent(event);
            if (item >= 0)
                m_highlighted.insert(item);
        }
    }
    m_layer->update();
}

void TimelineView::setCurrentItem(int item, bool revealIt)
{
    if (item < 0)
        return;
    const bool changed = item != m_current;
    m_current = item;
    if (revealIt)
        reveal(item);
    m_layer->update();
    updateAccessibleText();
    if (changed)
        Q_EMIT currentEventChanged(currentEvent());
}

void TimelineView::reveal(int item)
{
    const TimelineLayout::Item &it = m_layout.items().at(item);
    const double padding = std::min(RevealPaddingPx, m_scale.width() / 4);
    if (m_scale.ensureVisible(it.start, it.end, padding))
        applyScale();
    // Inside a "+N" badge: zoom in about it until it has a row of its own.
    for (int guard = 0; guard < 40 && m_stack && m_stack->row.at(item) < 0 && canZoomIn();
         ++guard) {
        m_scale.zoom(ZoomStep, m_scale.toX(it.center()));
        applyScale();
    }
}

// --- geometry ------------------------------------------------------------------------------------

TimelineLayout::Frame TimelineView::frame() const
{
    TimelineLayout::Frame frame;
    const QRectF plot = m_chart->plotArea();
    const double header = headerHeight();
    frame.scale = m_scale;
    frame.top = plot.top() + header;
    const double rows = m_stack ? std::max(1.0, m_stack->totalRows) : 1.0;
    frame.rowHeight = std::max(1.0, (plot.height() - header) / rows);
    frame.markerSize = std::clamp(frame.rowHeight * 0.78, 5.0, TimelineLayout::MarkerPx);
    return frame;
}

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
    if (!m_stack || !m_briefing)
        return {};
    const QPointF chartPos = toChart(pos);
    if (!m_chart->plotArea().contains(chartPos))
        return {};
    const int item = m_layout.itemAt(chartPos, *m_stack, frame());
    return item >= 0 ? m_briefing->events.at(m_layout.items().at(item).event).id : QString();
}

QRectF TimelineView::eventRect(const QString &id) const
{
    const Briefing::Ref *ref = m_briefing ? m_briefing->find(id) : nullptr;
    if (!ref || ref->kind != Briefing::Kind::Event || !m_stack)
        return {};
    const int item = m_layout.itemOfEvent(ref->index);
    if (item < 0)
        return {};
    const QRectF rect = m_layout.itemRect(item, *m_stack, frame());
    if (rect.isEmpty() || !rect.intersects(m_chart->plotArea()))
        return {};
    return toViewport(rect);
}

QStringList TimelineView::axisLabels() const
{
    QStringList labels;
    const QRectF plot = m_chart->plotArea();
    for (const TimeAxisTicks::Tick &tick : m_tickList) {
        const double x = m_scale.toX(tick.day);
        if (x >= plot.left() - 0.5 && x <= plot.right() + 0.5)
            labels.append(tick.fullText());
    }
    return labels;
}

// --- text ----------------------------------------------------------------------------------------

QString TimelineView::eventTitle(int item) const
{
    const TimelineEvent &event = m_briefing->events.at(m_layout.items().at(item).event);
    return m_briefing->text(event.title, m_language).text;
}

QString TimelineView::laneTitle(int lane) const
{
    const QString id = m_layout.lanes().value(lane).id;
    if (id.isEmpty() || !m_briefing)
        return tr("Other", "the timeline lane of events that name none");
    return m_briefing->text(m_briefing->laneTitle(id), m_language).text;
}

QString TimelineView::number(int value) const
{
    return m_dates.locale().toString(value);
}

QString TimelineView::toolTipFor(const QString &id) const
{
    const Briefing::Ref *ref = m_briefing ? m_briefing->find(id) : nullptr;
    if (!ref || ref->kind != Briefing::Kind::Event)
        return {};
    const TimelineEvent &event = m_briefing->events.at(ref->index);
    const int item = m_layout.itemOfEvent(ref->index);
    // Rich text built here: every string from the document or the formatter is escaped.
    QStringList lines;
    lines.append(u"<b>"_qs + HtmlText::escape(m_briefing->text(event.title, m_language).text)
                 + u"</b>"_qs);
    lines.append(HtmlText::escape(m_dates.format(event.date)));
    if (m_dates.calendar().name() != QCalendar(QCalendar::System::Gregorian).name()) {
        lines.append(HtmlText::escape(
            tr("Gregorian: %1", "the date in the Gregorian calendar")
                .arg(m_dates.formatGregorian(event.date))));
    }
    if (item >= 0)
        lines.append(HtmlText::escape(laneTitle(m_layout.items().at(item).lane)));
    if (item >= 0 && m_layout.items().at(item).visit)
        lines.append(u"<i>"_qs + HtmlText::escape(tr("The visit")) + u"</i>"_qs);
    const QString direction = layoutDirection() == Qt::RightToLeft ? u"rtl"_qs : u"ltr"_qs;
    return u"<p dir=\""_qs + direction + u"\" style=\"white-space:pre-wrap\">"_qs
        + lines.join(u"<br>"_qs) + u"</p>"_qs;
}

QString TimelineView::clusterToolTip(int lane, int cluster) const
{
    const TimelineLayout::Cluster &c = m_stack->clusters.at(lane).at(cluster);
    QStringList lines;
    lines.append(u"<b>"_qs
                 + HtmlText::escape(tr("%n more event(s) here; click to zoom in", nullptr,
                                        int(c.items.size())))
                 + u"</b>"_qs);
    for (int i = 0; i < c.items.size() && i < MaxToolTipTitles; ++i) {
        const int item = c.items.at(i);
        const TimelineEvent &event = m_briefing->events.at(m_layout.items().at(item).event);
        lines.append(HtmlText::escape(m_dates.format(event.date) + u": "_qs + eventTitle(item)));
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
    updateHover(toChart(event->position()), event->globalPosition().toPoint());
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
    updateHover(toChart(event->position()), event->globalPosition().toPoint());
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click is two clicks: the first selected already.
    event->accept();
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0 || m_hoveredCluster.first >= 0) {
        m_hovered = -1;
        m_hoveredCluster = {-1, -1};
        m_layer->update();
    }
    QChartView::leaveEvent(event);
}

void TimelineView::updateHover(const QPointF &chartPos, const QPoint &globalPos)
{
    int item = -1;
    std::pair<int, int> cluster{-1, -1};
    if (m_stack && m_chart->plotArea().contains(chartPos)) {
        const TimelineLayout::Frame f = frame();
        item = m_layout.itemAt(chartPos, *m_stack, f);
        if (item < 0)
            cluster = m_layout.clusterAt(chartPos, *m_stack, f);
    }
    const bool changed = item != m_hovered || cluster != m_hoveredCluster;
    m_hovered = item;
    m_hoveredCluster = cluster;
    viewport()->setCursor(item >= 0 || cluster.first >= 0 ? Qt::PointingHandCursor
                                                          : Qt::OpenHandCursor);
    if (item >= 0) {
        const QRect around = toViewport(m_layout.itemRect(item, *m_stack, frame()))
                                 .toAlignedRect()
                                 .adjusted(-4, -4, 4, 4);
        QToolTip::showText(globalPos, toolTipFor(hoveredEvent()), viewport(), around);
    } else if (cluster.first >= 0) {
        const TimelineLayout::Cluster &c = m_stack->clusters.at(cluster.first).at(cluster.second);
        const QRect around = toViewport(m_layout.clusterRect(cluster.first, c, *m_stack, frame()))
                                 .toAlignedRect()
                                 .adjusted(-4, -4, 4, 4);
        QToolTip::showText(globalPos, clusterToolTip(cluster.first, cluster.second), viewport(),
                           around);
    } else if (changed) {
        QToolTip::hideText();
    }
    if (changed)
        m_layer->update();
}

void TimelineView::clickAt(const QPointF &chartPos)
{
    if (!m_stack || !m_chart->plotArea().contains(chartPos))
        return;
    const TimelineLayout::Frame f = frame();
    const int item = m_layout.itemAt(chartPos, *m_stack, f);
    if (item >= 0) {
        setCurrentItem(item, false);
        m_selection->select(m_briefing->events.at(m_layout.items().at(item).event).id);
        return;
    }
    const auto cluster = m_layout.clusterAt(chartPos, *m_stack, f);
    if (cluster.first >= 0) {
        const TimelineLayout::Cluster &c = m_stack->clusters.at(cluster.first).at(cluster.second);
        m_scale.zoom(3.0, m_scale.toX(c.center()));
        applyScale();
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (m_layout.isEmpty()) {
        QChartView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Right:
        setCurrentItem(m_layout.step(m_current, 1), true);
        break;
    case Qt::Key_Left:
        setCurrentItem(m_layout.step(m_current, -1), true);
        break;
    case Qt::Key_Home:
        setCurrentItem(m_layout.timeOrder().first(), true);
        break;
    case Qt::Key_End:
        setCurrentItem(m_layout.timeOrder().last(), true);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
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
    if (m_current < 0 && !m_layout.isEmpty()) {
        // Start from what is selected, else the visit, else the first event in view.
        int item = m_selectedItem >= 0 ? m_selectedItem : m_layout.visitItem();
        if (item < 0)
            item = m_layout.timeOrder().first();
        setCurrentItem(item, false);
    }
    m_layer->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    m_layer->update();
}

// --- painting ------------------------------------------------------------------------------------

void TimelineView::paintLayer(QPainter *painter)
{
    if (!m_stack || m_layout.isEmpty() || !m_briefing)
        return;
    const TimelineLayout::Stack &stack = *m_stack;
    const QRectF plot = m_chart->plotArea();
    const TimelineLayout::Frame f = frame();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->save();
    painter->setClipRect(plot);

    // Every other lane is shaded, so rows read as belonging to their lane.
    for (int lane = 1; lane < m_layout.lanes().size(); lane += 2) {
        painter->fillRect(QRectF(plot.left(), f.top + stack.laneTop.at(lane) * f.rowHeight,
                                 plot.width(), stack.laneHeight.at(lane) * f.rowHeight),
                          TimelineSymbols::laneStripeColor());
    }
    // Grid lines at the axis's ticks.
    painter->setPen(QPen(TimelineSymbols::tickColor(), 1));
    for (const TimeAxisTicks::Tick &tick : std::as_const(m_tickList)) {
        const double x = std::round(m_scale.toX(tick.day)) + 0.5;
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    // The edges of periods.
    QPen edge(TimelineSymbols::periodColor().darker(150), 1, Qt::DashLine);
    QColor edgeColor = edge.color();
    edgeColor.setAlpha(110);
    edge.setColor(edgeColor);
    painter->setPen(edge);
    for (const Period &period : m_briefing->periods) {
        if (!period.date.isValid())
            continue;
        for (double day : {TimeScale::dayOf(period.date.firstDay()),
                           TimeScale::dayOf(period.date.lastDay()) + 1.0}) {
            const double x = m_scale.toX(day);
            if (x > plot.left() && x < plot.right())
                painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        }
    }

    // What lies in the window, lane by lane: the visible items and nothing else.
    const double reach = TimelineLayout::VisitMarkerPx * m_scale.daysPerPixel();
    const double from = m_scale.start() - reach;
    const double to = m_scale.end() + reach;
    QVarLengthArray<int, 512> visible;
    for (int lane = 0; lane < m_layout.lanes().size(); ++lane) {
        m_layout.forEachIn(lane, from, to, [&](int item) {
            if (stack.row.at(item) >= 0)
                visible.append(item);
        });
    }
    const int visit = m_layout.visitItem();

    // The visit: a line (or band, when it is wide) across every lane.
    if (visit >= 0) {
        const TimelineLayout::Item &it = m_layout.items().at(visit);
        const double x0 = m_scale.toX(it.start);
        const double x1 = m_scale.toX(it.end);
        QColor band = TimelineSymbols::visitColor();
        if (x1 - x0 > 3) {
            band.setAlpha(28);
            painter->fillRect(QRectF(x0, plot.top(), x1 - x0, plot.height()), band);
        }
        band.setAlpha(150);
        painter->setPen(QPen(band, 1.5));
        const double cx = (x0 + x1) / 2.0;
        painter->drawLine(QPointF(cx, plot.top()), QPointF(cx, plot.bottom()));
    }

    // Halos behind the events related to the selection.
    for (int item : visible) {
        if (m_highlighted.contains(item))
            TimelineSymbols::drawHalo(painter, m_layout.itemRect(item, stack, f));
    }
    // The events.
    for (int item : visible) {
        const TimelineLayout::Item &it = m_layout.items().at(item);
        const QRectF rect = m_layout.itemRect(item, stack, f);
        // The solid part of a bar: where the span surely was. An end given to the day is
        // certain up to the bar's drawn edge, even when the bar is widened to be seen.
        const double certainLeft =
            it.certainStart <= it.start ? rect.left() : m_scale.toX(it.certainStart);
        const double certainRight =
            it.certainEnd >= it.end ? rect.right() : m_scale.toX(it.certainEnd);
        const QColor color = it.visit ? TimelineSymbols::visitColor()
                                      : TimelineSymbols::laneColor(
                                          it.lane, m_layout.lanes().at(it.lane).id.isEmpty());
        if (it.shape == TimelineLayout::Shape::Day) {
            if (it.visit)
                TimelineSymbols::drawStar(painter, rect, color);
            else
                TimelineSymbols::drawDay(painter, rect, color, it.approximate);
            continue;
        }
        if (it.visit) {
            // The visit's star, on its bar when the bar is longer than the star.
            const double size =
                f.markerSize * TimelineLayout::VisitMarkerPx / TimelineLayout::MarkerPx;
            if (rect.width() > size * 1.3) {
                TimelineSymbols::drawBar(painter, rect, color, it.approximate, true,
                                         certainLeft, certainRight);
            }
            TimelineSymbols::drawStar(painter,
                                      QRectF(rect.center().x() - size / 2,
                                             rect.center().y() - size / 2, size, size),
                                      color);
            continue;
        }
        TimelineSymbols::drawBar(painter, rect, color, it.approximate,
                                 it.shape == TimelineLayout::Shape::Span,
                                 certainLeft, certainRight);
    }
    // "+N" where events do not fit, in a font that fits the badge.
    QFont badgeFont = smallerFont(font());
    badgeFont.setBold(true);
    // The badges' height, as TimelineLayout::clusterRect() gives it.
    const double badgeHeight = std::clamp(f.rowHeight * 0.9, 9.0, TimelineLayout::MarkerPx + 2);
    badgeFont.setPixelSize(std::max(7, int(badgeHeight) - 3));
    painter->setFont(badgeFont);
    for (int lane = 0; lane < m_layout.lanes().size(); ++lane) {
        if (!stack.laneOverflow.at(lane))
            continue;
        for (const TimelineLayout::Cluster *cluster : m_layout.clustersIn(stack, lane, from, to)) {
            TimelineSymbols::drawBadge(painter, m_layout.clusterRect(lane, *cluster, stack, f),
                                       u'+' + number(int(cluster->items.size())));
        }
    }

    // The selected event is ringed; the keyboard's current one is framed while the chart has
    // focus. Both name themselves beside the marker.
    const bool focused = hasFocus();
    const auto ring = [&](int item, const QPen &pen, double grow) {
        const QRectF rect = m_layout.itemRect(item, stack, f);
        if (rect.isEmpty())
            return QRectF();
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const QRectF around = rect.adjusted(-grow, -grow, grow, grow);
        if (m_layout.items().at(item).shape == TimelineLayout::Shape::Day)
            painter->drawEllipse(around);
        else
            painter->drawRoundedRect(around, 4, 4);
        return rect;
    };
    if (m_hovered >= 0 && m_hovered != m_selectedItem)
        ring(m_hovered, QPen(TimelineSymbols::hoverColor(), 1.2), 2.5);
    QRectF selectedRect;
    if (m_selectedItem >= 0)
        selectedRect = ring(m_selectedItem, QPen(TimelineSymbols::selectionColor(), 2), 3);
    QRectF currentRect;
    if (focused && m_current >= 0) {
        // Solid: a dashed curve costs more to draw than all the markers of a frame.
        currentRect = ring(m_current, QPen(palette().highlight().color(), 1.5), 5.5);
    }
    if (!selectedRect.isEmpty())
        paintCallout(painter, selectedRect, m_selectedItem, plot);
    if (!currentRect.isEmpty() && m_current != m_selectedItem)
        paintCallout(painter, currentRect, m_current, plot);
    painter->restore();

    paintHeader(painter, plot);
    paintAxis(painter, plot);
}

void TimelineView::paintCallout(QPainter *painter, const QRectF &marker, int item,
                                const QRectF &plot)
{
    const TimelineEvent &event = m_briefing->events.at(m_layout.items().at(item).event);
    QFont titleFont = pixelFont(font());
    titleFont.setBold(true);
    const QFont dateFont = smallerFont(font());
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF dateMetrics(dateFont);
    const QString title =
        titleMetrics.elidedText(eventTitle(item), Qt::ElideRight, CalloutMaxWidth);
    const QString date =
        dateMetrics.elidedText(m_dates.format(event.date), Qt::ElideRight, CalloutMaxWidth);
    const double width =
        std::max(titleMetrics.horizontalAdvance(title), dateMetrics.horizontalAdvance(date)) + 12;
    const double height = titleMetrics.height() + dateMetrics.height() + 6;
    double x = marker.right() + 8;
    if (x + width > plot.right() - 2)
        x = marker.left() - 8 - width;
    x = std::max(x, plot.left() + 2);
    double y = marker.center().y() - height / 2;
    y = std::clamp(y, plot.top() + 2, std::max(plot.top() + 2, plot.bottom() - height - 2));
    const QRectF box(x, y, width, height);
    QColor background = palette().toolTipBase().color();
    background.setAlpha(235);
    painter->setPen(QPen(TimelineSymbols::calloutBorderColor(), 1));
    painter->setBrush(background);
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(palette().toolTipText().color());
    painter->setFont(titleFont);
    const QRectF inner = box.adjusted(6, 3, -6, -3);
    // Text in the reader's direction; the box stays where the event is.
    const Qt::Alignment align = Qt::AlignTop
        | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), titleMetrics.height()),
                      align, title);
    painter->setFont(dateFont);
    painter->drawText(QRectF(inner.left(), inner.top() + titleMetrics.height(), inner.width(),
                             dateMetrics.height()),
                      align, date);
}

void TimelineView::paintHeader(QPainter *painter, const QRectF &plot)
{
    const QRectF header(plot.left(), plot.top(), plot.width(), headerHeight());
    painter->save();
    painter->setClipRect(header);
    const QFont labelFont = smallerFont(font());
    painter->setFont(labelFont);
    const QFontMetricsF metrics(labelFont);
    const double baseline =
        header.top() + (header.height() + metrics.ascent() - metrics.descent()) / 2;

    // Period names, each where its band is in view, never over the previous one.
    double taken = header.left();
    painter->setPen(TimelineSymbols::periodTitleColor());
    for (const Period &period : m_briefing->periods) {
        if (!period.date.isValid())
            continue;
        const double x0 = std::max(m_scale.toX(TimeScale::dayOf(period.date.firstDay())),
                                   std::max(header.left(), taken));
        const double x1 = std::min(m_scale.toX(TimeScale::dayOf(period.date.lastDay()) + 1.0),
                                   header.right());
        const double room = x1 - x0 - 8;
        if (room < 24)
            continue;
        const QString title = metrics.elidedText(m_briefing->text(period.title, m_language).text,
                                                 Qt::ElideRight, room);
        if (title.isEmpty())
            continue;
        painter->drawText(QPointF(x0 + 4, baseline), title);
        taken = x0 + 4 + metrics.horizontalAdvance(title) + 8;
    }

    // The visit's flag.
    const double visitX = m_layout.visitItem() >= 0
        ? m_scale.toX(m_layout.items().at(m_layout.visitItem()).center())
        : -1e9;
    if (visitX >= header.left() && visitX <= header.right()) {
        const double cx = visitX;
        QFont bold = labelFont;
        bold.setBold(true);
        painter->setFont(bold);
        const QString text = tr("The visit");
        const double width = QFontMetricsF(bold).horizontalAdvance(text);
        double x = cx + 5;
        if (x + width > header.right() - 2)
            x = cx - 5 - width;
        const QRectF box(x - 3, header.top() + 2, width + 6, header.height() - 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette().base());
        painter->drawRect(box);
        painter->setPen(TimelineSymbols::visitColor());
        painter->drawText(QPointF(x, baseline), text);
    }
    painter->restore();
}

void TimelineView::paintAxis(QPainter *painter, const QRectF &plot)
{
    const QFont labelFont = smallerFont(font());
    QFont contextFont = labelFont;
    contextFont.setBold(true);
    const QFontMetricsF metrics(labelFont);
    const QFontMetricsF contextMetrics(contextFont);
    const QColor text = palette().text().color();
    const double y0 = plot.bottom();
    const double right = m_chart->rect().right() - 2;
    painter->save();
    painter->setPen(QPen(palette().mid().color(), 1));
    painter->drawLine(QPointF(plot.left(), y0 + 0.5), QPointF(plot.right(), y0 + 0.5));

    struct Placed
    {
        double x;
        QString context;
    };
    QVarLengthArray<Placed, 64> contexts;
    double taken = -1e9;
    for (const TimeAxisTicks::Tick &tick : std::as_const(m_tickList)) {
        const double x = std::round(m_scale.toX(tick.day)) + 0.5;
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5)
            continue;
        painter->setPen(QPen(palette().mid().color(), 1));
        painter->drawLine(QPointF(x, y0), QPointF(x, y0 + 5));
        const double width = metrics.horizontalAdvance(tick.label);
        // Labels read from their tick onwards: each names the day, month or year that starts
        // there. Digits and month names are the locale's; time still runs left to right.
        if (x + 3 >= taken && x + 3 + width <= right) {
            painter->setPen(text);
            painter->setFont(labelFont);
            painter->drawText(QPointF(x + 3, y0 + 4 + metrics.ascent()), tick.label);
            taken = x + 3 + width + 4;
        }
        if (!tick.context.isEmpty())
            contexts.append({x, tick.context});
    }
    // The larger unit on the second line, each up to the next.
    painter->setFont(contextFont);
    painter->setPen(text);
    const double contextY = y0 + 4 + metrics.height() + contextMetrics.ascent();
    // Before the first tick that names its month or year, the window's own, when there is room:
    // the reader always knows which year the left edge is in.
    if (m_step.unit != TimeAxisTicks::Unit::Year) {
        const double limit = contexts.isEmpty() ? right : contexts.first().x - 10;
        const QString leading = m_ticks.context(TimeScale::dateAt(m_scale.start()), m_step.unit);
        if (plot.left() + 3 + contextMetrics.horizontalAdvance(leading) <= limit)
            painter->drawText(QPointF(plot.left() + 3, contextY), leading);
    }
    for (int i = 0; i < contexts.size(); ++i) {
        const double x = contexts.at(i).x + 3;
        const double limit = i + 1 < contexts.size() ? contexts.at(i + 1).x - 6 : right;
        const QString shown =
            contextMetrics.elidedText(contexts.at(i).context, Qt::ElideRight, limit - x);
        if (!shown.isEmpty())
            painter->drawText(QPointF(x, contextY), shown);
    }
    painter->restore();
}
