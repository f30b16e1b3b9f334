#pragma once

#include <QLabel>

class EntryListPage;
class QStatusBar;

// The status bar's lasting line: what the current tab shows, in a few words. The tab, how many
// of its entries its list shows and the filter that narrows them, and the language:
// "Transport · 6 of 9 items (filter: “rail”) · English". It stays beside the bar's passing
// messages and, while a long one shows, narrows (cut with an ellipsis) to leave it most of the
// bar.
class StatusLine : public QLabel
{
    Q_OBJECT

public:
    explicit StatusLine(QStatusBar *bar);

    // `tabKey` as MainWindow names tabs; `list` is the tab's list, null for a tab without one
    // (the overview) or not built yet.
    void describe(const QString &tabTitle, const QString &tabKey, const EntryListPage *list,
                  const QString &language);
    void clearDescription();
    // The whole line, also when it is cut to fit.
    const QString &description() const { return m_description; }
    // What the line shows at its width: cut with an ellipsis when it does not fit.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setDescription(const QString &text);
    int wholeWidth() const;

    QStatusBar *m_bar;
    QString m_description;
    QString m_message; // the bar's passing message, if one shows
};
