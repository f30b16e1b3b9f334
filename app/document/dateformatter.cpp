#include "document/dateformatter.h"

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
    return point.approximate ? tr("c. %1", "an approximate date").arg(text) : text;
}

QString DateFormatter::format(const FuzzyDate::Point &point) const
{
    return formatPoint(point, m_calendar);
}

QString DateFormatter::format(const FuzzyDate &date) const
{
    if (!date.isValid())
        return {};
    if (!date.isSpan())
        return formatPoint(date.start(), m_calendar);
    return tr("%1 – %2", "a range of dates")
        .arg(formatPoint(date.start(), m_calendar, End::Start),
             formatPoint(date.end(), m_calendar, End::Finish));
}

QString DateFormatter::formatGregorian(const FuzzyDate &date) const
{
    const QCalendar gregorian(QCalendar::System::Gregorian);
    if (!date.isValid())
        return {};
    if (!date.isSpan())
        return formatPoint(date.start(), gregorian);
    return tr("%1 – %2", "a range of dates")
        .arg(formatPoint(date.start(), gregorian, End::Start),
             formatPoint(date.end(), gregorian, End::Finish));
}

QString DateFormatter::formatWithGregorian(const FuzzyDate &date) const
{
    const QString own = format(date);
    if (own.isEmpty() || m_calendar.name() == QCalendar(QCalendar::System::Gregorian).name())
        return own;
    return tr("%1 (%2)", "a date, then the same date in the Gregorian calendar")
        .arg(own, formatGregorian(date));
}
