#pragma once

#include "models/briefingtablemodel.h"

// The briefing's tensions, one row each, in document order.
class TensionModel : public BriefingTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, PartiesColumn, SeverityColumn, StatusColumn, ColumnCount };
    enum Role {
        SeverityRole = EntryRoles::FirstModelRole, // Tension::Severity as int
        StatusRole,                         // Tension::Status as int
    };

    using BriefingTableModel::BriefingTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant entryData(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Briefing::Kind entryKind() const override { return Briefing::Kind::Tension; }
    int entryCount() const override { return int(briefing()->tensions.size()); }
    QString entryId(int row) const override { return briefing()->tensions.at(row).id; }
};
