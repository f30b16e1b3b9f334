#pragma once

#include "document/briefing.h"

#include <QString>

class QPainter;
class QRectF;

// The timeline as a figure of a page (PDF, SVG, print): a TimelineChart of its own in a scene
// of its own, laid out at a width that keeps the text in proportion to the figure, painted as
// vectors into the figure's rectangle. No selection is shown, and no widget is made, so an
// export needs no window; it does need a QApplication (Qt's graphics scene asks it for the
// style), and takes its font and palette.
class TimelineFigure
{
public:
    // Over [start, end) in Julian days; the whole document when start >= end.
    TimelineFigure(BriefingPtr briefing, const QString &language, double start = 0,
                   double end = 0);

    void operator()(QPainter *painter, const QRectF &rect) const;

private:
    BriefingPtr m_briefing;
    QString m_language;
    double m_start;
    double m_end;
};
