#pragma once

#include "document/briefingreader.h"
#include "document/fuzzydate.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class ImportedBriefing;

// Reads Knight Lab's TimelineJS JSON (timeline.knightlab.com/docs/json-format.html) into a
// briefing: events with the precision their date objects give (year; year and month; year,
// month and day: a day is never invented; an hour and minute as a time of day shown as
// written, since TimelineJS gives no time zone and none is invented), groups as lanes, eras as
// periods, the title slide as title and summary. TimelineJS text is HTML: it becomes plain
// text, and its links, like the media addresses, become sources when they are http or https
// addresses. An event that cannot
// be placed (no start_date, a year outside 1 to 9999, a month or day that does not exist) is
// left out with a warning that names it; nothing is dropped silently.
//
// The older TimelineJS 2 format ({"timeline": {"headline", "text", "asset", "date": [...],
// "era": [...]}}, dates as text such as "2011,9,1") is read too, with a warning that says so.
// A key given twice in an object is read as TimelineJS reads it, the last value counting,
// with a warning at its line and column (ImportedBriefing).
//
// Files written by TimelineJsExporter carry one extension TimelineJS ignores:
// "briefing_date" on an event, the briefing's own date, which adds what year/month/day cannot
// say (that a date is approximate). It is used only when it agrees with the date objects.
class TimelineJsImporter
{
    Q_DECLARE_TR_FUNCTIONS(TimelineJsImporter)

public:
    // True when `root` looks like a TimelineJS timeline rather than a briefing.
    static bool recognises(const QJsonObject &root);

    static BriefingReader::Result read(const BriefingReader::Parsed &parsed,
                                       const QString &fileName, const QString &language);

    // One TimelineJS date object (or TimelineJS 2 date text) as a point of the briefing's date
    // model, or nothing after a warning at `path`. With `withinDay`, an hour (and minute) on a
    // day becomes the point's time of day, to the minute and with its offset unknown (TimelineJS
    // gives none), and *withinDay the milliseconds into the day, seconds included, that order
    // the events of one day; without it, or without an hour, only the day is read.
    static std::optional<FuzzyDate::Point> readDate(const QJsonValue &value, const QString &path,
                                                    ImportedBriefing &import,
                                                    qint64 *withinDay);
};
