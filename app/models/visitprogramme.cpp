#include "models/visitprogramme.h"

#include "document/textlist.h"
#include "document/vocabulary.h"

VisitProgramme::VisitProgramme(const Briefing &briefing, const QString &language)
    : m_b(briefing), m_language(language), m_dates(QLocale(language))
{
}

QString VisitProgramme::text(const LocalizedText &value) const
{
    return m_b.text(value, m_language).text;
}

QString VisitProgramme::placeName(const QString &id) const
{
    const Place *place = m_b.place(id);
    return place ? isolated(text(place->name)) : id;
}

QString VisitProgramme::isolated(const QString &name) const
{
    // A Latin name inside a Persian line keeps its place in it.
    return TextList::isolatedFrom(name, m_dates.locale().textDirection());
}

QString VisitProgramme::personLine(const Person &person) const
{
    const QString role = text(person.role);
    const QString name = isolated(text(person.name));
    return role.isEmpty() ? name
                          : tr("%1 (%2)", "a person and their role").arg(name, isolated(role));
}

QStringList VisitProgramme::hostCountries() const
{
    QStringList names;
    QStringList ids = m_b.visit.hostCountries;
    if (ids.isEmpty() && !m_b.visit.host.isEmpty())
        ids << m_b.visit.host;
    for (const QString &id : std::as_const(ids)) {
        const Country *country = m_b.country(id);
        names << (country ? isolated(text(country->name)) : id);
    }
    return names;
}

QList<VisitProgramme::Reception> VisitProgramme::receptions() const
{
    QList<Reception> groups;
    QStringList placed;
    for (const QString &countryId : m_b.visit.hostCountries) {
        Reception group;
        const Country *country = m_b.country(countryId);
        group.country = country ? isolated(text(country->name)) : countryId;
        for (const QString &id : m_b.visit.hosts) {
            const Person *person = m_b.person(id);
            if (person && person->country == countryId) {
                group.people << personLine(*person);
                placed << id;
            }
        }
        if (!group.people.isEmpty())
            groups << group;
    }
    Reception rest;
    for (const QString &id : m_b.visit.hosts) {
        if (const Person *person = m_b.person(id); person && !placed.contains(id))
            rest.people << personLine(*person);
    }
    if (!rest.people.isEmpty())
        groups << rest;
    return groups;
}

QString VisitProgramme::receivedBy() const
{
    QStringList parts;
    for (const Reception &group : receptions()) {
        const QString people = TextList::join(group.people, m_dates.locale());
        parts << (group.country.isEmpty()
                      ? people
                      : tr("in %1: %2", "the people who received the guest in one country")
                            .arg(group.country, people));
    }
    return parts.join(tr("; ", "between the hosts of two countries"));
}

QStringList VisitProgramme::places() const
{
    QStringList names;
    QStringList ids = m_b.visit.visitPlaces;
    if (ids.isEmpty() && !m_b.visit.place.isEmpty())
        ids << m_b.visit.place;
    for (const QString &id : std::as_const(ids))
        names << placeName(id);
    return names;
}

QList<VisitProgramme::Day> VisitProgramme::days() const
{
    QList<Day> days;
    for (const ItineraryStep &step : m_b.itinerary) {
        if (!step.date.isValid())
            continue;
        // The local day the step begins on: a time is the place's own, never moved to UTC.
        const QDate date = step.date.firstDay();
        if (days.isEmpty() || days.constLast().date != date)
            days.append({date, m_dates.formatDay(date), {}});
        Step line;
        line.id = step.id;
        line.title = step.title;
        line.time = m_dates.formatTimes(step.date);
        if (step.date.isSpan() && step.date.lastDay() != date) {
            line.until = tr("until %1", "the end of a stop or journey on a later day")
                             .arg(m_dates.format(step.date.end()));
        }
        if (step.kind == ItineraryStep::Kind::Leg) {
            // Words, not an arrow: the bundled fonts have none, and a PDF would show a box.
            line.where = tr("from %1 to %2", "a journey from one place to another")
                             .arg(placeName(step.from), placeName(step.to));
            line.mode = Vocabulary::name(step.mode);
        } else {
            line.where = placeName(step.place);
        }
        QStringList met;
        for (const QString &id : step.met) {
            if (const Person *person = m_b.person(id))
                met << isolated(text(person->name));
        }
        if (!met.isEmpty())
            line.met = tr("Met: %1", "the people the guest met at a stop")
                           .arg(TextList::join(met, m_dates.locale()));
        days.last().steps.append(line);
    }
    return days;
}

QString VisitProgramme::details(const Step &step) const
{
    QStringList parts;
    for (const QString &part : {step.until, step.where, step.mode, step.met}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(TextList::separator(m_dates.locale()));
}
