#pragma once

#include "models/briefingtablemodel.h"

// The briefing's timeline events, one row each, in document order. Dates are exposed both as
// text for the reader and as first/last day for views that place them in time.
class EventModel : public BriefingTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, LaneColumn, ColumnCount };
    enum Role {
        FirstDayRole = EntryRoles::FirstModelRole, // QDate: the first day the date can mean
        LastDayRole,                         // QDate: the last day the date can mean
        PrecisionRole,                       // FuzzyDate::Precision of the start, as int
        ApproximateRole,                     // bool
        SpanRole,                            // bool: the date is a span
        LaneRole,                            // the lane or agenda area id; empty for none
        GregorianDateRole,                   // the date in the Gregorian calendar, as text
    };

    using BriefingTableModel::BriefingTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant entryData(const QModelIndex &index, int role) const override;
    QString toolTipText(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Briefing::Kind entryKind() const override { return Briefing::Kind::Event; }
    int entryCount() const override { return int(briefing()->events.size()); }
    QString entryId(int row) const override { return briefing()->events.at(row).id; }
    int nameColumn() const override { return TitleColumn; }
};
