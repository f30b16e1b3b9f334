#pragma once

// The timeline/ folder: the timeline without widgets (scale, ticks, lane layout, symbols, this
// chart and the figure of a page). This is its main header.

#include "document/briefing.h"
#include "document/dateformatter.h"
#include "timeline/timeaxisticks.h"
#include "timeline/timelinelayout.h"
#include "timeline/timescale.h"

#include <QChart>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPalette>
#include <QSet>

#include <memory>

class QAreaSeries;
class QCategoryAxis;
class QValueAxis;

// The timeline as a chart, without a widget: every event of the briefing in its lane, on a time
// axis in the reader's calendar, with the document's periods as shaded bands and the visit
// standing out. TimelineView shows it on screen and adds interaction; TimelineFigure paints it
// into a page.
//
// Qt Charts draws the frame: the plot area, the lanes' axis (a QCategoryAxis with a shaded band
// per lane) and the periods (QAreaSeries on a hidden time axis in Julian days). The events and
// the time axis's labels are drawn by one item in the chart, from TimelineLayout, which gives
// only what lies in the window: a zoom or a pan costs what is visible. QDateTimeAxis is not used
// because it knows only the Gregorian calendar (see TimeAxisTicks).
//
// Time runs left to right in every language, Persian included, as on the map and with the
// axis's digits.
//
// Marks: the selected event is ringed, the keyboard's current one is framed while the view has
// focus, the hovered one is ringed lightly, and the events related to the selection have a
// halo. Titles stand beside the markers only where their row has room (placedTitles()), so no
// text covers another event or title; the view's tooltip names every event. Geometry is in
// the chart's coordinates.
class TimelineChart : public QChart
{
    Q_OBJECT

public:
    explicit TimelineChart(QGraphicsItem *parent = nullptr);
    ~TimelineChart() override;

    // A new document (marks cleared, the whole of it in the window), or the same one in another
    // language (the window kept).
    void setBriefing(BriefingPtr briefing, const QString &language);
    const BriefingPtr &briefing() const { return m_briefing; }
    const QString &language() const { return m_language; }
    // The font text is measured and set in, and the palette of the plot and the marks: the
    // view's, or the application's for a figure.
    void setAppearance(const QFont &font, const QPalette &palette);
    // Sets the lanes' and the header's words again in the interface's language.
    void retranslate();

    const TimeScale &scale() const { return m_scale; }
    const TimelineLayout &timelineLayout() const { return m_layout; }
    const DateFormatter &dates() const { return m_dates; }

    // The window of time. `x` is in chart coordinates; positions outside the plot count as
    // its edge.
    void zoomAbout(double factor, double x);
    void pan(double dx);
    // Zooms in about the current event when it is in view, else about the middle.
    void zoomIn();
    void zoomOut();
    void fitAll();
    // [start, end) in Julian days.
    void setRange(double start, double end);
    bool canZoomIn() const;
    bool canZoomOut() const;
    // Pans until the item is in the window; zooms in when it is inside a "+N" badge, until it
    // has a row of its own.
    void reveal(int item);
    // Fits the window to these items, at least FocusMinimumSpanDays wide, then zooms in about
    // them while some of them are still inside a "+N" badge. Returns the items that still are
    // (events of one date that outnumber the rows); nothing changes for no items.
    QList<int> zoomToItems(const QList<int> &items);

    // The marks, by item of timelineLayout(); -1 for none.
    int currentItem() const { return m_current; }
    void setCurrentItem(int item);
    int selectedItem() const { return m_selectedItem; }
    const QSet<int> &highlightedItems() const { return m_highlighted; }
    void setSelection(int selectedItem, const QSet<int> &highlighted);
    int hoveredItem() const { return m_hovered; }
    std::pair<int, int> hoveredCluster() const { return m_hoveredCluster; }
    // True when it changed.
    bool setHovered(int item, std::pair<int, int> cluster);
    void setFocusShown(bool shown);

    // The item, or the "+N" badge (lane, cluster), drawn at a point; -1 for none.
    int itemAt(const QPointF &pos) const;
    std::pair<int, int> clusterAt(const QPointF &pos) const;
    // Where the item is drawn; empty when it is outside the window or inside a badge.
    QRectF itemRect(int item) const;
    QRectF clusterRect(std::pair<int, int> cluster) const;
    // The events a badge stands for.
    const TimelineLayout::Cluster &cluster(std::pair<int, int> cluster) const;
    // The badges of a lane at the current zoom, in and out of the window.
    int clusterCount(int lane) const
    {
        return m_stack ? int(m_stack->clusters.value(lane).size()) : 0;
    }
    // The labels of the time axis as drawn, in order ("label context" where there is one).
    QStringList axisLabels() const;

    // An event's title drawn beside its marker, where the row has room for it up to the next
    // marker (as TimelineJS shows headlines): after the marker for left-to-right text, before
    // it for right-to-left text, so that it begins at its marker. `rect` is where, `text` the
    // title as drawn (elided when cut).
    struct PlacedTitle
    {
        int item = -1;
        QRectF rect;
        QString text;
        bool numbered = false; // `text` is the event's number, not its title
    };
    QList<PlacedTitle> placedTitles() const;
    // `title` as it fits in `room`: whole, or cut after a whole word with an ellipsis, keeping
    // at least twelve characters; else empty. A word cut in its middle ("MoU on an "…",
    // "Explosi…") is no title: the reader takes it for another one.
    static QString fittedTitle(const QString &title, const QFontMetricsF &metrics, double room);
    // `title` in lines of at most `width`, broken between words; a word wider than a line is
    // never cut, and only the last line may end with an ellipsis after a whole word.
    static QStringList wrappedTitle(const QString &title, const QFontMetricsF &metrics,
                                    double width, int maxLines);

    // On paper, which cannot be zoomed: the number each event has in the export's table (event
    // id → number). An event whose title has no room is marked with its number instead, and
    // each "+N" badge lists the numbers of the events it holds (clusterKey()).
    void setEventNumbers(const QHash<QString, int> &numbers);
    bool numbered() const { return !m_itemNumber.isEmpty(); }
    int itemNumber(int item) const { return m_itemNumber.value(item); }
    // The numbers a badge holds, as they read on paper: "3–5, 9", in the language's digits.
    QString clusterKey(const TimelineLayout::Cluster &cluster) const;
    // The names of the periods in the header, as drawn (whole words, or none).
    QStringList periodLabels() const;
    // The lanes' names as the lane axis shows them, one string per line.
    QList<QStringList> laneLabelLines() const;
    // The whole window as a band to mark on an overview; empty for none.
    void setMarkedRange(double start, double end);

    // In the reader's language: an event's title, a lane's title, a number.
    QString eventTitle(int item) const;
    QString laneTitle(int lane) const;
    QString number(int value) const;

Q_SIGNALS:
    // The window of time changed (zoom, pan, fit).
    void windowChanged();

private:
    class Layer;
    friend class Layer;

    void rebuild();
    void relabel();
    void restyle();
    void applyScale();
    void plotAreaChanged();
    void updateLaneAxis(bool force);
    // True when the lanes' labels changed.
    bool updateLaneLabels();
    void updatePeriods();
    TimelineLayout::Frame frame() const;
    double headerHeight() const;

    void paintLayer(QPainter *painter);
    void paintAxis(QPainter *painter, const QRectF &plot);
    // The items whose markers are drawn in the window, lane by lane, each lane's by start.
    QList<int> visibleItems() const;
    QFont titleFont() const;
    QFont numberFont() const;
    QFont badgeFont(const TimelineLayout::Frame &f) const;
    // Where a badge is drawn: wider on paper, where it holds its events' numbers.
    QRectF badgeRect(int lane, const TimelineLayout::Cluster &cluster,
                     const TimelineLayout::Frame &f) const;
    void numberItems();
    void paintHeader(QPainter *painter, const QRectF &plot);
    // The period names where their bands are in view: where each is drawn, and its text.
    QList<std::pair<QPointF, QString>> periodTitles() const;
    // The box of "The visit" in the header; empty when the visit is out of view.
    QRectF visitFlagRect() const;

    BriefingPtr m_briefing;
    QString m_language;
    QFont m_font;
    QPalette m_palette;
    DateFormatter m_dates{QLocale(QLocale::English)};
    TimeAxisTicks m_ticks{QLocale(QLocale::English), QCalendar()};
    TimeAxisTicks::Spacing m_spacing;
    TimelineLayout m_layout;
    TimeScale m_scale;
    std::shared_ptr<const TimelineLayout::Stack> m_stack;
    TimeAxisTicks::Step m_step;
    QList<TimeAxisTicks::Tick> m_tickList;

    QValueAxis *m_timeAxis;
    QCategoryAxis *m_laneAxis;
    QValueAxis *m_bandAxis; // 0 to 1: the plot's height, for the periods' bands
    QList<QAreaSeries *> m_periods;
    Layer *m_layer;
    QList<double> m_laneAxisShape; // lane tops and heights the lane axis was built for
    QStringList m_laneLabels;
    QList<QStringList> m_laneLines;
    QHash<QString, int> m_numbers; // by event id
    QList<int> m_itemNumber;       // by item; 0 for none, empty when not on paper
    std::pair<double, double> m_markedRange{0, 0};

    int m_current = -1;
    int m_selectedItem = -1;
    QSet<int> m_highlighted;
    int m_hovered = -1;
    std::pair<int, int> m_hoveredCluster{-1, -1};
    bool m_focusShown = false;
};
