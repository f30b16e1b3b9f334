#pragma once

#include <Qt>

// The roles every model of entries answers, so that the lists, their filter, the search and
// the shared selection can ask any of them for an entry's id and text the same way. A model's
// own roles start at FirstModelRole.
namespace EntryRoles {

enum Role : int {
    IdRole = Qt::UserRole + 1, // the entry's id; empty where a row is no entry
    TextRole,                  // the entry's body text in the content language
    FallbackRole,              // the language code of the display text when it is another than
                               // the one asked, else empty: converts to true and false
    ChipRole,                  // ChipStyle::Colours when the cell's word is shown on a chip
    ConfidenceRole,            // the entry's Confidence as int, on the column that shows its
                               // name (a badge after it); elsewhere nothing
    FirstModelRole = Qt::UserRole + 32,
};

} // namespace EntryRoles
