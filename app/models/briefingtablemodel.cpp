#include "models/briefingtablemodel.h"

#include "models/entryhtml.h"
#include "models/fallbackmark.h"

BriefingTableModel::BriefingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BriefingTableModel::setBriefing(BriefingPtr briefing)
{
    beginResetModel();
    m_briefing = std::move(briefing);
    endResetModel();
}

void BriefingTableModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_dates = DateFormatter(QLocale(language));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int BriefingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_briefing ? 0 : entryCount();
}

QHash<int, QByteArray> BriefingTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryRoles::IdRole, "id");
    names.insert(EntryRoles::TextRole, "text");
    names.insert(EntryRoles::FallbackRole, "fallback");
    names.insert(EntryRoles::ChipRole, "chip");
    return names;
}

int BriefingTableModel::rowOf(const QString &id) const
{
    if (!m_briefing)
        return -1;
    const Briefing::Ref *ref = m_briefing->find(id);
    return ref && ref->kind == entryKind() ? ref->index : -1;
}

LocalizedText::Resolved BriefingTableModel::resolve(const LocalizedText &text) const
{
    return m_briefing->text(text, m_language);
}

QString BriefingTableModel::fallbackLanguage(const LocalizedText::Resolved &resolved) const
{
    return resolved.language == m_language ? QString() : resolved.language;
}

QVariant BriefingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Tooltips guess rich text: document text goes in escaped.
    if (role == Qt::ToolTipRole) {
        const QString shown = index.column() == nameColumn()
            ? entryData(index, EntryRoles::FallbackRole).toString()
            : QString();
        return EntryHtml::toolTip(toolTipText(index),
                                  FallbackMark::label({{}, shown}, m_language));
    }
    return entryData(index, role);
}

QString BriefingTableModel::toolTipText(const QModelIndex &index) const
{
    return entryData(index, Qt::DisplayRole).toString();
}
