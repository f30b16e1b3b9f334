#pragma once

#include "document/briefing.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

// Each closed choice of the briefing format, said once: the value in the program, its keyword
// in a briefing file, and its name in the interface. The validator reads the keywords from
// here; the lists, the detail pane, the map and its legend, and the export name the values
// from here, so that one word is never translated two ways.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    // Keyword and value, in the order the format documents them.
    template <typename Enum>
    using Words = QList<std::pair<QString, Enum>>;

    static const Words<Place::Kind> &placeKinds();
    static const Words<MapLine::Kind> &lineKinds();
    static const Words<Tension::Severity> &severities();
    static const Words<Tension::Status> &tensionStatuses();
    static const Words<Outcome::Status> &outcomeStatuses();
    static const Words<MapArea::Kind> &areaKinds();
    static const Words<ItineraryStep::Kind> &stepKinds();
    // Without Unstated, which a file says by leaving the key out.
    static const Words<ItineraryStep::Mode> &travelModes();
    // Without Unstated, which a file says by leaving the key out.
    static const Words<Confidence> &confidences();

    // The value's name in the interface language.
    static QString name(Place::Kind kind);
    static QString name(MapLine::Kind kind);
    static QString name(Tension::Severity severity);
    static QString name(Tension::Status status);
    static QString name(Outcome::Status status);
    static QString name(MapArea::Kind kind);
    static QString name(ItineraryStep::Kind kind);
    // Empty for Unstated: nothing is said then.
    static QString name(ItineraryStep::Mode mode);
    // Empty for Unstated: nothing is said then.
    static QString name(Confidence confidence);
};
