#include "document/problem.h"

#include <algorithm>

QString Problem::toString() const
{
    QString text = file.isEmpty() ? QStringLiteral("<briefing>") : file;
    if (line > 0)
        text += u':' + QString::number(line) + u':' + QString::number(column);
    text += QStringLiteral(": ");
    switch (severity) {
    case Severity::Error: text += tr("error"); break;
    case Severity::Warning: text += tr("warning"); break;
    case Severity::Note: text += tr("note"); break;
    }
    text += QStringLiteral(": ") + message;
    if (!path.isEmpty())
        text += u' ' + tr("(at %1)").arg(path);
    return text;
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) {
        return p.severity == Problem::Severity::Error;
    });
}

qsizetype warningCount(const Problems &problems)
{
    return std::count_if(problems.cbegin(), problems.cend(), [](const Problem &p) {
        return p.severity == Problem::Severity::Warning;
    });
}
