#pragma once

#include "document/briefing.h"

#include <QCoreApplication>
#include <QStringList>

// What `briefing --check --explain` says about a valid file beyond its problems. For a
// version 1 file: what version 2 of the format would let its author add, judged from what the
// file holds (hosts from several countries, events on the days of the visit, notes that speak
// of verification, placeholder positions, long routes, places named as stations or airports).
// For a version 2 file: a short summary of what it uses. Said only when asked: a version 1
// file is valid as it is.
class FormatAdvice
{
    Q_DECLARE_TR_FUNCTIONS(FormatAdvice)

public:
    // A first line, then one line per suggestion (none for a version 2 file).
    static QStringList explain(const Briefing &briefing);

    // The distance in kilometres between two points along the globe.
    static double distanceKm(const GeoPoint &a, const GeoPoint &b);

    // Past this distance between two points, a route is more likely flown than driven.
    static constexpr double FlightDistanceKm = 1000;
};
