#pragma once

#include "document/briefing.h"
#include "models/textfolder.h"

#include <QCoreApplication>
#include <QList>

// Finds text anywhere in a briefing, in one content language: titles, texts, notes, names of
// places, lines, areas, people and countries, and the sources' titles, publishers, addresses
// and notes.
// The texts are folded once when the index is built (see TextFolder); a query then costs one
// pass over them.
class BriefingSearch
{
    Q_DECLARE_TR_FUNCTIONS(BriefingSearch)

public:
    struct Hit
    {
        QString id;      // the entry to select; empty for hits that belong to the overview
        QString title;   // what was found, as the reader knows it
        QString where;   // the part of the briefing it is in ("Tensions", an area's title, ...)
        QString snippet; // the words around the match, on one line, the match near its start
        QString tabKey;  // the tab that shows it
    };

    static constexpr int MaxHits = 500;

    BriefingSearch() = default;
    BriefingSearch(BriefingPtr briefing, const QString &language);

    // Every hit for `query`, in document order, at most MaxHits; empty for a blank query.
    QList<Hit> find(const QString &query) const;
    // The words around `match` in `text`, on one line: a few before it, so that it stays in
    // view when a narrow column cuts the end, and more after. Cut only between words, with an
    // ellipsis where the text goes on.
    static QString snippet(const QString &text, TextFolder::Span match);

private:
    struct Field
    {
        int target;        // index into m_targets
        QString text;      // as shown
        TextFolder folder; // the text folded, and where each folded character came from
    };

    void add(const Hit &target, const QStringList &texts);

    QList<Hit> m_targets;
    QList<Field> m_fields;
};
