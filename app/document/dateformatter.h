#pragma once

#include "document/fuzzydate.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QLocale>

// Writes a FuzzyDate for a reader in a locale, claiming no more than the date says: a month is
// shown as a month, a year as a year. Persian readers get the Solar Hijri calendar; since a
// Gregorian month or year straddles two Solar Hijri ones, such a date is shown as the range of
// Solar Hijri months or years that covers it, never as a made-up single month.
class DateFormatter
{
    Q_DECLARE_TR_FUNCTIONS(DateFormatter)

public:
    explicit DateFormatter(const QLocale &locale);

    const QLocale &locale() const { return m_locale; }
    const QCalendar &calendar() const { return m_calendar; }

    QString format(const FuzzyDate &date) const;
    QString format(const FuzzyDate::Point &point) const;
    // Always Gregorian, in this locale's language: for tooltips that give both.
    QString formatGregorian(const FuzzyDate &date) const;
    // format(), and where the locale's calendar is not the Gregorian one the Gregorian date
    // after it in brackets: «۸ اردیبهشت ۱۴۰۴ (۲۸ آوریل ۲۰۲۵)», for a reader who matches the
    // date against foreign sources.
    QString formatWithGregorian(const FuzzyDate &date) const;

    // The time of day of a point that has one, with its offset from UTC: "14:05 (UTC−5)",
    // "about 14:05 (UTC−5)" when approximate, "14:05 (time zone not given)" for an imported
    // time without one; empty when the point has no time.
    QString formatTime(const FuzzyDate::Point &point) const;
    // The times of a date that starts and ends on one day ("14:05–18:30 (UTC−5)"), or the
    // time of its start; empty when it has no time.
    QString formatTimes(const FuzzyDate &date) const;
    // A day alone, as a heading of a day's programme: "14 November 2024".
    QString formatDay(const QDate &day) const;

    // The calendar a locale reads dates in.
    static QCalendar calendarFor(const QLocale &locale);

    // QLocale::toString(date, pattern, calendar), with years below 1000 unpadded ("602", not
    // "0602"): every date the program writes goes through here.
    static QString toString(const QLocale &locale, const QDate &date, QStringView pattern,
                            const QCalendar &calendar);

private:
    QString toString(const QDate &date, QStringView pattern, const QCalendar &calendar) const
    {
        return toString(m_locale, date, pattern, calendar);
    }
    // Which end of a span a point is. A month or a year of the Gregorian calendar covers parts
    // of two in another: alone, both are named («فروردین–اردیبهشت ۱۴۰۴»); at the start of a
    // span only the first, at its end only the last, so that the span reads as one range
    // («۶ مهر ۱۳۹۹ – آبان ۱۳۹۹») and still holds every day the document allows.
    enum class End { None, Start, Finish };
    QString formatPoint(const FuzzyDate::Point &point, const QCalendar &calendar,
                        End end = End::None) const;
    QString formatDate(const FuzzyDate &date, const QCalendar &calendar) const;
    // "UTC+4", "UTC−5", "UTC+5:30", in the locale's digits, kept in one piece in any line.
    QString offset(int minutes) const;
    // offset() of the point, or "time zone not given" when its file gives none.
    QString zone(const FuzzyDate::Point &point) const;
    QString clockReading(const QTime &time) const; // "14:05"
    QString clock(const QString &times) const;      // "14:05" in the language's words


    QLocale m_locale;
    QCalendar m_calendar;
};
