#pragma once

#include "document/briefing.h"

#include <QPersistentModelIndex>
#include <QWidget>

class BriefingSelection;
class EntryDetailView;
class EntryFilterModel;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

// A page with a list of entries (the items of one agenda area, the tensions, the events, ...)
// and the details of the selected one beside it. The list is any model whose rows carry their
// id in EntryRoles::IdRole, under `root`. The page follows the shared selection and sets it.
class EntryListPage : public QWidget
{
    Q_OBJECT

public:

    EntryListPage(QAbstractItemModel *model, const QModelIndex &root,
                  BriefingSelection *selection, QWidget *parent = nullptr);

    // A line of text above the list (an agenda area's summary); hidden when empty.
    void setHeading(const QString &text);
    // What the page says when its list is empty ("This briefing lists no tensions.").
    void setEmptyText(const QString &text);
    // The column that takes the width the others leave (the title).
    void setStretchColumn(int column);
    void setBriefing(BriefingPtr briefing, const QString &language);

    QTreeView *list() const { return m_list; }
    EntryDetailView *detail() const { return m_detail; }
    QLineEdit *filter() const { return m_filter; }
    // The ids the filtered list shows; empty when the list is not filtered.
    QStringList filteredIds() const;
    // The row of the list (in the list's own, filtered model) that holds `id`, or an invalid
    // index when it is not shown.
    QModelIndex indexOf(const QString &id) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelection(const QString &id);
    void updateEmptyState();
    void retranslate();

    QAbstractItemModel *m_model;
    QPersistentModelIndex m_root;
    EntryFilterModel *m_proxy;
    QLineEdit *m_filter;
    BriefingSelection *m_selection;
    QLabel *m_heading;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QTreeView *m_list;
    EntryDetailView *m_detail;
};
