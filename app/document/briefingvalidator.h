#pragma once

#include "document/briefing.h"
#include "document/fuzzydate.h"
#include "document/problem.h"

#include <QCoreApplication>
#include <QJsonValue>

// Checks a parsed briefing file against format version 1 or 2 and builds the document from it.
// Problems carry JSON paths but no positions: BriefingReader, which has the text, adds the
// line and column. Errors make the file unusable; warnings (unknown keys, missing sources,
// missing translations) do not.
class BriefingValidator
{
    Q_DECLARE_TR_FUNCTIONS(BriefingValidator)

public:
    // The versions of the format this program reads; version 2 adds tours, an itinerary,
    // areas, times of day and confidence on every entry, and reads every version 1 file as
    // version 1 did.
    static constexpr int FirstFormatVersion = 1;
    static constexpr int FormatVersion = 2;
    // More problems than this are summarised in one last problem, so that a broken
    // generated file cannot flood the reader.
    static constexpr int MaxProblems = 500;

    // Lengths in characters (Unicode code points) of each kind of text (an id: EntryId::MaxLength), and the number of
    // agenda areas, far above any real briefing: each bounds what one value costs where it is
    // shown, laid out and exported (a 999,000-character address made a PDF export grow
    // without end; each agenda area is a tab). docs/format.md lists them.
    static constexpr int MaxNameLength = 300;        // a title, a name, a role, a publisher
    static constexpr int MaxAddressLength = 2000;    // a source's url
    static constexpr int MaxParagraphLength = 20000; // a summary, text, note or purpose
    static constexpr int MaxAgendaAreas = 24;

    struct Result
    {
        std::shared_ptr<Briefing> briefing; // null when there are errors
        Problems problems;
    };

    // FuzzyDate::Offsets::MayBeUnknown for a briefing built from a foreign file whose times
    // of day come without an offset (ImportedBriefing); a briefing file must give them.
    static Result validate(const QJsonValue &root,
                           FuzzyDate::Offsets offsets = FuzzyDate::Offsets::Required);
};
