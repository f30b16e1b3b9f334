#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Human-readable text of a briefing in one or more languages. The document decides the
// fallback order (its `languages` list, primary first); resolve() applies the format's rule
// and says which language the shown text is really in, so views can mark a fallback.
class LocalizedText
{
public:
    struct Resolved
    {
        QString text;
        QString language; // the language `text` is written in; empty when there is no text
    };

    LocalizedText() = default;
    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }

    bool isEmpty() const { return m_texts.isEmpty(); }
    bool has(const QString &language) const { return m_texts.contains(language); }
    QStringList languages() const { return m_texts.keys(); }
    QString exact(const QString &language) const { return m_texts.value(language); }

    // The text in `language`; else in the first language of `fallbackOrder` that has it;
    // else in any language it has (alphabetical, so the choice is stable).
    Resolved resolve(const QString &language, const QStringList &fallbackOrder) const;

    friend bool operator==(const LocalizedText &a, const LocalizedText &b)
    {
        return a.m_texts == b.m_texts;
    }

private:
    QMap<QString, QString> m_texts;
};
