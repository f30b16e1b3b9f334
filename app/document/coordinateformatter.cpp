#include "document/coordinateformatter.h"

QString CoordinateFormatter::format(const GeoPoint &position, const QLocale &locale, int decimals)
{
    const QString lat = position.lat >= 0
        ? tr("%1° N").arg(locale.toString(position.lat, 'f', decimals))
        : tr("%1° S").arg(locale.toString(-position.lat, 'f', decimals));
    const QString lon = position.lon >= 0
        ? tr("%1° E").arg(locale.toString(position.lon, 'f', decimals))
        : tr("%1° W").arg(locale.toString(-position.lon, 'f', decimals));
    return tr("%1, %2", "latitude, longitude").arg(lat, lon);
}
