#pragma once

#include "document/briefing.h"
#include "models/entryroles.h"

#include <QAbstractItemModel>

// The agenda as a tree: agenda areas at the top level, their items below, in document order.
// Views of one area (a tab each) use the area's index as their root.
class AgendaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ColumnCount };
    // Besides EntryRoles (the text: an item's text, an area's summary):
    enum Role {
        IsAreaRole = EntryRoles::FirstModelRole, // true for an agenda area, false for an item
    };

    explicit AgendaModel(QObject *parent = nullptr);

    void setBriefing(BriefingPtr briefing);
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The index of the area or item with this id; invalid when there is none.
    QModelIndex indexOf(const QString &id) const;

private:
    // internalId 0 marks an area; n > 0 marks an item of area n - 1.
    static constexpr quintptr AreaMarker = 0;

    BriefingPtr m_briefing;
    QString m_language = QStringLiteral("en");
};
