#include "gui/entrylistpage.h"

#include "gui/entrydetailview.h"
#include "models/briefingselection.h"
#include "models/entryfiltermodel.h"
#include "models/entryroles.h"

#include <QHeaderView>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

EntryListPage::EntryListPage(QAbstractItemModel *model, const QModelIndex &root,
                             BriefingSelection *selection, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_root(root),
      m_proxy(new EntryFilterModel(this)),
      m_filter(new QLineEdit(this)),
      m_selection(selection),
      m_heading(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_list(new QTreeView(this)),
      m_detail(new EntryDetailView(selection, EntryDetailView::Role::Details, this))
{
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setContentsMargins(4, 4, 4, 8);
    m_heading->hide();

    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));

    m_proxy->setSourceModel(model);
    m_proxy->setRoot(root);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        showSelection(m_selection->currentId());
    });

    m_list->setObjectName(QStringLiteral("list"));
    m_list->setModel(m_proxy);
    m_list->setRootIndex(m_proxy->mapFromSource(root));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setHeaderHidden(model->columnCount(root) < 2);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_list);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(m_detail);
    // A table needs room for its columns; a list of titles needs less than the text beside it.
    const bool table = model->columnCount(root) > 1;
    splitter->setStretchFactor(0, table ? 1 : 2);
    splitter->setStretchFactor(1, table ? 1 : 3);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);

    // Selection, not the current index: a view that gains focus makes its first row current
    // without selecting it, and that must not change what the reader selected.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_selection->select(rows.first().data(EntryRoles::IdRole).toString());
    });
    connect(m_selection, &BriefingSelection::currentChanged, this, &EntryListPage::showSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &EntryListPage::updateEmptyState);
    updateEmptyState();
    retranslate();
}

void EntryListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EntryListPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter this list"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setAccessibleDescription(tr("Shows only the entries that contain this text"));
}

void EntryListPage::setHeading(const QString &text)
{
    m_heading->setText(text);
    m_heading->setVisible(!text.isEmpty());
}

void EntryListPage::setStretchColumn(int column)
{
    for (int c = 0; c < m_proxy->columnCount(m_list->rootIndex()); ++c) {
        m_list->header()->setSectionResizeMode(c, c == column ? QHeaderView::Stretch
                                                              : QHeaderView::ResizeToContents);
    }
}

void EntryListPage::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    updateEmptyState();
}

void EntryListPage::setBriefing(BriefingPtr briefing, const QString &language)
{
    m_detail->setBriefing(std::move(briefing), language);
    showSelection(m_selection->currentId());
}

QStringList EntryListPage::filteredIds() const
{
    QStringList ids;
    if (m_proxy->filterText().isEmpty())
        return ids;
    const QModelIndex root = m_list->rootIndex();
    for (int row = 0; row < m_proxy->rowCount(root); ++row)
        ids.append(m_proxy->index(row, 0, root).data(EntryRoles::IdRole).toString());
    return ids;
}

QModelIndex EntryListPage::indexOf(const QString &id) const
{
    const QModelIndex root = m_list->rootIndex();
    const int rows = m_proxy->rowCount(root);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_proxy->index(row, 0, root);
        if (index.data(EntryRoles::IdRole).toString() == id)
            return index;
    }
    return {};
}

void EntryListPage::showSelection(const QString &id)
{
    const QModelIndex index = indexOf(id);
    if (index.isValid()) {
        if (m_list->currentIndex().siblingAtColumn(0) != index)
            m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    } else {
        m_list->selectionModel()->clearSelection();
    }
    // The pane shows whatever is selected, even from another page: a place named by an agenda
    // item opens beside that item.
    m_detail->showEntry(id);
}

void EntryListPage::updateEmptyState()
{
    const bool empty = m_model->rowCount(m_root) == 0;
    m_stack->setCurrentWidget(empty && !m_empty->text().isEmpty() ? static_cast<QWidget *>(m_empty)
                                                                   : m_stack->widget(0));
}
