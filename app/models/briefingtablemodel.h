#pragma once

// The models/ folder: the item models the views and the exporter read, their filter and search,
// the shared selection and an entry as HTML; Qt Core only. This is its main header.

#include "document/briefing.h"
#include "document/dateformatter.h"
#include "models/entryroles.h"

#include <QAbstractTableModel>

// What the flat models over one list of the document share: the document they show, the
// content language their texts are resolved in, and the roles every view relies on.
class BriefingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit BriefingTableModel(QObject *parent = nullptr);

    void setBriefing(BriefingPtr briefing);
    const BriefingPtr &briefing() const { return m_briefing; }

    // The language the document's texts are shown in, and the locale dates and numbers are.
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }

    int rowCount(const QModelIndex &parent = {}) const final;
    // Checks the index, then answers from entryData(); the tooltip of every cell is answered
    // here, from toolTipText(), with the fallback mark when the row's text is a fallback, and
    // so is the confidence of every kind of entry, the same way (EntryRoles::ConfidenceRole).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QHash<int, QByteArray> roleNames() const override;

    // The row of the entry with this id, or -1.
    int rowOf(const QString &id) const;

protected:
    virtual Briefing::Kind entryKind() const = 0;
    virtual int entryCount() const = 0;
    virtual QString entryId(int row) const = 0;
    // A valid index's data for every role but Qt::ToolTipRole.
    virtual QVariant entryData(const QModelIndex &index, int role) const = 0;
    // The plain text of a cell's tooltip: its display text, unless a model says otherwise.
    virtual QString toolTipText(const QModelIndex &index) const;
    LocalizedText::Resolved resolve(const LocalizedText &text) const;
    // The column that shows the entry's name or title, whose tooltip carries the fallback mark.
    virtual int nameColumn() const { return 0; }
    // What EntryRoles::FallbackRole answers for a resolved text.
    QString fallbackLanguage(const LocalizedText::Resolved &resolved) const;
    const DateFormatter &dates() const { return m_dates; }

private:
    BriefingPtr m_briefing;
    QString m_language = QStringLiteral("en");
    DateFormatter m_dates{QLocale(QLocale::English)};
};
