#pragma once

#include "document/briefing.h"
#include "document/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

#include <optional>

// Turns a briefing file into a document, or into problems that say where and what is wrong.
// It never throws and never blocks on special files: a path that is not a regular file, or a
// file over the size limit, is refused before a byte is read.
//
// It reads the briefing format only. Its steps (readBytes, parse, fromJson, locate) are public
// so that the readers of other formats apply the same guards, limits and positions;
// BriefingLoader (formats/) is what opens a file of any format the program knows.
class BriefingReader
{
    Q_DECLARE_TR_FUNCTIONS(BriefingReader)

public:
    static constexpr qint64 MaxFileBytes = 32 * 1024 * 1024;

    struct Result
    {
        BriefingPtr briefing; // null when the file has errors
        Problems problems;    // errors, or warnings that came with a usable document
    };

    // A key given twice in one object, found by parse() with RepeatedKeys::List.
    struct RepeatedKey
    {
        QString key;
        QString path; // JSON Pointer of the value it names
        int line = 0;
        int column = 0;
    };

    struct Parsed
    {
        QByteArray original; // the bytes as read, for line and column
        QByteArray data;     // byte order mark blanked, so offsets match the original
        QJsonDocument json;  // where a key repeats, the value given last
        Problems problems;   // non-empty only when the text is not usable JSON
        QList<RepeatedKey> repeatedKeys;
    };

    // A briefing must not repeat a key (which value was meant?); the web tools whose files
    // are imported take the last, and their files do repeat keys, so the loader lists them.
    enum class RepeatedKeys { Refuse, List };

    static Result readFile(const QString &fileName);
    // The same for bytes already read. `fileName` only names the data in problems.
    static Result readData(const QByteArray &data, const QString &fileName);

    // A regular file within MaxFileBytes, read whole; nothing, after an error in `problems`.
    static std::optional<QByteArray> readBytes(const QString &fileName, Problems *problems);
    // The encoding, JsonScanner's checks and limits, then QJsonDocument.
    static Parsed parse(const QByteArray &data, const QString &fileName,
                        RepeatedKeys repeatedKeys = RepeatedKeys::Refuse);
    // The repeated keys of `parsed` as errors, for a file read as a briefing.
    static Problems repeatedKeyErrors(const Parsed &parsed, const QString &fileName);
    // Parsed JSON validated as a briefing, its problems located in the file.
    static Result fromJson(const Parsed &parsed, const QString &fileName);
    // Sets file, line and column of each problem from its JSON path in `parsed`.
    static void locate(Problems &problems, const Parsed &parsed, const QString &fileName);

    // The briefing compiled into the program.
    static QString builtInFileName();
};
