#pragma once

#include "document/briefing.h"
#include "export/exportoptions.h"

#include <QHash>
#include <QSizeF>
#include <QString>

#include <utility>

class QPainter;
class QRectF;
class TimelineChart;

// The timeline as a figure of a page (PDF, SVG, print): a TimelineChart of its own in a scene
// of its own, laid out at a width that keeps the text in proportion to the figure, painted as
// vectors into the figure's rectangle. No selection is shown, and no widget is made, so an
// export needs no window; it does need a QApplication (Qt's graphics scene asks it for the
// style), and takes its font and palette.
class TimelineFigure
{
public:
    // A span longer than this is shown in two figures: the months around the visit would be
    // a sliver of the whole.
    static constexpr double LongSpanDays = 8 * 365.25;
    // How far before and after the visit the closer figure reaches.
    static constexpr double AroundVisitDays = 183;

    // Over [start, end) in Julian days; the whole document when start >= end.
    TimelineFigure(BriefingPtr briefing, const QString &language, double start = 0,
                   double end = 0);

    void operator()(QPainter *painter, const QRectF &rect) const;
    // The export's figures, their events numbered as the events table numbers them: the whole
    // span; or, when it is long and the briefing has a visit, an overview strip of it that
    // marks the months around the visit, and a figure of those months.
    QList<ExportOptions::TimelineView> operator()(const QHash<QString, int> &numbers) const;

    // The chart as the figure paints it into a rectangle of `size`'s proportions.
    void prepare(TimelineChart *chart, const QSizeF &size) const;

private:
    BriefingPtr m_briefing;
    QString m_language;
    double m_start;
    double m_end;
    QHash<QString, int> m_numbers;
    std::pair<double, double> m_marked{0, 0};
};
