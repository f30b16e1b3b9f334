#pragma once

#include <QString>

// Test data lives in the source tree; its path is configured at build time, so tests do not
// depend on the working directory.
inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(BRIEFING_TEST_DATA "/") + relative;
}
