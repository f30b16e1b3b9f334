#include "gui/entrylistpage.h"

#include "document/htmltext.h"
#include "document/textlist.h"
#include "gui/chipdelegate.h"
#include "gui/entrydetailview.h"
#include "models/briefingselection.h"
#include "models/entryfiltermodel.h"
#include "models/entryroles.h"
#include "models/fallbackmark.h"

#include <algorithm>

#include <QEvent>
#include <QFocusEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
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
      m_title(new QLabel(this)),
      m_heading(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_list(new QTreeView(this)),
      m_detail(new EntryDetailView(selection, EntryDetailView::Role::Details, this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setContentsMargins(4, 4, 4, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->hide();

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
        showOwn(m_shown);
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
    m_list->setItemDelegate(new ChipDelegate(m_list));
    m_list->header()->setStretchLastSection(false);
    // Every width is set by fitColumns(), which follows the list's width.
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setHeaderHidden(model->columnCount(root) < 2);
    // The widths follow the list's width and what it shows.
    m_list->viewport()->installEventFilter(this);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EntryListPage::fitColumns);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EntryListPage::fitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EntryListPage::fitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EntryListPage::fitColumns);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &EntryListPage::fitColumns);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_list);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(m_detail);
    // A table needs room for its columns, two thirds of the page, so that at 900 px its titles
    // stay whole; a list of titles needs less than the text beside it.
    const bool table = model->columnCount(root) > 1;
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, table ? 1 : 3);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);

    // Selection, not the current index: a view that gains focus by the mouse makes a row current
    // without selecting it, and that is not a choice. A click on the row already selected changes
    // no selection, yet it chooses that row when the page picked it by itself.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        if (!m_showing && !rows.isEmpty())
            choose(rows.first());
    });
    connect(m_list, &QAbstractItemView::clicked, this, &EntryListPage::choose);
    connect(m_list, &QAbstractItemView::activated, this, &EntryListPage::choose);
    m_list->installEventFilter(this);
    connect(m_selection, &BriefingSelection::currentChanged, this, &EntryListPage::follow);
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

bool EntryListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    // Focus that enters the list by the keyboard selects its current entry, so that Down then
    // goes to the next one and not from an unselected first to the second.
    if (watched == m_list && event->type() == QEvent::FocusIn
        && static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason) {
        QModelIndex current = m_list->currentIndex();
        if (!current.isValid())
            current = m_proxy->index(0, 0, m_list->rootIndex());
        if (current.isValid()
            && !m_list->selectionModel()->isRowSelected(current.row(), current.parent())) {
            choose(current);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntryListPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter this list"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setAccessibleDescription(tr("Shows only the entries that contain this text"));
}

void EntryListPage::setTitle(const QString &text, const QString &fallbackLabel)
{
    showText(m_title, text, fallbackLabel);
}

void EntryListPage::setHeading(const QString &text, const QString &fallbackLabel)
{
    showText(m_heading, text, fallbackLabel);
}

void EntryListPage::showText(QLabel *label, const QString &text, const QString &fallbackLabel)
{
    // Document text in the other direction than the page keeps its own order.
    const QString shown = TextList::isolatedFrom(text, layoutDirection());
    if (fallbackLabel.isEmpty()) {
        label->setTextFormat(Qt::PlainText);
        label->setText(shown);
    } else {
        // The mark on its tint needs rich text: built here, every run of it escaped.
        label->setTextFormat(Qt::RichText);
        label->setText(HtmlText::escape(shown).replace(u'\n', QStringLiteral("<br>"))
                       + FallbackMark::html(fallbackLabel));
    }
    label->setVisible(!text.isEmpty());
}

void EntryListPage::setStretchColumn(int column)
{
    m_stretchColumn = column;
    fitColumns();
}

void EntryListPage::setElidingColumn(int column)
{
    m_elidingColumn = column;
    fitColumns();
}

void EntryListPage::fitColumns()
{
    QHeaderView *header = m_list->header();
    const int columns = m_proxy->columnCount(m_list->rootIndex());
    if (columns == 1) {
        // A list of titles: the one column is as wide as the list.
        header->resizeSection(0, m_list->viewport()->width());
        return;
    }
    if (columns < 2 || m_stretchColumn < 0 || m_stretchColumn >= columns)
        return;
    // QTreeView hides the measure that every item view offers.
    const QAbstractItemView *view = m_list;
    QList<int> want(columns, 0);
    int fixed = 0;
    for (int c = 0; c < columns; ++c) {
        want[c] = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        if (c != m_stretchColumn && c != m_elidingColumn)
            fixed += want[c];
    }
    const int available = m_list->viewport()->width();
    // The title never gets less than a quarter of the list (or all it needs, when less).
    const int titleLeast = std::min(want[m_stretchColumn],
                                    std::max(available / 4,
                                             m_list->fontMetrics().averageCharWidth() * 16));
    int elided = 0;
    if (m_elidingColumn >= 0 && m_elidingColumn < columns && m_elidingColumn != m_stretchColumn) {
        // The eliding column keeps at least its heading and gets what the whole title leaves.
        const int least = std::min(want[m_elidingColumn], header->sectionSizeHint(m_elidingColumn));
        const int title = std::clamp(available - fixed - least, titleLeast, want[m_stretchColumn]);
        elided = std::clamp(available - fixed - title, least, want[m_elidingColumn]);
        header->resizeSection(m_elidingColumn, elided);
    }
    for (int c = 0; c < columns; ++c) {
        if (c != m_stretchColumn && c != m_elidingColumn)
            header->resizeSection(c, want[c]);
    }
    // The title takes the rest; when even its least does not fit, the list scrolls sideways.
    header->resizeSection(m_stretchColumn, std::max(titleLeast, available - fixed - elided));
}

void EntryListPage::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    updateEmptyState();
}

void EntryListPage::setBriefing(BriefingPtr briefing, const QString &language)
{
    m_detail->setBriefing(std::move(briefing), language);
    showOwn(m_selection->currentId(), Refresh::Always);
}

int EntryListPage::shownCount() const
{
    return m_proxy->rowCount(m_list->rootIndex());
}

int EntryListPage::totalCount() const
{
    return m_model->rowCount(m_root);
}

void EntryListPage::follow(const QString &id)
{
    if (!id.isEmpty() && !m_proxy->filterText().isEmpty() && !indexOf(id).isValid()) {
        for (int row = 0; row < m_model->rowCount(m_root); ++row) {
            if (m_model->index(row, 0, m_root).data(EntryRoles::IdRole).toString() == id) {
                m_filter->clear();
                break;
            }
        }
    }
    showOwn(id);
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

bool EntryListPage::showEntry(const QString &id)
{
    const QModelIndex index = indexOf(id);
    if (index.isValid())
        showRow(index, Refresh::IfChanged);
    return index.isValid();
}

void EntryListPage::showOwn(const QString &preferred, Refresh refresh)
{
    QModelIndex index = indexOf(preferred);
    if (!index.isValid() && !m_shown.isEmpty())
        index = indexOf(m_shown);
    if (!index.isValid())
        index = m_proxy->index(0, 0, m_list->rootIndex());
    showRow(index, refresh);
}

void EntryListPage::showRow(const QModelIndex &index, Refresh refresh)
{
    const QString id = index.data(EntryRoles::IdRole).toString();
    {
        const QScopedValueRollback<bool> quiet(m_showing, true);
        if (index.isValid()) {
            m_list->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_list->scrollTo(index);
        } else {
            m_list->selectionModel()->clearSelection();
        }
    }
    // Rendering the same entry again would throw away where the reader had scrolled to.
    if (id == m_shown && refresh == Refresh::IfChanged && !id.isEmpty())
        return;
    m_shown = id;
    const QString filter = m_proxy->filterText();
    m_detail->setPlaceholder(id.isEmpty() && !filter.isEmpty()
                                 ? tr("No entry in this list contains “%1”.").arg(filter)
                                 : QString());
    m_detail->showEntry(id);
}

void EntryListPage::choose(const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(0);
    if (!row.isValid())
        return;
    // Shown here first: when the shared selection is this entry already, it does not change
    // and would not bring it back beside the list.
    showRow(row, Refresh::IfChanged);
    m_selection->select(row.data(EntryRoles::IdRole).toString());
}

void EntryListPage::updateEmptyState()
{
    const bool empty = m_model->rowCount(m_root) == 0;
    m_stack->setCurrentWidget(empty && !m_empty->text().isEmpty() ? static_cast<QWidget *>(m_empty)
                                                                   : m_stack->widget(0));
}
