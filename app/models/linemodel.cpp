#include "models/linemodel.h"

#include "document/vocabulary.h"

#include <QPointF>

int LineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineModel::entryData(const QModelIndex &index, int role) const
{
    const MapLine &line = briefing()->lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return resolve(line.name).text;
        case KindColumn:
            return Vocabulary::name(line.kind);
        case PointCountColumn:
            return dates().locale().toString(line.points.size());
        }
        break;
    case EntryRoles::IdRole:
        return line.id;
    case EntryRoles::TextRole:
        return resolve(line.note).text;
    case EntryRoles::FallbackRole:
        return fallbackLanguage(resolve(line.name));
    case KindRole:
        return int(line.kind);
    case PointsRole: {
        QVariantList points;
        points.reserve(line.points.size());
        for (const GeoPoint &point : line.points)
            points.append(QPointF(point.lon, point.lat));
        return points;
    }
    case ApproximateRole:
        return line.approximate;
    }
    return {};
}

QVariant LineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return BriefingTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Line");
    case KindColumn: return tr("Kind");
    case PointCountColumn: return tr("Points");
    }
    return {};
}
