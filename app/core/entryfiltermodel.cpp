#include "entryfiltermodel.h"

#include "textfolder.h"

EntryFilterModel::EntryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EntryFilterModel::setRoot(const QModelIndex &sourceRoot)
{
    m_root = sourceRoot;
    invalidateFilter();
}

void EntryFilterModel::setFilterText(const QString &text)
{
    const QString needle = TextFolder::fold(text.simplified());
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

bool EntryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty() || sourceParent != QModelIndex(m_root))
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QModelIndex index = model->index(sourceRow, column, sourceParent);
        if (TextFolder::fold(index.data().toString()).contains(m_needle))
            return true;
    }
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    return TextFolder::fold(first.data(TextRole).toString()).contains(m_needle);
}
