#include "models/entryfiltermodel.h"

#include "document/vocabulary.h"
#include "models/entryroles.h"
#include "models/textfolder.h"

EntryFilterModel::EntryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EntryFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : qAsConst(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    forgetTexts();
    // Connected before the proxy's own handlers, which filter again at once: the kept texts
    // must be gone by then.
    if (model) {
        const auto forget = [this] { forgetTexts(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::dataChanged, this, forget),
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsMoved, this, forget),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void EntryFilterModel::setRoot(const QModelIndex &sourceRoot)
{
    m_root = sourceRoot;
    forgetTexts();
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

void EntryFilterModel::forgetTexts() const
{
    m_texts.clear();
    m_textsKnown = false;
}

QString EntryFilterModel::rowText(int sourceRow) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex parent(m_root);
    QString text;
    for (int column = 0; column < model->columnCount(parent); ++column) {
        const QModelIndex cell = model->index(sourceRow, column, parent);
        text += TextFolder::fold(cell.data().toString()) + u'\n';
        // The confidence badge is found by its word, as every other word of the row.
        const QVariant confidence = cell.data(EntryRoles::ConfidenceRole);
        if (confidence.isValid())
            text += TextFolder::fold(Vocabulary::name(Confidence(confidence.toInt()))) + u'\n';
    }
    return text + TextFolder::fold(model->index(sourceRow, 0, parent).data(EntryRoles::TextRole).toString());
}

bool EntryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty() || sourceParent != QModelIndex(m_root))
        return true;
    if (!m_textsKnown) {
        const int rows = sourceModel()->rowCount(sourceParent);
        m_texts.resize(rows);
        for (int row = 0; row < rows; ++row)
            m_texts[row] = rowText(row);
        m_textsKnown = true;
    }
    // The needle is simplified, so it never holds the line break between two fields.
    return sourceRow < m_texts.size() ? m_texts.at(sourceRow).contains(m_needle)
                                      : rowText(sourceRow).contains(m_needle);
}
