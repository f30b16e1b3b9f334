#pragma once

#include "document/briefing.h"
#include "timeline/timelinelayout.h"
#include "timeline/timescale.h"

#include <QChartView>
#include <QHash>
#include <QPointer>

class BriefingSelection;
class QHelpEvent;
class QMenu;
class TimelineChart;

// The timeline on screen: the TimelineChart in a view the reader moves, with the shared
// selection shown on it. The view never mirrors (time runs left to right in every language);
// the widgets around it (legend, buttons, list) follow the application's direction.
//
// Interaction: the wheel and +/- zoom, dragging pans; Left/Right walk from event to event in
// time, Home/End go to the first and last, Enter selects the current one through the shared
// BriefingSelection. Hovering rings the event under the pointer; resting there shows a tooltip
// with its title, its date as the document states it, and its lane. The selection made
// elsewhere shows here: a selected event is ringed, and the events related to a selected agenda
// item, tension, event, place or line are highlighted. When the selection is not an event, no
// event stays marked. A click on a "+N" badge opens it: the view zooms in until its events
// come apart, and a menu lists those of one date that still do not fit.
class TimelineView : public QChartView
{
    Q_OBJECT

public:
    explicit TimelineView(BriefingSelection *selection, QWidget *parent = nullptr);
    ~TimelineView() override;

    // A new document, or the same one in another language (the view keeps its window then).
    void setBriefing(BriefingPtr briefing, const QString &language);

    void zoomIn();
    void zoomOut();
    void fitAll();
    // Zooms by `factor` (above 1 zooms in) about a position in the viewport.
    void zoomBy(double factor, double anchorX);
    void panBy(double dx);
    bool canZoomIn() const;
    bool canZoomOut() const;
    // Zooms to the events of the shared selection (TimelineLayout::eventsToShow), all in the
    // window; false when it has none.
    bool zoomToSelection();
    bool canZoomToSelection() const;

    const TimeScale &scale() const;
    const TimelineLayout &timelineLayout() const;

    // The event the keyboard is on; Enter selects it.
    QString currentEvent() const;
    void setCurrentEvent(const QString &id);
    // The event under the mouse, if any.
    QString hoveredEvent() const;
    // The events shown as related to the selection.
    QStringList highlightedEvents() const;

    // In viewport coordinates: the event drawn at `pos`, and where an event is drawn (empty
    // when it is outside the window or inside a "+N" badge).
    QString eventAt(const QPoint &pos) const;
    QRectF eventRect(const QString &id) const;
    // The plot area, in viewport coordinates.
    QRectF plotRect() const;
    // What hovering over an event shows: rich text built here, every document string escaped.
    QString toolTipFor(const QString &id) const;
    // The labels of the time axis as drawn, in order ("label context" where there is one).
    QStringList axisLabels() const;
    // The events whose titles are drawn beside their markers, with where (viewport coordinates).
    QHash<QString, QRectF> titleRects() const;
    // The "+N" badges drawn, with the events each stands for.
    struct Badge
    {
        QRectF rect;
        QStringList events;
    };
    QList<Badge> badges() const;

Q_SIGNALS:
    // The window of time changed (zoom, pan, fit): buttons update their state.
    void viewChanged();
    void currentEventChanged(const QString &id);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void followSelection(const QString &id);
    void setCurrentItem(int item, bool reveal);
    void updateHover(const QPointF &chartPos);
    // True when there was something to name.
    bool showToolTip(const QHelpEvent &help);
    void clickAt(const QPointF &chartPos);
    void updateAccessibleText();
    QString eventId(int item) const;
    QString clusterToolTip(std::pair<int, int> cluster) const;
    // A click on a "+N" badge: zooms in until its events come apart, and lists those that
    // cannot (events of one date beyond the rows) in a menu to pick from.
    void openCluster(std::pair<int, int> cluster);
    QList<int> itemsToShow() const;

    QPointF toChart(const QPointF &viewportPos) const;
    QRectF toViewport(const QRectF &chartRect) const;

    BriefingSelection *m_selection;
    TimelineChart *m_chart;
    QPoint m_pressPos;
    QPointF m_lastDragPos;
    bool m_pressed = false;
    bool m_dragging = false;
    QPointer<QMenu> m_clusterMenu;
};
