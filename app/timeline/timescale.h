#pragma once

#include <QDate>

// The mapping between time and the horizontal position on the timeline, and its zoom and pan.
//
// Time is measured in days on the Julian Day scale (QDate::toJulianDay): the day D covers the
// interval [D, D + 1), so a day-precise date is drawn at D + 0.5 and a month from its first
// day to the day after its last. Positions are pixels from the left of the widget.
//
// Time always runs left to right: the mapping knows nothing of the layout direction. The
// timeline keeps that orientation under right-to-left languages on purpose, like the map; see
// TimelineView.
class TimeScale
{
public:
    // The narrowest window: about a week and a half, where single days are wide.
    static constexpr double MinSpanDays = 10.0;
    // The widest window, whatever the document holds: ten thousand years.
    static constexpr double MaxSpanDays = 3652425.0;

    TimeScale() = default;
    TimeScale(double firstDay, double lastDay, double left, double width);

    static double dayOf(const QDate &date) { return double(date.toJulianDay()); }
    static QDate dateAt(double day);

    // The pixels the window is drawn into.
    void setViewport(double left, double width);
    double left() const { return m_left; }
    double width() const { return m_width; }

    // The window of time shown: [start, end) in days. The span is kept within
    // [MinSpanDays, MaxSpanDays]; the window is then kept within the bounds, if there are any.
    void setRange(double start, double end);
    double start() const { return m_start; }
    double end() const { return m_start + m_span; }
    double span() const { return m_span; }
    double daysPerPixel() const { return m_width > 0 ? m_span / m_width : 0.0; }

    // The extent that panning and zooming out may not leave: the document's first and last day
    // with room around them. Without bounds, the window goes anywhere.
    void setBounds(double first, double last);
    void clearBounds() { m_bounded = false; }

    double toX(double day) const;
    double toDay(double x) const;

    // Zooms by `factor` (above 1 zooms in), keeping the day under `anchorX` where it is.
    void zoom(double factor, double anchorX);
    // Moves the window by `dx` pixels: a positive dx moves the content right, so the window
    // shows earlier time.
    void pan(double dx);
    // Shows [first, last) with `margin` (a fraction of the span) on either side.
    void fit(double first, double last, double margin = 0.04);
    // Shifts the window, without zooming, so that [first, last) lies inside it with `paddingPx`
    // to spare when it fits. Returns true when the window moved.
    bool ensureVisible(double first, double last, double paddingPx);

private:
    void clamp();

    double m_start = 0;
    double m_span = 365.0;
    double m_left = 0;
    double m_width = 1;
    bool m_bounded = false;
    double m_boundFirst = 0;
    double m_boundLast = 0;
};
