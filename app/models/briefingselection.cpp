#include "models/briefingselection.h"

BriefingSelection::BriefingSelection(QObject *parent)
    : QObject(parent)
{
}

void BriefingSelection::select(const QString &id)
{
    if (id == m_current)
        return;
    if (!id.isEmpty()) {
        m_history.erase(m_history.begin() + (m_position + 1), m_history.end());
        m_history.append(id);
        if (m_history.size() > MaxHistory)
            m_history.removeFirst();
        m_position = int(m_history.size()) - 1;
        Q_EMIT historyChanged();
    }
    setCurrent(id);
}

void BriefingSelection::setMarkedText(const QString &text)
{
    if (text == m_marked)
        return;
    m_marked = text;
    Q_EMIT markedTextChanged(text);
}

void BriefingSelection::back()
{
    if (!canGoBack())
        return;
    --m_position;
    setCurrent(m_history.at(m_position));
    Q_EMIT historyChanged();
}

void BriefingSelection::forward()
{
    if (!canGoForward())
        return;
    ++m_position;
    setCurrent(m_history.at(m_position));
    Q_EMIT historyChanged();
}

void BriefingSelection::clear()
{
    m_history.clear();
    m_position = -1;
    setCurrent({});
    Q_EMIT historyChanged();
}

void BriefingSelection::setCurrent(const QString &id)
{
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT currentChanged(id);
}
