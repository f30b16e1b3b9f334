#pragma once

#include "document/briefing.h"
#include "document/dateformatter.h"
#include "export/exportoptions.h"
#include "models/entryfields.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>

// One top-level section: a line of the table of contents and of the outline.
struct ExportSection
{
    ExportSection(QString title_, QString body_, int partCount_ = 0,
                  std::function<QString(int)> part_ = {})
        : title(std::move(title_)), body(std::move(body_)), partCount(partCount_),
          part(std::move(part_))
    {
    }

    QString title;
    QString body; // HTML, every document string escaped; of a long list, only its start
    // A long list goes on in parts made when they are needed, so that an export never holds
    // the markup or the layout of all of it at once. Part 0 follows `body` directly.
    int partCount = 0;
    std::function<QString(int)> part;

    // The body and every part: the whole section at once.
    QString html() const;
};

struct FigureSlot
{
    ExportOptions::Figure paint;
    double aspect = 0.5; // height / width
    QString caption;
};

// Builds the sections from the briefing for the options' language and scope.
class ExportContent
{
public:
    // Events per part of the events list (a multiple of the events per table): laid out,
    // painted and dropped before the next part is made.
    static constexpr qsizetype EventsPerPart = 1000;
    // Entries (tensions, places) and sources per part of their lists, for the same reason:
    // about thirty pages each, as a part of the events list.
    static constexpr qsizetype EntriesPerPart = 100;
    static constexpr qsizetype SourcesPerPart = 400;

    // Where the pages are read: on paper (the PDF, printing) a cross-reference names the
    // section to turn to; on the web (the HTML copy) it is a link to the entry's anchor.
    enum class Medium { Paper, Web };

    ExportContent(const Briefing &briefing, const ExportOptions &options,
                  Medium medium = Medium::Paper);
    // Document text for the page: a line in the other direction isolated, a fallback marked
    // (ExportHtml::documentText()); the page's HTML is finished for its target after.
    QString text(const LocalizedText &value) const;
    QString number(int n) const;
    const DateFormatter &dates() const;
    bool rightToLeft() const;
    const QList<FigureSlot> &figures() const;

    // On paper a cross-reference ends with the page its entry is on, which only the layout
    // knows: the markup holds an anchor named by this prefix and the entry's id in its place.
    static constexpr QLatin1String PageReferencePrefix{"pageref-"};

    // `figureMarkup` turns a figure slot into markup: an anchor the PDF layout replaces with
    // the figure object, or inline SVG in the HTML copy.
    QList<ExportSection> sections(const std::function<QString(int)> &figureMarkup);
    QString cover() const;

private:
    const Source *primarySource() const;
    // The visit's host countries and places, all of them (a tour has several), and their labels.
    QString visitHostLabel() const;
    QString visitHosts() const;
    QString visitPlaceLabel() const;
    QString visitPlaces() const;
    // The hosts as HTML lines: people(ids) for one host country; grouped by country for a tour.
    QString receptions(const std::function<QString(const QStringList &)> &people) const;
    // The itinerary day by day (version 2), after the overview.
    static QString programmeTitle();
    ExportSection programme() const;
    // An event's cell in the events table.
    QString eventCell(const QString &id) const;
    QString laneName(const QString &laneId) const;
    QString sourceLine(const Source &source) const;

    // Cited sources are numbered in the order of the document's source list.
    void collectSources();
    QString cite(const QStringList &ids) const;
    QString placeName(const QString &id) const;
    QString countryName(const QString &id) const;
    QString personLine(const QString &id) const;

    // The places, lines and areas the export describes: all of them for the whole briefing,
    // else those that the exported entries name.
    void collectPlaces();
    // The title of the section that holds entries of this kind.
    static QString sectionTitle(Briefing::Kind kind);
    // The section this export describes the entry, place or line in; empty when it is not in
    // this export.
    QString sectionOf(const QString &id) const;
    QString reference(const EntryFields::Reference &reference) const;
    // An entry's title as a heading, and as the first line of a table cell; both carry the
    // anchor its cross-references link to.
    // An entry's, place's or line's title as document text (text()): isolated and marked.
    QString titleText(const QString &id) const;
    QString entryHeading(const QString &id) const;
    QString entryTitleLine(const QString &id) const;
    // The body of an entry, place or line: every field the detail pane shows (EntryFields),
    // in its order and words, with the numbers of the sources it cites after its text.
    QString entryBody(const QString &id) const;
    QString figure(ExportOptions::Figure paint, double aspect, const QString &caption);
    ExportSection overview();
    ExportSection agendaArea(const AgendaArea &area) const;
    ExportSection tensions() const;
    ExportSection background() const;
    ExportSection outcomes() const;
    ExportSection timeline(const QList<TimelineEvent> &events);
    QString timelineCaption(const ExportOptions::TimelineView &view, qsizetype count) const;
    ExportSection map();
    ExportSection places() const;
    ExportSection sources() const;
    // A section of entries, each with its heading, in parts of EntriesPerPart.
    ExportSection entries(const QString &title, const QStringList &ids) const;
    QString sourceRows(const QStringList &ids) const;

    const Briefing &m_b;
    const ExportOptions &m_options;
    Medium m_medium;
    EntryFields m_fields;
    QStringList m_placeIds; // places, then lines, then areas, in document order
    QLocale m_locale;
    DateFormatter m_dates;
    QStringList m_sourceOrder;
    QHash<QString, int> m_sourceNumber;
    QList<FigureSlot> m_figures;
    std::function<QString(int)> m_figureMarkup;
};
