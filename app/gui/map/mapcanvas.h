#pragma once

#include "document/briefing.h"
#include "export/exportoptions.h"
#include "map/mapbackdrop.h"
#include "map/mappainter.h"
#include "map/mapviewport.h"

#include <QStringList>
#include <QWidget>

// The map on screen: what MapPainter draws, for a view the reader moves. Wheel, buttons and
// +/- zoom, a drag or the arrow keys pan, Home returns to the briefing's region; the pointer
// names what it is on, and a click on a place or line reports it (featureClicked).
//
// The view (MapViewport) is a centre and a zoom; the world repeats side by side, so a region
// across the 180° meridian is one piece on screen. Geography does not mirror: the canvas is
// left-to-right whatever the application's direction, east on the right. The world data is
// read the first time the canvas is shown, not before.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    // How much one step of the wheel, a button or a key zooms.
    static constexpr double ZoomStep = 1.5;
    // The smallest box zoomTo() shows, in world units: about four degrees of longitude, a
    // city with its neighbours.
    static constexpr double SelectionMinimumSpan = 4.0 / 360.0;

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // A new document opens on its region; the same document again (a change of content
    // language) keeps the view and only relabels.
    void setBriefing(BriefingPtr briefing, const QString &language);
    // The places and lines to make stand out (those of the selected entry, or the selected
    // place or line itself); the rest is dimmed. `selectedId` is drawn strongest.
    void setHighlight(const QStringList &ids, const QString &selectedId);
    const QStringList &highlight() const { return m_painter.highlight(); }
    // Pans, and zooms out if they do not fit, until these places and lines are in view; when
    // they already are, nothing moves.
    void bringIntoView(const QStringList &ids);
    // Zooms in or out until these places and lines fill the view; a single place is shown
    // with its surroundings (SelectionMinimumSpan), not at the closest zoom. False when no id
    // names a place or line.
    bool zoomTo(const QStringList &ids);

    // Extra layers from GeoJSON files, drawn with the briefing's places and lines.
    void setLayers(QList<std::shared_ptr<const GeoJsonLayer>> layers);
    const QList<std::shared_ptr<const GeoJsonLayer>> &layers() const { return m_painter.layers(); }

    void zoomIn();
    void zoomOut();
    // Back to the briefing's region.
    void fitRegion();
    // Zooms by `factor` keeping the point under `anchor` (widget pixels) where it is.
    void zoomBy(double factor, const QPointF &anchor);
    void panBy(const QPointF &pixels);

    const MapViewport &viewport() const { return m_view; }
    QPointF centre() const { return m_view.centre(); }
    double worldWidth() const { return m_view.worldWidth(); }
    // The view in world units (x may lie outside [0, 1): another copy of the world).
    QRectF viewRect() const { return m_view.viewRect(); }
    QPointF toScreen(const QPointF &world) const { return m_view.toScreen(world); }
    // A geographic point on screen, at its copy nearest the centre of the view.
    QPointF toScreen(const GeoPoint &point) const { return m_view.toScreen(point); }
    QPointF toWorld(const QPointF &pixel) const { return m_view.toWorld(pixel); }
    GeoPoint toGeo(const QPointF &pixel) const;
    bool isInView(const GeoPoint &point) const;
    double metresPerPixel() const { return m_view.metresPerPixel(); }
    // The id of the place or line under a pixel, or empty.
    QString featureAt(const QPointF &pixel) const;
    const QString &hoveredId() const { return m_hovered; }
    // "Name (kind)" of a place or line, in the content language, for the tooltip and the
    // status line; plain text.
    QString describe(const QString &id) const;
    // The count drawn by the marker at a place's point, when that marker stands for several
    // places; null otherwise.
    const MapPainter::DrawnCount *countAt(const QString &placeId) const;
    bool isWorldLoaded() const { return m_painter.world() != nullptr; }
    // The language country names are shown in: the interface's.
    static QString interfaceLanguage();

    // The names the last frame drew, with where (widget pixels): none overlaps another or a
    // marker.
    const QList<MapPainter::DrawnLabel> &drawnLabels() const { return m_drawnLabels; }
    // The markers of the last frame that stand for several places at one point, with the
    // count drawn beside each (where there was room).
    const QList<MapPainter::DrawnCount> &drawnCounts() const { return m_drawnCounts; }

    // Paints the map as it is on screen (its view, its highlights) into a rectangle of any
    // painter, as vectors: for the export. Empty without a document. `language`, when given,
    // is the export's: place and country names and digits in it, whatever the window's.
    ExportOptions::Figure figurePainter(const QString &language = {}) const;

Q_SIGNALS:
    void featureClicked(const QString &id);
    void hoveredChanged(const QString &id);
    void pointerMoved(const GeoPoint &position);
    void pointerLeft();
    void viewChanged();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    // What the view keeps showing when the widget changes size: the briefing's region, some
    // places and lines (kept in view from wherever the reader left the view), or whatever the
    // reader panned and zoomed to.
    // zoomTo()'s places and lines, filling the view, make Fit.
    enum class Goal { Home, Features, Fit, Free };

    void ensureWorld();
    void applyGoal();
    void setView(const QPointF &centre, double worldWidth);
    void setHovered(const QString &id);
    void updateFont();

    MapPainter m_painter;
    MapBackdrop m_backdrop;
    MapViewport m_view;
    QList<MapPainter::DrawnLabel> m_drawnLabels;
    QList<MapPainter::DrawnCount> m_drawnCounts;
    QString m_hovered;
    Goal m_goal = Goal::Home;
    QStringList m_goalIds;
    bool m_fitted = false; // the view has been set for this document at a real size

    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPos;
    QPointF m_pressCentre;
};
