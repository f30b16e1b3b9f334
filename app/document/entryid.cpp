#include "document/entryid.h"

namespace {

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

bool EntryId::isValid(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxLength || !isAsciiLetterOrDigit(id.front()))
        return false;
    for (const QChar c : id) {
        if (!isAsciiLetterOrDigit(c) && c != u'_' && c != u'.' && c != u'-')
            return false;
    }
    return true;
}
