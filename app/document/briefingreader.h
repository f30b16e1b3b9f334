#pragma once

#include "briefing.h"
#include "problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Turns a briefing file into a document, or into problems that say where and what is wrong.
// It never throws and never blocks on special files: a path that is not a regular file, or a
// file over the size limit, is refused before a byte is read.
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

    static Result readFile(const QString &fileName);
    // The same for bytes already read: a briefing, or a foreign format ForeignFormats knows.
    // `fileName` only names the data in problems.
    static Result readData(const QByteArray &data, const QString &fileName);

    // The briefing compiled into the program.
    static QString builtInFileName();
};
