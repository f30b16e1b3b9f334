#include "export/briefingexporter.h"

#include "document/atomicfile.h"
#include "document/briefingreader.h"
#include "document/dateformatter.h"
#include "document/htmltext.h"
#include "document/vocabulary.h"
#include "document/weblink.h"
#include "export/briefingfigureobject.h"
#include "export/exportstyle.h"
#include "export/pdfpostprocessor.h"
#include "formats/briefingloader.h"
#include "models/entryhtml.h"
#include "models/tensionmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSemaphore>
#include <QSet>
#include <QSvgGenerator>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextStream>
#include <QTextTable>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <numeric>
#include <vector>

namespace {

// The layout works in units of 1/96 inch, so that CSS pixels and points keep their usual sizes
// on every device; a device of another resolution is scaled to it.
constexpr int LayoutDpi = 96;
constexpr double PointsPerUnit = 72.0 / LayoutDpi;

QString esc(const QString &text)
{
    return HtmlText::escape(text);
}

// Tables are laid out left to right everywhere (Qt does not mirror them reliably); a
// right-to-left document lists its cells in reverse, so that the first column is on the right,
// and each cell keeps the document's direction. Every cell starts with "<td" or "<th".
QString row(QStringList cells, bool rightToLeft, const QString &rowOpen = QStringLiteral("<tr>"))
{
    if (rightToLeft) {
        std::reverse(cells.begin(), cells.end());
        for (QString &cell : cells)
            cell.insert(3, QStringLiteral(" dir=\"rtl\""));
    }
    return rowOpen + cells.join(QString()) + QStringLiteral("</tr>");
}

// The opening tag of a full-width table; see row() for the direction.
QString tableOpen(const char *cssClass, int cellPadding, bool rightToLeft)
{
    return QStringLiteral("<table class=\"") + QString::fromLatin1(cssClass)
        + QStringLiteral("\" width=\"100%\" cellspacing=\"0\" cellpadding=\"")
        + QString::number(cellPadding) + u'"'
        + (rightToLeft ? QStringLiteral(" dir=\"ltr\">") : QStringLiteral(">"));
}

// Events per table. Painting a page of a table costs Qt a step for every page the table runs
// onto, so a long list of events is a run of tables, each with its own header row, and the
// export grows with the number of events rather than with its square.
constexpr qsizetype EventsPerTable = 200;

// Keeps a run in its own direction inside text of the other. Marks rather than isolates
// (U+2066..2069): the bundled font has no glyphs for isolates, and the PDF would pull in
// another font for them.
QString leftToRightRun(const QString &text)
{
    return QChar(0x200E) + text + QChar(0x200E);
}

QString rightToLeftRun(const QString &text)
{
    return text + QChar(0x200F);
}

// One top-level section: a line of the table of contents and of the outline.
struct Section
{
    QString title;
    QString body; // HTML, every document string escaped
};

struct FigureSlot
{
    ExportOptions::Figure paint;
    double aspect = 0.5; // height / width
    QString caption;
};

// Builds the sections from the briefing for the options' language and scope.
class Content
{
public:
    Content(const Briefing &briefing, const ExportOptions &options)
        : m_b(briefing), m_options(options), m_locale(options.language),
          m_dates(QLocale(options.language))
    {
        collectSources();
    }

    QString text(const LocalizedText &value) const { return m_b.text(value, m_options.language).text; }
    QString number(int n) const { return m_locale.toString(n); }
    const DateFormatter &dates() const { return m_dates; }
    bool rightToLeft() const { return m_locale.textDirection() == Qt::RightToLeft; }
    const QList<FigureSlot> &figures() const { return m_figures; }

    // `figureMarkup` turns a figure slot into markup: an anchor the PDF layout replaces with
    // the figure object, or inline SVG in the HTML copy.
    QList<Section> sections(const std::function<QString(int)> &figureMarkup)
    {
        m_figureMarkup = figureMarkup;
        QList<Section> list;
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

    QString cover() const
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

private:
    const Source *primarySource() const
    {
        for (const QString &id : m_b.visit.sources) {
            if (const Source *source = m_b.source(id))
                return source;
        }
        return m_b.sources.isEmpty() ? nullptr : &m_b.sources.first();
    }

    QString sourceLine(const Source &source) const
    {
        QStringList parts{text(source.title)};
        if (!source.publisher.isEmpty())
            parts << source.publisher;
        if (source.date.isValid())
            parts << m_dates.format(source.date);
        if (!rightToLeft())
            return parts.join(QStringLiteral(", "));
        for (QString &part : parts)
            part = rightToLeftRun(part);
        return parts.join(QStringLiteral("، "));
    }

    // Cited sources are numbered in the order of the document's source list.
    void collectSources()
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

    QString cite(const QStringList &ids) const
    {
        QStringList numbers;
        for (const QString &id : ids) {
            if (m_sourceNumber.contains(id))
                numbers << number(m_sourceNumber.value(id));
        }
        if (numbers.isEmpty())
            return {};
        return QStringLiteral(" <span class=\"cite\">[")
            + esc(numbers.join(EntryHtml::comma(m_locale)))
            + QStringLiteral("]</span>");
    }

    QString placeName(const QString &id) const
    {
        const Place *place = m_b.place(id);
        return place ? text(place->name) : QString();
    }

    QString countryName(const QString &id) const
    {
        const Country *country = m_b.country(id);
        return country ? text(country->name) : id;
    }

    QString personLine(const QString &id) const
    {
        const Person *person = m_b.person(id);
        if (!person)
            return {};
        const QString role = text(person->role);
        return role.isEmpty() ? text(person->name)
                              : BriefingExporter::tr("%1, %2", "person, role")
                                    .arg(text(person->name), role);
    }

    // The body of an entry: its text, its note, and the numbers of the sources it cites.
    QString entryBody(const Entry &entry) const
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

    QString figure(ExportOptions::Figure paint, double aspect, const QString &caption)
    {
        m_figures.append({std::move(paint), aspect, caption});
        return m_figureMarkup(int(m_figures.size()) - 1)
            + EntryHtml::element("p", esc(caption), "caption");
    }

    Section overview()
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

    Section agendaArea(const AgendaArea &area) const
    {
        QString body = EntryHtml::paragraphs(text(area.summary));
        for (const AgendaItem &item : area.items)
            body += EntryHtml::element("h3", esc(text(item.title))) + entryBody(item);
        return {text(area.title), body};
    }

    Section tensions() const
    {
        QString body;
        for (const Tension &tension : m_b.tensions) {
            QStringList parties;
            for (const QString &id : tension.parties)
                parties << countryName(id);
            const QString meta =
                BriefingExporter::tr("Parties: %1 · Severity: %2 · Status: %3")
                    .arg(parties.join(EntryHtml::comma(m_locale)),
                         Vocabulary::name(tension.severity),
                         Vocabulary::name(tension.status));
            body += EntryHtml::element("h3", esc(text(tension.title)))
                + EntryHtml::element("p", esc(meta), "meta")
                + entryBody(tension);
        }
        return {BriefingExporter::tr("Tensions"), body};
    }

    Section background() const
    {
        QString body;
        for (const BackgroundSection &section : m_b.background)
            body += EntryHtml::element("h3", esc(text(section.title))) + entryBody(section);
        return {BriefingExporter::tr("Background"), body};
    }

    Section outcomes() const
    {
        QString body;
        for (const Outcome &outcome : m_b.outcomes) {
            const QString status = BriefingExporter::tr("Status: %1")
                                       .arg(Vocabulary::name(outcome.status));
            body += EntryHtml::element("h3", esc(text(outcome.title)))
                + EntryHtml::element("p", esc(status), "meta") + entryBody(outcome);
        }
        return {BriefingExporter::tr("Expected outcomes"), body};
    }

    Section timeline(const QList<TimelineEvent> &events)
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
        bool odd = false;
        for (qsizetype first = 0; first < events.size(); first += EventsPerTable) {
            QString rows;
            const qsizetype end = std::min(first + EventsPerTable, events.size());
            for (qsizetype i = first; i < end; ++i) {
                const TimelineEvent &event = events.at(i);
                rows += row({QStringLiteral("<td class=\"date\" width=\"24%\">")
                                 + esc(m_dates.format(event.date)) + QStringLiteral("</td>"),
                             QStringLiteral("<td>") + esc(text(event.title)) + cite(event.sources)
                                 + QStringLiteral("</td>"),
                             QStringLiteral("<td class=\"lane\" width=\"18%\">")
                                 + esc(text(m_b.laneTitle(event.lane))) + QStringLiteral("</td>")},
                            rtl,
                            odd ? QStringLiteral("<tr class=\"odd\">") : QStringLiteral("<tr>"));
                odd = !odd;
            }
            body += tableStart + rows + QStringLiteral("</table>");
        }
        return {BriefingExporter::tr("Timeline of events"), body};
    }

    Section map()
    {
        QString body = figure(m_options.mapFigure, 0.7,
                              BriefingExporter::tr("Figure: the region, its places and routes"));
        return {BriefingExporter::tr("Region map"), body};
    }

    Section sources() const
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

    const Briefing &m_b;
    const ExportOptions &m_options;
    QLocale m_locale;
    DateFormatter m_dates;
    QStringList m_sourceOrder;
    QHash<QString, int> m_sourceNumber;
    QList<FigureSlot> m_figures;
    std::function<QString(int)> m_figureMarkup;
};

struct HeadingPosition
{
    int page = 0;      // 0-based page of the main document
    double top = 0;    // from the top of the content area, in layout units
};

// A second thread that lays out a share of the sections. It stays until the layout is gone:
// the laid-out text keeps the glyphs it was shaped with, from fonts that thread loaded, and a
// thread's fonts go when it ends. Its documents are deleted there too, with their timers.
class LayoutHelper
{
public:
    explicit LayoutHelper(const std::function<void()> &work)
        : m_thread(QThread::create([this, work] {
              work();
              m_done.release();
              m_dismissed.acquire();
              m_documents.clear();
          }))
    {
        m_thread->start();
    }

    ~LayoutHelper()
    {
        m_dismissed.release();
        m_thread->wait();
    }

    void waitForWork() { m_done.acquire(); }

    // Takes a document the work made, to delete it in the thread that made it.
    void adopt(std::unique_ptr<QTextDocument> document)
    {
        m_documents.push_back(std::move(document));
    }

private:
    QSemaphore m_done;
    QSemaphore m_dismissed;
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
    std::unique_ptr<QThread> m_thread;
};

// The briefing laid out on pages: the cover on its own, the table of contents, then one
// document per section, each from the top of a page, paginated by Qt's text layout with the
// exporter's own rules on top (headings kept with what follows).
//
// Each document is laid out once. Its direction and figure placeholders are part of its HTML,
// and the figure objects go in before the layout sees it. Only a heading that would end a page
// makes the layout go on again from that heading, and then over the rest of its section only:
// in a paged document Qt lays out every table below an edit again, cell by cell, so one
// document for the whole briefing would lay out the events table once for every such heading
// above it. The table of contents cannot know its page numbers before the sections are laid
// out; its length does not depend on them (the numbers have a column of their own), so it is
// laid out with placeholders to learn where the sections start, and again with the numbers.
class PagedLayout
{
public:
    PagedLayout(const Briefing &briefing, const ExportOptions &options)
        : m_briefing(briefing), m_options(options),
          m_pageLayout(QPageSize(options.pageSize), QPageLayout::Portrait,
                       QMarginsF(20, 24, 20, 22), QPageLayout::Millimeter)
    {
        m_reference.setPageLayout(m_pageLayout);
        m_reference.setResolution(LayoutDpi);
        m_full = m_pageLayout.fullRectPixels(LayoutDpi);
        m_content = m_pageLayout.paintRectPixels(LayoutDpi);
        build();
    }

    ~PagedLayout()
    {
        if (!m_helper)
            return;
        for (Part &part : m_parts) {
            if (part.byHelper)
                m_helper->adopt(std::move(part.document));
        }
        m_helper.reset();
    }

    int pageCount() const { return firstMainPage() + m_pages; }
    const QList<Section> &sections() const { return m_sections; }
    const QList<HeadingPosition> &headings() const { return m_headings; }
    QRectF content() const { return m_content; }

    // The outline items: physical page and top in points.
    QList<PdfPostProcessor::OutlineItem> outline() const
    {
        QList<PdfPostProcessor::OutlineItem> items;
        for (int i = 0; i < m_sections.size() && i < m_headings.size(); ++i) {
            items.append({m_sections.at(i).title, firstMainPage() + m_headings.at(i).page,
                          (m_content.top() + m_headings.at(i).top) * PointsPerUnit, 1});
        }
        return items;
    }

    // Paints every page; `newPage` starts the next one. False when cancelled.
    bool paint(QPainter *painter, const std::function<bool()> &newPage, double scale) const
    {
        const int total = pageCount();
        for (int page = 0; page < total; ++page) {
            if (m_options.cancelled && m_options.cancelled())
                return false;
            if (page > 0 && !newPage())
                return false;
            painter->save();
            painter->scale(scale, scale);
            if (page == 0)
                paintCover(painter);
            else
                paintPage(painter, page, total);
            painter->restore();
        }
        return true;
    }

private:
    bool rightToLeft() const { return QLocale(m_options.language).textDirection() == Qt::RightToLeft; }
    QString direction() const { return rightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr"); }

    // The physical page (0-based) of the first section's first page: after the cover and the
    // table of contents.
    int firstMainPage() const { return 1 + m_contentsPages; }

    QFont font(double points) const
    {
        QFont f;
        f.setFamilies(m_options.fontFamilies);
        f.setPointSizeF(points);
        return f;
    }

    void prepare(QTextDocument &document, double width, double height) const
    {
        document.documentLayout()->setPaintDevice(const_cast<QPdfWriter *>(&m_reference));
        document.setDefaultFont(font(10.5));
        document.setDefaultStyleSheet(ExportStyle::pageStyleSheet());
        document.setDocumentMargin(0);
        QTextOption option = document.defaultTextOption();
        option.setTextDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        document.setDefaultTextOption(option);
        if (height > 0)
            document.setPageSize(QSizeF(width, height));
        else
            document.setTextWidth(width);
    }

    // Replaces each figure placeholder (an anchor named figure-N) with the figure's object.
    // Called inside an edit block, so that the layout sees the finished document only.
    void insertFigures(QTextDocument &document, BriefingFigureObject *figures,
                       const QList<FigureSlot> &slots) const
    {
        const double width = m_content.width();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QStringList names = fragment.charFormat().anchorNames();
                if (names.isEmpty() || !names.first().startsWith(QLatin1String("figure-")))
                    continue;
                const int index = names.first().mid(7).toInt();
                if (index < 0 || index >= slots.size())
                    continue;
                QTextCharFormat format;
                format.setObjectType(BriefingFigureObject::Type);
                format.setProperty(BriefingFigureObject::FigureIndex, figures->add(slots.at(index).paint));
                format.setProperty(BriefingFigureObject::FigureWidth, width);
                format.setProperty(BriefingFigureObject::FigureHeight,
                                   qMin(width * slots.at(index).aspect, m_content.height() * 0.8));
                QTextCursor cursor(&document);
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
                break;
            }
        }
    }

    // A block's layout keeps the shaped text, which painting needs again; by default a layout
    // drops it once the lines are made, and painting the page would shape every line anew.
    static void keepShapedText(QTextDocument &document)
    {
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            block.layout()->setCacheEnabled(true);
    }

    // The table of contents; `pages` holds the physical page (1-based) of each section, or is
    // empty for placeholders of the same width.
    QString contentsHtml(const QList<int> &pages) const
    {
        const QLocale locale(m_options.language);
        QString toc;
        for (int i = 0; i < m_sections.size(); ++i) {
            const QString page = i < pages.size() ? locale.toString(pages.at(i))
                                                  : locale.toString(88);
            // "right" is the trailing side: the page numbers land on the left in Persian.
            toc += row({QStringLiteral("<td>") + esc(m_sections.at(i).title)
                            + QStringLiteral("</td>"),
                        QStringLiteral("<td align=\"right\" width=\"12%\">") + esc(page)
                            + QStringLiteral("</td>")},
                       rightToLeft());
        }
        return QStringLiteral("<html><body dir=\"") + direction() + QStringLiteral("\">")
            + EntryHtml::element("p", esc(BriefingExporter::tr("Contents")), "toctitle")
            + tableOpen("toc", 5, rightToLeft()) + toc + QStringLiteral("</table></body></html>");
    }

    QString sectionHtml(const Section &section) const
    {
        return QStringLiteral("<html><body dir=\"") + direction() + QStringLiteral("\">")
            + EntryHtml::element("h1", esc(section.title)) + section.body
            + QStringLiteral("</body></html>");
    }

    static double lineTop(const QAbstractTextDocumentLayout *layout, const QTextBlock &block)
    {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *text = block.layout();
        return text && text->lineCount() > 0 ? rect.top() + text->lineAt(0).y() : rect.top();
    }

    static double lineBottom(const QAbstractTextDocumentLayout *layout, const QTextBlock &block)
    {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() == 0)
            return rect.bottom();
        const QTextLine last = text->lineAt(text->lineCount() - 1);
        return rect.top() + last.y() + last.height();
    }

    int pageOf(double y) const { return int(y / m_content.height()); }

    // A heading that ends a page goes to the next one, with any heading just before it. Qt's
    // layout has no rule for this; each such heading starts a page, and the layout moves on
    // from there (the blocks above it keep their layout).
    void keepHeadingsWithNext(QTextDocument &document) const
    {
        const QAbstractTextDocumentLayout *layout = document.documentLayout();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 || !block.next().isValid())
                continue;
            const QTextBlock next = block.next();
            if (pageOf(lineBottom(layout, block) - 0.5) == pageOf(lineTop(layout, next) + 0.5))
                continue;
            QTextBlock first = block;
            while (first.previous().isValid() && first.previous().blockFormat().headingLevel() > 0
                   && first.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto)
                first = first.previous();
            if (first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            // The layout follows the change from this block on, so the scan goes on below it.
            QTextCursor(first).mergeBlockFormat(format);
        }
    }

    void build()
    {
        Content content(m_briefing, m_options);
        m_sections = content.sections([](int index) {
            return QStringLiteral("<p align=\"center\" class=\"figure\"><a name=\"figure-%1\">*</a></p>")
                .arg(index);
        });

        m_cover = std::make_unique<QTextDocument>();
        prepare(*m_cover, m_content.width(), 0);
        m_cover->setHtml(QStringLiteral("<html><body dir=\"") + direction()
                         + QStringLiteral("\">") + content.cover()
                         + QStringLiteral("</body></html>"));

        m_contents = std::make_unique<QTextDocument>();
        prepare(*m_contents, m_content.width(), m_content.height());
        m_contents->setHtml(contentsHtml({}));
        m_contentsPages = m_contents->pageCount();

        layoutSections(content.figures());

        // The numbers take the placeholders' room, so the contents keep their length; should
        // a number ever wrap, the contents are laid out again (the sections are not).
        for (int pass = 0; pass < 3; ++pass) {
            QList<int> pages;
            for (const HeadingPosition &heading : qAsConst(m_headings))
                pages << 1 + firstMainPage() + heading.page;
            m_contents->setHtml(contentsHtml(pages));
            const int contentsPages = m_contents->pageCount();
            if (contentsPages == m_contentsPages)
                break;
            m_contentsPages = contentsPages;
        }
    }

    // One section laid out on pages of its own.
    struct LaidOutSection
    {
        std::unique_ptr<QTextDocument> document;
        HeadingPosition heading; // page relative to the section's first
        int pages = 0;
        bool byHelper = false;
    };

    // Each section is laid out on its own, from the top of a page, so the sections are shared
    // between this thread and a second one (the layout is most of an export's work), and put
    // in order after. The share goes by the length of a section's markup, the longest first.
    void layoutSections(const QList<FigureSlot> &figureSlots)
    {
        std::vector<LaidOutSection> laidOut(size_t(m_sections.size()));
        QList<int> order(m_sections.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return m_sections.at(a).body.size() > m_sections.at(b).body.size();
        });
        QList<int> here, there;
        qsizetype hereLength = 0, thereLength = 0;
        for (const int index : qAsConst(order)) {
            const qsizetype length = m_sections.at(index).body.size();
            if (hereLength <= thereLength) {
                here << index;
                hereLength += length;
            } else {
                there << index;
                thereLength += length;
            }
        }

        if (!there.isEmpty()) {
            m_helper = std::make_unique<LayoutHelper>([&] {
                for (const int index : qAsConst(there)) {
                    laidOut[size_t(index)] = layoutSection(m_sections.at(index), figureSlots);
                    laidOut[size_t(index)].byHelper = true;
                }
            });
        }
        for (const int index : qAsConst(here))
            laidOut[size_t(index)] = layoutSection(m_sections.at(index), figureSlots);
        if (m_helper)
            m_helper->waitForWork();

        for (LaidOutSection &section : laidOut) {
            m_headings.append({m_pages + section.heading.page, section.heading.top});
            m_parts.push_back({std::move(section.document), m_pages, section.byHelper});
            m_pages += section.pages;
        }
    }

    LaidOutSection layoutSection(const Section &section, const QList<FigureSlot> &figureSlots) const
    {
        auto document = std::make_unique<QTextDocument>();
        auto *figures = new BriefingFigureObject(document.get());
        document->documentLayout()->registerHandler(BriefingFigureObject::Type, figures);
        prepare(*document, m_content.width(), m_content.height());
        {
            // One edit: the layout starts when the figures are in.
            QTextCursor edit(document.get());
            edit.beginEditBlock();
            document->setHtml(sectionHtml(section));
            insertFigures(*document, figures, figureSlots);
            keepShapedText(*document);
            edit.endEditBlock();
        }
        // The layout runs lazily, and an edit lays out again only what it moves: blocks the
        // lazy layout has not reached would be left without lines. So the layout is finished
        // (pageCount() does that) before the headings are looked at.
        document->pageCount();
        keepHeadingsWithNext(*document);

        const QAbstractTextDocumentLayout *layout = document->documentLayout();
        double top = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 1) {
                top = lineTop(layout, block);
                break;
            }
        }
        const int page = pageOf(top + 0.5);
        const int pages = document->pageCount();
        return {std::move(document), {page, top - page * m_content.height()}, pages};
    }

    void paintCover(QPainter *painter) const
    {
        const QRectF area = m_content;
        // A band of colour at the top edge marks the cover.
        painter->fillRect(QRectF(0, 0, m_full.width(), area.top() * 0.45), QColor(0x0b, 0x2e, 0x4f));
        painter->save();
        painter->translate(area.left(), area.top() + area.height() * 0.18);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        m_cover->documentLayout()->draw(painter, context);
        painter->restore();
    }

    void paintPage(QPainter *painter, int page, int total) const
    {
        const QRectF area = m_content;
        const bool rtl = rightToLeft();
        const QLocale locale(m_options.language);
        painter->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);

        // Running header and footer, mirrored for right-to-left.
        painter->setPen(QColor(0x5a, 0x5a, 0x5a));
        painter->setFont(font(8.5));
        const double headerY = area.top() - 30;
        const QRectF header(area.left(), headerY, area.width(), 20);
        const Qt::Alignment leading = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
        const Qt::Alignment trailing = Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight);
        const QString title = painter->fontMetrics().elidedText(
            m_briefing.text(m_briefing.title, m_options.language).text, Qt::ElideRight,
            int(area.width() * 0.7));
        painter->drawText(header, leading | Qt::AlignBottom, title);
        const QString classification =
            m_briefing.text(m_briefing.classification, m_options.language).text;
        if (!classification.isEmpty())
            painter->drawText(header, trailing | Qt::AlignBottom, classification);
        painter->setPen(QPen(QColor(0x0b, 0x2e, 0x4f), 0.8));
        painter->drawLine(QPointF(area.left(), headerY + 24), QPointF(area.right(), headerY + 24));

        const double footerY = area.bottom() + 14;
        painter->setPen(QPen(QColor(0xb8, 0xc4, 0xd0), 0.6));
        painter->drawLine(QPointF(area.left(), footerY), QPointF(area.right(), footerY));
        painter->setPen(QColor(0x5a, 0x5a, 0x5a));
        const QRectF footer(area.left(), footerY + 4, area.width(), 20);
        painter->drawText(footer, trailing | Qt::AlignTop,
                          BriefingExporter::tr("Page %1 of %2")
                              .arg(locale.toString(page + 1), locale.toString(total)));
        painter->drawText(footer, leading | Qt::AlignTop,
                          DateFormatter(locale).format(m_briefing.produced));

        // The page's slice of the table of contents or of a section.
        const QTextDocument *document = m_contents.get();
        int index = page - 1;
        if (page >= firstMainPage()) {
            index = page - firstMainPage();
            const auto part = std::upper_bound(
                m_parts.cbegin(), m_parts.cend(), index,
                [](int main, const Part &candidate) { return main < candidate.firstPage; });
            if (part == m_parts.cbegin())
                return;
            document = std::prev(part)->document.get();
            index -= std::prev(part)->firstPage;
        }
        painter->save();
        painter->translate(area.left(), area.top() - index * area.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        context.clip = QRectF(0, index * area.height(), area.width(), area.height());
        painter->setClipRect(context.clip);
        document->documentLayout()->draw(painter, context);
        painter->restore();
    }

    const Briefing &m_briefing;
    const ExportOptions &m_options;
    QPageLayout m_pageLayout;
    QBuffer m_sink;
    QPdfWriter m_reference{&m_sink};
    QRectF m_full;
    QRectF m_content;
    QList<Section> m_sections;
    QList<HeadingPosition> m_headings;
    std::unique_ptr<LayoutHelper> m_helper;
    std::unique_ptr<QTextDocument> m_cover;
    std::unique_ptr<QTextDocument> m_contents;
    // A section's document and the page of the main part it starts on (0-based).
    struct Part
    {
        std::unique_ptr<QTextDocument> document;
        int firstPage = 0;
        bool byHelper = false; // laid out by m_helper, and deleted there
    };
    std::vector<Part> m_parts;
    int m_contentsPages = 1;
    int m_pages = 0; // of the sections together
};

QString svgFigure(const ExportOptions::Figure &paint, double aspect)
{
    const QSize size(900, int(900 * aspect));
    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    {
        QPainter painter(&generator);
        paint(&painter, QRectF(QPointF(0, 0), size));
    }
    QString svg = QString::fromUtf8(buffer.data());
    // The generator writes a prolog and a DOCTYPE naming an external DTD: inline SVG in HTML
    // takes neither.
    const qsizetype start = svg.indexOf(QLatin1String("<svg"));
    return start < 0 ? QString() : svg.mid(start);
}

} // namespace

BriefingExporter::BriefingExporter(BriefingPtr briefing, ExportOptions options)
    : m_briefing(std::move(briefing)), m_options(std::move(options))
{
    registerFonts();
}

bool BriefingExporter::registerFonts()
{
    // Registered even where the system has the same families, so that every machine sets the
    // text in the same font files.
    static const bool registered = [] {
        bool ok = true;
        for (const char *file : {":/fonts/NotoSans-Regular.ttf", ":/fonts/NotoSans-Bold.ttf",
                                 ":/fonts/NotoSansArabic-Regular.ttf",
                                 ":/fonts/NotoSansArabic-Bold.ttf"}) {
            ok &= QFontDatabase::addApplicationFont(QString::fromLatin1(file)) >= 0;
        }
        return ok;
    }();
    return registered;
}

QByteArray BriefingExporter::pdf(QString *error) const
{
    const PagedLayout layout(*m_briefing, m_options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString title = m_briefing->text(m_briefing->title, m_options.language).text;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(LayoutDpi);
        writer.setPageLayout(QPageLayout(QPageSize(m_options.pageSize), QPageLayout::Portrait,
                                         QMarginsF(), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("The PDF could not be started.");
            return {};
        }
        const bool complete =
            layout.paint(&painter, [&writer] { return writer.newPage(); }, 1.0);
        painter.end();
        if (!complete) {
            if (error)
                *error = tr("The export was cancelled.");
            return {};
        }
    }
    PdfPostProcessor::Metadata metadata;
    metadata.title = title;
    metadata.author = m_briefing->text(m_briefing->author, m_options.language).text;
    metadata.subject = m_briefing->text(m_briefing->subtitle, m_options.language).text;
    if (metadata.subject.isEmpty())
        metadata.subject = m_briefing->text(m_briefing->visit.kind, m_options.language).text;
    metadata.language = m_options.language;
    metadata.creator = QCoreApplication::applicationName();
    return PdfPostProcessor::process(buffer.data(), layout.outline(), metadata, error);
}

bool BriefingExporter::writePdf(const QString &fileName, QString *error) const
{
    const QByteArray data = pdf(error);
    if (data.isEmpty())
        return false;
    return AtomicFile::write(fileName, data, error);
}

bool BriefingExporter::print(QPagedPaintDevice *device, QString *error) const
{
    ExportOptions options = m_options;
    options.pageSize = device->pageLayout().pageSize().id();
    if (options.pageSize == QPageSize::Custom)
        options.pageSize = m_options.pageSize;
    const PagedLayout layout(*m_briefing, options);
    device->setPageMargins(QMarginsF(), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The printer could not be started.");
        return false;
    }
    // The layout is made in its own units; the device's origin is the paper's corner once the
    // margins are zero.
    const double scale = double(device->logicalDpiX()) / LayoutDpi;
    const bool complete = layout.paint(&painter, [device] { return device->newPage(); }, scale);
    painter.end();
    if (!complete && error)
        *error = tr("Printing was cancelled.");
    return complete;
}

QString BriefingExporter::html() const
{
    Content content(*m_briefing, m_options);
    const QList<Section> sections = content.sections([&content](int index) -> QString {
        const FigureSlot &slot = content.figures().at(index);
        return QStringLiteral("<div class=\"figure\">") + svgFigure(slot.paint, slot.aspect)
            + QStringLiteral("</div>");
    });
    const bool rtl = content.rightToLeft();
    const QString language = esc(m_options.language);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + language
        + QStringLiteral("\" dir=\"") + (rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"))
        + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<title>")
        + esc(content.text(m_briefing->title)) + QStringLiteral("</title>\n<style>")
        + ExportStyle::htmlStyleSheet(rtl) + QStringLiteral("</style>\n</head>\n<body>\n")
        + QStringLiteral("<header class=\"cover\">") + content.cover()
        + QStringLiteral("</header>\n<nav><h2>") + esc(tr("Contents"))
        + QStringLiteral("</h2><ol>");
    for (int i = 0; i < sections.size(); ++i)
        html += QStringLiteral("<li><a href=\"#section-%1\">").arg(i + 1)
            + esc(sections.at(i).title) + QStringLiteral("</a></li>");
    html += QStringLiteral("</ol></nav>\n");
    for (int i = 0; i < sections.size(); ++i) {
        html += QStringLiteral("<section><h1 id=\"section-%1\">").arg(i + 1)
            + esc(sections.at(i).title) + QStringLiteral("</h1>\n") + sections.at(i).body
            + QStringLiteral("</section>\n");
    }
    return html + QStringLiteral("</body>\n</html>\n");
}

bool BriefingExporter::writeHtml(const QString &fileName, QString *error) const
{
    return AtomicFile::write(fileName, html().toUtf8(), error);
}

namespace {

BriefingPtr readForExport(const QString &briefingFile)
{
    const QString file = briefingFile.isEmpty() ? BriefingReader::builtInFileName() : briefingFile;
    const BriefingReader::Result result = BriefingLoader::readFile(file);
    QTextStream err(stderr);
    for (const Problem &problem : result.problems)
        err << problem.toString() << Qt::endl;
    return result.briefing;
}

} // namespace

int BriefingExporter::exportPdf(const QString &briefingFile, const QString &language,
                                const QString &out, QPageSize::PageSizeId pageSize)
{
    const BriefingPtr briefing = readForExport(briefingFile);
    if (!briefing)
        return 1;
    ExportOptions options;
    options.language = language.isEmpty() ? briefing->primaryLanguage() : language;
    options.pageSize = pageSize;
    QString error;
    if (!BriefingExporter(briefing, options).writePdf(out, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    return 0;
}

int BriefingExporter::exportHtml(const QString &briefingFile, const QString &language,
                                 const QString &out)
{
    const BriefingPtr briefing = readForExport(briefingFile);
    if (!briefing)
        return 1;
    ExportOptions options;
    options.language = language.isEmpty() ? briefing->primaryLanguage() : language;
    QString error;
    if (!BriefingExporter(briefing, options).writeHtml(out, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    return 0;
}
