#pragma once

#include "models/briefingtablemodel.h"

// The briefing's areas (occupied or disputed territories, zones, corridors), one row each,
// in document order.
class AreaModel : public BriefingTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ColumnCount };
    enum Role {
        KindRole = EntryRoles::FirstModelRole, // MapArea::Kind as int
        RingsRole,                             // QVariantList of rings, each a QVariantList of
                                               // QPointF(lon, lat), in order
        ApproximateRole,                       // bool: the outline is an estimate
    };

    using BriefingTableModel::BriefingTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant entryData(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Briefing::Kind entryKind() const override { return Briefing::Kind::Area; }
    int entryCount() const override { return int(briefing()->areas.size()); }
    QString entryId(int row) const override { return briefing()->areas.at(row).id; }
};
