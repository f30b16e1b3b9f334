#include "document/fuzzydate.h"

#include <QDateTime>

#include <cstdlib>

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

// The moment a point with a time of day names, in UTC.
QDateTime utc(const FuzzyDate::Point &point)
{
    return QDateTime(point.date, point.time, Qt::UTC)
        .addSecs(-qint64(point.utcOffsetMinutes) * 60);
}

bool parseTime(QStringView text, FuzzyDate::Point *point, QString *error,
               FuzzyDate::Offsets offsets)
{
    const QString expected = FuzzyDate::tr("write a time of day as HH:MM followed by its offset "
                                           "from UTC, e.g. 2025-04-28T14:05+04:00 or "
                                           "2025-04-28T10:05Z");
    // HH:MM, then Z, +HH:MM or -HH:MM.
    qsizetype zone = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'Z' || text.at(i) == u'+' || text.at(i) == u'-') {
            zone = i;
            break;
        }
    }
    const QStringView clock = zone < 0 ? text : text.left(zone);
    const auto clockParts = clock.split(u':');
    if (clockParts.size() == 3 && parseDigits(clockParts.at(0), 2) >= 0
        && parseDigits(clockParts.at(1), 2) >= 0) {
        *error = FuzzyDate::tr("a time of day is written to the minute, HH:MM, without seconds: "
                               "write %1 instead of %2")
                     .arg(clock.left(5).toString(), clock.toString());
        return false;
    }
    if (clockParts.size() != 2) {
        *error = expected;
        return false;
    }
    const int hour = parseDigits(clockParts.at(0), 2);
    const int minute = parseDigits(clockParts.at(1), 2);
    if (hour < 0 || minute < 0) {
        *error = expected;
        return false;
    }
    if (hour == 24 && minute == 0) {
        *error = FuzzyDate::tr("24:00 is not a time of day here: write 00:00 of the next day");
        return false;
    }
    if (hour > 23 || minute > 59) {
        *error = FuzzyDate::tr("%1 is not a time of day: hours run from 00 to 23, minutes from 00 "
                               "to 59")
                     .arg(clock.toString());
        return false;
    }
    if (zone < 0 && offsets == FuzzyDate::Offsets::MayBeUnknown) {
        point->time = QTime(hour, minute);
        point->offsetUnknown = true;
        return true;
    }
    if (zone < 0) {
        *error = FuzzyDate::tr("the time %1 needs its offset from UTC, as the source gives it: "
                               "e.g. %1+04:00, or %1Z for UTC; no time zone is guessed")
                     .arg(clock.toString());
        return false;
    }
    const QStringView offsetText = text.mid(zone);
    int offset = 0;
    if (offsetText != u"Z") {
        const auto offsetParts = offsetText.mid(1).split(u':');
        const int hours = offsetParts.size() == 2 ? parseDigits(offsetParts.at(0), 2) : -1;
        const int minutes = offsetParts.size() == 2 ? parseDigits(offsetParts.at(1), 2) : -1;
        if (hours < 0 || minutes < 0 || minutes > 59) {
            *error = FuzzyDate::tr("write the offset from UTC as +HH:MM or -HH:MM, e.g. +04:00 or "
                                   "-05:00, or Z for UTC; \"%1\" is not one")
                         .arg(offsetText.toString());
            return false;
        }
        offset = hours * 60 + minutes;
        if (offset > 14 * 60) {
            *error = FuzzyDate::tr("the offset %1 is beyond ±14:00, the widest offset from UTC")
                         .arg(offsetText.toString());
            return false;
        }
        if (offsetText.startsWith(u'-')) {
            if (offset == 0) {
                *error = FuzzyDate::tr("-00:00 says the offset is unknown; write Z or +00:00 for "
                                       "UTC, or the offset the source gives");
                return false;
            }
            offset = -offset;
        }
    }
    point->time = QTime(hour, minute);
    point->utcOffsetMinutes = offset;
    return true;
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
    if (hasTime()) {
        text += u'T' + time.toString(u"HH:mm");
        // A time whose offset is unknown is written as given, with no zone.
        if (!offsetUnknown && utcOffsetMinutes == 0) {
            text += u'Z';
        } else if (!offsetUnknown) {
            const int offset = std::abs(utcOffsetMinutes);
            text += (utcOffsetMinutes < 0 ? u'-' : u'+')
                + QString::number(offset / 60).rightJustified(2, u'0') + u':'
                + QString::number(offset % 60).rightJustified(2, u'0');
        }
    }
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

FuzzyDate::Point FuzzyDate::parsePoint(QStringView text, QString *error, Offsets offsets)
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
    // Version 2: a day may carry a time of day, THH:MM, and the offset from UTC that the
    // source gives with it (Z or ±HH:MM). The offset is required: no zone is ever guessed.
    const qsizetype t = text.indexOf(u'T');
    QStringView timeText;
    if (t >= 0) {
        timeText = text.mid(t + 1);
        text = text.left(t);
    }
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
    if (t >= 0) {
        if (point.precision != Precision::Day)
            return fail(tr("a time of day needs a whole day before it, e.g. "
                           "2025-04-28T14:05+04:00"));
        QString problem;
        if (!parseTime(timeText, &point, &problem, offsets))
            return fail(problem);
    }
    point.date = QDate(year, month, day);
    return point;
}

FuzzyDate FuzzyDate::parse(QStringView text, QString *error, Offsets offsets)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        const Point point = parsePoint(text, error, offsets);
        return point.date.isValid() ? FuzzyDate(point) : FuzzyDate();
    }
    const Point start = parsePoint(text.left(slash), error, offsets);
    if (!start.date.isValid())
        return {};
    const Point end = parsePoint(text.mid(slash + 1), error, offsets);
    if (!end.date.isValid())
        return {};
    // With a time at both ends, the span is compared in UTC: a flight may land "earlier" in
    // local time than it left. Times without an offset are compared as written.
    if (end.lastDay() < start.date
        || (start.hasTime() && end.hasTime() && utc(end) < utc(start))) {
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
