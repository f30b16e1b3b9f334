#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

// A date as a source states it: a year, a month or a day, possibly approximate, or a span
// between two such dates. It never claims more precision than it was given: a month-precise
// date has no day, and lastDay() of it is the month's last day, not a guess.
class FuzzyDate
{
    Q_DECLARE_TR_FUNCTIONS(FuzzyDate)

public:
    enum class Precision { Year, Month, Day };

    struct Point
    {
        QDate date; // first day of the year, month or day it names
        Precision precision = Precision::Day;
        bool approximate = false;
        // Version 2: the local time of day, when the source gives it (Day precision only), and
        // the place's offset from UTC then, which the file must state with the time.
        QTime time;
        int utcOffsetMinutes = 0;
        // A time of day an imported file gives without its offset (TimelineJS has none): kept
        // and shown as written, never given an offset; utcOffsetMinutes is then 0 and unused.
        bool offsetUnknown = false;

        bool hasTime() const { return time.isValid(); }

        QDate lastDay() const;
        QString toIsoString() const;
        friend bool operator==(const Point &a, const Point &b)
        {
            return a.date == b.date && a.precision == b.precision && a.approximate == b.approximate
                && a.time == b.time && a.utcOffsetMinutes == b.utcOffsetMinutes
                && a.offsetUnknown == b.offsetUnknown;
        }
    };

    FuzzyDate() = default;
    FuzzyDate(Point start, Point end);
    explicit FuzzyDate(Point single);

    // Whether a time of day may come without its offset from UTC: never in a briefing file,
    // whose author knows the place; in a briefing built from a foreign file that gives none.
    enum class Offsets { Required, MayBeUnknown };

    // Parses the file format's date grammar: [~]YYYY[-MM[-DD[THH:MM(Z|±HH:MM)]]] or START/END.
    // A time of day (format version 2) always comes with its offset from UTC, which must lie
    // within ±14:00; no seconds. With Offsets::MayBeUnknown, THH:MM alone is read as a time
    // whose offset is unknown. On failure returns an invalid date and sets *error to a
    // sentence for the reader.
    static FuzzyDate parse(QStringView text, QString *error = nullptr,
                           Offsets offsets = Offsets::Required);

    bool isValid() const { return m_start.date.isValid(); }
    bool isSpan() const { return m_span; }
    const Point &start() const { return m_start; }
    const Point &end() const { return m_span ? m_end : m_start; }
    QDate firstDay() const { return m_start.date; }
    QDate lastDay() const { return end().lastDay(); }
    bool isApproximate() const { return m_start.approximate || end().approximate; }

    // The grammar form, e.g. "~2024-09-06" or "2020-09-27/2020-10".
    QString toIsoString() const;

    friend bool operator==(const FuzzyDate &a, const FuzzyDate &b)
    {
        return a.m_span == b.m_span && a.m_start == b.m_start && (!a.m_span || a.m_end == b.m_end);
    }

private:
    static Point parsePoint(QStringView text, QString *error, Offsets offsets);

    Point m_start;
    Point m_end;
    bool m_span = false;
};
