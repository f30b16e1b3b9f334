#include "timeline/timelinelayout.h"

#include <QtMath>

#include <algorithm>
#include <limits>

namespace {

// Zoom levels per doubling of the scale: the stacking at a level uses the level's coarsest
// scale, so markers never touch at any zoom within it, and at most a fifth more room is kept
// than strictly needed.
constexpr double LevelsPerOctave = 4.0;
// Stackings kept in memory: a reader zooms back and forth over a few levels.
constexpr int CachedStacks = 8;

} // namespace

double TimelineLayout::Stack::rowCenter(int lane, double laneRow) const
{
    const double rows = laneRows.at(lane) + (laneOverflow.at(lane) ? 1 : 0);
    const double offset = (laneHeight.at(lane) - rows) / 2.0;
    return laneTop.at(lane) + offset + laneRow + 0.5;
}

namespace {

// A moment drawn as a point lasts a minute, so that its extent is never empty.
constexpr double MomentDays = 1.0 / (24 * 60);

// Where a local time of day lies within its day in UTC, in days; below 0 or from 1 when the
// offset moves it to the day before or after. A time whose offset is unknown (an import) is
// placed at its clock reading: its utcOffsetMinutes is 0, and no zone is assumed.
double utcDayFraction(const FuzzyDate::Point &point)
{
    const int minutes = point.time.hour() * 60 + point.time.minute() - point.utcOffsetMinutes;
    return minutes / (24.0 * 60.0);
}

} // namespace

TimelineLayout::TimelineLayout(const Briefing &briefing)
{
    // Lanes in the document's order: agenda areas, extra lanes, then "Other".
    QStringList laneIds;
    for (const AgendaArea &area : briefing.agenda)
        laneIds.append(area.id);
    for (const ::Lane &lane : briefing.lanes)
        laneIds.append(lane.id);
    QHash<QString, int> laneSlot;
    for (int i = 0; i < laneIds.size(); ++i)
        laneSlot.insert(laneIds.at(i), i);
    const int otherSlot = int(laneIds.size());

    QList<QList<int>> slotItems(otherSlot + 1);
    m_first = std::numeric_limits<double>::max();
    m_last = std::numeric_limits<double>::lowest();
    for (int e = 0; e < briefing.events.size(); ++e) {
        const TimelineEvent &event = briefing.events.at(e);
        if (!event.date.isValid())
            continue;
        Item item;
        item.event = e;
        item.start = TimeScale::dayOf(event.date.firstDay());
        item.end = TimeScale::dayOf(event.date.lastDay()) + 1.0;
        // A time of day (version 2) places the date at its moment in UTC, from the offset the
        // file gives: a night train from 21:00 to 07:30 is drawn across midnight.
        const FuzzyDate::Point &from = event.date.start();
        const FuzzyDate::Point &to = event.date.end();
        if (from.hasTime())
            item.start += utcDayFraction(from);
        if (event.date.isSpan() && to.hasTime())
            item.end = TimeScale::dayOf(to.date) + utcDayFraction(to);
        else if (!event.date.isSpan() && from.hasTime())
            item.end = item.start + MomentDays;
        item.end = std::max(item.end, item.start + MomentDays);
        item.certainStart = item.start;
        item.certainEnd = item.end;
        if (event.date.isSpan()) {
            item.shape = Shape::Span;
            if (event.date.start().precision != FuzzyDate::Precision::Day)
                item.certainStart = TimeScale::dayOf(event.date.start().lastDay()) + 1.0;
            if (event.date.end().precision != FuzzyDate::Precision::Day)
                item.certainEnd = TimeScale::dayOf(event.date.end().date);
            if (item.certainEnd < item.certainStart) // nothing is certain but the whole
                item.certainStart = item.certainEnd = item.start;
        } else if (event.date.start().precision != FuzzyDate::Precision::Day)
            item.shape = Shape::Vague;
        item.approximate = event.date.isApproximate();
        item.visit = !briefing.visit.event.isEmpty() && event.id == briefing.visit.event;
        if (item.visit)
            m_visitItem = int(m_items.size());
        const int slot = laneSlot.value(event.lane, otherSlot);
        slotItems[slot].append(int(m_items.size()));
        m_itemOfEvent.insert(e, int(m_items.size()));
        m_items.append(item);
        m_first = std::min(m_first, item.start);
        m_last = std::max(m_last, item.end);
    }
    for (const Period &period : briefing.periods) {
        if (!period.date.isValid())
            continue;
        m_first = std::min(m_first, TimeScale::dayOf(period.date.firstDay()));
        m_last = std::max(m_last, TimeScale::dayOf(period.date.lastDay()) + 1.0);
    }
    if (m_first > m_last)
        m_first = m_last = 0;

    for (int slot = 0; slot <= otherSlot; ++slot) {
        if (slotItems.at(slot).isEmpty())
            continue;
        Lane lane;
        lane.id = slot < otherSlot ? laneIds.at(slot) : QString();
        lane.items = slotItems.at(slot);
        const int laneIndex = int(m_lanes.size());
        for (int index : std::as_const(lane.items))
            m_items[index].lane = laneIndex;
        std::stable_sort(lane.items.begin(), lane.items.end(), [this](int a, int b) {
            const Item &x = m_items.at(a);
            const Item &y = m_items.at(b);
            if (x.start != y.start)
                return x.start < y.start;
            return x.end > y.end;
        });
        m_lanes.append(lane);
    }

    // The deepest overlap of each lane: how many rows its events need when fully zoomed in.
    for (const Lane &lane : std::as_const(m_lanes)) {
        QList<std::pair<double, int>> edges;
        edges.reserve(lane.items.size() * 2);
        for (int index : lane.items) {
            edges.append({m_items.at(index).start, 1});
            edges.append({m_items.at(index).end, -1});
        }
        // Ends before starts at the same instant: [D, D + 1) and [D + 1, D + 2) do not overlap.
        std::sort(edges.begin(), edges.end());
        int depth = 0;
        int deepest = 0;
        for (const auto &edge : std::as_const(edges)) {
            depth += edge.second;
            deepest = std::max(deepest, depth);
        }
        m_maxSameDay.append(deepest);
    }

    m_order.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        m_order.append(i);
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        const Item &x = m_items.at(a);
        const Item &y = m_items.at(b);
        if (x.start != y.start)
            return x.start < y.start;
        if (x.end != y.end)
            return x.end < y.end;
        if (x.lane != y.lane)
            return x.lane < y.lane;
        return x.event < y.event;
    });
    m_rank.resize(m_items.size());
    for (int i = 0; i < m_order.size(); ++i)
        m_rank[m_order.at(i)] = i;

    buildChunks();
}

void TimelineLayout::buildChunks()
{
    m_index.clear();
    for (const Lane &lane : std::as_const(m_lanes)) {
        LaneIndex index;
        double running = std::numeric_limits<double>::lowest();
        for (int begin = 0; begin < lane.items.size(); begin += ChunkSize) {
            const int end = std::min(int(lane.items.size()), begin + ChunkSize);
            double maxEnd = std::numeric_limits<double>::lowest();
            for (int i = begin; i < end; ++i)
                maxEnd = std::max(maxEnd, m_items.at(lane.items.at(i)).end);
            running = std::max(running, maxEnd);
            index.chunkStart.append(m_items.at(lane.items.at(begin)).start);
            index.chunkMaxEnd.append(maxEnd);
            index.prefixMaxEnd.append(running);
        }
        m_index.append(index);
    }
}

int TimelineLayout::laneOf(const QString &laneId) const
{
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes.at(i).id == laneId)
            return i;
    }
    // An id the layout has no lane for (none of its events names it) is not "Other".
    return -1;
}

int TimelineLayout::levelFor(double daysPerPixel)
{
    if (!(daysPerPixel > 0))
        return std::numeric_limits<int>::min() / 2;
    return int(std::ceil(std::log2(daysPerPixel) * LevelsPerOctave - 1e-9));
}

double TimelineLayout::levelDaysPerPixel(int level)
{
    return std::exp2(level / LevelsPerOctave);
}

double TimelineLayout::markerReach(const Item &item, double daysPerPixel)
{
    const double marker = (item.visit ? VisitMarkerPx : MarkerPx) * daysPerPixel;
    return std::max(0.0, (marker - (item.end - item.start)) / 2.0);
}

std::shared_ptr<const TimelineLayout::Stack> TimelineLayout::stack(double daysPerPixel,
                                                                  int rowCap) const
{
    const int level = levelFor(daysPerPixel);
    rowCap = std::max(0, rowCap);
    const qint64 key = qint64((quint64(quint32(level)) << 32) | quint64(quint32(rowCap)));
    m_stackUse.removeOne(key);
    m_stackUse.append(key);
    auto it = m_stacks.find(key);
    if (it == m_stacks.end()) {
        if (m_stacks.size() >= CachedStacks)
            m_stacks.remove(m_stackUse.takeFirst());
        it = m_stacks.insert(key, std::make_shared<const Stack>(computeStack(level, rowCap)));
    }
    return it.value();
}

TimelineLayout::Stack TimelineLayout::computeStack(int level, int rowCap) const
{
    Stack stack;
    stack.level = level;
    stack.rowCap = rowCap;
    stack.daysPerPixel = levelDaysPerPixel(level);
    const double dpp = stack.daysPerPixel;
    const double gap = GapPx * dpp;
    stack.row.fill(-1, m_items.size());
    double top = 0;
    for (int l = 0; l < m_lanes.size(); ++l) {
        const Lane &lane = m_lanes.at(l);
        int cap = std::clamp(m_maxSameDay.at(l), MinRowCap, MaxRowCap);
        if (rowCap > 0)
            cap = std::min(cap, rowCap);
        QList<double> rowEnd;
        QList<Cluster> clusters;
        // The visit always has a row: the first row of its lane is kept free around it.
        bool visitHere = m_visitItem >= 0 && m_items.at(m_visitItem).lane == l;
        double visitFrom = 0;
        double visitTo = 0;
        if (visitHere) {
            const Item &visit = m_items.at(m_visitItem);
            visitFrom = visit.start - markerReach(visit, dpp) - gap;
            visitTo = visit.end + markerReach(visit, dpp) + gap;
            rowEnd.append(std::numeric_limits<double>::lowest());
        }
        for (int index : lane.items) {
            const Item &item = m_items.at(index);
            const double reach = markerReach(item, dpp);
            const double from = item.start - reach;
            const double to = item.end + reach;
            int row = -1;
            if (index == m_visitItem) {
                row = 0;
                visitHere = false;
            }
            for (int r = 0; row < 0 && r < rowEnd.size(); ++r) {
                if (rowEnd.at(r) + gap > from)
                    continue;
                if (r == 0 && visitHere && from < visitTo && to > visitFrom)
                    continue;
                row = r;
            }
            if (row < 0 && rowEnd.size() < cap) {
                row = int(rowEnd.size());
                rowEnd.append(to);
            }
            if (row >= 0) {
                rowEnd[row] = to;
                stack.row[index] = row;
                continue;
            }
            // No room: the event joins the badge of its neighbours, or starts one. A cluster
            // starts after the previous one ends and is at least a badge wide, so badges drawn
            // in their middles never touch.
            const double badge = BadgePx * dpp;
            const double clusterFrom = std::min(from, item.center() - badge / 2.0);
            const double clusterTo = std::max(to, item.center() + badge / 2.0);
            if (!clusters.isEmpty() && clusterFrom <= clusters.last().end + gap
                && item.center() <= clusters.last().start + ClusterPx * dpp) {
                Cluster &cluster = clusters.last();
                cluster.end = std::max(cluster.end, clusterTo);
                cluster.items.append(index);
            } else {
                Cluster cluster;
                cluster.start = clusters.isEmpty()
                    ? clusterFrom
                    : std::max(clusterFrom, clusters.last().end + gap);
                cluster.end = std::max(clusterTo, cluster.start + badge);
                cluster.items.append(index);
                clusters.append(cluster);
            }
        }
        const int rows = std::max(1, int(rowEnd.size()));
        const bool overflow = !clusters.isEmpty();
        stack.laneRows.append(rows);
        stack.laneOverflow.append(overflow);
        stack.clusters.append(clusters);
        const double height = std::max(MinLaneRows, double(rows + (overflow ? 1 : 0)));
        stack.laneTop.append(top);
        stack.laneHeight.append(height);
        top += height;
    }
    stack.totalRows = top;
    return stack;
}

QList<const TimelineLayout::Cluster *> TimelineLayout::clustersIn(const Stack &stack, int lane,
                                                                  double from, double to) const
{
    QList<const Cluster *> result;
    if (lane < 0 || lane >= stack.clusters.size())
        return result;
    const QList<Cluster> &clusters = stack.clusters.at(lane);
    // Clusters of a lane do not overlap, so their ends grow with their starts.
    auto it = std::lower_bound(clusters.cbegin(), clusters.cend(), from,
                               [](const Cluster &c, double value) { return c.end < value; });
    for (; it != clusters.cend() && it->start <= to; ++it)
        result.append(&*it);
    return result;
}

QRectF TimelineLayout::itemRect(int index, const Stack &stack, const Frame &frame) const
{
    const int row = stack.row.value(index, -1);
    if (row < 0)
        return {};
    const Item &item = m_items.at(index);
    const double d = std::min(frame.markerSize, MarkerPx);
    const double y = frame.top + stack.rowCenter(item.lane, row) * frame.rowHeight;
    const double x0 = frame.scale.toX(item.start);
    const double x1 = frame.scale.toX(item.end);
    const double cx = (x0 + x1) / 2.0;
    if (item.shape == Shape::Day) {
        const double size = item.visit ? d * VisitMarkerPx / MarkerPx : d;
        return {cx - size / 2.0, y - size / 2.0, size, size};
    }
    const double height = item.visit ? d : d * 0.75;
    const double minimum = item.visit ? d * VisitMarkerPx / MarkerPx : d;
    const double width = std::max(x1 - x0, minimum);
    return {cx - width / 2.0, y - height / 2.0, width, height};
}

QRectF TimelineLayout::clusterRect(int lane, const Cluster &cluster, const Stack &stack,
                                   const Frame &frame) const
{
    const double y = frame.top + stack.rowCenter(lane, stack.laneRows.at(lane)) * frame.rowHeight;
    const double height = std::clamp(frame.rowHeight * 0.9, 9.0, MarkerPx + 2);
    const double x = frame.scale.toX(cluster.center());
    const double width = BadgePx;
    return {x - width / 2.0, y - height / 2.0, width, height};
}

int TimelineLayout::laneAt(double y, const Stack &stack, const Frame &frame) const
{
    if (frame.rowHeight <= 0)
        return -1;
    const double row = (y - frame.top) / frame.rowHeight;
    for (int l = 0; l < stack.laneTop.size(); ++l) {
        if (row >= stack.laneTop.at(l) && row < stack.laneTop.at(l) + stack.laneHeight.at(l))
            return l;
    }
    return -1;
}

int TimelineLayout::itemAt(const QPointF &pos, const Stack &stack, const Frame &frame) const
{
    const int lane = laneAt(pos.y(), stack, frame);
    if (lane < 0)
        return -1;
    constexpr double Tolerance = 3.0;
    const double reachPx = VisitMarkerPx / 2.0 + Tolerance;
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    forEachIn(lane, frame.scale.toDay(pos.x() - reachPx), frame.scale.toDay(pos.x() + reachPx),
              [&](int index) {
                  const QRectF rect = itemRect(index, stack, frame);
                  if (rect.isEmpty()
                      || !rect.adjusted(-Tolerance, -Tolerance, Tolerance, Tolerance).contains(pos))
                      return;
                  const QPointF delta = rect.center() - pos;
                  // Inside a bar counts as on it; between markers, the nearer wins.
                  const double distance = rect.contains(pos) && rect.width() > frame.markerSize
                      ? 0.0
                      : delta.x() * delta.x() + delta.y() * delta.y();
                  if (distance < bestDistance) {
                      bestDistance = distance;
                      best = index;
                  }
              });
    return best;
}

std::pair<int, int> TimelineLayout::clusterAt(const QPointF &pos, const Stack &stack,
                                              const Frame &frame) const
{
    const int lane = laneAt(pos.y(), stack, frame);
    if (lane < 0 || !stack.laneOverflow.value(lane))
        return {-1, -1};
    const double reach = BadgePx * frame.scale.daysPerPixel();
    const double day = frame.scale.toDay(pos.x());
    const QList<Cluster> &clusters = stack.clusters.at(lane);
    for (const Cluster *cluster : clustersIn(stack, lane, day - reach, day + reach)) {
        if (clusterRect(lane, *cluster, stack, frame).adjusted(-2, -2, 2, 2).contains(pos))
            return {lane, int(cluster - clusters.constData())};
    }
    return {-1, -1};
}

int TimelineLayout::step(int item, int delta) const
{
    if (m_order.isEmpty())
        return -1;
    if (item < 0 || item >= m_rank.size())
        return delta >= 0 ? m_order.first() : m_order.last();
    const int rank = std::clamp(m_rank.at(item) + delta, 0, int(m_order.size()) - 1);
    return m_order.at(rank);
}

QList<int> TimelineLayout::eventsRelatedTo(const Briefing &briefing, const QString &id)
{
    QList<int> events;
    const Briefing::Ref *ref = briefing.find(id);
    if (!ref)
        return events;
    QStringList ids = briefing.relatedIds(id);
    if (ref->kind == Briefing::Kind::Place || ref->kind == Briefing::Kind::Line)
        ids += briefing.entriesAt(id);
    for (const QString &other : std::as_const(ids)) {
        const Briefing::Ref *otherRef = briefing.find(other);
        if (otherRef && otherRef->kind == Briefing::Kind::Event && other != id)
            events.append(otherRef->index);
    }
    // Sorted, then each once: a search of the list per event was slow for a place that a
    // hundred thousand events name.
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    return events;
}

QList<int> TimelineLayout::eventsToShow(const Briefing &briefing, const QString &id)
{
    const Briefing::Ref *ref = briefing.find(id);
    if (ref && ref->kind == Briefing::Kind::Event)
        return {ref->index};
    return eventsRelatedTo(briefing, id);
}

bool TimelineLayout::shareOneDate(const QList<int> &items) const
{
    return std::all_of(items.cbegin(), items.cend(), [&](int item) {
        return m_items.at(item).start == m_items.at(items.first()).start
            && m_items.at(item).end == m_items.at(items.first()).end;
    });
}
