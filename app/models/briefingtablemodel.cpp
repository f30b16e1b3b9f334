#include "models/briefingtablemodel.h"

#include "document/textlist.h"
#include "document/vocabulary.h"
#include "models/entryfields.h"
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
    names.insert(EntryRoles::ConfidenceRole, "confidence");
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
    if (index.column() == nameColumn()) {
        const Confidence confidence =
            EntryFields::confidence(*m_briefing, entryId(index.row()));
        if (role == EntryRoles::ConfidenceRole)
            return int(confidence);
        // The badge is drawn; a screen reader hears its word after the name.
        if (role == Qt::AccessibleTextRole && confidence != Confidence::Unstated) {
            return QString(entryData(index, Qt::DisplayRole).toString()
                           + TextList::separator(m_dates.locale())
                           + Vocabulary::name(confidence));
        }
    }
    return entryData(index, role);
}

QString BriefingTableModel::toolTipText(const QModelIndex &index) const
{
    return entryData(index, Qt::DisplayRole).toString();
}
