#include "timeline/timelinefigure.h"

#include "timeline/timelinechart.h"

#include <QApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>

#include <cmath>

TimelineFigure::TimelineFigure(BriefingPtr briefing, const QString &language, double start,
                               double end)
    : m_briefing(std::move(briefing)), m_language(language), m_start(start), m_end(end)
{
}

void TimelineFigure::operator()(QPainter *painter, const QRectF &rect) const
{
    if (!m_briefing || rect.isEmpty())
        return;
    QGraphicsScene scene;
    auto *chart = new TimelineChart;
    scene.addItem(chart);
    chart->setAppearance(QApplication::font(), QApplication::palette());
    constexpr double Width = 1000;
    chart->resize(QSizeF(Width, std::round(Width * rect.height() / rect.width())));
    chart->setBriefing(m_briefing, m_language);
    // Qt Charts lays the plot out when its layout is activated, as a view's first frame would.
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    chart->layout()->activate();
    if (m_end > m_start)
        chart->setRange(m_start, m_end);
    scene.render(painter, rect, chart->rect());
}
