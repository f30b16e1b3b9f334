#pragma once

#include <QObject>
#include <QStringList>

// The one selection the whole program shares: the id of the agenda item, tension, event,
// place or line the reader is looking at. Every view follows it and sets it; it keeps the
// history of what was selected so the reader can walk back and forward, and the words the
// reader searched for, which every page that shows document text marks.
class BriefingSelection : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxHistory = 200;

    explicit BriefingSelection(QObject *parent = nullptr);

    const QString &currentId() const { return m_current; }
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }

    // Selects `id` (no-op when it is already selected) and records it in the history, dropping
    // whatever lay ahead of the current position.
    void select(const QString &id);
    void back();
    void forward();
    // The search whose matches the pages mark; empty when nothing is marked.
    const QString &markedText() const { return m_marked; }
    void setMarkedText(const QString &text);

    // Forgets everything: for a new document.
    void clear();
    // Keeps only the ids `exists` accepts: for a reload of the same document.
    template<typename Predicate>
    void retain(Predicate exists)
    {
        QStringList kept;
        int position = -1;
        for (int i = 0; i < m_history.size(); ++i) {
            if (exists(m_history.at(i)) && (kept.isEmpty() || kept.constLast() != m_history.at(i))) {
                kept.append(m_history.at(i));
                if (i <= m_position)
                    position = int(kept.size()) - 1;
            }
        }
        m_history = kept;
        m_position = position;
        setCurrent(position >= 0 ? m_history.at(position) : QString());
        Q_EMIT historyChanged();
    }

Q_SIGNALS:
    void currentChanged(const QString &id);
    void historyChanged();
    void markedTextChanged(const QString &text);

private:
    void setCurrent(const QString &id);

    QStringList m_history;
    int m_position = -1;
    QString m_current;
    QString m_marked;
};
