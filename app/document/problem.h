#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// One thing wrong with a briefing file, located for a person: the file, the line and column
// (1-based, columns count characters, not bytes) and the JSON path of the value concerned.
struct Problem
{
    Q_DECLARE_TR_FUNCTIONS(Problem)

public:
    // A note is a detail under a warning that sums up many (each text without a
    // translation under "12 texts have no Persian version"): listed, never counted.
    enum class Severity { Error, Warning, Note };

    Severity severity = Severity::Error;
    QString message;
    QString path;      // JSON Pointer (RFC 6901), e.g. "/agenda/2/items/0/places/1"; may be empty
    QString file;
    int line = 0;      // 0 when unknown
    int column = 0;

    // "FILE:LINE:COLUMN: error: message (at /path)", the form compilers use, so editors can
    // jump to it.
    QString toString() const;
};

using Problems = QList<Problem>;

bool hasErrors(const Problems &problems);
// The warnings, without the notes under them.
qsizetype warningCount(const Problems &problems);
