#include "export/exportcontent.h"

#include "document/textlist.h"
#include "document/vocabulary.h"
#include "document/weblink.h"
#include "export/briefingexporter.h"
#include "export/exporthtml.h"
#include "models/chipstyle.h"
#include "models/entryhtml.h"
#include "models/fallbackmark.h"
#include "models/itineraryevents.h"
#include "models/visitprogramme.h"

#include <QSet>

using namespace ExportHtml;

namespace {

// Events per table. Painting a page of a table costs Qt a step for every page the table runs
// onto, so a long list of events is a run of tables, each with its own header row, and the
// export grows with the number of events rather than with its square.
constexpr qsizetype EventsPerTable = 200;
static_assert(ExportContent::EventsPerPart % EventsPerTable == 0);

} // namespace

QString ExportSection::html() const
{
    QString html = body;
    for (int i = 0; i < partCount; ++i)
        html += part(i);
    return html;
}

ExportContent::ExportContent(const Briefing &briefing, const ExportOptions &options,
                             Medium medium)
    : m_b(briefing), m_options(options), m_medium(medium), m_fields(briefing, options.language),
      m_locale(options.language), m_dates(QLocale(options.language))
{
    collectPlaces();
    collectSources();
}

QString ExportContent::text(const LocalizedText &value) const
{
    const LocalizedText::Resolved resolved = m_b.text(value, m_options.language);
    return documentText(resolved.text, rightToLeft(),
                        FallbackMark::label(resolved, m_options.language));
}

QString ExportContent::number(int n) const
{
    return m_locale.toString(n);
}

const DateFormatter &ExportContent::dates() const
{
    return m_dates;
}

bool ExportContent::rightToLeft() const
{
    return m_locale.textDirection() == Qt::RightToLeft;
}

const QList<FigureSlot> &ExportContent::figures() const
{
    return m_figures;
}

QList<ExportSection> ExportContent::sections(const std::function<QString(int)> &figureMarkup)
{
    m_figureMarkup = figureMarkup;
    QList<ExportSection> list;
    switch (m_options.scope) {
    case ExportOptions::Scope::Whole:
        list << overview();
        if (!m_b.itinerary.isEmpty())
            list << programme();
        for (const AgendaArea &area : m_b.agenda)
            list << agendaArea(area);
        if (!m_b.tensions.isEmpty())
            list << tensions();
        if (!m_b.background.isEmpty())
            list << background();
        if (!m_b.outcomes.isEmpty())
            list << outcomes();
        // The journey's steps join the events, as on the timeline page.
        list << timeline(m_b.events + ItineraryEvents::events(m_b));
        if (m_options.mapFigure)
            list << map();
        break;
    case ExportOptions::Scope::Area:
        if (const AgendaArea *area = m_b.agendaArea(m_options.areaId))
            list << agendaArea(*area);
        break;
    case ExportOptions::Scope::Events: {
        QList<TimelineEvent> events;
        for (const TimelineEvent &event : m_b.events + ItineraryEvents::events(m_b)) {
            if (m_options.eventIds.contains(event.id))
                events << event;
        }
        list << timeline(events);
        break;
    }
    }
    if (!m_placeIds.isEmpty())
        list << places();
    if (!m_sourceOrder.isEmpty())
        list << sources();
    return list;
}

QString ExportContent::cover() const
{
    QString html;
    const QString classification = text(m_b.classification);
    if (!classification.isEmpty())
        html += EntryHtml::element("p", esc(classification), "classification");
    html += EntryHtml::element("p", esc(text(m_b.visit.kind)), "kicker");
    html += EntryHtml::element("p", esc(text(m_b.title)), "covertitle");
    const QString subtitle = text(m_b.subtitle);
    if (!subtitle.isEmpty())
        html += EntryHtml::element("p", esc(subtitle), "coversubtitle");
    html += QStringLiteral("<hr>");
    QString rows;
    const bool rtl = rightToLeft();
    const auto addRow = [&rows, rtl](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows += row({QStringLiteral("<td class=\"label\" width=\"26%\">") + esc(label)
                             + QStringLiteral("</td>"),
                         QStringLiteral("<td>") + esc(value) + QStringLiteral("</td>")},
                        rtl);
    };
    addRow(BriefingExporter::tr("Visit"), m_dates.formatWithGregorian(m_b.visit.date));
    addRow(visitPlaceLabel(), visitPlaces());
    QString scope;
    if (m_options.scope == ExportOptions::Scope::Area) {
        if (const AgendaArea *area = m_b.agendaArea(m_options.areaId))
            scope = BriefingExporter::tr("Agenda area: %1").arg(text(area->title));
    } else if (m_options.scope == ExportOptions::Scope::Events) {
        scope = BriefingExporter::tr("%n selected event(s)", nullptr,
                                     int(m_options.eventIds.size()));
    }
    addRow(BriefingExporter::tr("Extract"), scope);
    addRow(BriefingExporter::tr("Produced"), m_dates.format(m_b.produced));
    addRow(BriefingExporter::tr("Prepared by"), text(m_b.author));
    if (const Source *source = primarySource())
        addRow(BriefingExporter::tr("Primary source"), sourceLine(*source));
    html += tableOpen("cover", 5, rtl) + rows + QStringLiteral("</table>");
    return html;
}

QString ExportContent::visitHostLabel() const
{
    return m_b.visit.hostCountries.size() > 1 ? BriefingExporter::tr("Host countries")
                                               : BriefingExporter::tr("Host");
}

QString ExportContent::visitHosts() const
{
    return TextList::join(VisitProgramme(m_b, m_options.language).hostCountries(), m_locale);
}

QString ExportContent::visitPlaceLabel() const
{
    return m_b.visit.visitPlaces.size() > 1 ? BriefingExporter::tr("Places")
                                             : BriefingExporter::tr("Place");
}

QString ExportContent::visitPlaces() const
{
    return TextList::join(VisitProgramme(m_b, m_options.language).places(), m_locale);
}

QString ExportContent::receptions(const std::function<QString(const QStringList &)> &people) const
{
    const VisitProgramme programme(m_b, m_options.language);
    if (!programme.groupsHosts())
        return people(m_b.visit.hosts);
    // A tour: who received the guest, country by country, as the overview says it.
    QStringList lines;
    for (const VisitProgramme::Reception &group : programme.receptions()) {
        const QString names = esc(TextList::join(group.people, m_locale));
        lines << (group.country.isEmpty()
                      ? names
                      : EntryHtml::element("b", esc(BriefingExporter::tr(
                                                    "In %1:", "the hosts in one country")
                                                    .arg(group.country)))
                          + u' ' + names);
    }
    return lines.join(QStringLiteral("<br>"));
}

QString ExportContent::programmeTitle()
{
    return BriefingExporter::tr("Programme");
}

ExportSection ExportContent::programme() const
{
    // Day by day, each step with its time, then all the detail pane says of it: its dates,
    // where it is, how the guest travelled and whom they met are in the pane's own lines, so
    // the overview's one-line summary of them would only say it all twice.
    const VisitProgramme programme(m_b, m_options.language);
    QString body;
    for (const VisitProgramme::Day &day : programme.days()) {
        body += EntryHtml::element("h2", esc(day.heading));
        for (const VisitProgramme::Step &step : day.steps) {
            QString heading = esc(titleText(step.id));
            if (!step.time.isEmpty())
                heading = esc(step.time) + QStringLiteral(" — ") + heading;
            body += QStringLiteral("<h3 id=\"") + esc(step.id) + QStringLiteral("\">") + heading
                + QStringLiteral("</h3>");
            body += entryBody(step.id);
        }
    }
    return {programmeTitle(), body};
}

QString ExportContent::eventCell(const QString &id) const
{
    // A step of the journey is told in the programme; the table names it and points there.
    if (const Briefing::Ref *ref = m_b.find(id); ref && ref->kind == Briefing::Kind::Itinerary) {
        return QStringLiteral("<p><b>") + esc(titleText(id)) + QStringLiteral("</b></p>")
            + EntryHtml::element(
                   "p", esc(BriefingExporter::tr("See %1", "a cross-reference to a section")
                                .arg(programmeTitle())),
                   "meta");
    }
    return entryTitleLine(id) + entryBody(id);
}

QString ExportContent::laneName(const QString &laneId) const
{
    if (laneId == ItineraryEvents::laneId())
        return ItineraryEvents::laneTitle();
    return text(m_b.laneTitle(laneId));
}

const Source *ExportContent::primarySource() const
{
    for (const QString &id : m_b.visit.sources) {
        if (const Source *source = m_b.source(id))
            return source;
    }
    return m_b.sources.isEmpty() ? nullptr : &m_b.sources.first();
}

QString ExportContent::sourceLine(const Source &source) const
{
    // Each part isolated where its direction is not the page's, so that the commas between
    // them stay between them ("The Hindu ،ahead of" came of a bare Latin run).
    QStringList parts{text(source.title)};
    if (!source.publisher.isEmpty())
        parts << documentText(TextList::keepTogether(source.publisher), rightToLeft(), {});
    if (source.date.isValid())
        parts << m_dates.format(source.date);
    return parts.join(TextList::comma(m_locale));
}

void ExportContent::collectSources()
{
    QSet<QString> cited;
    const auto add = [&cited](const QStringList &ids) {
        for (const QString &id : ids)
            cited.insert(id);
    };
    switch (m_options.scope) {
    case ExportOptions::Scope::Whole:
        for (const Source &source : m_b.sources)
            cited.insert(source.id);
        break;
    case ExportOptions::Scope::Area:
        if (const AgendaArea *area = m_b.agendaArea(m_options.areaId)) {
            for (const AgendaItem &item : area->items)
                add(item.sources);
        }
        break;
    case ExportOptions::Scope::Events:
        for (const TimelineEvent &event : m_b.events) {
            if (m_options.eventIds.contains(event.id))
                add(event.sources);
        }
        break;
    }
    // The places, lines and areas described cite their sources too.
    for (const QString &id : std::as_const(m_placeIds)) {
        if (const Place *place = m_b.place(id))
            add(place->sources);
        else if (const MapLine *line = m_b.line(id))
            add(line->sources);
        else if (const MapArea *area = m_b.area(id))
            add(area->sources);
    }
    for (const Source &source : m_b.sources) {
        if (cited.contains(source.id)) {
            m_sourceOrder << source.id;
            m_sourceNumber.insert(source.id, int(m_sourceOrder.size()));
        }
    }
}

QString ExportContent::cite(const QStringList &ids) const
{
    QStringList numbers;
    for (const QString &id : ids) {
        if (m_sourceNumber.contains(id))
            numbers << number(m_sourceNumber.value(id));
    }
    if (numbers.isEmpty())
        return {};
    return QStringLiteral(" <span class=\"cite\">[")
        + esc(numbers.join(TextList::comma(m_locale)))
        + QStringLiteral("]</span>");
}

QString ExportContent::placeName(const QString &id) const
{
    const Place *place = m_b.place(id);
    return place ? text(place->name) : QString();
}

QString ExportContent::countryName(const QString &id) const
{
    const Country *country = m_b.country(id);
    return country ? text(country->name) : id;
}

QString ExportContent::personLine(const QString &id) const
{
    const Person *person = m_b.person(id);
    if (!person)
        return {};
    const QString role = text(person->role);
    return role.isEmpty() ? text(person->name)
                          : BriefingExporter::tr("%1, %2", "person, role")
                                .arg(text(person->name), role);
}

void ExportContent::collectPlaces()
{
    QStringList named;
    const auto add = [&named](const Entry &entry) {
        named += entry.places;
        named += entry.lines;
    };
    switch (m_options.scope) {
    case ExportOptions::Scope::Whole:
        break;
    case ExportOptions::Scope::Area:
        if (const AgendaArea *area = m_b.agendaArea(m_options.areaId)) {
            for (const AgendaItem &item : area->items)
                add(item);
        }
        break;
    case ExportOptions::Scope::Events:
        for (const TimelineEvent &event : m_b.events) {
            if (m_options.eventIds.contains(event.id))
                add(event);
        }
        break;
    }
    const bool whole = m_options.scope == ExportOptions::Scope::Whole;
    for (const Place &place : m_b.places) {
        if (whole || named.contains(place.id))
            m_placeIds << place.id;
    }
    for (const MapLine &line : m_b.lines) {
        if (whole || named.contains(line.id))
            m_placeIds << line.id;
    }
    for (const MapArea &area : m_b.areas) {
        if (whole || named.contains(area.id))
            m_placeIds << area.id;
    }
}

QString ExportContent::sectionTitle(Briefing::Kind kind)
{
    switch (kind) {
    case Briefing::Kind::Tension: return BriefingExporter::tr("Tensions");
    case Briefing::Kind::Background: return BriefingExporter::tr("Background");
    case Briefing::Kind::Outcome: return BriefingExporter::tr("Expected outcomes");
    case Briefing::Kind::Event: return BriefingExporter::tr("Timeline of events");
    case Briefing::Kind::Itinerary: return programmeTitle();
    case Briefing::Kind::Place:
    case Briefing::Kind::Line:
    case Briefing::Kind::Area: return BriefingExporter::tr("Places and routes");
    default: break;
    }
    return {};
}

QString ExportContent::sectionOf(const QString &id) const
{
    const Briefing::Ref *ref = m_b.find(id);
    if (!ref)
        return {};
    const bool whole = m_options.scope == ExportOptions::Scope::Whole;
    switch (ref->kind) {
    case Briefing::Kind::AgendaItem: {
        const AgendaArea &area = m_b.agenda.at(ref->areaIndex);
        const bool shown = whole
            || (m_options.scope == ExportOptions::Scope::Area && area.id == m_options.areaId);
        return shown ? text(area.title) : QString();
    }
    case Briefing::Kind::Tension:
    case Briefing::Kind::Background:
    case Briefing::Kind::Outcome:
    case Briefing::Kind::Itinerary:
        return whole ? sectionTitle(ref->kind) : QString();
    case Briefing::Kind::Event:
        return whole || (m_options.scope == ExportOptions::Scope::Events
                         && m_options.eventIds.contains(id))
            ? sectionTitle(ref->kind)
            : QString();
    case Briefing::Kind::Place:
    case Briefing::Kind::Line:
    case Briefing::Kind::Area:
        return m_placeIds.contains(id) ? sectionTitle(ref->kind) : QString();
    default:
        break;
    }
    return {};
}

QString ExportContent::reference(const EntryFields::Reference &reference) const
{
    const QString section = sectionOf(reference.id);
    QString html = esc(titleText(reference.id));
    // A link only to what this copy holds; paper names the page to turn to instead.
    if (m_medium == Medium::Web && !section.isEmpty())
        html = QStringLiteral("<a href=\"#") + esc(reference.id) + QStringLiteral("\">") + html
            + QStringLiteral("</a>");
    if (!reference.label.isEmpty())
        html += QStringLiteral(" <span class=\"meta\">") + esc(reference.label)
            + QStringLiteral("</span>");
    // The page, known only once the pages are laid out, takes the placeholder's place
    // (PagedLayout), and is a link to the entry.
    if (m_medium == Medium::Paper && !section.isEmpty())
        html += QStringLiteral(" <span class=\"meta\"><a name=\"")
            + esc(PageReferencePrefix + reference.id) + QStringLiteral("\">*</a></span>");
    return html;
}

QString ExportContent::titleText(const QString &id) const
{
    const LocalizedText title = m_fields.localizedTitle(id);
    return title.isEmpty() ? id : text(title);
}

QString ExportContent::entryHeading(const QString &id) const
{
    return QStringLiteral("<h3 id=\"") + esc(id) + QStringLiteral("\">")
        + esc(titleText(id)) + QStringLiteral("</h3>");
}

QString ExportContent::entryTitleLine(const QString &id) const
{
    return QStringLiteral("<p><b id=\"") + esc(id) + QStringLiteral("\">")
        + esc(titleText(id)) + QStringLiteral("</b></p>");
}

QString ExportContent::entryBody(const QString &id) const
{
    const std::optional<EntryFields::Fields> fields = m_fields.of(id);
    if (!fields)
        return {};
    QString body;
    QString meta;
    for (const EntryFields::MetaPart &part : fields->meta)
        meta += ChipStyle::html(part.text, part.chip);
    if (!meta.isEmpty())
        body += EntryHtml::element("p", meta, "meta");
    for (const QString &detail : fields->details)
        body += EntryHtml::element("p", esc(detail), "meta");
    QString textHtml = EntryHtml::paragraphs(text(fields->text));
    const QString citation = cite(fields->sources);
    if (!citation.isEmpty()) {
        if (textHtml.endsWith(QStringLiteral("</p>")))
            textHtml.insert(textHtml.size() - 4, citation);
        else
            textHtml += EntryHtml::element("p", citation);
    }
    body += textHtml;
    const QString note = text(fields->note);
    if (!note.isEmpty()) {
        QString noteHtml = EntryHtml::paragraphs(note);
        if (!fields->noteHeading.isEmpty())
            noteHtml.prepend(EntryHtml::element("p", EntryHtml::element("b", esc(fields->noteHeading))));
        body += EntryHtml::element("div", noteHtml, "note");
    }
    for (const EntryFields::ReferenceList &list : fields->references) {
        QStringList items;
        items.reserve(list.items.size());
        for (const EntryFields::Reference &item : list.items)
            items += reference(item);
        body += EntryHtml::element("p", EntryHtml::element("b", esc(list.heading)), "refs")
            + EntryHtml::bulletList(items, "refs");
    }
    return body;
}

QString ExportContent::figure(ExportOptions::Figure paint, double aspect, const QString &caption)
{
    m_figures.append({std::move(paint), aspect, caption});
    return m_figureMarkup(int(m_figures.size()) - 1)
        + EntryHtml::element("p", esc(caption), "caption");
}

ExportSection ExportContent::overview()
{
    QString body;
    const Visit &visit = m_b.visit;
    QString rows;
    const bool rtl = rightToLeft();
    const auto addRow = [&rows, rtl](const QString &label, const QString &valueHtml) {
        if (!valueHtml.isEmpty())
            rows += row({QStringLiteral("<td class=\"label\" width=\"26%\">") + esc(label)
                             + QStringLiteral("</td>"),
                         QStringLiteral("<td>") + valueHtml + QStringLiteral("</td>")},
                        rtl);
    };
    addRow(BriefingExporter::tr("Visit"), esc(text(visit.kind)));
    addRow(BriefingExporter::tr("Guest"), esc(countryName(visit.guest)));
    addRow(visitHostLabel(), esc(visitHosts()));
    addRow(BriefingExporter::tr("Date"), esc(m_dates.formatWithGregorian(visit.date)));
    addRow(visitPlaceLabel(), esc(visitPlaces()));
    const auto people = [this](const QStringList &ids) {
        QStringList lines;
        for (const QString &id : ids) {
            const QString line = personLine(id);
            if (!line.isEmpty())
                lines << esc(line);
        }
        return lines.join(QStringLiteral("<br>"));
    };
    addRow(BriefingExporter::tr("Delegation"), people(visit.visitors));
    addRow(BriefingExporter::tr("Hosts"), receptions(people));
    body += tableOpen("facts", 4, rtl) + rows + QStringLiteral("</table>");
    const QString summary = text(m_b.summary);
    if (!summary.isEmpty())
        body += EntryHtml::element("h2", esc(BriefingExporter::tr("Summary")))
            + EntryHtml::paragraphs(summary);
    const QString purpose = text(visit.purpose);
    if (!purpose.isEmpty()) {
        QString purposeHtml = EntryHtml::paragraphs(purpose);
        const QString citation = cite(visit.sources);
        if (!citation.isEmpty() && purposeHtml.endsWith(QStringLiteral("</p>")))
            purposeHtml.insert(purposeHtml.size() - 4, citation);
        body += EntryHtml::element("h2", esc(BriefingExporter::tr("Purpose"))) + purposeHtml;
    }
    return {BriefingExporter::tr("Overview"), body};
}

ExportSection ExportContent::agendaArea(const AgendaArea &area) const
{
    QString body = EntryHtml::paragraphs(text(area.summary));
    for (const AgendaItem &item : area.items)
        body += entryHeading(item.id) + entryBody(item.id);
    return {text(area.title), body};
}

ExportSection ExportContent::tensions() const
{
    QStringList ids;
    ids.reserve(m_b.tensions.size());
    for (const Tension &tension : m_b.tensions)
        ids.append(tension.id);
    return entries(sectionTitle(Briefing::Kind::Tension), ids);
}

ExportSection ExportContent::entries(const QString &title, const QStringList &ids) const
{
    // Made part by part when the pages need them (see ExportSection).
    const auto part = [this, ids](int index) {
        QString html;
        const qsizetype end = std::min((index + 1) * EntriesPerPart, ids.size());
        for (qsizetype i = index * EntriesPerPart; i < end; ++i)
            html += entryHeading(ids.at(i)) + entryBody(ids.at(i));
        return html;
    };
    return {title, QString(), int((ids.size() + EntriesPerPart - 1) / EntriesPerPart), part};
}

ExportSection ExportContent::background() const
{
    QString body;
    for (const BackgroundSection &section : m_b.background)
        body += entryHeading(section.id) + entryBody(section.id);
    return {sectionTitle(Briefing::Kind::Background), body};
}

ExportSection ExportContent::outcomes() const
{
    QString body;
    for (const Outcome &outcome : m_b.outcomes)
        body += entryHeading(outcome.id) + entryBody(outcome.id);
    return {sectionTitle(Briefing::Kind::Outcome), body};
}

ExportSection ExportContent::timeline(const QList<TimelineEvent> &events)
{
    QString body;
    // The table numbers its events; the figures mark with the same number each event whose
    // title has no room on them.
    QHash<QString, int> numbers;
    for (qsizetype i = 0; i < events.size(); ++i)
        numbers.insert(events.at(i).id, int(i) + 1);
    if (m_options.timelineFigure) {
        const QList<ExportOptions::TimelineView> views = m_options.timelineFigure(numbers);
        for (const ExportOptions::TimelineView &view : views)
            body += figure(view.paint, view.aspect, timelineCaption(view, views.size()));
    }
    const bool rtl = rightToLeft();
    // A header row (thead) repeats at the top of every page a table runs onto.
    const QString tableStart = tableOpen("events", 4, rtl) + QStringLiteral("<thead>")
        + row({QStringLiteral("<th class=\"num\" width=\"10%\">")
                   + esc(BriefingExporter::tr("No.", "the number of an event in the table"))
                   + QStringLiteral("</th>"),
               QStringLiteral("<th width=\"20%\">") + esc(BriefingExporter::tr("Date"))
                   + QStringLiteral("</th>"),
               QStringLiteral("<th>") + esc(BriefingExporter::tr("Event"))
                   + QStringLiteral("</th>"),
               QStringLiteral("<th width=\"18%\">") + esc(BriefingExporter::tr("Lane"))
                   + QStringLiteral("</th>")},
              rtl)
        + QStringLiteral("</thead>");
    if (events.isEmpty())
        body += tableStart + QStringLiteral("</table>");
    // Each part is a run of whole tables, so a part starts where a table would start anyway.
    const auto part = [this, events, tableStart, rtl](int index) {
        QString html;
        const qsizetype partEnd =
            std::min((index + 1) * ExportContent::EventsPerPart, events.size());
        for (qsizetype first = index * ExportContent::EventsPerPart; first < partEnd;
             first += EventsPerTable) {
            QString rows;
            const qsizetype end = std::min(first + EventsPerTable, partEnd);
            for (qsizetype i = first; i < end; ++i) {
                const TimelineEvent &event = events.at(i);
                rows += row({QStringLiteral("<td class=\"num\" width=\"10%\">")
                                 + esc(number(int(i) + 1)) + QStringLiteral("</td>"),
                             QStringLiteral("<td class=\"date\" width=\"20%\">")
                                 + esc(m_dates.format(event.date)) + QStringLiteral("</td>"),
                             QStringLiteral("<td>") + eventCell(event.id)
                                 + QStringLiteral("</td>"),
                             QStringLiteral("<td class=\"lane\" width=\"18%\">")
                                 + esc(laneName(event.lane)) + QStringLiteral("</td>")},
                            rtl,
                            i % 2 ? QStringLiteral("<tr class=\"odd\">")
                                  : QStringLiteral("<tr>"));
            }
            html += tableStart + rows + QStringLiteral("</table>");
        }
        return html;
    };
    const int parts = int((events.size() + EventsPerPart - 1) / EventsPerPart);
    return {BriefingExporter::tr("Timeline of events"), body, parts, part};
}

QString ExportContent::timelineCaption(const ExportOptions::TimelineView &view,
                                       qsizetype count) const
{
    const QString key = BriefingExporter::tr(
        "A number beside a marker, or in a badge, is the event's number in the table.");
    QString caption;
    if (count < 2) {
        caption = BriefingExporter::tr("Figure: the timeline of events");
    } else if (view.overview) {
        caption = BriefingExporter::tr(
            "Figure: the whole timeline; the framed band is the figure below");
    } else {
        const auto month = [this](double julianDay) {
            FuzzyDate::Point point;
            point.date = QDate::fromJulianDay(qint64(julianDay));
            point.precision = FuzzyDate::Precision::Month;
            return m_dates.format(point);
        };
        caption = BriefingExporter::tr("Figure: the months around the visit, %1 to %2")
                      .arg(month(view.start), month(view.end - 1));
    }
    return caption + QStringLiteral(". ") + key;
}

ExportSection ExportContent::map()
{
    // Taller than the page allows, so the figure takes the page's height (PagedLayout keeps
    // room for the heading and the caption): the maps, the legend and the key share it.
    QString body = figure(m_options.mapFigure, 1.4,
                          BriefingExporter::tr("Figure: the region, its places and routes"));
    return {BriefingExporter::tr("Region map"), body};
}

ExportSection ExportContent::places() const
{
    return entries(sectionTitle(Briefing::Kind::Place), m_placeIds);
}

ExportSection ExportContent::sources() const
{
    // Each part a table of its own, made when the pages need it (see ExportSection).
    const auto part = [this](int index) -> QString {
        const qsizetype end = std::min((index + 1) * SourcesPerPart, m_sourceOrder.size());
        return tableOpen("sources", 3, rightToLeft())
            + sourceRows(m_sourceOrder.mid(index * SourcesPerPart, end - index * SourcesPerPart))
            + QStringLiteral("</table>");
    };
    const int parts = int((m_sourceOrder.size() + SourcesPerPart - 1) / SourcesPerPart);
    return {BriefingExporter::tr("Sources"), QString(), parts, part};
}

QString ExportContent::sourceRows(const QStringList &ids) const
{
    QString rows;
    for (const QString &id : ids) {
        const Source *source = m_b.source(id);
        QString line = esc(sourceLine(*source));
        const QString href = WebLink::target(source->url);
        // Addresses read left to right even inside Persian text, and read as the detail pane
        // shows them (its letters, not their percent codes); only the link is encoded.
        // On paper a long address is shortened: the PDF writes a link's whole address once
        // for every line its text takes, and 15,601 addresses of 2,000 characters made 24
        // lines and 24 copies each (over 2 GB). The link keeps the whole address.
        const auto shown = [this](const QString &address) {
            return m_medium == Medium::Paper ? WebLink::shortened(address) : address;
        };
        if (!href.isEmpty()) {
            line += QStringLiteral("<br><a href=\"") + esc(href) + QStringLiteral("\">")
                + esc(leftToRightRun(shown(QUrl(href, QUrl::StrictMode).toDisplayString())))
                + QStringLiteral("</a>");
        } else if (!source->url.isEmpty()) {
            line += QStringLiteral("<br>") + esc(leftToRightRun(shown(source->url)));
        }
        // Its confidence and note, as the detail pane gives them.
        const EntryFields::MetaPart confidence = EntryFields::confidenceChip(source->confidence);
        if (!confidence.text.isEmpty())
            line += QStringLiteral("<br>") + ChipStyle::html(confidence.text, confidence.chip);
        const QString note = text(source->note);
        if (!note.isEmpty())
            line += QStringLiteral("<br><span class=\"meta\">") + esc(note)
                + QStringLiteral("</span>");
        rows += row({QStringLiteral("<td class=\"num\" width=\"7%\">[")
                         + esc(number(m_sourceNumber.value(id))) + QStringLiteral("]</td>"),
                     QStringLiteral("<td>") + line + QStringLiteral("</td>")},
                    rightToLeft());
    }
    return rows;
}
