#pragma once

#include "models/briefingsearch.h"
#include "models/entryroles.h"

#include <QAbstractTableModel>

// The hits of a search, one row each: what was found, where, and the text around the match.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, WhereColumn, SnippetColumn, ColumnCount };
    // Besides EntryRoles::IdRole (the entry to select; empty for overview hits):
    enum Role {
        TabRole = EntryRoles::FirstModelRole, // the tab that shows the hit
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setHits(QList<BriefingSearch::Hit> hits);
    const BriefingSearch::Hit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<BriefingSearch::Hit> m_hits;
};
