#pragma once

#include <QString>
#include <QStringView>

// Folds text for searching the way a reader expects matches: case-insensitive, accents ignored
// (Ş matches s, Ə matches e, ı and İ match i), and Persian written with or without diacritics,
// zero-width non-joiners, tatweel or Arabic forms of yeh and kaf all match one another.
// Folding keeps one output character per input character where it can, so that match
// positions can be mapped back; characters it drops are the only exception.
class TextFolder
{
public:
    static QString fold(QStringView text);
};
