#include "document/problem.h"

#include <algorithm>

QString Problem::toString() const
{
    QString text = file.isEmpty() ? QStringLiteral("<briefing>") : file;
    if (line > 0)
        text += u':' + QString::number(line) + u':' + QString::number(column);
    text += QStringLiteral(": ");
    text += severity == Severity::Error ? tr("error") : tr("warning");
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
