#pragma once

#include "document/briefing.h"
#include "timeline/timescale.h"

#include <QHash>
#include <QList>
#include <QRectF>

#include <algorithm>
#include <memory>

// Where each event of a briefing goes on the timeline: its lane, its extent in time, its row
// when events crowd, and the order the keyboard walks them in. It knows no widgets; the view
// asks it what lies in the window it shows, so drawing costs what is visible, not what the
// document holds.
//
// Lanes come from the document: each agenda area (in document order) and each extra lane of
// `lanes` (in document order) that some event names, then "Other" for events that name none.
// Empty lanes are left out.
//
// Extents keep the date's precision (FuzzyDate): a day covers [D, D + 1) in Julian days, a month
// or a year its whole length, a span from its first day to the day after its last. Nothing is
// placed on a day the document does not give.
//
// Stacking: events of one lane whose markers would touch at the current zoom go to separate
// rows. Rows are computed per zoom level (quarter octaves of days per pixel), for the whole
// document at once and cached, so panning never restacks. A lane has at most as many rows as
// it has events on its busiest single day (at least MinRowCap, at most MaxRowCap), so events of
// one day are drawn side by side, and no more than the view has room for (`rowCap`); events
// beyond that go into "overflow clusters" drawn as "+N", which come apart as the reader zooms
// in. The visit's own event always keeps a row. Markers are never drawn over each other.
class TimelineLayout
{
public:
    enum class Shape {
        Day,   // a day: a point
        Vague, // a month or a year without a day: a short bar that is visibly not a day
        Span,  // a span between two dates: a bar from its first to its last day
    };

    struct Item
    {
        int event = -1;   // index in Briefing::events
        int lane = -1;    // index in lanes()
        double start = 0; // first day, inclusive (Julian day)
        double end = 0;   // the day after the last, exclusive
        // For a span whose ends are months or years, the part that certainly lies within it:
        // "2021/2023-06" surely covers 2022-01-01 to 2023-06-01, and maybe more on either side.
        // Equal to [start, end) for a span of days and for anything that is not a span.
        double certainStart = 0;
        double certainEnd = 0;
        Shape shape = Shape::Day;
        bool approximate = false;
        bool visit = false; // the visit's own event (Briefing::visit.event)
        double center() const { return (start + end) / 2.0; }
    };

    struct Lane
    {
        QString id;         // a lane or agenda area id; empty for "Other"
        QList<int> items;   // indexes into items(), by start, then longest first
    };

    // Events that do not fit in their lane's rows at a zoom level, drawn as one "+N" badge.
    struct Cluster
    {
        double start = 0;
        double end = 0;
        QList<int> items; // indexes into items(), by start
        double center() const { return (start + end) / 2.0; }
    };

    // The stacking at one zoom level.
    struct Stack
    {
        int level = 0;
        int rowCap = 0;              // the view's limit on rows per lane; 0 for none
        double daysPerPixel = 0;     // the level's scale, at least the view's
        QList<int> row;              // per item: its row in its lane; -1 in an overflow cluster
        QList<int> laneRows;         // per lane: rows of events, at least one
        QList<bool> laneOverflow;    // per lane: whether it has an overflow row below
        QList<QList<Cluster>> clusters; // per lane, by start
        QList<double> laneTop;       // per lane: its top, in rows from the first lane's top
        QList<double> laneHeight;    // per lane: its height in rows
        double totalRows = 0;

        // The row an item is drawn in, counted from the first lane's top, as the middle of the row.
        double rowCenter(int lane, double laneRow) const;
    };

    // Where the lanes are drawn.
    struct Frame
    {
        TimeScale scale;        // x
        double top = 0;         // y of the first lane's top
        double rowHeight = 20;  // pixels per row
        double markerSize = 12; // diameter of a day's marker, at most MarkerPx
    };

    // Pixel sizes the stacking keeps apart; a view draws markers no larger than these.
    static constexpr double MarkerPx = 12;
    static constexpr double VisitMarkerPx = 18;
    static constexpr double BadgePx = 30;
    // An overflow cluster gathers the events of at most this many pixels, so its badge stays
    // near them.
    static constexpr double ClusterPx = 3 * BadgePx;
    static constexpr double GapPx = 3;
    static constexpr int MinRowCap = 4;
    static constexpr int MaxRowCap = 12;
    // A lane is at least this many rows high, so that its title has room.
    static constexpr double MinLaneRows = 1.5;

    TimelineLayout() = default;
    explicit TimelineLayout(const Briefing &briefing);

    const QList<Item> &items() const { return m_items; }
    const QList<Lane> &lanes() const { return m_lanes; }
    bool isEmpty() const { return m_items.isEmpty(); }
    // The item of an event, or -1.
    int itemOfEvent(int event) const { return m_itemOfEvent.value(event, -1); }
    // The item of the visit's own event, or -1.
    int visitItem() const { return m_visitItem; }
    // The lane a lane or area id is drawn in; the "Other" lane for an empty id. -1 when none.
    int laneOf(const QString &laneId) const;

    // The document's time, events and periods together: [first, last) in Julian days.
    double firstDay() const { return m_first; }
    double lastDay() const { return m_last; }

    static int levelFor(double daysPerPixel);
    static double levelDaysPerPixel(int level);
    // The stacking for a zoom, with at most `rowCap` rows per lane when it is positive;
    // computed once per level and kept while it is in use.
    std::shared_ptr<const Stack> stack(double daysPerPixel, int rowCap = 0) const;

    // Calls `visit` with each item of `lane` whose extent meets [from, to]. The items come by
    // start; the cost is the items visited plus a scan of one entry per 32 items.
    template<typename Visit>
    void forEachIn(int lane, double from, double to, Visit &&visit) const;
    // The clusters of `lane` in `stack` that meet [from, to].
    QList<const Cluster *> clustersIn(const Stack &stack, int lane, double from, double to) const;

    // How far an item's marker reaches beyond its extent at a scale, in days on each side.
    static double markerReach(const Item &item, double daysPerPixel);

    // The rectangle of an item's marker; empty when it is in an overflow cluster.
    QRectF itemRect(int item, const Stack &stack, const Frame &frame) const;
    QRectF clusterRect(int lane, const Cluster &cluster, const Stack &stack,
                       const Frame &frame) const;
    // The item whose marker is at `pos` (nearest within a few pixels), or -1.
    int itemAt(const QPointF &pos, const Stack &stack, const Frame &frame) const;
    // The overflow cluster at `pos`, as its lane and index in Stack::clusters; lane -1 when none.
    std::pair<int, int> clusterAt(const QPointF &pos, const Stack &stack, const Frame &frame) const;
    // The lane at a height, or -1.
    int laneAt(double y, const Stack &stack, const Frame &frame) const;

    // True when the items all have the same extent: no zoom ever sets them apart.
    bool shareOneDate(const QList<int> &items) const;

    // Items in time order, for the keyboard: by start, end, lane, then document order.
    const QList<int> &timeOrder() const { return m_order; }
    // The item `delta` steps from `item` in time order, clamped to the first and last; from -1,
    // the first (delta > 0) or last (delta < 0).
    int step(int item, int delta) const;

    // The events to highlight when `id` is selected: the events related to it both ways
    // (Briefing::relatedIds) and, for a place or a line, the events that name it
    // (Briefing::entriesAt). Event indexes, in document order; never `id` itself.
    static QList<int> eventsRelatedTo(const Briefing &briefing, const QString &id);
    // The events "Show on Timeline" goes to for the selection `id`: the event itself, else
    // eventsRelatedTo(). Empty when it has none.
    static QList<int> eventsToShow(const Briefing &briefing, const QString &id);

private:
    Stack computeStack(int level, int rowCap) const;
    void buildChunks();

    static constexpr int ChunkSize = 32;
    struct LaneIndex
    {
        QList<double> chunkStart;  // start of each chunk's first item
        QList<double> chunkMaxEnd; // latest end in each chunk
        QList<double> prefixMaxEnd; // latest end of all chunks up to each one
    };

    QList<Item> m_items;
    QList<Lane> m_lanes;
    QList<LaneIndex> m_index;
    QList<int> m_maxSameDay; // per lane: events on its busiest single day
    QHash<int, int> m_itemOfEvent;
    QList<int> m_order;
    QList<int> m_rank; // per item: its position in m_order
    double m_first = 0;
    double m_last = 0;
    int m_visitItem = -1;

    mutable QHash<qint64, std::shared_ptr<const Stack>> m_stacks; // by level and row cap
    mutable QList<qint64> m_stackUse; // keys, most recently used last
};

template<typename Visit>
void TimelineLayout::forEachIn(int lane, double from, double to, Visit &&visit) const
{
    if (lane < 0 || lane >= m_lanes.size())
        return;
    const QList<int> &items = m_lanes.at(lane).items;
    const LaneIndex &index = m_index.at(lane);
    // Chunks before the first whose running latest end reaches `from` hold nothing visible.
    const auto firstChunk =
        std::lower_bound(index.prefixMaxEnd.cbegin(), index.prefixMaxEnd.cend(), from);
    for (auto c = qsizetype(firstChunk - index.prefixMaxEnd.cbegin());
         c < index.chunkStart.size(); ++c) {
        if (index.chunkStart.at(c) > to)
            break;
        if (index.chunkMaxEnd.at(c) < from)
            continue;
        const qsizetype end = std::min(items.size(), (c + 1) * ChunkSize);
        for (qsizetype i = c * ChunkSize; i < end; ++i) {
            const int item = items.at(i);
            const Item &it = m_items.at(item);
            if (it.start > to)
                return;
            if (it.end >= from)
                visit(item);
        }
    }
}
