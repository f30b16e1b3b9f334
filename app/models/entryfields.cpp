#include "models/entryfields.h"

#include "document/coordinateformatter.h"
#include "document/textlist.h"
#include "document/vocabulary.h"

#include <QRegularExpression>

EntryFields::EntryFields(const Briefing &briefing, const QString &language)
    : m_b(briefing), m_language(language), m_dates(QLocale(language))
{
}

QString EntryFields::text(const LocalizedText &value) const
{
    return m_b.text(value, m_language).text;
}

QString EntryFields::inLine(const LocalizedText &value) const
{
    return TextList::isolatedFrom(text(value), QLocale(m_language).textDirection());
}

QString EntryFields::title(const QString &id) const
{
    const LocalizedText name = localizedTitle(id);
    return name.isEmpty() ? id : text(name);
}

LocalizedText EntryFields::localizedTitle(const QString &id) const
{
    if (const Entry *entry = m_b.entry(id))
        return entry->title;
    if (const Place *place = m_b.place(id))
        return place->name;
    if (const MapLine *line = m_b.line(id))
        return line->name;
    if (const MapArea *area = m_b.area(id))
        return area->name;
    return {};
}

QString EntryFields::kindLabel(const QString &id) const
{
    const Briefing::Ref *ref = m_b.find(id);
    if (!ref)
        return {};
    switch (ref->kind) {
    case Briefing::Kind::AgendaItem: return text(m_b.agenda.at(ref->areaIndex).title);
    case Briefing::Kind::Tension: return tr("Tension");
    case Briefing::Kind::Background: return tr("Background");
    case Briefing::Kind::Outcome: return tr("Outcome");
    case Briefing::Kind::Event: return m_dates.format(m_b.events.at(ref->index).date);
    case Briefing::Kind::Itinerary: return m_dates.format(m_b.itinerary.at(ref->index).date);
    default: break;
    }
    return {};
}

EntryFields::Reference EntryFields::reference(const QString &id) const
{
    return {id, title(id), kindLabel(id)};
}

void EntryFields::addReferences(Fields &fields, const QString &heading,
                                const QStringList &ids) const
{
    if (ids.isEmpty())
        return;
    ReferenceList list{heading, {}};
    for (const QString &id : ids)
        list.items.append(reference(id));
    fields.references.append(list);
}

QList<EntryFields::MetaPart> EntryFields::filled(const QString &pattern,
                                                 const QList<MetaPart> &arguments)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d)"));
    QList<MetaPart> parts;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : marker.globalMatch(pattern)) {
        const int index = match.captured(1).toInt() - 1;
        if (index < 0 || index >= arguments.size())
            continue;
        if (match.capturedStart() > done)
            parts.append({pattern.mid(done, match.capturedStart() - done), {}});
        parts.append(arguments.at(index));
        done = match.capturedEnd();
    }
    if (done < pattern.size())
        parts.append({pattern.mid(done), {}});
    return parts;
}

Confidence EntryFields::confidence(const Briefing &briefing, const QString &id)
{
    if (const Entry *entry = briefing.entry(id))
        return entry->confidence;
    if (const Place *place = briefing.place(id))
        return place->confidence;
    if (const MapLine *line = briefing.line(id))
        return line->confidence;
    if (const MapArea *area = briefing.area(id))
        return area->confidence;
    if (const Source *source = briefing.source(id))
        return source->confidence;
    return Confidence::Unstated;
}

EntryFields::MetaPart EntryFields::confidenceChip(Confidence confidence)
{
    return {Vocabulary::name(confidence), ChipStyle::of(confidence)};
}

void EntryFields::addStepMeta(Fields &fields, const ItineraryStep &step) const
{
    const QString separator = TextList::separator(m_dates.locale());
    // Outside the Gregorian calendar the date is given in it too, as for an event.
    QStringList meta{m_dates.formatWithGregorian(step.date), Vocabulary::name(step.kind)};
    const auto placeName = [this](const QString &placeId) {
        const Place *place = m_b.place(placeId);
        return place ? inLine(place->name) : QString();
    };
    if (step.kind == ItineraryStep::Kind::Stop) {
        QString where = placeName(step.place);
        if (const Country *country = m_b.country(step.country))
            where += TextList::comma(m_dates.locale()) + inLine(country->name);
        meta << where;
        QStringList met;
        for (const QString &personId : step.met) {
            if (const Person *person = m_b.person(personId))
                met << inLine(person->name);
        }
        if (!met.isEmpty())
            fields.details << tr("Met: %1").arg(TextList::join(met, m_dates.locale()));
    } else {
        // Words, not an arrow: the bundled fonts have none, and a PDF would show a box.
        meta << tr("from %1 to %2", "a journey from one place to another")
                    .arg(placeName(step.from), placeName(step.to));
        meta << Vocabulary::name(step.mode);
    }
    meta.removeAll(QString());
    fields.meta.append({meta.join(separator), {}});
}

std::optional<EntryFields::Fields> EntryFields::of(const QString &id) const
{
    const Briefing::Ref *ref = m_b.find(id);
    if (!ref)
        return std::nullopt;
    const QString separator = TextList::separator(m_dates.locale());
    Fields fields;
    // The one rule for every kind: what is verified says so last on the meta line.
    const auto addConfidence = [&fields, &separator](Confidence confidence) {
        const MetaPart chip = confidenceChip(confidence);
        if (chip.text.isEmpty())
            return;
        if (!fields.meta.isEmpty())
            fields.meta.append({separator, {}});
        fields.meta.append(chip);
    };

    if (const Place *place = m_b.place(id)) {
        fields.title = place->name;
        QString meta = Vocabulary::name(place->kind) + separator;
        // A place the sources do not locate is listed, never given a position it does not have.
        if (place->hasPosition) {
            meta += CoordinateFormatter::format(place->position, m_dates.locale(), 4);
            if (place->approximate)
                meta += separator + tr("approximate position");
        } else {
            meta += tr("no position given");
        }
        fields.meta.append({meta, {}});
        addConfidence(place->confidence);
        fields.note = place->note;
        addReferences(fields, tr("Named by"), m_b.entriesAt(id));
        fields.sources = place->sources;
        return fields;
    }
    if (const MapLine *line = m_b.line(id)) {
        fields.title = line->name;
        QString meta = Vocabulary::name(line->kind);
        if (line->approximate)
            meta += separator + tr("schematic course");
        fields.meta.append({meta, {}});
        addConfidence(line->confidence);
        fields.note = line->note;
        addReferences(fields, tr("Named by"), m_b.entriesAt(id));
        fields.sources = line->sources;
        return fields;
    }
    if (const MapArea *area = m_b.area(id)) {
        fields.title = area->name;
        QString meta = Vocabulary::name(area->kind);
        if (area->approximate)
            meta += separator + tr("approximate outline");
        fields.meta.append({meta, {}});
        addConfidence(area->confidence);
        fields.note = area->note;
        addReferences(fields, tr("Named by"), m_b.entriesAt(id));
        fields.sources = area->sources;
        return fields;
    }
    const Entry *entry = m_b.entry(id);
    if (!entry)
        return std::nullopt;

    switch (ref->kind) {
    case Briefing::Kind::AgendaItem:
        fields.meta.append({inLine(m_b.agenda.at(ref->areaIndex).title), {}});
        break;
    case Briefing::Kind::Tension: {
        const Tension &tension = m_b.tensions.at(ref->index);
        // A party is a country or a person; either is named, never shown by its id.
        QStringList parties;
        for (const QString &party : tension.parties) {
            if (const Country *country = m_b.country(party))
                parties.append(inLine(country->name));
            else if (const Person *person = m_b.person(party))
                parties.append(inLine(person->name));
        }
        fields.meta = filled(tr("Parties: %1 · Severity: %2 · Status: %3"),
                             {{TextList::join(parties, m_dates.locale()), {}},
                              {Vocabulary::name(tension.severity), ChipStyle::of(tension.severity)},
                              {Vocabulary::name(tension.status), ChipStyle::of(tension.status)}});
        break;
    }
    case Briefing::Kind::Outcome: {
        const Outcome::Status status = m_b.outcomes.at(ref->index).status;
        fields.meta = filled(tr("Status: %1"),
                             {{Vocabulary::name(status), ChipStyle::of(status)}});
        break;
    }
    case Briefing::Kind::Event: {
        const TimelineEvent &event = m_b.events.at(ref->index);
        // Outside the Gregorian calendar the date is given in it too, to match foreign sources.
        QString meta = m_dates.formatWithGregorian(event.date);
        const LocalizedText lane = m_b.laneTitle(event.lane);
        if (!lane.isEmpty())
            meta += separator + inLine(lane);
        fields.meta.append({meta, {}});
        break;
    }
    case Briefing::Kind::Itinerary:
        addStepMeta(fields, m_b.itinerary.at(ref->index));
        break;
    default:
        break;
    }
    addConfidence(entry->confidence);

    fields.title = entry->title;
    fields.text = entry->text;
    fields.note = entry->note;
    fields.noteHeading = tr("Note");
    QStringList placesAndLines = entry->places;
    placesAndLines += entry->lines;
    addReferences(fields, tr("Places and lines"), placesAndLines);
    addReferences(fields, tr("Related"), m_b.relatedIds(id));
    fields.sources = entry->sources;
    return fields;
}
