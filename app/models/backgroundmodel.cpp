#include "models/backgroundmodel.h"

int BackgroundModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackgroundModel::entryData(const QModelIndex &index, int role) const
{
    const BackgroundSection &section = briefing()->background.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return resolve(section.title).text;
    case EntryRoles::IdRole:
        return section.id;
    case EntryRoles::TextRole:
        return resolve(section.text).text;
    case EntryRoles::FallbackRole:
        return fallbackLanguage(resolve(section.title));
    }
    return {};
}

QVariant BackgroundModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == TitleColumn)
        return tr("Section");
    return BriefingTableModel::headerData(section, orientation, role);
}
