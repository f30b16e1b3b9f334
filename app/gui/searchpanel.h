#pragma once

#include "models/briefingsearch.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SearchPanel;
}

class SearchResultModel;

// Searches the whole briefing as the reader types and lists where each match is. Enter in the
// field or on a result, or a click, goes there; Up and Down in the field move through the
// results; Escape closes the panel.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    // Called for a new document and whenever the content language changes.
    void setBriefing(BriefingPtr briefing, const QString &language);
    // Puts the cursor in the search field with its text selected.
    void focusField();
    // What the reader searches for, as typed.
    QString query() const;
    SearchResultModel *results() const { return m_results; }
    // Wide enough for the three columns of a result.
    QSize sizeHint() const override;

Q_SIGNALS:
    void hitActivated(const BriefingSearch::Hit &hit);
    // The reader changed the search text.
    void queryChanged(const QString &query);
    // Escape in the field or the results: the reader is done searching.
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void runSearch();
    void activate(const QModelIndex &index);
    void updateStatus();

    std::unique_ptr<Ui::SearchPanel> m_ui;
    SearchResultModel *m_results;
    BriefingSearch m_search;
};
