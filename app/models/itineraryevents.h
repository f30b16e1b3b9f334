#pragma once

#include "document/briefing.h"

#include <QCoreApplication>
#include <QString>

// The timeline's view of a briefing with an itinerary (version 2): each stop and leg becomes
// an event of the lane "Itinerary", after the document's own events, so the chart, its list
// and the export's timeline show the journey with the same code as any event. A step keeps
// its id, so selecting it selects the step everywhere. A briefing without an itinerary is
// returned as it is.
class ItineraryEvents
{
    Q_DECLARE_TR_FUNCTIONS(ItineraryEvents)

public:
    // The lane the steps are drawn in; no document id can take this form.
    static QString laneId();
    // The lane's title in the interface language.
    static QString laneTitle();
    // The steps as events, in journey order.
    static QList<TimelineEvent> events(const Briefing &briefing);
    static BriefingPtr withItinerary(const BriefingPtr &briefing, const QString &language);
};
