#pragma once

#include "document/briefing.h"
#include "document/dateformatter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The visit as a reader plans by it: who hosts it and who receives the guest in each host
// country, and the itinerary day by day. The one rule for the overview (EntryHtml) and the
// export (ExportContent). Plain text throughout; each of them escapes it in its own way.
class VisitProgramme
{
    Q_DECLARE_TR_FUNCTIONS(VisitProgramme)

public:
    // The people who received the guest in one host country; `country` is empty for those
    // whose country is not one of the hosts.
    struct Reception
    {
        QString country;
        QStringList people; // "Dina Boluarte (President)"
    };

    struct Step
    {
        QString id;
        LocalizedText title;
        QString time;  // "14:05 (UTC−5)", "14:05–18:30 (UTC−5)"; empty without a time
        QString until; // "until 16 November 2024" when the step ends on a later day
        QString where; // "Lima", or "Lima → Rio de Janeiro"
        QString mode;  // "By air"; empty when not stated
        QString met;   // "Met: Dina Boluarte"; empty when nobody is named
    };

    // One local day of the journey: the day the steps begin on, where they begin.
    struct Day
    {
        QDate date;
        QString heading; // "14 November 2024"
        QList<Step> steps;
    };

    VisitProgramme(const Briefing &briefing, const QString &language);

    // Every host country's name, in the order of the tour.
    QStringList hostCountries() const;
    // Whether the hosts are said per country: only a tour of several countries needs it.
    bool groupsHosts() const { return m_b.visit.hostCountries.size() > 1; }
    // The hosts grouped by the host country they received the guest in, in the tour's order;
    // those of no host country last.
    QList<Reception> receptions() const;
    // "in Peru: Dina Boluarte (President); in Brazil: …".
    QString receivedBy() const;
    // Every place of the visit, by name.
    QStringList places() const;
    // The itinerary by local day, each day's steps in journey order; empty without one.
    QList<Day> days() const;
    // The one line that tells where a step is, how the guest travelled and whom they met:
    // "Lima · Met: Dina Boluarte", "Lima → Rio de Janeiro · By air".
    QString details(const Step &step) const;

private:
    QString text(const LocalizedText &value) const;
    QString placeName(const QString &id) const;
    QString isolated(const QString &name) const;
    QString personLine(const Person &person) const;

    const Briefing &m_b;
    QString m_language;
    DateFormatter m_dates;
};
