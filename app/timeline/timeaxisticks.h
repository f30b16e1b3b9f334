#pragma once

#include <QCalendar>
#include <QList>
#include <QLocale>
#include <QString>

// The ticks and labels of the timeline's time axis for one window, in the reader's calendar.
//
// QDateTimeAxis knows only the Gregorian calendar; a Persian reader reads the Solar Hijri one
// with Persian digits. So the ticks fall on the first days of the calendar's own years and
// months (1 Ordibehesht, not 1 May) and are labelled through QLocale with that calendar.
//
// The unit follows the zoom: years, months or days, at the finest step whose labels still have
// room. Labels come in two tiers: `label` names the tick in its unit ("28", "Apr", "2025");
// `context` names the larger unit around it ("April 2025", "2025") and is set only on the first
// tick of the window and where the larger unit changes, so the reader always knows the year.
class TimeAxisTicks
{
public:
    enum class Unit { Day, Month, Year };

    struct Step
    {
        Unit unit = Unit::Year;
        int count = 1;
        // The step's length in days, roughly (months and years vary).
        double approximateDays() const;
        friend bool operator==(const Step &a, const Step &b)
        {
            return a.unit == b.unit && a.count == b.count;
        }
    };

    // The room one label needs, in pixels, per unit: the view measures its font.
    struct Spacing
    {
        double day = 48;
        double month = 56;
        double year = 52;
        double forUnit(Unit unit) const;
    };

    struct Tick
    {
        double day = 0;   // Julian day of the tick's first day (the start of the day)
        QString label;    // the tick in its unit
        QString context;  // the larger unit, where it starts or changes; else empty
        // The label and its context as one phrase, e.g. "28 April 2025": the two tiers read
        // together, in the order every supported locale writes a date.
        QString fullText() const;
    };

    TimeAxisTicks(const QLocale &locale, const QCalendar &calendar);

    // The finest step whose ticks lie at least `spacing` pixels apart at this zoom.
    static Step chooseStep(double daysPerPixel, const Spacing &spacing);
    // Every tick of `step` in [fromDay, toDay], in order.
    QList<Tick> ticks(double fromDay, double toDay, const Step &step) const;
    // The ticks for a window at a zoom: chooseStep and ticks together.
    QList<Tick> ticks(double fromDay, double toDay, double daysPerPixel,
                      const Spacing &spacing) const;

    // The label and context of one date at one unit.
    QString label(const QDate &date, Unit unit) const;
    QString context(const QDate &date, Unit unit) const;

    const QLocale &locale() const { return m_locale; }
    const QCalendar &calendar() const { return m_calendar; }

private:
    QLocale m_locale;
    QCalendar m_calendar;
};
