#pragma once

#include "models/briefingtablemodel.h"

// Everything the map draws from the document, one row each: the places, then the lines, then
// the areas, in document order. It is the map's list, the way to reach each of them without a
// pointer. Places without a position are listed too: the list is where they are found.
class MapFeatureModel : public BriefingTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ColumnCount };
    enum Role {
        IsLineRole = EntryRoles::FirstModelRole, // bool: a line, not a place
        ApproximateRole,                  // bool: the position, course or outline is an estimate
        IsAreaRole,                       // bool: an area
    };

    using BriefingTableModel::BriefingTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant entryData(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // Rows hold three kinds of entry; rowOf() finds places only (the base class asks one kind).
    Briefing::Kind entryKind() const override { return Briefing::Kind::Place; }
    int entryCount() const override;
    QString entryId(int row) const override;
};
