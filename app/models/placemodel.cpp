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
        // A place the sources do not locate says so, never "0, 0".
        case LatitudeColumn:
            return place.hasPosition ? dates().locale().toString(place.position.lat, 'f', 4)
                                     : tr("no position given");
        case LongitudeColumn:
            return place.hasPosition ? dates().locale().toString(place.position.lon, 'f', 4)
                                     : QString();
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
        return place.hasPosition ? QVariant(place.position.lat) : QVariant();
    case LongitudeRole:
        return place.hasPosition ? QVariant(place.position.lon) : QVariant();
    case HasPositionRole:
        return place.hasPosition;
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
