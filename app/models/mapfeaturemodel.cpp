#include "models/mapfeaturemodel.h"

#include "document/vocabulary.h"
#include "models/linemodel.h"
#include "models/placemodel.h"

int MapFeatureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MapFeatureModel::entryCount() const
{
    return int(briefing()->places.size() + briefing()->lines.size());
}

QString MapFeatureModel::entryId(int row) const
{
    const auto places = int(briefing()->places.size());
    return row < places ? briefing()->places.at(row).id : briefing()->lines.at(row - places).id;
}

QVariant MapFeatureModel::entryData(const QModelIndex &index, int role) const
{
    const auto placeCount = int(briefing()->places.size());
    const bool isLine = index.row() >= placeCount;
    const Place *place = isLine ? nullptr : &briefing()->places.at(index.row());
    const MapLine *line = isLine ? &briefing()->lines.at(index.row() - placeCount) : nullptr;
    const LocalizedText &name = isLine ? line->name : place->name;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return resolve(name).text;
        case KindColumn:
            return isLine ? Vocabulary::name(line->kind) : Vocabulary::name(place->kind);
        }
        break;
    case EntryRoles::IdRole:
        return isLine ? line->id : place->id;
    case EntryRoles::TextRole:
        return resolve(isLine ? line->note : place->note).text;
    case EntryRoles::FallbackRole:
        return fallbackLanguage(resolve(name));
    case IsLineRole:
        return isLine;
    case ApproximateRole:
        return isLine ? line->approximate : place->approximate;
    }
    return {};
}

QVariant MapFeatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return BriefingTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Place or line");
    case KindColumn: return tr("Kind");
    }
    return {};
}
