#include "models/briefingsearch.h"

#include "models/textfolder.h"

BriefingSearch::BriefingSearch(BriefingPtr briefing, const QString &language)
{
    if (!briefing)
        return;
    const Briefing &b = *briefing;
    const auto t = [&](const LocalizedText &text) { return b.text(text, language).text; };
    const QString overview = QStringLiteral("overview");

    add({{}, t(b.title), tr("Overview"), {}, overview},
        {t(b.title), t(b.subtitle), t(b.summary), t(b.visit.purpose), t(b.visit.kind)});
    for (const Country &country : b.countries)
        add({{}, t(country.name), tr("Overview"), {}, overview}, {t(country.name)});
    for (const Person &person : b.people)
        add({{}, t(person.name), tr("People"), {}, overview}, {t(person.name), t(person.role)});

    const auto entryTexts = [&](const Entry &entry) {
        return QStringList{t(entry.title), t(entry.text), t(entry.note)};
    };
    for (const AgendaArea &area : b.agenda) {
        add({{}, t(area.title), t(area.title), {}, area.id}, {t(area.title), t(area.summary)});
        for (const AgendaItem &item : area.items)
            add({item.id, t(item.title), t(area.title), {}, area.id}, entryTexts(item));
    }
    for (const Tension &tension : b.tensions)
        add({tension.id, t(tension.title), tr("Tensions"), {}, QStringLiteral("tensions")},
            entryTexts(tension));
    for (const BackgroundSection &section : b.background)
        add({section.id, t(section.title), tr("Background"), {}, QStringLiteral("background")},
            entryTexts(section));
    for (const Outcome &outcome : b.outcomes)
        add({outcome.id, t(outcome.title), tr("Expected outcomes"), {}, overview},
            entryTexts(outcome));
    for (const TimelineEvent &event : b.events)
        add({event.id, t(event.title), tr("Timeline"), {}, QStringLiteral("timeline")},
            entryTexts(event));
    for (const Place &place : b.places)
        add({place.id, t(place.name), tr("Map"), {}, QStringLiteral("map")},
            {t(place.name), t(place.note)});
    for (const MapLine &line : b.lines)
        add({line.id, t(line.name), tr("Map"), {}, QStringLiteral("map")},
            {t(line.name), t(line.note)});
    for (const MapArea &area : b.areas)
        add({area.id, t(area.name), tr("Map"), {}, QStringLiteral("map")},
            {t(area.name), t(area.note)});
    // The overview's programme links to every step of the itinerary.
    for (const ItineraryStep &step : b.itinerary)
        add({step.id, t(step.title), tr("Programme"), {}, overview}, entryTexts(step));
    for (const Source &source : b.sources)
        add({{}, t(source.title), tr("Sources"), {}, overview},
            {t(source.title), source.publisher, source.url, t(source.note)});
}

void BriefingSearch::add(const Hit &target, const QStringList &texts)
{
    const int index = int(m_targets.size());
    m_targets.append(target);
    for (const QString &text : texts) {
        if (!text.isEmpty())
            m_fields.append(Field{index, text, TextFolder(text)});
    }
}

QString BriefingSearch::snippet(const QString &text, TextFolder::Span match)
{
    // Before the match: about three words, so that it starts within the first quarter of the
    // results' text column. After it: a line's worth.
    constexpr qsizetype Before = 24;
    constexpr qsizetype After = 90;
    const qsizetype matchEnd = match.start + match.length;
    const auto isSpace = [&text](qsizetype i) { return text.at(i).isSpace(); };

    qsizetype from = std::max<qsizetype>(0, match.start - Before);
    if (from > 0 && !isSpace(from - 1)) {
        // Forward to the next word; a match inside one word longer than the context (an
        // address) is cut in that word.
        qsizetype next = from;
        while (next < match.start && !isSpace(next))
            ++next;
        if (next < match.start)
            from = next + 1;
    }
    qsizetype to = std::min<qsizetype>(text.size(), matchEnd + After);
    if (to < text.size() && !isSpace(to)) {
        qsizetype end = to;
        while (end > matchEnd && !isSpace(end - 1))
            --end;
        if (end > matchEnd)
            to = end;
    }

    QString part = text.mid(from, to - from).simplified();
    if (from > 0)
        part.prepend(u'…');
    if (to < text.size() && !text.mid(to).trimmed().isEmpty())
        part.append(u'…');
    return part;
}

QList<BriefingSearch::Hit> BriefingSearch::find(const QString &query) const
{
    const QString needle = TextFolder::fold(query.simplified());
    QList<Hit> hits;
    if (needle.isEmpty())
        return hits;
    int lastTarget = -1;
    for (const Field &field : m_fields) {
        if (field.target == lastTarget)
            continue; // one hit per entry: its first matching field
        const qsizetype at = field.folder.folded().indexOf(needle);
        if (at < 0)
            continue;
        Hit hit = m_targets.at(field.target);
        hit.snippet = snippet(field.text, field.folder.original(at, needle.size()));
        hits.append(hit);
        lastTarget = field.target;
        if (hits.size() >= MaxHits)
            break;
    }
    return hits;
}
