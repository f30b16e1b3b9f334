#include "timeline/timelinefigure.h"

#include "timeline/timelinechart.h"
#include "timeline/timelinelayout.h"
#include "timeline/timescale.h"

#include <QApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>

#include <cmath>

namespace {

// The overview is a strip above the closer figure: the whole span at a glance.
constexpr double OverviewAspect = 0.24;
constexpr double FigureAspect = 0.5;

} // namespace

TimelineFigure::TimelineFigure(BriefingPtr briefing, const QString &language, double start,
                               double end)
    : m_briefing(std::move(briefing)), m_language(language), m_start(start), m_end(end)
{
}

void TimelineFigure::prepare(TimelineChart *chart, const QSizeF &size) const
{
    chart->setAppearance(QApplication::font(), QApplication::palette());
    constexpr double Width = 1000;
    chart->resize(QSizeF(Width, std::round(Width * size.height() / size.width())));
    chart->setBriefing(m_briefing, m_language);
    chart->setEventNumbers(m_numbers);
    // Qt Charts lays the plot out when its layout is activated, as a view's first frame would.
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    chart->layout()->activate();
    if (m_end > m_start)
        chart->setRange(m_start, m_end);
    chart->setMarkedRange(m_marked.first, m_marked.second);
}

void TimelineFigure::operator()(QPainter *painter, const QRectF &rect) const
{
    if (!m_briefing || rect.isEmpty())
        return;
    QGraphicsScene scene;
    auto *chart = new TimelineChart;
    scene.addItem(chart);
    prepare(chart, rect.size());
    scene.render(painter, rect, chart->rect());
}

QList<ExportOptions::TimelineView>
TimelineFigure::operator()(const QHash<QString, int> &numbers) const
{
    if (!m_briefing)
        return {};
    TimelineFigure whole = *this;
    whole.m_numbers = numbers;
    const TimelineLayout layout(*m_briefing);
    const FuzzyDate &visitDate = m_briefing->visit.date;
    double center = 0;
    if (visitDate.isValid()) {
        center = (TimeScale::dayOf(visitDate.firstDay()) + TimeScale::dayOf(visitDate.lastDay())
                  + 1.0) / 2.0;
    } else if (layout.visitItem() >= 0) {
        center = layout.items().at(layout.visitItem()).center();
    }
    if (layout.isEmpty() || center == 0 || layout.lastDay() - layout.firstDay() <= LongSpanDays)
        return {{whole, m_start, m_end, FigureAspect, false}};

    TimelineFigure around = whole;
    around.m_start = center - AroundVisitDays;
    around.m_end = center + AroundVisitDays;
    whole.m_marked = {around.m_start, around.m_end};
    // The overview numbers only what the closer figure does not show: the months it frames
    // would be a heap of numbers there.
    for (const TimelineLayout::Item &item : layout.items()) {
        if (item.center() >= around.m_start && item.center() <= around.m_end)
            whole.m_numbers.remove(m_briefing->events.at(item.event).id);
    }
    return {{whole, m_start, m_end, OverviewAspect, true},
            {around, around.m_start, around.m_end, FigureAspect, false}};
}
