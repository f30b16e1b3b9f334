#include "models/tensionmodel.h"

#include "document/textlist.h"
#include "document/vocabulary.h"
#include "models/chipstyle.h"

int TensionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TensionModel::entryData(const QModelIndex &index, int role) const
{
    const Tension &tension = briefing()->tensions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return resolve(tension.title).text;
        case PartiesColumn: {
            QStringList names;
            for (const QString &party : tension.parties) {
                if (const Country *country = briefing()->country(party))
                    names.append(resolve(country->name).text);
                else if (const Person *person = briefing()->person(party))
                    names.append(resolve(person->name).text);
            }
            return TextList::join(names, dates().locale());
        }
        case SeverityColumn:
            return Vocabulary::name(tension.severity);
        case StatusColumn:
            return Vocabulary::name(tension.status);
        }
        break;
    case EntryRoles::IdRole:
        return tension.id;
    case EntryRoles::TextRole:
        return resolve(tension.text).text;
    case EntryRoles::FallbackRole:
        return fallbackLanguage(resolve(tension.title));
    case SeverityRole:
        return int(tension.severity);
    case StatusRole:
        return int(tension.status);
    case EntryRoles::ChipRole:
        if (index.column() == SeverityColumn)
            return QVariant::fromValue(ChipStyle::of(tension.severity));
        if (index.column() == StatusColumn)
            return QVariant::fromValue(ChipStyle::of(tension.status));
        break;
    }
    return {};
}

QVariant TensionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return BriefingTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Tension");
    case PartiesColumn: return tr("Parties");
    case SeverityColumn: return tr("Severity");
    case StatusColumn: return tr("Status");
    }
    return {};
}
