#pragma once

#include "document/briefing.h"
#include "document/dateformatter.h"
#include "timeline/timeaxisticks.h"
#include "timeline/timelinelayout.h"
#include "timeline/timescale.h"

#include <QChartView>
#include <QSet>

#include <memory>

class BriefingSelection;
class QAreaSeries;
class QCategoryAxis;
class QValueAxis;

// The timeline chart: every event of the briefing in its lane, on a time axis in the reader's
// calendar, with the document's periods as shaded bands and the visit standing out.
//
// Qt Charts draws the frame: the plot area, the lanes' axis (a QCategoryAxis with a shaded band
// per lane) and the periods (QAreaSeries on a hidden time axis in Julian days). The events and
// the time axis's labels are drawn by one item in the chart's scene, from TimelineLayout, which
// gives only what lies in the window: a zoom or a pan costs what is visible. QDateTimeAxis is
// not used because it knows only the Gregorian calendar (see TimeAxisTicks).
//
// Direction: time runs left to right in every language, Persian included, as on the map and
// with the axis's digits; Qt Charts ignores the layout direction anyway, and the view never
// mirrors. The widgets around it (legend, buttons, list) follow the application's direction.
//
// Interaction: the wheel and +/- zoom, dragging pans; Left/Right walk from event to event in
// time, Home/End go to the first and last, Enter selects the current one through the shared
// BriefingSelection. Hovering shows the event's date as the document states it, its title and
// lane. The selection made elsewhere shows here: a selected event is ringed, and the events
// related to a selected agenda item, tension, event, place or line are highlighted.
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

    const TimeScale &scale() const { return m_scale; }
    const TimelineLayout &timelineLayout() const { return m_layout; }

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

    // Paints the timeline of `briefing` over [start, end) (Julian days; the whole document when
    // start >= end) into `rect` of any painter, for figures in exports: vector on PDF and SVG.
    // No selection is shown. Needs a QApplication.
    static void renderFigure(const BriefingPtr &briefing, const QString &language, double start,
                             double end, QPainter *painter, const QRectF &rect);

Q_SIGNALS:
    // The window of time changed (zoom, pan, fit): buttons update their state.
    void viewChanged();
    void currentEventChanged(const QString &id);

protected:
    void resizeEvent(QResizeEvent *event) override;
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
    class Layer;
    friend class Layer;

    void rebuild();
    void relabel();
    void retranslate();
    void applyScale();
    void plotAreaChanged();
    void updateLaneAxis(bool force);
    void updatePeriods();
    void followSelection(const QString &id);
    void setCurrentItem(int item, bool reveal);
    // Pans to the item; zooms in when it is inside a "+N" badge, until it has a row.
    void reveal(int item);
    void updateHover(const QPointF &chartPos, const QPoint &globalPos);
    void clickAt(const QPointF &chartPos);
    void updateAccessibleText();

    // Geometry in chart coordinates.
    TimelineLayout::Frame frame() const;
    double headerHeight() const;
    QPointF toChart(const QPointF &viewportPos) const;
    QRectF toViewport(const QRectF &chartRect) const;

    void paintLayer(QPainter *painter);
    void paintAxis(QPainter *painter, const QRectF &plot);
    void paintHeader(QPainter *painter, const QRectF &plot);
    void paintCallout(QPainter *painter, const QRectF &marker, int item, const QRectF &plot);

    QString eventTitle(int item) const;
    QString laneTitle(int lane) const;
    QString clusterToolTip(int lane, int cluster) const;
    QString number(int value) const;

    BriefingSelection *m_selection;
    BriefingPtr m_briefing;
    QString m_language;
    DateFormatter m_dates{QLocale(QLocale::English)};
    TimeAxisTicks m_ticks{QLocale(QLocale::English), QCalendar()};
    TimeAxisTicks::Spacing m_spacing;
    TimelineLayout m_layout;
    TimeScale m_scale;
    std::shared_ptr<const TimelineLayout::Stack> m_stack;
    TimeAxisTicks::Step m_step;
    QList<TimeAxisTicks::Tick> m_tickList;

    QChart *m_chart;
    QValueAxis *m_timeAxis;
    QCategoryAxis *m_laneAxis;
    QValueAxis *m_bandAxis; // 0 to 1: the plot's height, for the periods' bands
    QList<QAreaSeries *> m_periods;
    Layer *m_layer;
    QList<double> m_laneAxisShape; // lane tops and heights the lane axis was built for
    QStringList m_laneLabels;

    int m_current = -1;          // item the keyboard is on
    int m_selectedItem = -1;     // item of the selected event
    QSet<int> m_highlighted;     // items related to the selection
    int m_hovered = -1;
    std::pair<int, int> m_hoveredCluster{-1, -1};
    QPoint m_pressPos;
    QPointF m_lastDragPos;
    bool m_pressed = false;
    bool m_dragging = false;
};
