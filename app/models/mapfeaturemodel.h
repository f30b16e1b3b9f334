#pragma once

#include "models/briefingtablemodel.h"

// Everything the map draws from the document, one row each: the places, then the lines, in
// document order. It is the map's list, the way to reach each of them without a pointer.
class MapFeatureModel : public BriefingTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ColumnCount };
    enum Role {
        IsLineRole = EntryRoles::FirstModelRole, // bool: a line, not a place
        ApproximateRole,                  // bool: the position or course is an estimate
    };

    using BriefingTableModel::BriefingTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant entryData(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // Rows hold two kinds of entry; rowOf() finds places only (the base class asks one kind).
    Briefing::Kind entryKind() const override { return Briefing::Kind::Place; }
    int entryCount() const override;
    QString entryId(int row) const override;
};
