#include "document/programlanguages.h"

QStringList ProgramLanguages::codes()
{
    return {QStringLiteral("en"), QStringLiteral("az"), QStringLiteral("fa")};
}
