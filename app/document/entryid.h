#pragma once

#include <QString>

// The one rule for an entry's id: a letter or digit, then up to 63 letters, digits, '_', '.'
// or '-' (ASCII only), so that an id is safe in a file name, an anchor and a JSON path.
class EntryId
{
public:
    static constexpr int MaxLength = 64;

    static bool isValid(const QString &id);
};
