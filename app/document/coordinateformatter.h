#pragma once

#include "document/briefing.h"

#include <QCoreApplication>
#include <QLocale>

// Writes a position for a reader: degrees with their hemisphere ("18.1416° S, 178.4419° E"),
// never a negative latitude called north, in the locale's digits.
class CoordinateFormatter
{
    Q_DECLARE_TR_FUNCTIONS(CoordinateFormatter)

public:
    static QString format(const GeoPoint &position, const QLocale &locale, int decimals);
};
