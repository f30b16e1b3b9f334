#include "timeline/timeaxisticks.h"

#include "document/dateformatter.h"
#include "timeline/timescale.h"

#include <QDate>

#include <cmath>

namespace {

// Fine to coarse. Day steps count days of the month (1, 6, 11, ... for five), so ticks keep to
// the calendar rather than drifting across months.
constexpr TimeAxisTicks::Step Steps[] = {
    {TimeAxisTicks::Unit::Day, 1},     {TimeAxisTicks::Unit::Day, 2},
    {TimeAxisTicks::Unit::Day, 5},     {TimeAxisTicks::Unit::Day, 10},
    {TimeAxisTicks::Unit::Month, 1},   {TimeAxisTicks::Unit::Month, 2},
    {TimeAxisTicks::Unit::Month, 3},   {TimeAxisTicks::Unit::Month, 6},
    {TimeAxisTicks::Unit::Year, 1},    {TimeAxisTicks::Unit::Year, 2},
    {TimeAxisTicks::Unit::Year, 5},    {TimeAxisTicks::Unit::Year, 10},
    {TimeAxisTicks::Unit::Year, 20},   {TimeAxisTicks::Unit::Year, 50},
    {TimeAxisTicks::Unit::Year, 100},  {TimeAxisTicks::Unit::Year, 200},
    {TimeAxisTicks::Unit::Year, 500},  {TimeAxisTicks::Unit::Year, 1000},
    {TimeAxisTicks::Unit::Year, 2000},
};

// A window never needs more ticks than this; it bounds the work for absurd inputs.
constexpr int MaxTicks = 4000;

// The first multiple of `step` at or after `value`, for negative years too.
int ceilToMultiple(int value, int step)
{
    const int remainder = ((value % step) + step) % step;
    return remainder == 0 ? value : value + (step - remainder);
}

} // namespace

double TimeAxisTicks::Step::approximateDays() const
{
    switch (unit) {
    case Unit::Day:
        return count;
    case Unit::Month:
        return count * 30.436875;
    case Unit::Year:
        return count * 365.2425;
    }
    return count;
}

double TimeAxisTicks::Spacing::forUnit(Unit unit) const
{
    switch (unit) {
    case Unit::Day:
        return day;
    case Unit::Month:
        return month;
    case Unit::Year:
        return year;
    }
    return year;
}

QString TimeAxisTicks::Tick::fullText() const
{
    return context.isEmpty() ? label : label + u' ' + context;
}

TimeAxisTicks::TimeAxisTicks(const QLocale &locale, const QCalendar &calendar)
    : m_locale(locale), m_calendar(calendar)
{
}

TimeAxisTicks::Step TimeAxisTicks::chooseStep(double daysPerPixel, const Spacing &spacing)
{
    if (!(daysPerPixel > 0))
        return Steps[0];
    for (const Step &step : Steps) {
        if (step.approximateDays() / daysPerPixel >= spacing.forUnit(step.unit))
            return step;
    }
    return std::end(Steps)[-1];
}

QString TimeAxisTicks::label(const QDate &date, Unit unit) const
{
    switch (unit) {
    case Unit::Day:
        return m_locale.toString(date, u"d", m_calendar);
    case Unit::Month:
        return m_locale.toString(date, u"MMM", m_calendar);
    case Unit::Year:
        return DateFormatter::toString(m_locale, date, u"yyyy", m_calendar);
    }
    return {};
}

QString TimeAxisTicks::context(const QDate &date, Unit unit) const
{
    switch (unit) {
    case Unit::Day:
        return DateFormatter::toString(m_locale, date, u"MMMM yyyy", m_calendar);
    case Unit::Month:
        return DateFormatter::toString(m_locale, date, u"yyyy", m_calendar);
    case Unit::Year:
        break;
    }
    return {};
}

QList<TimeAxisTicks::Tick> TimeAxisTicks::ticks(double fromDay, double toDay,
                                                 double daysPerPixel,
                                                 const Spacing &spacing) const
{
    return ticks(fromDay, toDay, chooseStep(daysPerPixel, spacing));
}

QList<TimeAxisTicks::Tick> TimeAxisTicks::ticks(double fromDay, double toDay,
                                                 const Step &step) const
{
    QList<Tick> result;
    if (!(toDay >= fromDay) || step.count < 1)
        return result;
    const QDate first = TimeScale::dateAt(fromDay);
    if (!first.isValid())
        return result;
    const QCalendar::YearMonthDay start = m_calendar.partsFromDate(first);

    // The larger unit of the previous tick: a tick names it again when it changes.
    int previousYear = 0;
    int previousMonth = 0;
    const auto add = [&](const QDate &date) {
        const double day = TimeScale::dayOf(date);
        if (day < fromDay || day > toDay)
            return;
        const QCalendar::YearMonthDay parts = m_calendar.partsFromDate(date);
        Tick tick;
        tick.day = day;
        tick.label = label(date, step.unit);
        const bool opening = result.isEmpty();
        if (step.unit == Unit::Day && (opening || parts.year != previousYear
                                       || parts.month != previousMonth)) {
            tick.context = context(date, Unit::Day);
        } else if (step.unit == Unit::Month && (opening || parts.year != previousYear)) {
            tick.context = context(date, Unit::Month);
        }
        previousYear = parts.year;
        previousMonth = parts.month;
        result.append(tick);
    };

    switch (step.unit) {
    case Unit::Year: {
        int year = ceilToMultiple(start.year, step.count);
        for (int guard = 0; guard < MaxTicks; ++guard, year += step.count) {
            const QDate date = m_calendar.dateFromParts(year, 1, 1);
            if (!date.isValid())
                continue; // a calendar without a year 0
            if (TimeScale::dayOf(date) > toDay)
                break;
            add(date);
        }
        break;
    }
    case Unit::Month: {
        int year = start.year;
        int month = start.month;
        for (int guard = 0; guard < MaxTicks * step.count; ++guard) {
            if ((month - 1) % step.count == 0) {
                const QDate date = m_calendar.dateFromParts(year, month, 1);
                if (date.isValid()) {
                    if (TimeScale::dayOf(date) > toDay)
                        break;
                    add(date);
                }
            }
            if (++month > m_calendar.monthsInYear(year)) {
                month = 1;
                ++year;
            }
        }
        break;
    }
    case Unit::Day: {
        int year = start.year;
        int month = start.month;
        // A tick too close to the next month's first day would crowd its label: keep only days
        // that leave at least three quarters of a step before the month ends.
        const double keep = step.count * 0.75;
        for (int guard = 0; guard < MaxTicks; ++guard) {
            const int days = m_calendar.daysInMonth(month, year);
            const QDate monthStart = m_calendar.dateFromParts(year, month, 1);
            if (monthStart.isValid()) {
                if (TimeScale::dayOf(monthStart) > toDay)
                    break;
                for (int day = 1; day <= days; day += step.count) {
                    if (step.count > 1 && day > 1 && days + 1 - day < keep)
                        break;
                    add(monthStart.addDays(day - 1));
                }
            }
            if (++month > m_calendar.monthsInYear(year)) {
                month = 1;
                ++year;
            }
        }
        break;
    }
    }
    return result;
}
