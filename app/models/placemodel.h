#pragma once

#include "models/briefingtablemodel.h"

// The briefing's places, one row each, in document order; a place without a position too.
class PlaceModel : public BriefingTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, LatitudeColumn, LongitudeColumn, ColumnCount };
    enum Role {
        KindRole = EntryRoles::FirstModelRole, // Place::Kind as int
        LatitudeRole,                   // double, degrees north; nothing without a position
        LongitudeRole,                  // double, degrees east; nothing without a position
        ApproximateRole,                // bool: the position is an estimate
        HasPositionRole,                // bool: false for a place listed but never drawn
    };

    using BriefingTableModel::BriefingTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant entryData(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Briefing::Kind entryKind() const override { return Briefing::Kind::Place; }
    int entryCount() const override { return int(briefing()->places.size()); }
    QString entryId(int row) const override { return briefing()->places.at(row).id; }
};
