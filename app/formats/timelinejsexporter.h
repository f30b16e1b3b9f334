#pragma once

#include "document/briefing.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes the briefing's timeline as Knight Lab TimelineJS JSON, for publishing on the web:
// events with the date parts their precision has (a month-precise date has no "day"), lanes
// and agenda areas as groups, periods as eras, the title and summary as the title slide. Texts
// are the briefing's plain text escaped into HTML; notes go into a paragraph of class
// "briefing-note" and the sources become links in a paragraph of class "briefing-sources", so
// TimelineJsImporter reads both back where they came from. An approximate date cannot be said
// with year/month/day: it gets a display_date ("about 1993") and the extension "briefing_date"
// that TimelineJS ignores and TimelineJsImporter uses, so a round trip keeps it. A time of
// day becomes "hour" and "minute" as written; its offset from UTC, which TimelineJS cannot
// hold, goes into display_date and briefing_date the same way.
// Confidence, places, lines and related entries have no TimelineJS equivalent and are not
// written.
class TimelineJsExporter
{
    Q_DECLARE_TR_FUNCTIONS(TimelineJsExporter)

public:
    // The JSON text; texts in `language`, with the format's fallback.
    static QByteArray toJson(const Briefing &briefing, const QString &language);
    // Writes through AtomicFile: whole or not at all; on failure *error says why.
    static bool write(const Briefing &briefing, const QString &language, const QString &fileName,
                      QString *error);
};
