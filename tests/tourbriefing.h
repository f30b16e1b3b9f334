#pragma once

// A tour of two host countries with an itinerary (format version 2), built from the v1 Fiji
// briefing in code, so that the views can be tested before version 2 files are read.

#include "document/briefing.h"
#include "document/briefingreader.h"
#include "testdata.h"

namespace TourBriefing {

inline LocalizedText texts(const QString &en, const QString &fa)
{
    LocalizedText text;
    text.set(QStringLiteral("en"), en);
    text.set(QStringLiteral("fa"), fa);
    return text;
}

inline FuzzyDate::Point at(QDate day, QTime time, int offsetMinutes)
{
    FuzzyDate::Point point;
    point.date = day;
    point.time = time;
    point.utcOffsetMinutes = offsetMinutes;
    return point;
}

inline FuzzyDate::Point on(QDate day)
{
    FuzzyDate::Point point;
    point.date = day;
    return point;
}

inline ItineraryStep stop(const QString &id, const LocalizedText &title, const FuzzyDate &date,
                          const QString &place, const QString &country, const QStringList &met)
{
    ItineraryStep step;
    step.id = id;
    step.title = title;
    step.kind = ItineraryStep::Kind::Stop;
    step.date = date;
    step.place = place;
    step.country = country;
    step.met = met;
    step.places = {place};
    return step;
}

inline ItineraryStep leg(const QString &id, const LocalizedText &title, const FuzzyDate &date,
                         const QString &from, const QString &to, ItineraryStep::Mode mode)
{
    ItineraryStep step;
    step.id = id;
    step.title = title;
    step.kind = ItineraryStep::Kind::Leg;
    step.date = date;
    step.from = from;
    step.to = to;
    step.mode = mode;
    step.places = {from, to};
    return step;
}

// Suva (Fiji, UTC+12) and Nuku'alofa (Tonga, UTC+13): talks on the first afternoon, a night
// road journey across Viti Levu, a flight, a stop in Tonga until the last day.
inline BriefingPtr make()
{
    const auto fiji =
        BriefingReader::readFile(testDataPath(QStringLiteral("valid/fiji-working-visit.briefing.json")));
    if (!fiji.briefing)
        qFatal("cannot read the Fiji briefing");
    auto b = std::make_shared<Briefing>(*fiji.briefing);
    b->version = 2;
    b->countries.append({QStringLiteral("ton"), texts(QStringLiteral("Tonga"), QStringLiteral("تونگا")),
                         QStringLiteral("TON")});
    Person pm;
    pm.id = QStringLiteral("person-to-pm");
    pm.name = texts(QStringLiteral("Aisake Eke"), QStringLiteral("آیساکه اکه"));
    pm.role = texts(QStringLiteral("Prime Minister"), QStringLiteral("نخست‌وزیر"));
    pm.country = QStringLiteral("ton");
    b->people.append(pm);
    Place nukualofa;
    nukualofa.id = QStringLiteral("place-nukualofa");
    nukualofa.name = texts(QStringLiteral("Nuku'alofa"), QStringLiteral("نوکوآلوفا"));
    nukualofa.kind = Place::Kind::Capital;
    nukualofa.position = {-21.14, -175.2};
    b->places.append(nukualofa);

    Visit &visit = b->visit;
    visit.hostCountries = {QStringLiteral("fji"), QStringLiteral("ton")};
    visit.hosts = {QStringLiteral("person-fj-minister"), QStringLiteral("person-to-pm")};
    visit.visitPlaces = {QStringLiteral("place-suva"), QStringLiteral("place-nukualofa")};

    const QDate d28(2025, 4, 28), d29(2025, 4, 29), d30(2025, 4, 30);
    b->itinerary = {
        stop(QStringLiteral("it-suva"),
             texts(QStringLiteral("Talks in Suva"), QStringLiteral("گفت‌وگو در سووا")),
             FuzzyDate(at(d28, QTime(14, 5), 720), at(d28, QTime(18, 30), 720)),
             QStringLiteral("place-suva"), QStringLiteral("fji"),
             {QStringLiteral("person-fj-minister")}),
        leg(QStringLiteral("it-suva-nadi"),
            texts(QStringLiteral("Night drive to Nadi"), QStringLiteral("سفر شبانه به نادی")),
            FuzzyDate(at(d28, QTime(21, 0), 720), at(d29, QTime(7, 30), 720)),
            QStringLiteral("place-suva"), QStringLiteral("place-nadi"), ItineraryStep::Mode::Road),
        leg(QStringLiteral("it-nadi-tonga"),
            texts(QStringLiteral("Flight to Tonga"), QStringLiteral("پرواز به تونگا")),
            FuzzyDate(at(d29, QTime(9, 30), 720), at(d29, QTime(11, 45), 780)),
            QStringLiteral("place-nadi"), QStringLiteral("place-nukualofa"),
            ItineraryStep::Mode::Flight),
        stop(QStringLiteral("it-tonga"),
             texts(QStringLiteral("Visit to Tonga"), QStringLiteral("دیدار از تونگا")),
             FuzzyDate(at(d29, QTime(14, 0), 780), on(d30)), QStringLiteral("place-nukualofa"),
             QStringLiteral("ton"), {QStringLiteral("person-to-pm")}),
    };
    b->itinerary[0].text = texts(QStringLiteral("Talks with the minister on fisheries patrols."),
                                 QStringLiteral("گفت‌وگو با وزیر درباره‌ی گشت‌های شیلاتی."));
    b->itinerary[0].note = texts(QStringLiteral("The time is from the ministry's schedule."),
                                 QStringLiteral("ساعت از برنامه‌ی وزارتخانه است."));
    b->itinerary[0].sources = {QStringLiteral("src-press-release")};
    b->buildIndex();
    return b;
}

} // namespace TourBriefing
