#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Folds text for searching the way a reader expects matches: case-insensitive, accents ignored
// (Ş matches s, Ə matches e, ı and İ match i), and Persian written with or without diacritics,
// zero-width non-joiners, tatweel or Arabic forms of yeh and kaf all match one another.
//
// A TextFolder keeps, for each folded character, where it came from, so that a match found in
// the folded text is shown, marked or quoted at its place in the text as written.
class TextFolder
{
public:
    // A stretch of the text as written: [start, start + length).
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        friend bool operator==(const Span &a, const Span &b)
        {
            return a.start == b.start && a.length == b.length;
        }
    };

    static QString fold(QStringView text);

    TextFolder() = default;
    explicit TextFolder(QStringView text);

    const QString &folded() const { return m_folded; }
    // Where folded()[at, at + length) is in the text as written: whole characters, with the
    // marks, joiners and diacritics that belong to them.
    Span original(qsizetype at, qsizetype length) const;
    // Every occurrence of `needle` (folded already), in the text as written, in order and not
    // overlapping.
    QList<Span> findAll(QStringView needle) const;

private:
    QString m_folded;
    QList<qsizetype> m_origins; // per folded character, its position in the text as written
    qsizetype m_size = 0;       // the length of the text as written
};
