#pragma once

#include <QPersistentModelIndex>
#include <QSortFilterProxyModel>

// Filters the entries under one root of a source model (the items of an agenda area, the
// tensions, the events) by text, folded as search folds it (see TextFolder): a row stays when
// the text is in any of its columns or in its body text. Rows outside the root pass untouched,
// so the root itself is never filtered away.
class EntryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Role { TextRole = Qt::UserRole + 2 }; // the role that holds an entry's body text

    explicit EntryFilterModel(QObject *parent = nullptr);

    void setRoot(const QModelIndex &sourceRoot);
    void setFilterText(const QString &text);
    const QString &filterText() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPersistentModelIndex m_root;
    QString m_needle; // folded
};
