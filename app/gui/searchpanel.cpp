#include "gui/searchpanel.h"

#include "ui_searchpanel.h"

#include "models/searchresultmodel.h"

#include <QHeaderView>
#include <QKeyEvent>

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SearchPanel>()), m_results(new SearchResultModel(this))
{
    m_ui->setupUi(this);
    m_ui->searchResults->setModel(m_results);
    m_ui->searchResults->header()->setStretchLastSection(true);
    m_ui->searchResults->setColumnHidden(SearchResultModel::SnippetColumn, false);
    m_ui->searchField->installEventFilter(this);
    connect(m_ui->searchField, &QLineEdit::textChanged, this, &SearchPanel::runSearch);
    connect(m_ui->searchField, &QLineEdit::textChanged, this, &SearchPanel::queryChanged);
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_ui->searchResults->currentIndex();
        activate(current.isValid() ? current : m_results->index(0, 0));
    });
    connect(m_ui->searchResults, &QAbstractItemView::activated, this, &SearchPanel::activate);
    // One click goes, as a result in a browser's find bar or a search engine's list does.
    connect(m_ui->searchResults, &QAbstractItemView::clicked, this, &SearchPanel::activate);
    updateStatus();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setBriefing(BriefingPtr briefing, const QString &language)
{
    m_search = BriefingSearch(std::move(briefing), language);
    runSearch();
}

void SearchPanel::focusField()
{
    m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchField->selectAll();
}

QString SearchPanel::query() const
{
    return m_ui->searchField->text();
}

void SearchPanel::runSearch()
{
    m_results->setHits(m_search.find(m_ui->searchField->text()));
    if (m_results->rowCount() > 0)
        m_ui->searchResults->setCurrentIndex(m_results->index(0, 0));
    m_ui->searchResults->resizeColumnToContents(SearchResultModel::WhereColumn);
    updateStatus();
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT hitActivated(m_results->hit(index.row()));
}

void SearchPanel::updateStatus()
{
    const int count = m_results->rowCount();
    if (m_ui->searchField->text().trimmed().isEmpty())
        m_ui->searchStatus->setText(tr("Type to search titles, texts, names, places and sources."));
    else if (count == 0)
        m_ui->searchStatus->setText(tr("Nothing found."));
    else if (count >= BriefingSearch::MaxHits)
        m_ui->searchStatus->setText(tr("The first %n results; type more to narrow them.", nullptr, count));
    else
        m_ui->searchStatus->setText(tr("%n result(s)", nullptr, count));
}

QSize SearchPanel::sizeHint() const
{
    return {std::max(QWidget::sizeHint().width(), fontMetrics().averageCharWidth() * 60),
            QWidget::sizeHint().height()};
}

void SearchPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the field move through the results, as in a browser's address bar.
    if (watched == m_ui->searchField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int rows = m_results->rowCount();
            if (rows > 0) {
                const int row = m_ui->searchResults->currentIndex().row();
                const int next = key->key() == Qt::Key_Down ? std::min(row + 1, rows - 1)
                                                            : std::max(row - 1, 0);
                m_ui->searchResults->setCurrentIndex(m_results->index(next, 0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateStatus();
    }
    QWidget::changeEvent(event);
}
