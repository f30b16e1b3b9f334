#include "models/agendamodel.h"

#include "document/textlist.h"
#include "document/vocabulary.h"
#include "models/entryhtml.h"
#include "models/fallbackmark.h"

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void AgendaModel::setBriefing(BriefingPtr briefing)
{
    beginResetModel();
    m_briefing = std::move(briefing);
    endResetModel();
}

void AgendaModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    const int areas = rowCount();
    if (areas == 0)
        return;
    Q_EMIT dataChanged(index(0, 0), index(areas - 1, 0));
    for (int row = 0; row < areas; ++row) {
        const QModelIndex area = index(row, 0);
        if (const int items = rowCount(area); items > 0)
            Q_EMIT dataChanged(index(0, 0, area), index(items - 1, 0, area));
    }
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, AreaMarker);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == AreaMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, AreaMarker);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!m_briefing || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_briefing->agenda.size());
    if (parent.internalId() == AreaMarker)
        return int(m_briefing->agenda.at(parent.row()).items.size());
    return 0;
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isArea = index.internalId() == AreaMarker;
    const AgendaArea &area =
        m_briefing->agenda.at(isArea ? index.row() : int(index.internalId() - 1));
    const LocalizedText &title = isArea ? area.title : area.items.at(index.row()).title;
    switch (role) {
    case Qt::ToolTipRole: {
        // Tooltips guess rich text: document text goes in escaped.
        const LocalizedText::Resolved shown = m_briefing->text(title, m_language);
        return EntryHtml::toolTip(shown.text, FallbackMark::label(shown, m_language));
    }
    case Qt::DisplayRole:
        return m_briefing->text(title, m_language).text;
    case EntryRoles::IdRole:
        return isArea ? area.id : area.items.at(index.row()).id;
    case EntryRoles::TextRole:
        return m_briefing->text(isArea ? area.summary : area.items.at(index.row()).text, m_language)
            .text;
    case EntryRoles::FallbackRole: {
        const QString shown = m_briefing->text(title, m_language).language;
        return shown == m_language ? QString() : shown;
    }
    case IsAreaRole:
        return isArea;
    case Qt::AccessibleTextRole: {
        // The badge is drawn; a screen reader hears its word after the title.
        const QString shown = m_briefing->text(title, m_language).text;
        const QString confidence = isArea
            ? QString()
            : Vocabulary::name(area.items.at(index.row()).confidence);
        return confidence.isEmpty()
            ? shown
            : QString(shown + TextList::separator(QLocale(m_language)) + confidence);
    }
    case EntryRoles::ConfidenceRole:
        return int(isArea ? Confidence::Unstated : area.items.at(index.row()).confidence);
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == TitleColumn)
        return tr("Agenda");
    return QAbstractItemModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> AgendaModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(EntryRoles::IdRole, "id");
    names.insert(EntryRoles::TextRole, "text");
    names.insert(EntryRoles::FallbackRole, "fallback");
    names.insert(EntryRoles::ConfidenceRole, "confidence");
    names.insert(IsAreaRole, "isArea");
    return names;
}

QModelIndex AgendaModel::indexOf(const QString &id) const
{
    if (!m_briefing)
        return {};
    const Briefing::Ref *ref = m_briefing->find(id);
    if (!ref)
        return {};
    if (ref->kind == Briefing::Kind::AgendaArea)
        return index(ref->index, 0);
    if (ref->kind == Briefing::Kind::AgendaItem)
        return index(ref->index, 0, index(ref->areaIndex, 0));
    return {};
}
