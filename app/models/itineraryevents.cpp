#include "models/itineraryevents.h"

QString ItineraryEvents::laneId()
{
    return QStringLiteral("#itinerary");
}

QString ItineraryEvents::laneTitle()
{
    return tr("Itinerary", "the timeline lane of the journey's stops and legs");
}

QList<TimelineEvent> ItineraryEvents::events(const Briefing &briefing)
{
    QList<TimelineEvent> events;
    events.reserve(briefing.itinerary.size());
    for (const ItineraryStep &step : briefing.itinerary) {
        TimelineEvent event;
        static_cast<Entry &>(event) = step;
        event.date = step.date;
        event.lane = laneId();
        events.append(event);
    }
    return events;
}

BriefingPtr ItineraryEvents::withItinerary(const BriefingPtr &briefing, const QString &language)
{
    if (!briefing || briefing->itinerary.isEmpty())
        return briefing;
    auto copy = std::make_shared<Briefing>(*briefing);
    Lane lane;
    lane.id = laneId();
    const QString title = laneTitle();
    lane.title.set(language, title);
    for (const QString &documentLanguage : briefing->languages)
        lane.title.set(documentLanguage, title);
    copy->lanes.append(lane);
    copy->events += events(*briefing);
    // Each step is an event here, and only that.
    copy->itinerary.clear();
    copy->buildIndex();
    return copy;
}
