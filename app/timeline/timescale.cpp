#include "timeline/timescale.h"

#include <QtMath>

#include <algorithm>

TimeScale::TimeScale(double firstDay, double lastDay, double left, double width)
{
    setViewport(left, width);
    setRange(firstDay, lastDay);
}

QDate TimeScale::dateAt(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)));
}

void TimeScale::setViewport(double left, double width)
{
    m_left = left;
    m_width = std::max(1.0, width);
}

void TimeScale::setRange(double start, double end)
{
    m_start = start;
    m_span = end - start;
    clamp();
}

void TimeScale::setBounds(double first, double last)
{
    m_bounded = true;
    m_boundFirst = std::min(first, last);
    m_boundLast = std::max(first, last);
    clamp();
}

double TimeScale::toX(double day) const
{
    return m_left + (day - m_start) * m_width / m_span;
}

double TimeScale::toDay(double x) const
{
    return m_start + (x - m_left) * m_span / m_width;
}

void TimeScale::zoom(double factor, double anchorX)
{
    if (!(factor > 0))
        return;
    const double anchorDay = toDay(anchorX);
    const double fraction = (anchorX - m_left) / m_width;
    m_span /= factor;
    m_start = anchorDay - fraction * m_span;
    clamp();
}

void TimeScale::pan(double dx)
{
    m_start -= dx * m_span / m_width;
    clamp();
}

void TimeScale::fit(double first, double last, double margin)
{
    const double span = std::max(last - first, MinSpanDays / (1.0 + 2.0 * margin));
    const double center = (first + last) / 2.0;
    m_span = span * (1.0 + 2.0 * margin);
    m_start = center - m_span / 2.0;
    clamp();
}

bool TimeScale::ensureVisible(double first, double last, double paddingPx)
{
    const double padding = std::min(paddingPx * daysPerPixel(), m_span / 4.0);
    const double before = m_start;
    if (last - first + 2 * padding > m_span) {
        // Wider than the window: show its start.
        m_start = first - padding;
    } else if (first - padding < m_start) {
        m_start = first - padding;
    } else if (last + padding > end()) {
        m_start = last + padding - m_span;
    }
    clamp();
    return m_start != before;
}

void TimeScale::clamp()
{
    double maxSpan = MaxSpanDays;
    if (m_bounded) {
        const double twice = 2.0 * (m_boundLast - m_boundFirst);
        maxSpan = std::min(maxSpan, std::max(4.0 * MinSpanDays, twice));
    }
    if (!(m_span >= MinSpanDays)) // also catches NaN
        m_span = MinSpanDays;
    m_span = std::min(m_span, maxSpan);
    if (m_bounded) {
        // The middle of the window stays on the document's time: it never pans into emptiness.
        const double center = m_start + m_span / 2.0;
        const double clamped = std::clamp(center, m_boundFirst, m_boundLast);
        m_start = clamped - m_span / 2.0;
    }
}
