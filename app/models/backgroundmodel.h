#pragma once

#include "models/briefingtablemodel.h"

// The briefing's background sections, one row each, in document order.
class BackgroundModel : public BriefingTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ColumnCount };

    using BriefingTableModel::BriefingTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant entryData(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Briefing::Kind entryKind() const override { return Briefing::Kind::Background; }
    int entryCount() const override { return int(briefing()->background.size()); }
    QString entryId(int row) const override { return briefing()->background.at(row).id; }
};
