#include "document/formatadvice.h"

#include <QtMath>

#include <cmath>

namespace {

// Ids in double quotes, as the author finds them in the file; a long list ends with "…".
QString quoted(const QStringList &ids)
{
    constexpr qsizetype Shown = 5;
    QStringList shown;
    for (qsizetype i = 0; i < ids.size() && i < Shown; ++i)
        shown.append(u'"' + ids.at(i) + u'"');
    if (ids.size() > Shown)
        shown.append(QStringLiteral("…"));
    return shown.join(QStringLiteral(", "));
}

// Whether any language of `text` contains one of `words` (lower case).
bool mentions(const LocalizedText &text, const QStringList &words)
{
    const QStringList languages = text.languages();
    for (const QString &language : languages) {
        const QString lower = text.exact(language).toLower();
        for (const QString &word : words) {
            if (lower.contains(word))
                return true;
        }
    }
    return false;
}

// Words that say how far a statement is verified, in the program's three languages.
const QStringList &verificationWords()
{
    static const QStringList words{u"verif"_qs,         u"confirm"_qs, u"reportedly"_qs,
                                   u"alleged"_qs,       u"independently"_qs,
                                   u"təsdiq"_qs,        u"تأیید"_qs,   u"تایید"_qs};
    return words;
}

template<typename Visit>
void forEachEntry(const Briefing &b, Visit visit)
{
    for (const AgendaArea &area : b.agenda) {
        for (const AgendaItem &item : area.items)
            visit(item);
    }
    for (const Tension &tension : b.tensions)
        visit(tension);
    for (const BackgroundSection &section : b.background)
        visit(section);
    for (const Outcome &outcome : b.outcomes)
        visit(outcome);
    for (const TimelineEvent &event : b.events)
        visit(event);
    for (const ItineraryStep &step : b.itinerary)
        visit(step);
}

QStringList version1Advice(const Briefing &b)
{
    QStringList advice;

    // Hosts who received the guest in countries other than the host: a tour.
    QStringList hostCountries{b.visit.host};
    for (const QString &personId : b.visit.hosts) {
        const Person *person = b.person(personId);
        if (person && !person->country.isEmpty() && person->country != b.visit.guest
            && !hostCountries.contains(person->country)) {
            hostCountries.append(person->country);
        }
    }
    if (hostCountries.size() > 1) {
        advice.append(FormatAdvice::tr("several host countries: the hosts come from %1; write "
                                       "\"host\": [%1], and list the places of the tour in "
                                       "\"place\"")
                          .arg(quoted(hostCountries).replace(u"…"_qs, QString())));
    }

    // Events on the days of the visit: its programme, which an itinerary lays out.
    QStringList onVisitDays;
    if (b.visit.date.isValid()) {
        for (const TimelineEvent &event : b.events) {
            if (event.id != b.visit.event && event.date.firstDay() >= b.visit.date.firstDay()
                && event.date.lastDay() <= b.visit.date.lastDay()) {
                onVisitDays.append(event.id);
            }
        }
    }
    if (!onVisitDays.isEmpty()) {
        advice.append(FormatAdvice::tr("an itinerary: %n event(s) fall on the days of the visit "
                                       "(%1); \"itinerary\" lists the journey as stops and legs, "
                                       "with times of day and their UTC offset",
                                       nullptr, int(onVisitDays.size()))
                          .arg(quoted(onVisitDays)));
    }

    // Notes that say how far something is verified, where version 1 has no "confidence".
    QStringList speaksOfVerification;
    forEachEntry(b, [&](const Entry &entry) {
        if (entry.confidence == Confidence::Unstated
            && (mentions(entry.note, verificationWords())
                || mentions(entry.text, verificationWords()))) {
            speaksOfVerification.append(entry.id);
        }
    });
    for (const Place &place : b.places) {
        if (mentions(place.note, verificationWords()))
            speaksOfVerification.append(place.id);
    }
    for (const MapLine &line : b.lines) {
        if (mentions(line.note, verificationWords()))
            speaksOfVerification.append(line.id);
    }
    if (!speaksOfVerification.isEmpty()) {
        advice.append(FormatAdvice::tr("confidence: %n entry(ies) speak of verification in their "
                                       "text or note (%1); version 2 gives every entry, place, "
                                       "line and source a \"confidence\"",
                                       nullptr, int(speaksOfVerification.size()))
                          .arg(quoted(speaksOfVerification)));
    }

    // Positions that stand in for an unknown one.
    QStringList placeholders;
    for (const Place &place : b.places) {
        if ((place.position.lat == 0 && place.position.lon == 0)
            || mentions(place.note, {u"placeholder"_qs})
            || mentions(place.name, {u"placeholder"_qs})) {
            placeholders.append(place.id);
        }
    }
    if (!placeholders.isEmpty()) {
        advice.append(FormatAdvice::tr("places without coordinates: %n place(s) sit at 0, 0 or "
                                       "are marked as placeholders (%1); version 2 lets a place "
                                       "leave out \"lat\" and \"lon\": it is listed, not drawn",
                                       nullptr, int(placeholders.size()))
                          .arg(quoted(placeholders)));
    }

    // Routes whose points lie far apart: flown, drawn as great circles in version 2.
    QStringList longRoutes;
    for (const MapLine &line : b.lines) {
        if (line.kind != MapLine::Kind::Route)
            continue;
        for (qsizetype i = 1; i < line.points.size(); ++i) {
            if (FormatAdvice::distanceKm(line.points.at(i - 1), line.points.at(i))
                > FormatAdvice::FlightDistanceKm) {
                longRoutes.append(line.id);
                break;
            }
        }
    }
    if (!longRoutes.isEmpty()) {
        advice.append(FormatAdvice::tr("flights: %n route(s) join points more than %L1 km apart "
                                       "(%2); a line of kind \"flight\" is drawn as a great circle",
                                       nullptr, int(longRoutes.size()))
                          .arg(FormatAdvice::FlightDistanceKm)
                          .arg(quoted(longRoutes)));
    }

    // Places named as what version 2 has a kind for.
    QStringList newKinds;
    static const QStringList kindWords{u"station"_qs, u"airport"_qs, u"palace"_qs,
                                       u"memorial"_qs, u"monument"_qs};
    for (const Place &place : b.places) {
        if (mentions(place.name, kindWords))
            newKinds.append(place.id);
    }
    if (!newKinds.isEmpty()) {
        advice.append(FormatAdvice::tr("place kinds: %n place(s) are named as a station, an "
                                       "airport or a landmark (%1); version 2 has the kinds "
                                       "\"station\", \"airport\" and \"landmark\"",
                                       nullptr, int(newKinds.size()))
                          .arg(quoted(newKinds)));
    }

    // Outcomes whose notes say their state is not known.
    QStringList unclear;
    for (const Outcome &outcome : b.outcomes) {
        if (mentions(outcome.note, {u"unclear"_qs, u"not clear"_qs}))
            unclear.append(outcome.id);
    }
    if (!unclear.isEmpty()) {
        advice.append(FormatAdvice::tr("statuses: %n outcome(s) are said to be unclear (%1); "
                                       "version 2 has the outcome status \"unclear\" and the "
                                       "tension status \"unknown\"",
                                       nullptr, int(unclear.size()))
                          .arg(quoted(unclear)));
    }
    return advice;
}

} // namespace

double FormatAdvice::distanceKm(const GeoPoint &a, const GeoPoint &b)
{
    constexpr double EarthRadiusKm = 6371.0;
    const double lat1 = qDegreesToRadians(a.lat);
    const double lat2 = qDegreesToRadians(b.lat);
    const double dLat = lat2 - lat1;
    const double dLon = qDegreesToRadians(b.lon - a.lon);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1) * std::cos(lat2) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * EarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

QStringList FormatAdvice::explain(const Briefing &b)
{
    if (b.version >= 2) {
        int stops = 0;
        for (const ItineraryStep &step : b.itinerary) {
            if (step.kind == ItineraryStep::Kind::Stop)
                ++stops;
        }
        const int legs = int(b.itinerary.size()) - stops;
        int entries = 0;
        int withConfidence = 0;
        forEachEntry(b, [&](const Entry &entry) {
            ++entries;
            if (entry.confidence != Confidence::Unstated)
                ++withConfidence;
        });
        int withoutPosition = 0;
        for (const Place &place : b.places) {
            if (!place.hasPosition)
                ++withoutPosition;
        }
        return {tr("Version 2 of the format:"),
                u"  - "_qs + tr("%n host country(ies)", nullptr, int(b.visit.hostCountries.size())),
                u"  - "_qs + tr("%n stop(s) in the itinerary", nullptr, stops),
                u"  - "_qs + tr("%n leg(s) in the itinerary", nullptr, legs),
                u"  - "_qs + tr("%n area(s) on the map", nullptr, int(b.areas.size())),
                u"  - "_qs + tr("%n place(s) without coordinates", nullptr, withoutPosition),
                u"  - "_qs + tr("%L1 of %n entry(ies) with a confidence", nullptr, entries)
                                 .arg(withConfidence)};
    }
    QStringList lines = version1Advice(b);
    if (lines.isEmpty()) {
        lines.prepend(tr("Version 1 of the format. Nothing in it calls for version 2; it opens "
                         "as it is."));
    } else {
        for (QString &line : lines)
            line.prepend(QStringLiteral("  - "));
        lines.prepend(tr("Version 1 of the format. It opens as it is; with \"version\": 2 its "
                         "author could add:"));
    }
    return lines;
}
