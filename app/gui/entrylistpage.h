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
// and the details of one of them beside it. The list is any model whose rows carry their id in
// EntryRoles::IdRole, under `root`.
//
// The pane shows only an entry of this list, selected and current in it: the shared selection
// when it is one of them, else the entry the page showed last, else its first. A selection made
// elsewhere (a place, an outcome) never opens here, and a page seen for the first time shows
// its first entry. Only the reader's own choice in the list (click, keys, focus) changes the
// shared selection; what the page picks for itself does not. An entry of this list that the
// reader goes to (a search result, a link, Back) is shown even when the filter hid it: the
// filter is cleared.
class EntryListPage : public QWidget
{
    Q_OBJECT

public:

    EntryListPage(QAbstractItemModel *model, const QModelIndex &root,
                  BriefingSelection *selection, QWidget *parent = nullptr);

    // The page's title above everything else (an agenda area's title, which the tab may show
    // cut short); hidden when empty. `fallbackLabel`, when given, follows it as the fallback
    // mark, as in the detail pane and the PDF (FallbackMark).
    void setTitle(const QString &text, const QString &fallbackLabel = {});
    // A line of text above the list (an agenda area's summary); hidden when empty.
    void setHeading(const QString &text, const QString &fallbackLabel = {});
    // What the page says when its list is empty ("This briefing lists no tensions.").
    void setEmptyText(const QString &text);
    // The column that takes the width the others leave (the title); the others fit their
    // contents.
    void setStretchColumn(int column);
    // A column that gives way (its text elides) when the list is too narrow for the whole
    // title, down to its heading's width: a list of parties, say.
    void setElidingColumn(int column);
    void setBriefing(BriefingPtr briefing, const QString &language);

    QTreeView *list() const { return m_list; }
    EntryDetailView *detail() const { return m_detail; }
    QLineEdit *filter() const { return m_filter; }
    // How many entries the list shows, and how many it has unfiltered.
    int shownCount() const;
    int totalCount() const;
    // The ids the filtered list shows; empty when the list is not filtered.
    QStringList filteredIds() const;
    // The row of the list (in the list's own, filtered model) that holds `id`, or an invalid
    // index when it is not shown.
    QModelIndex indexOf(const QString &id) const;
    // The entry the pane shows; empty when the list shows none.
    const QString &shownId() const { return m_shown; }
    // Shows `id` beside the list, selected in it, without changing the shared selection: for a
    // view beside the list that walks through the same entries. False when the list does not
    // show `id`.
    bool showEntry(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // `text` on `label`, isolated where its direction is not the page's, then its fallback mark.
    void showText(QLabel *label, const QString &text, const QString &fallbackLabel);

    enum class Refresh { IfChanged, Always };

    // The shared selection changed to `id`.
    void follow(const QString &id);
    // Shows `preferred` if the list shows it, else what the page showed, else its first entry.
    void showOwn(const QString &preferred, Refresh refresh = Refresh::IfChanged);
    void showRow(const QModelIndex &index, Refresh refresh);
    // The reader chose `index` in the list: it becomes the shared selection.
    void choose(const QModelIndex &index);
    void updateEmptyState();
    void retranslate();
    void fitColumns();

    QAbstractItemModel *m_model;
    QPersistentModelIndex m_root;
    EntryFilterModel *m_proxy;
    QLineEdit *m_filter;
    BriefingSelection *m_selection;
    QLabel *m_title;
    QLabel *m_heading;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QTreeView *m_list;
    EntryDetailView *m_detail;
    QString m_shown;
    int m_stretchColumn = 0;
    int m_elidingColumn = -1;
    // Set while the page moves the list's selection itself, so that the move is not taken for
    // the reader's choice.
    bool m_showing = false;
};
