#include "document/dateformatter.h"

#include "document/textlist.h"

#include <cstdlib>

DateFormatter::DateFormatter(const QLocale &locale)
    : m_locale(locale), m_calendar(calendarFor(locale))
{
}

QCalendar DateFormatter::calendarFor(const QLocale &locale)
{
    if (locale.language() == QLocale::Persian)
        return QCalendar(QCalendar::System::Jalali);
    return QCalendar(QCalendar::System::Gregorian);
}

QString DateFormatter::toString(const QLocale &locale, const QDate &date, QStringView pattern,
                                const QCalendar &calendar)
{
    // "yyyy" pads to four digits: the year 602 would read "0602". Years below 1000 are written
    // as the number they are (in the language's digits), as a quoted literal of the pattern.
    const int year = calendar.partsFromDate(date).year;
    if (year > 0 && year < 1000) {
        QString literal = pattern.toString();
        literal.replace(u"yyyy"_qs, u'\'' + locale.toString(year) + u'\'');
        return locale.toString(date, literal, calendar);
    }
    return locale.toString(date, pattern, calendar);
}

QString DateFormatter::formatPoint(const FuzzyDate::Point &point, const QCalendar &calendar,
                                   End end) const
{
    QDate first = point.date;
    QDate last = point.lastDay();
    if (end == End::Start)
        last = first;
    else if (end == End::Finish)
        first = last;
    QString text;
    switch (point.precision) {
    case FuzzyDate::Precision::Day:
        text = toString(first, u"d MMMM yyyy", calendar);
        break;
    case FuzzyDate::Precision::Month: {
        const QCalendar::YearMonthDay a = calendar.partsFromDate(first);
        const QCalendar::YearMonthDay b = calendar.partsFromDate(last);
        if (a.year == b.year && a.month == b.month) {
            text = toString(first, u"MMMM yyyy", calendar);
        } else if (a.year == b.year) {
            text = tr("%1–%2", "a range of months in one year")
                       .arg(m_locale.toString(first, u"MMMM", calendar),
                            toString(last, u"MMMM yyyy", calendar));
        } else {
            text = tr("%1 – %2", "a range of dates")
                       .arg(toString(first, u"MMMM yyyy", calendar),
                            toString(last, u"MMMM yyyy", calendar));
        }
        break;
    }
    case FuzzyDate::Precision::Year: {
        const int a = calendar.partsFromDate(first).year;
        const int b = calendar.partsFromDate(last).year;
        text = toString(first, u"yyyy", calendar);
        if (a != b) {
            text = tr("%1–%2", "a range of years")
                       .arg(text, toString(last, u"yyyy", calendar));
        }
        break;
    }
    }
    if (point.hasTime()) {
        // An approximate time leaves the day certain: "14 November 2024, about 14:05 (UTC−5)".
        return tr("%1, %2", "a date and its time of day").arg(text, formatTime(point));
    }
    return point.approximate ? tr("c. %1", "an approximate date").arg(text) : text;
}

QString DateFormatter::clock(const QString &times) const
{
    // Languages that say "at the hour" before a time (Azerbaijani «saat», Persian «ساعت»).
    return tr("%1", "a time of day or a range of them, e.g. 14:05 or 14:05–18:30").arg(times);
}

QString DateFormatter::clockReading(const QTime &time) const
{
    return m_locale.toString(time, u"HH:mm");
}

QString DateFormatter::offset(int minutes) const
{
    // A hyphen-minus, as ISO 8601 writes offsets: the bundled fonts have no U+2212 MINUS SIGN,
    // and a PDF would take the sign from whatever font the machine has, or show a box. The
    // whole stays one run in a right-to-left line.
    QString text = u"UTC"_qs + (minutes < 0 ? QChar(u'-') : QChar(u'+'))
        + m_locale.toString(std::abs(minutes) / 60);
    if (minutes % 60 != 0)
        text += u':' + m_locale.toString(QTime(0, std::abs(minutes) % 60), u"mm");
    return TextList::isolated(text);
}

QString DateFormatter::zone(const FuzzyDate::Point &point) const
{
    // An imported time whose offset the file does not give is shown as written, and says so.
    if (point.offsetUnknown)
        return tr("time zone not given", "after a time of day taken from a file that gives none");
    return offset(point.utcOffsetMinutes);
}

QString DateFormatter::formatTime(const FuzzyDate::Point &point) const
{
    if (!point.hasTime())
        return {};
    const QString time = point.approximate
        ? tr("about %1", "an approximate time of day").arg(clock(clockReading(point.time)))
        : clock(clockReading(point.time));
    return tr("%1 (%2)", "a time of day and its offset from UTC").arg(time, zone(point));
}

QString DateFormatter::formatTimes(const FuzzyDate &date) const
{
    const FuzzyDate::Point &start = date.start();
    const FuzzyDate::Point &end = date.end();
    if (!start.hasTime())
        return {};
    if (date.isSpan() && end.hasTime() && end.date == start.date
        && end.utcOffsetMinutes == start.utcOffsetMinutes
        && end.offsetUnknown == start.offsetUnknown && !start.approximate
        && !end.approximate) {
        return tr("%1 (%2)", "a time of day and its offset from UTC")
            .arg(clock(tr("%1–%2", "a range of times of day")
                           .arg(clockReading(start.time), clockReading(end.time))),
                 zone(start));
    }
    return formatTime(start);
}

QString DateFormatter::formatDay(const QDate &day) const
{
    return toString(day, u"d MMMM yyyy", m_calendar);
}

QString DateFormatter::format(const FuzzyDate::Point &point) const
{
    return formatPoint(point, m_calendar);
}

QString DateFormatter::formatDate(const FuzzyDate &date, const QCalendar &calendar) const
{
    if (!date.isValid())
        return {};
    if (!date.isSpan())
        return formatPoint(date.start(), calendar);
    const FuzzyDate::Point &start = date.start();
    const FuzzyDate::Point &end = date.end();
    // Within one day, the day once and the times as a range: "14 November 2024, 14:05–18:30".
    if (start.hasTime() && end.hasTime() && start.date == end.date
        && start.precision == FuzzyDate::Precision::Day) {
        const QString times = formatTimes(date);
        if (!times.isEmpty() && times != formatTime(start)) {
            return tr("%1, %2", "a date and its time of day")
                .arg(toString(start.date, u"d MMMM yyyy", calendar), times);
        }
    }
    return tr("%1 – %2", "a range of dates")
        .arg(formatPoint(start, calendar, End::Start), formatPoint(end, calendar, End::Finish));
}

QString DateFormatter::format(const FuzzyDate &date) const
{
    return formatDate(date, m_calendar);
}

QString DateFormatter::formatGregorian(const FuzzyDate &date) const
{
    return formatDate(date, QCalendar(QCalendar::System::Gregorian));
}

QString DateFormatter::formatWithGregorian(const FuzzyDate &date) const
{
    const QString own = format(date);
    if (own.isEmpty() || m_calendar.name() == QCalendar(QCalendar::System::Gregorian).name())
        return own;
    // The times are the same in both calendars: the brackets give the days alone.
    FuzzyDate::Point start = date.start();
    FuzzyDate::Point end = date.end();
    start.time = end.time = QTime();
    const FuzzyDate days = date.isSpan() ? FuzzyDate(start, end) : FuzzyDate(start);
    return tr("%1 (%2)", "a date, then the same date in the Gregorian calendar")
        .arg(own, formatGregorian(days));
}
