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
// section, itinerary step, place, line or area), field by field, in the order and the words of the detail pane: the
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
        QStringList details; // lines under the meta line: whom the guest met at a stop
        QString noteHeading; // "Note" over an entry's note; a place's or line's note has none
        QList<ReferenceList> references; // lists without items are left out
        QStringList sources;             // ids, in the entry's order
    };

    EntryFields(const Briefing &briefing, const QString &language);

    // The fields of the entry, place, line or area with this id; none when there is no such
    // thing. Whatever its kind, its confidence (when stated) is the last part of its meta line,
    // on its chip.
    std::optional<Fields> of(const QString &id) const;

    // How far the entry, place, line, area or source with this id is verified: the one
    // lookup for the lists, the pane and the export. Unstated when nothing has that id.
    static Confidence confidence(const Briefing &briefing, const QString &id);
    // The confidence on its chip; empty text for Unstated.
    static MetaPart confidenceChip(Confidence confidence);

    // The name of an entry, place or line; the id itself only when nothing has that id.
    QString title(const QString &id) const;
    // The same name in all its languages; empty when nothing has that id.
    LocalizedText localizedTitle(const QString &id) const;
    // What an entry is, shown beside its title in a list of references.
    QString kindLabel(const QString &id) const;

private:
    QString text(const LocalizedText &value) const;
    // A name or title inside a line of the reader's language: isolated when it is written in
    // the other direction, so that an English area's full stop stays at its end in Persian.
    QString inLine(const LocalizedText &value) const;
    Reference reference(const QString &id) const;
    void addReferences(Fields &fields, const QString &heading, const QStringList &ids) const;
    // The translated template with its %1, %2... replaced by the parts, in the template's
    // order (a translation may reorder them).
    static QList<MetaPart> filled(const QString &pattern, const QList<MetaPart> &arguments);
    // The meta line of an itinerary step: date, kind, where, how.
    void addStepMeta(Fields &fields, const ItineraryStep &step) const;

    const Briefing &m_b;
    QString m_language;
    DateFormatter m_dates;
};
