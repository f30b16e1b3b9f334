#pragma once

// The formats/ folder: TimelineJS, StoryMapJS and GeoJSON read and written, and this loader,
// its main header, which opens a file of any format the program reads.

#include "document/briefingreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Opens a file of any format the program reads as a briefing: the briefing format itself, and
// what analysts already have, TimelineJS and StoryMapJS JSON. The file is read and parsed once
// with the briefing reader's guards and limits; the format is recognised from the parsed
// content, never from the file name, and a briefing is never taken for a foreign format (it
// has "format": "briefing"). A GeoJSON file is recognised too, and refused with a message that
// says it is a map layer.
class BriefingLoader
{
    Q_DECLARE_TR_FUNCTIONS(BriefingLoader)

public:
    // `language` is the language a foreign file's texts are taken to be in (these formats do
    // not say); pass the interface language.
    static BriefingReader::Result readFile(const QString &fileName,
                                           const QString &language = u"en"_qs);
    // The same for bytes already read; `fileName` only names the data in problems.
    static BriefingReader::Result readData(const QByteArray &data, const QString &fileName,
                                           const QString &language = u"en"_qs);
    // Only a foreign format: nothing when `data` is not usable JSON of one (the briefing
    // reader then says what is wrong).
    static std::optional<BriefingReader::Result> readForeign(const QByteArray &data,
                                                             const QString &fileName,
                                                             const QString &language = u"en"_qs);

private:
    static std::optional<BriefingReader::Result> importForeign(const BriefingReader::Parsed &parsed,
                                                               const QString &fileName,
                                                               const QString &language);
};
