#pragma once

#include "briefingreader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The one entry point for files that are not briefings but can be read as one: TimelineJS and
// StoryMapJS JSON. BriefingReader::readData parses a file once and offers the root object to
// tryImport() before it validates it as a briefing:
//
//     if (auto imported = ForeignFormats::tryImport(root, data, fileName))
//         return *imported;
//
// The format is recognised from the content, never from the file name, and a briefing is never
// taken for a foreign format (it has "format": "briefing").
class ForeignFormats
{
public:
    // Nothing when `data` is not JSON of a known foreign format: the normal reader then runs and
    // reports as usual. Otherwise the imported briefing, or the problems that prevented it,
    // located in `fileName` by line, column and JSON path. `language` is the language the
    // texts are taken to be in (these formats do not say); pass the interface language.
    static std::optional<BriefingReader::Result> tryRead(const QByteArray &data,
                                                         const QString &fileName,
                                                         const QString &language = u"en"_qs);
    // The same for JSON already parsed and checked against the reader's limits; `data` is the
    // text it came from (byte order mark blanked), for the positions of problems.
    static std::optional<BriefingReader::Result> tryImport(const QJsonObject &root,
                                                           const QByteArray &data,
                                                           const QString &fileName,
                                                           const QString &language = u"en"_qs);
};
