#include "models/areamodel.h"

#include "document/vocabulary.h"

#include <QPointF>

int AreaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AreaModel::entryData(const QModelIndex &index, int role) const
{
    const MapArea &area = briefing()->areas.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return resolve(area.name).text;
        case KindColumn:
            return Vocabulary::name(area.kind);
        }
        break;
    case EntryRoles::IdRole:
        return area.id;
    case EntryRoles::TextRole:
        return resolve(area.note).text;
    case EntryRoles::FallbackRole:
        return fallbackLanguage(resolve(area.name));
    case KindRole:
        return int(area.kind);
    case RingsRole: {
        QVariantList rings;
        rings.reserve(area.rings.size());
        for (const QList<GeoPoint> &ring : area.rings) {
            QVariantList points;
            points.reserve(ring.size());
            for (const GeoPoint &point : ring)
                points.append(QPointF(point.lon, point.lat));
            rings.append(QVariant(points));
        }
        return rings;
    }
    case ApproximateRole:
        return area.approximate;
    }
    return {};
}

QVariant AreaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return BriefingTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Map area");
    case KindColumn: return tr("Kind");
    }
    return {};
}
