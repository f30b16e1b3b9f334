#pragma once

#include "models/briefingtablemodel.h"

// The briefing's lines (routes, corridors, rivers, pipelines), one row each, in document order.
class LineModel : public BriefingTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, PointCountColumn, ColumnCount };
    enum Role {
        KindRole = EntryRoles::FirstModelRole, // MapLine::Kind as int
        PointsRole,                     // QVariantList of QPointF(lon, lat), in order
        ApproximateRole,                // bool: the course is schematic
    };

    using BriefingTableModel::BriefingTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant entryData(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Briefing::Kind entryKind() const override { return Briefing::Kind::Line; }
    int entryCount() const override { return int(briefing()->lines.size()); }
    QString entryId(int row) const override { return briefing()->lines.at(row).id; }
};
