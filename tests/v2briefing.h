#pragma once

#include "document/briefingreader.h"
#include "testdata.h"

#include <memory>

// A briefing with what version 2 of the format adds, built in the test from the Fiji briefing
// (version 1): confidence on every kind of entry and on a source (with a note), a tension of
// unknown status, an outcome whose result is unclear, an area, a place without a position,
// and an itinerary of a stop and a flight.
namespace V2Briefing {

inline LocalizedText words(const QString &english, const QString &persian)
{
    LocalizedText text;
    text.set(QStringLiteral("en"), english);
    text.set(QStringLiteral("fa"), persian);
    return text;
}

inline const QString TensionId = QStringLiteral("tension-fishing-grounds");
inline const QString AreaId = QStringLiteral("area-reef");
inline const QString UnplacedId = QStringLiteral("place-clinic");
inline const QString StopId = QStringLiteral("it-suva");
inline const QString LegId = QStringLiteral("it-suva-nadi");

inline BriefingPtr make()
{
    const auto read = BriefingReader::readFile(
        testDataPath(QStringLiteral("valid/fiji-working-visit.briefing.json")));
    if (!read.briefing)
        return {};
    auto b = std::make_shared<Briefing>(*read.briefing);
    b->version = 2;
    b->agenda[0].items[0].confidence = Confidence::Verified;
    b->agenda[1].items[0].confidence = Confidence::PartlyVerified;
    b->background[0].confidence = Confidence::Unverified;
    b->outcomes[0].confidence = Confidence::PartlyVerified;
    b->outcomes[1].status = Outcome::Status::Unclear;
    b->places[2].confidence = Confidence::Verified;
    b->lines[0].confidence = Confidence::PartlyVerified;
    b->sources[1].confidence = Confidence::Unverified;
    b->sources[1].note = words(QStringLiteral("Only one outlet reported the figures."),
                               QStringLiteral("تنها یک رسانه این ارقام را گزارش کرد."));

    Tension tension;
    tension.id = TensionId;
    tension.title = words(QStringLiteral("Fishing grounds off Qamea"),
                          QStringLiteral("صیدگاه‌های کنار قامیا"));
    tension.text = words(QStringLiteral("Both sides claim the reef's grounds."),
                         QStringLiteral("هر دو طرف صیدگاه‌های آبسنگ را از آن خود می‌دانند."));
    tension.parties = {QStringLiteral("fji"), QStringLiteral("nzl")};
    tension.severity = Tension::Severity::Low;
    tension.status = Tension::Status::Unknown;
    tension.confidence = Confidence::Unverified;
    tension.places = {AreaId};
    tension.sources = {QStringLiteral("src-news-report")};
    b->tensions.append(tension);

    Place clinic;
    clinic.id = UnplacedId;
    clinic.name = words(QStringLiteral("Lomaloma clinic"), QStringLiteral("درمانگاه لوملوما"));
    clinic.kind = Place::Kind::Site;
    clinic.hasPosition = false;
    clinic.note = words(QStringLiteral("The sources name the clinic but not where it stands."),
                        QStringLiteral("منابع نام درمانگاه را می‌برند، نه جای آن را."));
    clinic.confidence = Confidence::Unverified;
    clinic.sources = {QStringLiteral("src-survey")};
    b->places.append(clinic);
    b->agenda[0].items[1].places.append(UnplacedId);

    MapArea reef;
    reef.id = AreaId;
    reef.name = words(QStringLiteral("Qamea reef grounds"), QStringLiteral("صیدگاه آبسنگ قامیا"));
    reef.kind = MapArea::Kind::Disputed;
    reef.rings = {{{-16.70, 179.70}, {-16.85, 179.95}, {-16.95, 179.75}}};
    reef.approximate = true;
    reef.note = words(QStringLiteral("Outline drawn from a fisheries map."),
                      QStringLiteral("مرز از روی نقشه‌ی شیلات کشیده شده است."));
    reef.confidence = Confidence::PartlyVerified;
    reef.sources = {QStringLiteral("src-news-report")};
    b->areas.append(reef);

    ItineraryStep stop;
    stop.id = StopId;
    stop.kind = ItineraryStep::Kind::Stop;
    stop.title = words(QStringLiteral("Talks in Suva"), QStringLiteral("گفت‌وگو در سووا"));
    stop.date = FuzzyDate::parse(u"2025-04-28/2025-04-29");
    stop.place = QStringLiteral("place-suva");
    stop.country = QStringLiteral("fji");
    stop.met = {QStringLiteral("person-fj-minister")};
    stop.places = {stop.place};
    stop.confidence = Confidence::Verified;
    stop.sources = {QStringLiteral("src-press-release")};
    b->itinerary.append(stop);

    ItineraryStep leg;
    leg.id = LegId;
    leg.kind = ItineraryStep::Kind::Leg;
    leg.title = words(QStringLiteral("Flight to Nadi"), QStringLiteral("پرواز به نادی"));
    leg.date = FuzzyDate::parse(u"2025-04-30");
    leg.from = QStringLiteral("place-suva");
    leg.to = QStringLiteral("place-nadi");
    leg.mode = ItineraryStep::Mode::Flight;
    leg.places = {leg.from, leg.to};
    leg.confidence = Confidence::PartlyVerified;
    b->itinerary.append(leg);

    b->buildIndex();
    return b;
}

} // namespace V2Briefing
