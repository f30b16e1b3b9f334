#include "models/searchresultmodel.h"

#include "models/entryhtml.h"

void SearchResultModel::setHits(QList<BriefingSearch::Hit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BriefingSearch::Hit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return hit.title;
        case WhereColumn: return hit.where;
        case SnippetColumn: return hit.snippet;
        }
        break;
    case Qt::ToolTipRole:
        // Tooltips guess rich text: document text goes in escaped.
        return EntryHtml::toolTip(hit.snippet);
    case EntryRoles::IdRole:
        return hit.id;
    case TabRole:
        return hit.tabKey;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Found in");
    case WhereColumn: return tr("Part");
    case SnippetColumn: return tr("Text");
    }
    return {};
}
