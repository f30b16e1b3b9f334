#pragma once

#include "document/briefingreader.h"

#include <QCoreApplication>
#include <QJsonObject>

// Reads Knight Lab's StoryMapJS JSON ({"storymap": {"slides": [...]}}) into a briefing. The
// overview slide (the first, when its type is "overview") gives the title and summary; every
// other slide becomes, in order, an agenda item of one agenda area, and its location a place
// (kind "site") that the item names. A slide's `date` is free text and stays free text, in the
// item's note: it is never guessed into a date. Text is HTML and becomes plain text; links and
// media addresses become sources when they are http or https.
class StoryMapImporter
{
    Q_DECLARE_TR_FUNCTIONS(StoryMapImporter)

public:
    static bool recognises(const QJsonObject &root);
    static BriefingReader::Result read(const BriefingReader::Parsed &parsed,
                                       const QString &fileName, const QString &language);
};
