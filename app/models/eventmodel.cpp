#include "models/eventmodel.h"

#include "models/itineraryevents.h"

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::entryData(const QModelIndex &index, int role) const
{
    const TimelineEvent &event = briefing()->events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return dates().format(event.date);
        case TitleColumn:
            return resolve(event.title).text;
        case LaneColumn:
            // The itinerary's lane is named in the interface's language (ItineraryEvents).
            if (event.lane == ItineraryEvents::laneId())
                return ItineraryEvents::laneTitle();
            return resolve(briefing()->laneTitle(event.lane)).text;
        }
        break;
    case EntryRoles::IdRole:
        return event.id;
    case EntryRoles::TextRole:
        return resolve(event.text).text;
    case EntryRoles::FallbackRole:
        return fallbackLanguage(resolve(event.title));
    case FirstDayRole:
        return event.date.firstDay();
    case LastDayRole:
        return event.date.lastDay();
    case PrecisionRole:
        return int(event.date.start().precision);
    case ApproximateRole:
        return event.date.isApproximate();
    case SpanRole:
        return event.date.isSpan();
    case LaneRole:
        return event.lane;
    case GregorianDateRole:
        return dates().formatGregorian(event.date);
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return BriefingTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TitleColumn: return tr("Event");
    case LaneColumn: return tr("Area");
    }
    return {};
}

QString EventModel::toolTipText(const QModelIndex &index) const
{
    // A date's tooltip gives it in the Gregorian calendar, for matching foreign sources.
    if (index.column() == DateColumn)
        return dates().formatGregorian(briefing()->events.at(index.row()).date);
    return BriefingTableModel::toolTipText(index);
}
