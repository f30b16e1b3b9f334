#include "document/fuzzydate.h"

namespace {

// Parses exactly `width` ASCII digits; -1 when anything else is there.
int parseDigits(QStringView text, qsizetype width)
{
    if (text.size() != width)
        return -1;
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

QDate FuzzyDate::Point::lastDay() const
{
    switch (precision) {
    case Precision::Year:
        return QDate(date.year(), 12, 31);
    case Precision::Month:
        return QDate(date.year(), date.month(), date.daysInMonth());
    case Precision::Day:
        break;
    }
    return date;
}

QString FuzzyDate::Point::toIsoString() const
{
    QString text = approximate ? QStringLiteral("~") : QString();
    text += QString::number(date.year()).rightJustified(4, u'0');
    if (precision != Precision::Year)
        text += u'-' + QString::number(date.month()).rightJustified(2, u'0');
    if (precision == Precision::Day)
        text += u'-' + QString::number(date.day()).rightJustified(2, u'0');
    return text;
}

FuzzyDate::FuzzyDate(Point start, Point end)
    : m_start(start), m_end(end), m_span(true)
{
}

FuzzyDate::FuzzyDate(Point single)
    : m_start(single)
{
}

FuzzyDate::Point FuzzyDate::parsePoint(QStringView text, QString *error)
{
    Point point;
    if (text.startsWith(u'~')) {
        point.approximate = true;
        text = text.mid(1);
    }
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Point{};
    };
    const QString expected = tr("write a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-04-28");
    const auto parts = text.split(u'-');
    if (parts.size() > 3)
        return fail(expected);
    const int year = parseDigits(parts.value(0), 4);
    if (year < 1)
        return fail(year == 0 ? tr("the year 0000 does not exist") : expected);
    int month = 1;
    int day = 1;
    point.precision = Precision::Year;
    if (parts.size() >= 2) {
        month = parseDigits(parts.at(1), 2);
        if (month < 0)
            return fail(expected);
        if (month < 1 || month > 12)
            return fail(tr("month %1 does not exist").arg(month));
        point.precision = Precision::Month;
    }
    if (parts.size() == 3) {
        day = parseDigits(parts.at(2), 2);
        if (day < 0)
            return fail(expected);
        if (!QDate::isValid(year, month, day)) {
            return fail(tr("%1 does not exist: %2 has %3 days")
                            .arg(text.toString(),
                                 QString::number(year) + u'-'
                                     + QString::number(month).rightJustified(2, u'0'),
                                 QString::number(QDate(year, month, 1).daysInMonth())));
        }
        point.precision = Precision::Day;
    }
    point.date = QDate(year, month, day);
    return point;
}

FuzzyDate FuzzyDate::parse(QStringView text, QString *error)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        const Point point = parsePoint(text, error);
        return point.date.isValid() ? FuzzyDate(point) : FuzzyDate();
    }
    const Point start = parsePoint(text.left(slash), error);
    if (!start.date.isValid())
        return {};
    const Point end = parsePoint(text.mid(slash + 1), error);
    if (!end.date.isValid())
        return {};
    if (end.lastDay() < start.date) {
        if (error)
            *error = tr("the span ends (%1) before it starts (%2)")
                         .arg(end.toIsoString(), start.toIsoString());
        return {};
    }
    return FuzzyDate(start, end);
}

QString FuzzyDate::toIsoString() const
{
    if (!isValid())
        return {};
    return m_span ? m_start.toIsoString() + u'/' + m_end.toIsoString() : m_start.toIsoString();
}
