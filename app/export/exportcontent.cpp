#include "export/exportcontent.h"

#include "document/textlist.h"
#include "document/vocabulary.h"
#include "document/weblink.h"
#include "export/briefingexporter.h"
#include "export/exporthtml.h"
#include "models/chipstyle.h"
#include "models/entryhtml.h"

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

ExportContent::ExportContent(const Briefing &briefing, const ExportOptions &options)
    : m_b(briefing), m_options(options), m_locale(options.language),
      m_dates(QLocale(options.language))
{
    collectSources();
}

QString ExportContent::text(const LocalizedText &value) const
{
    return m_b.text(value, m_options.language).text;
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
        for (const AgendaArea &area : m_b.agenda)
            list << agendaArea(area);
        if (!m_b.tensions.isEmpty())
            list << tensions();
        if (!m_b.background.isEmpty())
            list << background();
        if (!m_b.outcomes.isEmpty())
            list << outcomes();
        list << timeline(m_b.events);
        if (m_options.mapFigure)
            list << map();
        break;
    case ExportOptions::Scope::Area:
        if (const AgendaArea *area = m_b.area(m_options.areaId))
            list << agendaArea(*area);
        break;
    case ExportOptions::Scope::Events: {
        QList<TimelineEvent> events;
        for (const TimelineEvent &event : m_b.events) {
            if (m_options.eventIds.contains(event.id))
                events << event;
        }
        list << timeline(events);
        break;
    }
    }
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
    addRow(BriefingExporter::tr("Visit"), m_dates.format(m_b.visit.date));
    addRow(BriefingExporter::tr("Place"), placeName(m_b.visit.place));
    QString scope;
    if (m_options.scope == ExportOptions::Scope::Area) {
        if (const AgendaArea *area = m_b.area(m_options.areaId))
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
    QStringList parts{text(source.title)};
    if (!source.publisher.isEmpty())
        parts << TextList::keepTogether(source.publisher);
    if (source.date.isValid())
        parts << m_dates.format(source.date);
    if (!rightToLeft())
        return parts.join(QStringLiteral(", "));
    for (QString &part : parts)
        part = rightToLeftRun(part);
    return parts.join(QStringLiteral("، "));
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
        if (const AgendaArea *area = m_b.area(m_options.areaId)) {
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

QString ExportContent::entryBody(const Entry &entry) const
{
    QString body = EntryHtml::paragraphs(text(entry.text));
    const QString citation = cite(entry.sources);
    if (!citation.isEmpty()) {
        if (body.endsWith(QStringLiteral("</p>")))
            body.insert(body.size() - 4, citation);
        else
            body += EntryHtml::element("p", citation);
    }
    const QString note = text(entry.note);
    if (!note.isEmpty())
        body += QStringLiteral("<p class=\"note\">")
            + esc(BriefingExporter::tr("Note: %1").arg(note)) + QStringLiteral("</p>");
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
    addRow(BriefingExporter::tr("Host"), esc(countryName(visit.host)));
    addRow(BriefingExporter::tr("Date"), esc(m_dates.format(visit.date)));
    addRow(BriefingExporter::tr("Place"), esc(placeName(visit.place)));
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
    addRow(BriefingExporter::tr("Hosts"), people(visit.hosts));
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
        body += EntryHtml::element("h3", esc(text(item.title))) + entryBody(item);
    return {text(area.title), body};
}

ExportSection ExportContent::tensions() const
{
    QString body;
    for (const Tension &tension : m_b.tensions) {
        QStringList parties;
        for (const QString &id : tension.parties)
            parties << countryName(id);
        // The template is escaped before the chips go in: they are HTML already.
        const QString meta =
            esc(BriefingExporter::tr("Parties: %1 · Severity: %2 · Status: %3"))
                .arg(esc(TextList::join(parties, m_locale)),
                     ChipStyle::html(Vocabulary::name(tension.severity),
                                     ChipStyle::of(tension.severity)),
                     ChipStyle::html(Vocabulary::name(tension.status),
                                     ChipStyle::of(tension.status)));
        body += EntryHtml::element("h3", esc(text(tension.title)))
            + EntryHtml::element("p", meta, "meta")
            + entryBody(tension);
    }
    return {BriefingExporter::tr("Tensions"), body};
}

ExportSection ExportContent::background() const
{
    QString body;
    for (const BackgroundSection &section : m_b.background)
        body += EntryHtml::element("h3", esc(text(section.title))) + entryBody(section);
    return {BriefingExporter::tr("Background"), body};
}

ExportSection ExportContent::outcomes() const
{
    QString body;
    for (const Outcome &outcome : m_b.outcomes) {
        const QString status = esc(BriefingExporter::tr("Status: %1"))
                                   .arg(ChipStyle::html(Vocabulary::name(outcome.status),
                                                        ChipStyle::of(outcome.status)));
        body += EntryHtml::element("h3", esc(text(outcome.title)))
            + EntryHtml::element("p", status, "meta") + entryBody(outcome);
    }
    return {BriefingExporter::tr("Expected outcomes"), body};
}

ExportSection ExportContent::timeline(const QList<TimelineEvent> &events)
{
    QString body;
    if (m_options.timelineFigure) {
        body += figure(m_options.timelineFigure, 0.5,
                       BriefingExporter::tr("Figure: the timeline of events"));
    }
    const bool rtl = rightToLeft();
    // A header row (thead) repeats at the top of every page a table runs onto.
    const QString tableStart = tableOpen("events", 4, rtl) + QStringLiteral("<thead>")
        + row({QStringLiteral("<th width=\"24%\">") + esc(BriefingExporter::tr("Date"))
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
                rows += row({QStringLiteral("<td class=\"date\" width=\"24%\">")
                                 + esc(m_dates.format(event.date)) + QStringLiteral("</td>"),
                             QStringLiteral("<td>") + esc(text(event.title))
                                 + cite(event.sources) + QStringLiteral("</td>"),
                             QStringLiteral("<td class=\"lane\" width=\"18%\">")
                                 + esc(text(m_b.laneTitle(event.lane)))
                                 + QStringLiteral("</td>")},
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

ExportSection ExportContent::map()
{
    QString body = figure(m_options.mapFigure, 0.7,
                          BriefingExporter::tr("Figure: the region, its places and routes"));
    return {BriefingExporter::tr("Region map"), body};
}

ExportSection ExportContent::sources() const
{
    QString rows;
    for (const QString &id : m_sourceOrder) {
        const Source *source = m_b.source(id);
        QString line = esc(sourceLine(*source));
        const QString href = WebLink::target(source->url);
        // Addresses read left to right even inside Persian text.
        if (!href.isEmpty()) {
            line += QStringLiteral("<br><a href=\"") + esc(href) + QStringLiteral("\">")
                + esc(leftToRightRun(href)) + QStringLiteral("</a>");
        } else if (!source->url.isEmpty()) {
            line += QStringLiteral("<br>") + esc(leftToRightRun(source->url));
        }
        rows += row({QStringLiteral("<td class=\"num\" width=\"7%\">[")
                         + esc(number(m_sourceNumber.value(id))) + QStringLiteral("]</td>"),
                     QStringLiteral("<td>") + line + QStringLiteral("</td>")},
                    rightToLeft());
    }
    return {BriefingExporter::tr("Sources"),
            tableOpen("sources", 3, rightToLeft()) + rows + QStringLiteral("</table>")};
}
