#pragma once

#include "document/briefingreader.h"
#include "document/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

// What the importers of foreign formats share: reading JSON with the briefing reader's limits
// and positions, and building a briefing from what a foreign file says.
//
// An importer fills the lists of a briefing-format JSON object; finish() runs it through
// BriefingValidator, so every invariant of the document holds, and reports every problem at
// its place in the *foreign* file (line, column, JSON path).
//
// A timeline or a story map describes no visit, yet the format requires one. The import does
// not invent one: the visit's kind, purpose, country and people say "not stated", it names no
// place and no date, the subtitle says where the briefing came from, and a warning says the
// same. (The validator needs a place and a day to accept the visit; finish() removes that
// stand-in place and day again before anyone sees the document.)
class ImportedBriefing
{
    Q_DECLARE_TR_FUNCTIONS(ImportedBriefing)

public:
    // `formatName` names the foreign format in messages ("TimelineJS"); `language` is the
    // language the texts are taken to be in, since these formats do not say.
    ImportedBriefing(const QString &formatName, const QString &language);

    const QString &language() const { return m_language; }

    // A well-formed id, unique in the document, as close to `wanted` as possible.
    QString uniqueId(const QString &wanted, const QString &fallbackPrefix);
    // A source for a checked web address (one source per address), or an empty id after a
    // warning at `path` when the address is not http(s).
    QString addSource(const QString &url, const QString &title, const QString &publisher,
                      const QString &path);

    void warning(const QString &path, const QString &message);
    void error(const QString &path, const QString &message);
    // Records that the generated entry at `generatedPath` came from `sourcePath`, so that
    // validator problems point into the foreign file.
    void mapPath(const QString &generatedPath, const QString &sourcePath);

    // The briefing's lists; the importer appends to them. Keys as in docs/format.md.
    QJsonObject top;   // title, subtitle, summary
    QJsonArray agenda;
    QJsonArray lanes;
    QJsonArray periods;
    QJsonArray events;
    QJsonArray places;
    QJsonArray lines;

    BriefingReader::Result finish(const BriefingReader::Parsed &parsed, const QString &fileName);

private:
    QString m_formatName;
    QString m_language;
    QSet<QString> m_ids;
    QHash<QString, int> m_nextSuffix; // base -> the last suffix given
    QHash<QString, QString> m_sourceByUrl;
    QJsonArray m_sources;
    QHash<QString, QString> m_pathMap; // generated path -> foreign path
    Problems m_problems;
};
