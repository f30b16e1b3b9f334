#pragma once

#include "map/mappainter.h"
#include "map/mapviewport.h"

#include <QList>
#include <QRectF>
#include <QStringList>

#include <future>
#include <memory>
#include <optional>

class MapLegendEntry;
class QPainter;
class WorldMap;

// The map as a figure of a page (PDF, SVG, print): what a MapPainter draws of a region, laid
// out at a fixed width so that names and symbols keep their proportion to the map whatever the
// size of the page, then scaled into the figure's rectangle. Always text and paths, never
// images of them; no hover is shown.
//
// A reader of paper cannot hover or zoom, so the figure says on itself what the window says
// around the map: under the map, the legend (MapLegendEntry, the window's entries), how many
// places have no position and are not drawn, and a key of the places whose names found no
// room, each marked on the map with its number (a letter when the map numbers a journey's
// stops); on the map, the scale bar and the data credit. A second map shows what the region's map cannot:
// the places beyond the region (a guest's capital across the ocean), with the region framed
// on it; or, when the places crowd into a small part of the region, that part close up,
// framed on the region's map.
//
// Copies share the world outlines. When the painter has none yet (the map was never shown, or
// there is no window at all), they load on a thread of their own while the export lays out its
// text, and the first painting waits for them.
class MapFigure
{
    Q_DECLARE_TR_FUNCTIONS(MapFigure)

public:
    // `shown` is the region in world units; empty: the briefing's own (MapFeatures::region()).
    explicit MapFigure(MapPainter painter, const QRectF &shown = {});

    // What a painting put on the figure, in the figure's own units (Width wide).
    struct Contents
    {
        QSizeF size;
        QList<QRectF> panels;   // the region's map, then the second map when there is one
        QStringList legend;     // the legend's entries, in order
        QStringList shown;      // ids of the places whose markers are on a panel
        QStringList named;      // ids of the places whose names are drawn on a panel
        QStringList keyed;      // ids of the places in the key, in the order of their numbers
        // The key's lines: number and name; past MaxKeyed places, a last line says how many
        // more are neither named nor keyed.
        QStringList key;
        QString unplaced;       // the note on the places not drawn; empty when none
        QRectF band;            // where the legend and the key are
    };

    // The width the figure is laid out at: names and symbols keep their size to it.
    static constexpr double Width = 800;
    // The most places the key lists: fifteen rows of three, which a page's band has room for
    // beside a long legend; a page cannot key thousands.
    static constexpr int MaxKeyed = 45;

    void operator()(QPainter *target, const QRectF &rect) { paint(target, rect); }
    Contents paint(QPainter *target, const QRectF &rect);

    // The second map's box (world units): all the places when some lie beyond the region
    // (`overview`), else the places' cluster when it is small in the region; none when the
    // region's map shows the places well.
    struct Second
    {
        QRectF box;
        bool overview = false;
    };
    std::optional<Second> second() const;

    // The mark of the `n`th place of the key (from 1): its number, or a letter when numbers
    // mark the stops of the journey, so that the two are never confused.
    QString keyMark(int n) const;

private:
    struct Panel
    {
        QRectF rect; // in the figure's units
        MapViewport view;
        QList<MapPainter::DrawnLabel> drawn;
    };
    struct Layout
    {
        QList<Panel> panels;
        QRectF band;
    };

    Layout layout(const QSizeF &size, int keyRows) const;
    // The places whose markers lie on the panel, with their positions in its pixels.
    QList<std::pair<const MapFeatures::PlaceFeature *, QPointF>> placesOn(const Panel &panel) const;
    void labelPanels(Layout &layout) const;
    QStringList keyed(const Layout &layout) const;
    double bandHeight(int keyRows) const;
    QList<MapLegendEntry> legend() const;
    int legendRows() const;
    void paintNumbers(QPainter &painter, const Panel &panel, const QStringList &keyed) const;
    static void paintBadge(QPainter &painter, const QRectF &rect, const QString &text,
                           const QFont &font);
    // `keyed`: the places keyed, at most MaxKeyed; `more`: how many more were left out.
    void paintBand(QPainter &painter, const QRectF &band, const QStringList &keyed,
                   qsizetype more) const;
    // The line that ends a key of more places than it lists.
    static QString moreLine(qsizetype more);
    QString numeral(int n) const;
    // Whether the map numbers the stops of a journey.
    bool numbersMarkStops() const;
    bool rightToLeft() const;

    MapPainter m_painter;
    QRectF m_shown;
    std::optional<Second> m_second;
    std::shared_future<std::shared_ptr<const WorldMap>> m_world;
};
