#pragma once

// The map/ folder: the map without widgets (data, projection, viewport, spatial index, label
// grid, style, painter and the figure of a page), for the window and the PDF alike. This is its
// main header.

#include "document/briefing.h"
#include "formats/geojsonlayer.h"
#include "map/mapfeatures.h"
#include "map/mapspritecache.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QStringList>

#include <memory>

class LabelGrid;
class MapViewport;
class QPainter;
class WorldMap;

// Paints the map for a viewport: the countries (WorldMap) in colours that tell neighbours and
// the visit's parties apart (every host country of a tour, and the guest's), their borders, a
// graticule, the briefing's areas, lines, journey and places (MapFeatures) with names placed so
// they do not collide, the stops' numbers, country names where there is room, a scale bar and
// the data credit.
//
// Everything is drawn in the viewport's pixels with ordinary (not cosmetic) pens, so that a
// painter scaled onto a page (PDF, SVG) keeps every width and size in proportion; the
// outlines, built once in world units, are mapped to pixels as they are drawn, and only those
// that meet the view. MapCanvas paints the screen with it; MapFigure paints a copy on a page.
class MapPainter
{
    Q_DECLARE_TR_FUNCTIONS(MapPainter)

public:
    MapPainter() = default;

    void setWorld(std::shared_ptr<const WorldMap> world);
    const std::shared_ptr<const WorldMap> &world() const { return m_world; }
    // The document and its content language (the language of place names).
    void setBriefing(BriefingPtr briefing, const QString &language);
    const BriefingPtr &briefing() const { return m_briefing; }
    const QString &language() const { return m_language; }
    const MapFeatures &features() const { return m_features; }
    // The places and lines that stand out; the rest is dimmed. `selected` is drawn on top.
    void setHighlight(const QStringList &ids, const QString &selected);
    const QStringList &highlight() const { return m_highlight; }
    const QString &selected() const { return m_selected; }
    void setHovered(const QString &id)
    {
        m_hovered = id;
        ++m_revision;
    }
    // The font the names are set in (its pixel size is the base size) and the colour of notes.
    void setFont(const QFont &font, const QColor &textColor);
    const QFont &labelFont() const { return m_font; }
    // The language of country names: the interface's.
    void setCountryLanguage(const QString &language)
    {
        m_countryLanguage = language;
        ++m_revision;
    }

    // Extra layers read from GeoJSON files, drawn over the countries and under the briefing's
    // own lines and places, in the order given.
    void setLayers(QList<std::shared_ptr<const GeoJsonLayer>> layers)
    {
        m_layers = std::move(layers);
        ++m_revision;
    }
    const QList<std::shared_ptr<const GeoJsonLayer>> &layers() const { return m_layers; }
    // The topmost layer feature drawn at `pos` (within a few pixels of a point or a line, or
    // inside a polygon), with its layer's name; null when there is none.
    std::pair<const GeoJsonLayer::Feature *, QString> layerFeatureAt(const MapViewport &view,
                                                                     const QPointF &pos) const;

    // The name of a place, line or area, or the title of a leg, in the content language; empty
    // for other ids.
    QString nameOf(const QString &id) const;
    // The visit's host countries (ids), in the order of the tour: a version 1 file names one.
    static QStringList hostCountries(const Briefing &briefing);
    // A stop's numbers in the journey, in the digits of `language`.
    static QString stopNumbers(const QList<int> &numbers, const QString &language);

    // Where a name is drawn: `id` is the place's id, or the country's ISO code.
    struct DrawnLabel
    {
        QString id;
        QString text;
        QRectF rect; // in the view's pixels
    };

    // A marker that stands for several places at one point (the same pixel of the view): the
    // place drawn (the most important of them), and how many places it stands for, said by a
    // count beside it at `rect`; empty where a crowd of such markers left no room for it.
    struct DrawnCount
    {
        QString id;
        int count = 0;
        QRectF rect; // in the view's pixels
    };


    // Names and markers kept as images between frames, for the screen (see MapSpriteCache);
    // none (the default) draws them as text and paths, as a page needs.
    void setSpriteCache(std::shared_ptr<MapSpriteCache> cache)
    {
        m_sprites = std::move(cache);
        ++m_revision;
    }

    // Paints the whole map for the view; the names drawn are added to `drawn`, the counts of
    // markers that stand for several places to `counts`, when given. It is the backdrop with
    // the overlay over it.
    void paint(QPainter &painter, const MapViewport &view, QList<DrawnLabel> *drawn = nullptr,
               QList<DrawnCount> *counts = nullptr) const;
    // What lies under the names: the sea, the countries, the graticule, the layers, the lines
    // and the markers, only within `area` (view pixels). A pan can keep the rest of the last
    // frame's backdrop and have only the uncovered strip painted.
    void paintBackdrop(QPainter &painter, const MapViewport &view, const QRectF &area) const;
    // What lies over it, placed anew on every frame: names, the scale bar, the credit, a notice.
    void paintOverlay(QPainter &painter, const MapViewport &view,
                      QList<DrawnLabel> *drawn = nullptr, QList<DrawnCount> *counts = nullptr) const;
    // Changes whenever something other than the view changes what is painted.
    quint64 revision() const { return m_revision; }

    // The map's credit, drawn in its corner: whose view of the borders it draws, and the data.
    // Pages that show the map (PDF, HTML) name the view with it.
    static QString credit();

private:
    struct Label
    {
        QString id;
        QString text;
        QFont font;
        QColor color;
        QPointF baseline; // the left end of the text's baseline, in pixels
        QRectF rect;
    };
    using PlaceOnScreen = QPair<const MapFeatures::PlaceFeature *, QPointF>;

    void updateVisitCountries();
    QFont font(double scale, bool bold = false) const;
    // The text's size in a font, remembered between frames when there is a sprite cache.
    MapSpriteCache::TextMetrics measure(const QFont &font, const QString &text) const;

    void paintWorld(QPainter &painter, const MapViewport &view, const QRectF &area) const;
    void paintGraticule(QPainter &painter, const MapViewport &view) const;
    void paintLayers(QPainter &painter, const MapViewport &view) const;
    void paintAreas(QPainter &painter, const MapViewport &view, const QRectF &area) const;
    void paintLines(QPainter &painter, const MapViewport &view, const QRectF &area) const;
    // The markers that meet `area` (view pixels), in drawing order: one for each pixel that
    // has places, the most important of them; `counts`, when given, gets how many places each
    // stands for.
    QList<PlaceOnScreen> visiblePlaces(const MapViewport &view, const QRectF &area,
                                       QList<int> *counts = nullptr) const;
    void paintMarkers(QPainter &painter, const QList<PlaceOnScreen> &places) const;
    QList<Label> layoutPlaceLabels(const MapViewport &view, const QList<PlaceOnScreen> &places,
                                   LabelGrid &occupied) const;
    QList<Label> layoutAreaLabels(const MapViewport &view, LabelGrid &occupied) const;
    QList<Label> layoutCountryLabels(const MapViewport &view, LabelGrid &occupied) const;
    struct Badge
    {
        QRectF rect;
        QString text;
    };
    QList<Badge> layoutStopBadges(const QList<PlaceOnScreen> &places, LabelGrid &occupied) const;
    QList<DrawnCount> layoutCounts(const QList<PlaceOnScreen> &places, const QList<int> &counts,
                                   LabelGrid &occupied) const;
    QFont badgeFont() const;
    void paintLabels(QPainter &painter, const QList<Label> &labels, qreal halo) const;
    QRectF paintScaleBar(QPainter &painter, const MapViewport &view) const;
    QRectF paintCredit(QPainter &painter, const MapViewport &view) const;
    void paintNotice(QPainter &painter, const MapViewport &view, const QString &text) const;

    std::shared_ptr<const WorldMap> m_world;
    BriefingPtr m_briefing;
    QString m_language;
    QString m_countryLanguage = QStringLiteral("en");
    MapFeatures m_features;
    QList<std::shared_ptr<const GeoJsonLayer>> m_layers;
    QList<int> m_hosts; // the visit's host countries and guest country, by WorldMap index
    int m_guest = -1;
    QStringList m_highlight;
    QString m_selected;
    QString m_hovered;
    QFont m_font;
    QColor m_textColor = Qt::black;
    std::shared_ptr<MapSpriteCache> m_sprites;
    quint64 m_revision = 0;
};
