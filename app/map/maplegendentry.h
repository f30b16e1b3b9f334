#pragma once

#include "document/briefing.h"

#include <QCoreApplication>
#include <QList>
#include <QPixmap>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

// One entry of the map's legend: a symbol of the map and what it means. The window's legend
// and the figure of a page list the same entries, in the same order and words: one for each
// kind of place, line and area the map draws (legs of the journey included), for the stops of
// the journey, for approximate positions and courses when it has any, for the tints of the
// visit's host and guest countries, for how disputed areas and borders are drawn, and one for
// each added layer.
class MapLegendEntry
{
    // The words are the window legend's, translated once.
    Q_DECLARE_TR_FUNCTIONS(MapLegend)

public:
    enum class Symbol {
        Place,
        Line,
        Leg,  // a leg by sea drawn from its ends; other legs look like a kind of line
        Area,
        Stop,
        ApproximatePlace,
        ApproximateLine,
        Host,
        Guest,
        DisputedArea,
        DisputedBorder,
        Layer,
    };

    Symbol symbol = Symbol::Place;
    Place::Kind place = Place::Kind::City;
    MapLine::Kind line = MapLine::Kind::Route;
    QString text;
    QString layerName; // the whole name of an added layer, for a tooltip
    QString toolTip = {}; // what the entry means, where its words alone may not say it
    MapArea::Kind area = MapArea::Kind::Disputed;

    static QList<MapLegendEntry> of(const Briefing *briefing, const QStringList &layerNames);
    // The entry's text for an added layer of this name (which a narrow legend may shorten).
    static QString layerText(const QString &name);
    // The legend's heading.
    static QString heading();
    // What the map says of the places it cannot draw ("2 places have no position and are not
    // drawn"); empty when every place has a position.
    static QString unplacedNote(const Briefing *briefing);

    // Draws the symbol as paths into `box` (MapStyle::iconSize() at scale 1).
    void paint(QPainter &painter, const QRectF &box) const;
    QPixmap icon(qreal devicePixelRatio) const;
};
