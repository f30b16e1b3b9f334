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
    return int(briefing()->places.size() + briefing()->lines.size() + briefing()->areas.size());
}

QString MapFeatureModel::entryId(int row) const
{
    const auto places = int(briefing()->places.size());
    const auto lines = int(briefing()->lines.size());
    if (row < places)
        return briefing()->places.at(row).id;
    if (row < places + lines)
        return briefing()->lines.at(row - places).id;
    return briefing()->areas.at(row - places - lines).id;
}

QVariant MapFeatureModel::entryData(const QModelIndex &index, int role) const
{
    const auto placeCount = int(briefing()->places.size());
    const auto lineCount = int(briefing()->lines.size());
    const int row = index.row();
    const bool isArea = row >= placeCount + lineCount;
    const bool isLine = !isArea && row >= placeCount;
    const Place *place = isLine || isArea ? nullptr : &briefing()->places.at(row);
    const MapLine *line = isLine ? &briefing()->lines.at(row - placeCount) : nullptr;
    const MapArea *area = isArea ? &briefing()->areas.at(row - placeCount - lineCount) : nullptr;
    const LocalizedText &name = isArea ? area->name : isLine ? line->name : place->name;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return resolve(name).text;
        case KindColumn:
            return isArea ? Vocabulary::name(area->kind)
                : isLine  ? Vocabulary::name(line->kind)
                          : Vocabulary::name(place->kind);
        }
        break;
    case EntryRoles::IdRole:
        return isArea ? area->id : isLine ? line->id : place->id;
    case EntryRoles::TextRole:
        return resolve(isArea ? area->note : isLine ? line->note : place->note).text;
    case EntryRoles::FallbackRole:
        return fallbackLanguage(resolve(name));
    case IsLineRole:
        return isLine;
    case IsAreaRole:
        return isArea;
    case ApproximateRole:
        return isArea ? area->approximate : isLine ? line->approximate : place->approximate;
    }
    return {};
}

QVariant MapFeatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return BriefingTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Place, line or area");
    case KindColumn: return tr("Kind");
    }
    return {};
}
