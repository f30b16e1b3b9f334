#pragma once

#include <QList>
#include <QMetaObject>
#include <QPersistentModelIndex>
#include <QSortFilterProxyModel>

// Filters the entries under one root of a source model (the items of an agenda area, the
// tensions, the events) by text, folded as search folds it (see TextFolder): a row stays when
// the text is in any of its columns, its confidence badge or its body text. Rows outside the
// root pass untouched, so the root itself is never filtered away.
//
// Each row's text is folded once and kept until the source changes: a keystroke in the filter
// then only looks for the needle, whatever the length of the list.
class EntryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EntryFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setRoot(const QModelIndex &sourceRoot);
    void setFilterText(const QString &text);
    const QString &filterText() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void forgetTexts() const;
    QString rowText(int sourceRow) const;

    QPersistentModelIndex m_root;
    QString m_needle; // folded
    // The folded text of each row under the root, its fields a line each; empty until needed.
    mutable QList<QString> m_texts;
    mutable bool m_textsKnown = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};
