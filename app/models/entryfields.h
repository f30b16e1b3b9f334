#pragma once

#include "document/briefing.h"
#include "document/dateformatter.h"
#include "models/chipstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a reader is told about one entry (agenda item, tension, event, outcome, background
// section, place or line), field by field, in the order and the words of the detail pane: the
// one rule for the pane (EntryHtml) and for the entries of the PDF and HTML export
// (ExportContent), so that the paper never says less than the window. Plain text throughout;
// each of them escapes and marks it up in its own way.
class EntryFields
{
    Q_DECLARE_TR_FUNCTIONS(EntryFields)

public:
    // A piece of the line under the title: plain words, or a word on its chip.
    struct MetaPart
    {
        QString text;
        ChipStyle::Colours chip; // empty for plain words
    };

    // An entry, place or line that this one names, or that names it.
    struct Reference
    {
        QString id;
        QString title;
        QString label; // what it is: its agenda area, "Tension", its date; may be empty
    };

    struct ReferenceList
    {
        QString heading;
        QList<Reference> items;
    };

    struct Fields
    {
        LocalizedText title;
        QList<MetaPart> meta;
        LocalizedText text;
        LocalizedText note;
        QString noteHeading; // "Note" over an entry's note; a place's or line's note has none
        QList<ReferenceList> references; // lists without items are left out
        QStringList sources;             // ids, in the entry's order
    };

    EntryFields(const Briefing &briefing, const QString &language);

    // The fields of the entry, place or line with this id; none when there is no such thing.
    std::optional<Fields> of(const QString &id) const;

    // The name of an entry, place or line; the id itself only when nothing has that id.
    QString title(const QString &id) const;
    // The same name in all its languages; empty when nothing has that id.
    LocalizedText localizedTitle(const QString &id) const;
    // What an entry is, shown beside its title in a list of references.
    QString kindLabel(const QString &id) const;

private:
    QString text(const LocalizedText &value) const;
    Reference reference(const QString &id) const;
    void addReferences(Fields &fields, const QString &heading, const QStringList &ids) const;
    // The translated template with its %1, %2... replaced by the parts, in the template's
    // order (a translation may reorder them).
    static QList<MetaPart> filled(const QString &pattern, const QList<MetaPart> &arguments);

    const Briefing &m_b;
    QString m_language;
    DateFormatter m_dates;
};
