#include "models/placemodel.h"

#include "document/vocabulary.h"

int PlaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaceModel::entryData(const QModelIndex &index, int role) const
{
    const Place &place = briefing()->places.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return resolve(place.name).text;
        case KindColumn:
            return Vocabulary::name(place.kind);
        case LatitudeColumn:
            return dates().locale().toString(place.position.lat, 'f', 4);
        case LongitudeColumn:
            return dates().locale().toString(place.position.lon, 'f', 4);
        }
        break;
    case EntryRoles::IdRole:
        return place.id;
    case EntryRoles::TextRole:
        return resolve(place.note).text;
    case EntryRoles::FallbackRole:
        return fallbackLanguage(resolve(place.name));
    case KindRole:
        return int(place.kind);
    case LatitudeRole:
        return place.position.lat;
    case LongitudeRole:
        return place.position.lon;
    case ApproximateRole:
        return place.approximate;
    }
    return {};
}

QVariant PlaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return BriefingTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Place");
    case KindColumn: return tr("Kind");
    case LatitudeColumn: return tr("Latitude");
    case LongitudeColumn: return tr("Longitude");
    }
    return {};
}
