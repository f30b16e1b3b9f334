#include "timeline/timelinechart.h"

#include "document/htmltext.h"
#include "document/textlist.h"
#include "paint/rasterpainter.h"
#include "timeline/timelinesymbols.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double ZoomStep = 1.5;
// How far around an event the window keeps when it pans to show it.
constexpr double RevealPaddingPx = 60;
constexpr double LaneTitleMaxWidth = 170;
constexpr int LaneTitleMaxLines = 3;
// Rows are never squeezed below this: events beyond go into "+N" badges instead.
constexpr double MinRowPx = 9;
// The narrowest window zoomToItems() gives: a single day is shown with weeks around it.
constexpr double FocusMinimumSpanDays = 60;
// Between a marker and its title, and between a title and the next marker (room for rings).
constexpr double TitleGapPx = 6;
// A title cut to fewer characters than this says nothing; none is drawn then.
constexpr int MinTitleChars = 12;

// The font at `factor` of its size, in pixels: the layer paints on the screen and, scaled, on
// PDF and SVG pages, where a size in points would grow with the device's resolution.
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

QString TimelineChart::fittedTitle(const QString &title, const QFontMetricsF &metrics, double room)
{
    if (metrics.horizontalAdvance(title) <= room)
        return title;
    const QString ellipsis(u'…');
    qsizetype cut = title.size();
    while ((cut = title.lastIndexOf(u' ', cut - 1)) > 0) {
        QString head = title.left(cut);
        while (!head.isEmpty() && (head.back().isSpace() || head.back().isPunct()))
            head.chop(1);
        if (head.size() < MinTitleChars)
            return {};
        if (metrics.horizontalAdvance(head + ellipsis) <= room)
            return head + ellipsis;
    }
    return {};
}

QStringList TimelineChart::wrappedTitle(const QString &title, const QFontMetricsF &metrics,
                                        double width, int maxLines)
{
    const QStringList words = title.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    for (const QString &word : words) {
        if (!lines.isEmpty()
            && metrics.horizontalAdvance(lines.last() + u' ' + word) <= width) {
            lines.last() += u' ' + word;
        } else {
            lines.append(word);
        }
    }
    if (lines.size() <= maxLines)
        return lines;
    // The last line keeps what fits of the rest, cut after a whole word.
    const QString ellipsis(u'…');
    QStringList rest = lines.mid(maxLines - 1).join(u' ').split(u' ');
    lines = lines.mid(0, maxLines - 1);
    while (rest.size() > 1 && metrics.horizontalAdvance(rest.join(u' ') + ellipsis) > width)
        rest.removeLast();
    QString last = rest.join(u' ');
    while (!last.isEmpty() && last.back().isPunct())
        last.chop(1);
    lines.append(last + ellipsis);
    return lines;
}

// The item that draws the events, the header and the time axis inside the chart, above Qt
// Charts' own items. It holds no state: the chart paints through it.
class TimelineChart::Layer : public QGraphicsItem
{
public:
    explicit Layer(TimelineChart *chart) : QGraphicsItem(chart), m_chart(chart)
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
        m_chart->paintLayer(painter);
    }

private:
    TimelineChart *m_chart;
    QRectF m_rect;
};

TimelineChart::TimelineChart(QGraphicsItem *parent)
    : QChart(parent),
      m_timeAxis(new QValueAxis),
      m_laneAxis(new QCategoryAxis),
      m_bandAxis(new QValueAxis)
{
    legend()->hide();
    setBackgroundVisible(false);
    setBackgroundRoundness(0);
    setPlotAreaBackgroundVisible(true);
    layout()->setContentsMargins(0, 0, 0, 0);
    setAnimationOptions(QChart::NoAnimation);

    // Time in Julian days; hidden, because its labels cannot follow the reader's calendar. The
    // layer draws the time axis instead.
    addAxis(m_timeAxis, Qt::AlignBottom);
    m_timeAxis->setVisible(false);
    addAxis(m_laneAxis, Qt::AlignLeft);
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_laneAxis->setShadesVisible(false);
    m_laneAxis->setTitleVisible(false);
    m_laneAxis->setStartValue(0);
    // Periods span the plot's height on an axis of their own: the lanes' axis carries no
    // series, so a pan or zoom in time does not lay out its labels again.
    addAxis(m_bandAxis, Qt::AlignRight);
    m_bandAxis->setRange(0, 1);
    m_bandAxis->setVisible(false);

    m_layer = new Layer(this);
    connect(this, &QChart::plotAreaChanged, this, &TimelineChart::plotAreaChanged);
    connect(this, &QGraphicsWidget::geometryChanged, this,
            [this] { m_layer->setRect(rect()); });
    restyle();
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::setBriefing(BriefingPtr briefing, const QString &language)
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

void TimelineChart::setAppearance(const QFont &font, const QPalette &palette)
{
    m_font = font;
    m_palette = palette;
    restyle();
}

void TimelineChart::retranslate()
{
    if (!m_layout.isEmpty())
        relabel();
}

void TimelineChart::rebuild()
{
    m_layout = m_briefing ? TimelineLayout(*m_briefing) : TimelineLayout();
    numberItems();
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
}

void TimelineChart::relabel()
{
    // The room axis labels need, measured in this language and calendar.
    const QFontMetricsF axis(smallerFont(m_font));
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
}

void TimelineChart::restyle()
{
    const QFontMetricsF metrics(smallerFont(m_font));
    // Room below the plot for the two lines of the time axis.
    setMargins(QMargins(4, 4, 16, int(std::ceil(metrics.height() * 2 + 14))));
    setPlotAreaBackgroundBrush(m_palette.base());
    setPlotAreaBackgroundPen(QPen(m_palette.mid().color(), 1));
    m_laneAxis->setLabelsFont(m_font);
    m_laneAxis->setLabelsColor(m_palette.text().color());
    m_laneAxis->setLinePen(QPen(m_palette.mid().color(), 1));
    m_laneAxis->setGridLinePen(QPen(TimelineSymbols::gridColor(), 1));
    if (!m_layout.isEmpty())
        relabel();
}

void TimelineChart::updatePeriods()
{
    for (QAreaSeries *series : std::as_const(m_periods)) {
        removeSeries(series);
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
        addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_bandAxis);
        m_periods.append(series);
    }
}

void TimelineChart::updateLaneAxis(bool force)
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
    const bool relabelled = updateLaneLabels();
    if (force || relabelled || shape != m_laneAxisShape) {
        m_laneAxisShape = shape;
        for (const QString &label : m_laneAxis->categoriesLabels())
            m_laneAxis->remove(label);
        m_laneAxis->setStartValue(0);
        // The axis grows upwards; the first lane is drawn at the top.
        const double total = m_stack->totalRows;
        for (int lane = int(m_laneLabels.size()) - 1; lane >= 0; --lane)
            m_laneAxis->append(m_laneLabels.at(lane), total - m_stack->laneTop.at(lane));
    }
    const double plotHeight = plotArea().height();
    const double header = headerHeight();
    const double total = m_stack->totalRows;
    const double headerRows = plotHeight > header + 20 ? header * total / (plotHeight - header)
                                                       : 1.0;
    m_laneAxis->setRange(0, total + headerRows);
}

bool TimelineChart::updateLaneLabels()
{
    // Lane titles go to QCategoryAxis, which renders its labels as rich text: every title is
    // escaped, and the colour swatch is markup built here. A long name wraps between words on
    // as many lines as its lane is high: an elided one ("Culture and people-to-peopl…") reads
    // as a lane of its own, and Qt Charts elides a label taller than its lane.
    const QFontMetricsF metrics(m_font);
    const double rowHeight = frame().rowHeight;
    const double swatch = metrics.horizontalAdvance(QStringLiteral("\u25A0\u00A0"));
    QStringList labels;
    QList<QStringList> allLines;
    for (int lane = 0; lane < m_layout.lanes().size(); ++lane) {
        const double height = m_stack ? m_stack->laneHeight.value(lane) * rowHeight : 0;
        // Qt Charts sets a label in a text document with a margin around it.
        const int maxLines = std::clamp(int((height - 12) / (metrics.lineSpacing() * 1.2)), 1,
                                        LaneTitleMaxLines);
        const QStringList lines = wrappedTitle(laneTitle(lane), metrics,
                                               LaneTitleMaxWidth - swatch, maxLines);
        allLines.append(lines);
        QStringList escaped;
        for (const QString &line : lines)
            escaped.append(HtmlText::escape(line));
        const QColor color =
            TimelineSymbols::laneColor(lane, m_layout.lanes().at(lane).id.isEmpty());
        QString label = QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;")
                            .arg(color.name())
            + escaped.join(QStringLiteral("<br>"));
        // The axis keys its categories by label: two lanes may share a title.
        while (labels.contains(label))
            label += QChar(0x200B);
        labels.append(label);
    }
    if (labels == m_laneLabels)
        return false;
    m_laneLabels = labels;
    m_laneLines = allLines;
    return true;
}

double TimelineChart::headerHeight() const
{
    return QFontMetricsF(smallerFont(m_font)).height() + 8;
}

void TimelineChart::plotAreaChanged()
{
    const QRectF plot = plotArea();
    m_scale.setViewport(plot.left(), plot.width());
    m_layer->setRect(rect());
    updateLaneAxis(false);
    applyScale();
}

void TimelineChart::applyScale()
{
    m_timeAxis->setRange(m_scale.start(), m_scale.end());
    if (!m_layout.isEmpty()) {
        // As many rows per lane as the plot has room for.
        const double room = plotArea().height() - headerHeight();
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
    Q_EMIT windowChanged();
}

void TimelineChart::setEventNumbers(const QHash<QString, int> &numbers)
{
    m_numbers = numbers;
    numberItems();
    m_layer->update();
}

void TimelineChart::numberItems()
{
    m_itemNumber.clear();
    if (m_numbers.isEmpty() || !m_briefing)
        return;
    for (const TimelineLayout::Item &item : m_layout.items())
        m_itemNumber.append(m_numbers.value(m_briefing->events.at(item.event).id));
}

void TimelineChart::setMarkedRange(double start, double end)
{
    m_markedRange = {start, end};
    m_layer->update();
}

// --- the window of time --------------------------------------------------------------------------

void TimelineChart::zoomAbout(double factor, double x)
{
    const QRectF plot = plotArea();
    m_scale.zoom(factor, std::clamp(x, plot.left(), plot.right()));
    applyScale();
}

void TimelineChart::pan(double dx)
{
    m_scale.pan(dx);
    applyScale();
}

void TimelineChart::zoomIn()
{
    double x = plotArea().center().x();
    if (m_current >= 0) {
        const double cx = m_scale.toX(m_layout.items().at(m_current).center());
        if (cx >= plotArea().left() && cx <= plotArea().right())
            x = cx;
    }
    m_scale.zoom(ZoomStep, x);
    applyScale();
}

void TimelineChart::zoomOut()
{
    m_scale.zoom(1.0 / ZoomStep, plotArea().center().x());
    applyScale();
}

void TimelineChart::fitAll()
{
    if (m_layout.isEmpty()) {
        const double today = TimeScale::dayOf(QDate::currentDate());
        m_scale.fit(today - 365, today);
    } else {
        m_scale.fit(m_layout.firstDay(), m_layout.lastDay(), 0.03);
    }
    applyScale();
}

void TimelineChart::setRange(double start, double end)
{
    m_scale.setRange(start, end);
    applyScale();
}

bool TimelineChart::canZoomIn() const
{
    return m_scale.span() > TimeScale::MinSpanDays * 1.0001;
}

bool TimelineChart::canZoomOut() const
{
    TimeScale wider = m_scale;
    wider.zoom(0.5, m_scale.left());
    return wider.span() > m_scale.span() * 1.0001;
}

void TimelineChart::reveal(int item)
{
    const TimelineLayout::Item &it = m_layout.items().at(item);
    const double padding = std::min(RevealPaddingPx, m_scale.width() / 4);
    if (m_scale.ensureVisible(it.start, it.end, padding))
        applyScale();
    for (int guard = 0; guard < 40 && m_stack && m_stack->row.at(item) < 0 && canZoomIn();
         ++guard) {
        m_scale.zoom(ZoomStep, m_scale.toX(it.center()));
        applyScale();
    }
}

QList<int> TimelineChart::zoomToItems(const QList<int> &items)
{
    if (items.isEmpty() || m_layout.isEmpty())
        return {};
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    for (int item : items) {
        first = std::min(first, m_layout.items().at(item).start);
        last = std::max(last, m_layout.items().at(item).end);
    }
    const double span = std::max(last - first, FocusMinimumSpanDays);
    const double middle = (first + last) / 2.0;
    m_scale.fit(middle - span / 2.0, middle + span / 2.0, 0.06);
    applyScale();
    const auto hidden = [&] {
        QList<int> inBadges;
        for (int item : items) {
            if (m_stack && m_stack->row.at(item) < 0)
                inBadges.append(item);
        }
        return inBadges;
    };
    // Closer about the ones still in a badge, while every item stays in the window.
    for (int guard = 0; guard < 40 && canZoomIn(); ++guard) {
        const QList<int> inBadges = hidden();
        if (inBadges.isEmpty())
            break;
        double sum = 0;
        for (int item : inBadges)
            sum += m_layout.items().at(item).center();
        TimeScale closer = m_scale;
        closer.zoom(ZoomStep, m_scale.toX(sum / double(inBadges.size())));
        if (closer.toX(first) < plotArea().left() || closer.toX(last) > plotArea().right())
            break;
        m_scale = closer;
        applyScale();
    }
    return hidden();
}

// --- marks ---------------------------------------------------------------------------------------

void TimelineChart::setCurrentItem(int item)
{
    m_current = item;
    m_layer->update();
}

void TimelineChart::setSelection(int selectedItem, const QSet<int> &highlighted)
{
    m_selectedItem = selectedItem;
    m_highlighted = highlighted;
    m_layer->update();
}

bool TimelineChart::setHovered(int item, std::pair<int, int> cluster)
{
    if (item == m_hovered && cluster == m_hoveredCluster)
        return false;
    m_hovered = item;
    m_hoveredCluster = cluster;
    m_layer->update();
    return true;
}

void TimelineChart::setFocusShown(bool shown)
{
    m_focusShown = shown;
    m_layer->update();
}

// --- geometry ------------------------------------------------------------------------------------

TimelineLayout::Frame TimelineChart::frame() const
{
    TimelineLayout::Frame frame;
    const QRectF plot = plotArea();
    const double header = headerHeight();
    frame.scale = m_scale;
    frame.top = plot.top() + header;
    const double rows = m_stack ? std::max(1.0, m_stack->totalRows) : 1.0;
    frame.rowHeight = std::max(1.0, (plot.height() - header) / rows);
    frame.markerSize = std::clamp(frame.rowHeight * 0.78, 5.0, TimelineLayout::MarkerPx);
    return frame;
}

int TimelineChart::itemAt(const QPointF &pos) const
{
    if (!m_stack || !plotArea().contains(pos))
        return -1;
    return m_layout.itemAt(pos, *m_stack, frame());
}

std::pair<int, int> TimelineChart::clusterAt(const QPointF &pos) const
{
    if (!m_stack || !plotArea().contains(pos))
        return {-1, -1};
    return m_layout.clusterAt(pos, *m_stack, frame());
}

QRectF TimelineChart::itemRect(int item) const
{
    if (item < 0 || !m_stack)
        return {};
    const QRectF rect = m_layout.itemRect(item, *m_stack, frame());
    if (rect.isEmpty() || !rect.intersects(plotArea()))
        return {};
    return rect;
}

QRectF TimelineChart::clusterRect(std::pair<int, int> cluster) const
{
    if (cluster.first < 0 || !m_stack)
        return {};
    return m_layout.clusterRect(cluster.first, this->cluster(cluster), *m_stack, frame());
}

const TimelineLayout::Cluster &TimelineChart::cluster(std::pair<int, int> cluster) const
{
    return m_stack->clusters.at(cluster.first).at(cluster.second);
}

QRectF TimelineChart::badgeRect(int lane, const TimelineLayout::Cluster &cluster,
                                const TimelineLayout::Frame &f) const
{
    QRectF rect = m_layout.clusterRect(lane, cluster, *m_stack, f);
    if (!numbered())
        return rect;
    // On paper the badge names its events by number, and grows to hold them.
    const double width = QFontMetricsF(badgeFont(f)).horizontalAdvance(clusterKey(cluster)) + 8;
    if (width > rect.width())
        rect.adjust(-(width - rect.width()) / 2, 0, (width - rect.width()) / 2, 0);
    return rect;
}

QFont TimelineChart::badgeFont(const TimelineLayout::Frame &f) const
{
    QFont font = smallerFont(m_font);
    font.setBold(true);
    // The badges' height, as TimelineLayout::clusterRect() gives it.
    const double height = std::clamp(f.rowHeight * 0.9, 9.0, TimelineLayout::MarkerPx + 2);
    font.setPixelSize(std::max(7, int(height) - 3));
    return font;
}

QString TimelineChart::clusterKey(const TimelineLayout::Cluster &cluster) const
{
    QList<int> numbers;
    for (int item : cluster.items) {
        if (const int n = itemNumber(item); n > 0)
            numbers.append(n);
    }
    std::sort(numbers.begin(), numbers.end());
    QStringList runs;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers.at(j + 1) == numbers.at(j) + 1)
            ++j;
        runs.append(j == i ? number(numbers.at(i))
                           : number(numbers.at(i)) + u'–' + number(numbers.at(j)));
        i = j + 1;
    }
    return runs.join(TextList::comma(m_dates.locale()));
}

QStringList TimelineChart::periodLabels() const
{
    QStringList labels;
    for (const auto &title : periodTitles())
        labels.append(title.second);
    return labels;
}

QList<QStringList> TimelineChart::laneLabelLines() const
{
    return m_laneLines;
}

QList<int> TimelineChart::visibleItems() const
{
    QList<int> visible;
    if (!m_stack)
        return visible;
    const double reach = TimelineLayout::VisitMarkerPx * m_scale.daysPerPixel();
    const double from = m_scale.start() - reach;
    const double to = m_scale.end() + reach;
    for (int lane = 0; lane < m_layout.lanes().size(); ++lane) {
        m_layout.forEachIn(lane, from, to, [&](int item) {
            if (m_stack->row.at(item) >= 0)
                visible.append(item);
        });
    }
    return visible;
}

QFont TimelineChart::titleFont() const
{
    return smallerFont(m_font);
}

QFont TimelineChart::numberFont() const
{
    QFont font = smallerFont(m_font);
    font.setBold(true);
    return font;
}

QList<TimelineChart::PlacedTitle> TimelineChart::placedTitles() const
{
    QList<PlacedTitle> placed;
    if (!m_stack || m_layout.isEmpty() || !m_briefing)
        return placed;
    const TimelineLayout::Stack &stack = *m_stack;
    const TimelineLayout::Frame f = frame();
    const QFontMetricsF metrics(titleFont());
    // A title needs a row as high as its line, or it would run into the rows beside it.
    const double lineHeight = std::ceil(metrics.height());
    const bool titlesFit = f.rowHeight >= lineHeight;
    if (!titlesFit && !numbered())
        return placed;
    const QRectF plot = plotArea();
    const double from = m_scale.start() - TimelineLayout::VisitMarkerPx * m_scale.daysPerPixel();
    const double to = m_scale.end() + TimelineLayout::VisitMarkerPx * m_scale.daysPerPixel();

    // What a title may not cover: every marker and badge of its lane, and the visit's star,
    // which is larger than a row.
    const QList<int> visible = visibleItems();
    QList<int> unplaced;
    QList<QList<QRectF>> obstacles(m_layout.lanes().size());
    for (int item : visible)
        obstacles[m_layout.items().at(item).lane].append(m_layout.itemRect(item, stack, f));
    const QRectF visitRect =
        m_layout.visitItem() >= 0 ? m_layout.itemRect(m_layout.visitItem(), stack, f) : QRectF();
    for (int lane = 0; lane < m_layout.lanes().size(); ++lane) {
        for (const TimelineLayout::Cluster *cluster : m_layout.clustersIn(stack, lane, from, to))
            obstacles[lane].append(badgeRect(lane, *cluster, f));
        if (!visitRect.isEmpty())
            obstacles[lane].append(visitRect);
    }

    for (int item : visible) {
        const QRectF marker = m_layout.itemRect(item, stack, f);
        if (marker.right() < plot.left() || marker.left() > plot.right())
            continue;
        const QString title = titlesFit ? eventTitle(item).simplified() : QString();
        if (title.isEmpty()) {
            if (itemNumber(item) > 0)
                unplaced.append(item);
            continue;
        }
        // Each title starts at its marker and runs the way its script reads: after the marker
        // for left-to-right text, before it for right-to-left text.
        const bool rightToLeft = title.isRightToLeft();
        double left = plot.left() + 2;
        double right = plot.right() - 2;
        if (rightToLeft)
            right = marker.left() - TitleGapPx;
        else
            left = marker.right() + TitleGapPx;
        const double top = marker.center().y() - lineHeight / 2.0;
        for (const QRectF &other : std::as_const(obstacles[m_layout.items().at(item).lane])) {
            if (other == marker || other.bottom() <= top || other.top() >= top + lineHeight)
                continue;
            if (rightToLeft && other.left() < marker.left())
                left = std::max(left, other.right() + TitleGapPx);
            else if (!rightToLeft && other.right() > marker.right())
                right = std::min(right, other.left() - TitleGapPx);
        }
        const double room = right - left;
        const QString shown = room > 0 ? fittedTitle(title, metrics, room) : QString();
        if (!shown.isEmpty()) {
            const double width = std::min(room, std::ceil(metrics.horizontalAdvance(shown)));
            const QRectF rect(rightToLeft ? right - width : left, top, width, lineHeight);
            // Titles of both directions in one row could meet between two markers.
            if (std::none_of(placed.cbegin(), placed.cend(), [&](const PlacedTitle &other) {
                    return other.rect.intersects(rect);
                })) {
                placed.append({item, rect, shown});
                continue;
            }
        }
        if (itemNumber(item) > 0)
            unplaced.append(item);
    }

    // On paper, the events without a title are marked with their numbers: after the marker
    // where there is room, else before it, else above it, across the row's line.
    const QFontMetricsF numberMetrics(numberFont());
    for (int item : std::as_const(unplaced)) {
        const QRectF marker = m_layout.itemRect(item, stack, f);
        const QString text = number(itemNumber(item));
        const double width = std::ceil(numberMetrics.horizontalAdvance(text)) + 1;
        const double top = marker.center().y() - lineHeight / 2.0;
        const QList<QRectF> tries = {
            QRectF(marker.right() + 2, top, width, lineHeight),
            QRectF(marker.left() - 2 - width, top, width, lineHeight),
            QRectF(marker.center().x() - width / 2, marker.top() - lineHeight, width,
                   lineHeight),
            QRectF(marker.center().x() - width / 2, marker.bottom(), width, lineHeight)};
        const auto free = [&](const QRectF &rect) {
            if (!plot.contains(rect))
                return false;
            for (const PlacedTitle &other : std::as_const(placed)) {
                if (other.rect.intersects(rect))
                    return false;
            }
            for (const QList<QRectF> &lane : std::as_const(obstacles)) {
                for (const QRectF &other : lane) {
                    if (other != marker && other.intersects(rect))
                        return false;
                }
            }
            return true;
        };
        QRectF rect = tries.first();
        for (const QRectF &candidate : tries) {
            if (free(candidate)) {
                rect = candidate;
                break;
            }
        }
        // Where none is free, the first is taken anyway: a number over a neighbour still
        // names its event, a missing one loses it.
        placed.append({item, rect, text, true});
    }
    return placed;
}

QStringList TimelineChart::axisLabels() const
{
    QStringList labels;
    const QRectF plot = plotArea();
    for (const TimeAxisTicks::Tick &tick : m_tickList) {
        const double x = m_scale.toX(tick.day);
        if (x >= plot.left() - 0.5 && x <= plot.right() + 0.5)
            labels.append(tick.fullText());
    }
    return labels;
}

// --- text ----------------------------------------------------------------------------------------

QString TimelineChart::eventTitle(int item) const
{
    const TimelineEvent &event = m_briefing->events.at(m_layout.items().at(item).event);
    return m_briefing->text(event.title, m_language).text;
}

QString TimelineChart::laneTitle(int lane) const
{
    const QString id = m_layout.lanes().value(lane).id;
    if (id.isEmpty() || !m_briefing)
        return tr("Other", "the timeline lane of events that name none");
    return m_briefing->text(m_briefing->laneTitle(id), m_language).text;
}

QString TimelineChart::number(int value) const
{
    return m_dates.locale().toString(value);
}

// --- painting ------------------------------------------------------------------------------------

void TimelineChart::paintLayer(QPainter *painter)
{
    if (!m_stack || m_layout.isEmpty() || !m_briefing)
        return;
    const TimelineLayout::Stack &stack = *m_stack;
    const QRectF plot = plotArea();
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
    if (!isRasterPainter(*painter)) {
        // A page gets the colour the line has over white, opaque: a PDF cuts a translucent
        // dashed line into a shape for every dash (half the bytes of a timeline page).
        const double a = edgeColor.alphaF();
        const auto over = [a](int c) { return int(std::lround(c * a + 255 * (1 - a))); };
        edgeColor = QColor(over(edgeColor.red()), over(edgeColor.green()), over(edgeColor.blue()));
    }
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
    const QList<int> visible = visibleItems();
    const int visit = m_layout.visitItem();

    // On an overview, the window that a closer figure shows.
    if (m_markedRange.second > m_markedRange.first) {
        const double x0 = std::max(plot.left(), m_scale.toX(m_markedRange.first));
        const double x1 = std::min(plot.right(), m_scale.toX(m_markedRange.second));
        QColor mark = m_palette.highlight().color();
        mark.setAlpha(40);
        painter->fillRect(QRectF(x0, plot.top(), x1 - x0, plot.height()), mark);
        mark.setAlpha(200);
        painter->setPen(QPen(mark, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(x0, plot.top() + 0.75, x1 - x0, plot.height() - 1.5));
    }

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
    // On paper, where no badge can be opened, it names its events by their numbers instead.
    painter->setFont(badgeFont(f));
    for (int lane = 0; lane < m_layout.lanes().size(); ++lane) {
        if (!stack.laneOverflow.at(lane))
            continue;
        for (const TimelineLayout::Cluster *cluster : m_layout.clustersIn(stack, lane, from, to)) {
            const QString key = numbered() ? clusterKey(*cluster) : QString();
            TimelineSymbols::drawBadge(painter, badgeRect(lane, *cluster, f),
                                       key.isEmpty() ? u'+' + number(int(cluster->items.size()))
                                                     : key);
        }
    }

    // Titles where their row has room, each beginning at its marker in its script's direction
    // (time itself still runs left to right).
    painter->setFont(titleFont());
    QColor titleColor = m_palette.text().color();
    titleColor.setAlphaF(0.8f);
    painter->setPen(titleColor);
    const QFont numbers = numberFont();
    for (const PlacedTitle &title : placedTitles()) {
        if (title.numbered) {
            // A number reads on whatever it stands over.
            painter->save();
            painter->setFont(numbers);
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_palette.base());
            painter->drawRect(title.rect);
            painter->setPen(m_palette.text().color());
            painter->drawText(title.rect, Qt::AlignCenter | Qt::TextSingleLine, title.text);
            painter->restore();
            continue;
        }
        painter->setLayoutDirection(title.text.isRightToLeft() ? Qt::RightToLeft
                                                               : Qt::LeftToRight);
        const Qt::Alignment side = title.text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
        painter->drawText(title.rect, side | Qt::AlignAbsolute | Qt::AlignVCenter
                              | Qt::TextSingleLine,
                          title.text);
    }
    painter->setLayoutDirection(Qt::LeftToRight);

    // The selected event is ringed; the keyboard's current one is framed while the chart has
    // focus.
    const bool focused = m_focusShown;
    const auto ring = [&](int item, const QPen &pen, double grow) {
        const QRectF rect = m_layout.itemRect(item, stack, f);
        if (rect.isEmpty())
            return;
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const QRectF around = rect.adjusted(-grow, -grow, grow, grow);
        if (m_layout.items().at(item).shape == TimelineLayout::Shape::Day)
            painter->drawEllipse(around);
        else
            painter->drawRoundedRect(around, 4, 4);
    };
    if (m_hovered >= 0 && m_hovered != m_selectedItem)
        ring(m_hovered, QPen(TimelineSymbols::hoverColor(), 1.2), 2.5);
    if (m_selectedItem >= 0)
        ring(m_selectedItem, QPen(TimelineSymbols::selectionColor(), 2), 3);
    if (focused && m_current >= 0) {
        // Solid: a dashed curve costs more to draw than all the markers of a frame.
        ring(m_current, QPen(m_palette.highlight().color(), 1.5), 5.5);
    }
    painter->restore();

    paintHeader(painter, plot);
    paintAxis(painter, plot);
}

void TimelineChart::paintHeader(QPainter *painter, const QRectF &plot)
{
    const QRectF header(plot.left(), plot.top(), plot.width(), headerHeight());
    painter->save();
    painter->setClipRect(header);
    const QFont labelFont = smallerFont(m_font);
    painter->setFont(labelFont);
    const QFontMetricsF metrics(labelFont);
    const double baseline =
        header.top() + (header.height() + metrics.ascent() - metrics.descent()) / 2;

    painter->setPen(TimelineSymbols::periodTitleColor());
    for (const auto &title : periodTitles())
        painter->drawText(title.first, title.second);

    // The visit's flag.
    const QRectF box = visitFlagRect();
    if (!box.isEmpty()) {
        QFont bold = labelFont;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_palette.base());
        painter->drawRect(box);
        painter->setPen(TimelineSymbols::visitColor());
        painter->drawText(QPointF(box.left() + 3, baseline), tr("The visit"));
    }
    painter->restore();
}

QRectF TimelineChart::visitFlagRect() const
{
    const QRectF plot = plotArea();
    const QRectF header(plot.left(), plot.top(), plot.width(), headerHeight());
    if (m_layout.visitItem() < 0)
        return {};
    const double cx = m_scale.toX(m_layout.items().at(m_layout.visitItem()).center());
    if (cx < header.left() || cx > header.right())
        return {};
    QFont bold = smallerFont(m_font);
    bold.setBold(true);
    const double width = QFontMetricsF(bold).horizontalAdvance(tr("The visit"));
    double x = cx + 5;
    if (x + width > header.right() - 2)
        x = cx - 5 - width;
    return QRectF(x - 3, header.top() + 2, width + 6, header.height() - 4);
}

QList<std::pair<QPointF, QString>> TimelineChart::periodTitles() const
{
    QList<std::pair<QPointF, QString>> titles;
    if (!m_briefing)
        return titles;
    const QRectF plot = plotArea();
    const QRectF header(plot.left(), plot.top(), plot.width(), headerHeight());
    const QFontMetricsF metrics(smallerFont(m_font));
    const double baseline =
        header.top() + (header.height() + metrics.ascent() - metrics.descent()) / 2;
    // Each where its band is in view, never over the previous one; cut after a whole word or
    // not shown, never to a letter or two.
    // A name may run on past its band, up to the next band or the visit's flag: it starts
    // where its band does.
    const QRectF flag = visitFlagRect();
    QList<double> starts;
    for (const Period &period : m_briefing->periods) {
        if (period.date.isValid())
            starts.append(m_scale.toX(TimeScale::dayOf(period.date.firstDay())));
    }
    std::sort(starts.begin(), starts.end());
    double taken = header.left();
    for (const Period &period : m_briefing->periods) {
        if (!period.date.isValid())
            continue;
        const double start = m_scale.toX(TimeScale::dayOf(period.date.firstDay()));
        const double end = m_scale.toX(TimeScale::dayOf(period.date.lastDay()) + 1.0);
        if (end < header.left() || start > header.right())
            continue;
        const double x0 = std::max(start, std::max(header.left(), taken));
        double x1 = header.right();
        const auto next = std::upper_bound(starts.cbegin(), starts.cend(), start);
        if (next != starts.cend())
            x1 = std::min(x1, std::max(end, *next));
        if (!flag.isEmpty() && flag.right() > x0)
            x1 = std::min(x1, std::max(end, flag.left()));
        const double room = x1 - x0 - 8;
        if (room < 24)
            continue;
        const QString title = fittedTitle(
            m_briefing->text(period.title, m_language).text.simplified(), metrics, room);
        if (title.isEmpty())
            continue;
        titles.append({QPointF(x0 + 4, baseline), title});
        taken = x0 + 4 + metrics.horizontalAdvance(title) + 8;
    }
    return titles;
}

void TimelineChart::paintAxis(QPainter *painter, const QRectF &plot)
{
    const QFont labelFont = smallerFont(m_font);
    QFont contextFont = labelFont;
    contextFont.setBold(true);
    const QFontMetricsF metrics(labelFont);
    const QFontMetricsF contextMetrics(contextFont);
    const QColor text = m_palette.text().color();
    const double y0 = plot.bottom();
    const double right = rect().right() - 2;
    painter->save();
    painter->setPen(QPen(m_palette.mid().color(), 1));
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
        painter->setPen(QPen(m_palette.mid().color(), 1));
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
