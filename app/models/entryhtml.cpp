#include "models/entryhtml.h"

#include "document/htmltext.h"
#include "document/textlist.h"
#include "document/vocabulary.h"
#include "document/weblink.h"
#include "models/chipstyle.h"
#include "models/fallbackmark.h"
#include "models/linemodel.h"
#include "models/placemodel.h"
#include "models/tensionmodel.h"
#include "models/textfolder.h"
#include "models/visitprogramme.h"

#include <QLocale>

#include <algorithm>

namespace {

// Every string of the briefing goes into the HTML through the one escaper.
QString escape(const QString &text)
{
    return HtmlText::escape(text);
}

// Paragraphs (blank lines) and line breaks kept; each block made HTML by `html`.
template<typename ToHtml>
QString paragraphsOf(const QString &text, ToHtml html)
{
    QString result;
    const QStringList blocks = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        const QString trimmed = block.trimmed();
        result += HtmlText::paragraphStart(trimmed)
            + html(trimmed).replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    return result;
}

} // namespace

EntryHtml::EntryHtml(BriefingPtr briefing, const QString &language)
    : m_briefing(std::move(briefing)), m_language(language), m_dates(QLocale(language))
{
}

QString EntryHtml::element(const char *name, const QString &content, const char *cssClass)
{
    const QString tag = QString::fromLatin1(name);
    QString open = u'<' + tag;
    if (cssClass)
        open += QStringLiteral(" class=\"") + QString::fromLatin1(cssClass) + u'"';
    return open + u'>' + content + QStringLiteral("</") + tag + u'>';
}

QString EntryHtml::bulletList(const QStringList &items, const char *cssClass, const char *style)
{
    QString html;
    for (qsizetype first = 0; first < items.size(); first += ListRun) {
        const qsizetype end = std::min(first + ListRun, items.size());
        QString css = style ? QString::fromLatin1(style) : QString();
        // The runs meet without the list's margins between them.
        if (first > 0)
            css += QStringLiteral("margin-top:0px;");
        if (end < items.size())
            css += QStringLiteral("margin-bottom:0px;");
        html += QStringLiteral("<ul");
        if (cssClass)
            html += QStringLiteral(" class=\"") + QString::fromLatin1(cssClass) + u'"';
        if (!css.isEmpty())
            html += QStringLiteral(" style=\"") + css + u'"';
        html += u'>';
        for (qsizetype i = first; i < end; ++i)
            html += element("li", items.at(i));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString EntryHtml::toolTip(const QString &plainText, const QString &fallbackLabel)
{
    if (plainText.isEmpty())
        return {};
    return QStringLiteral("<p>") + escape(plainText) + FallbackMark::html(fallbackLabel)
        + QStringLiteral("</p>");
}

QString EntryHtml::paragraphs(const QString &text)
{
    return paragraphsOf(text, escape);
}

void EntryHtml::markMatches(const QString &query)
{
    m_query = TextFolder::fold(query.simplified());
}

QString EntryHtml::data(const QString &plain) const
{
    if (m_query.isEmpty())
        return escape(plain);
    // The text stays data: the pieces between the matches and the matches themselves are each
    // escaped; only the marks around them are markup.
    QString html;
    qsizetype done = 0;
    for (const TextFolder::Span &match : TextFolder(plain).findAll(m_query)) {
        html += escape(plain.mid(done, match.start - done));
        QString marked = element("span", escape(plain.mid(match.start, match.length)), "match");
        if (m_firstMatch) {
            // Where the view scrolls to when the page opens.
            marked = QStringLiteral("<a name=\"match\">") + marked + QStringLiteral("</a>");
            m_firstMatch = false;
        }
        html += marked;
        done = match.start + match.length;
    }
    return html + escape(plain.mid(done));
}

QString EntryHtml::markedParagraphs(const QString &text) const
{
    return paragraphsOf(text, [this](const QString &block) { return data(block); });
}

namespace {

// Links inside the briefing; never handed to the desktop.
const QString &internalScheme()
{
    static const QString scheme = QStringLiteral("briefing");
    return scheme;
}

} // namespace

QUrl EntryHtml::internalLink(const QString &id)
{
    QUrl url;
    url.setScheme(internalScheme());
    url.setPath(id);
    return url;
}

QString EntryHtml::idFromLink(const QUrl &url)
{
    return url.scheme() == internalScheme() ? url.path() : QString();
}

QString EntryHtml::text(const LocalizedText &value) const
{
    return m_briefing->text(value, m_language).text;
}

QString EntryHtml::fallbackMark(const LocalizedText &value) const
{
    return FallbackMark::html(FallbackMark::label(m_briefing->text(value, m_language), m_language));
}

QString EntryHtml::isolated(const QString &plain) const
{
    return TextList::isolatedFrom(plain, QLocale(m_language).textDirection());
}

QString EntryHtml::phrase(const LocalizedText &value) const
{
    return data(isolated(text(value))) + fallbackMark(value);
}

QString EntryHtml::markedParagraphs(const LocalizedText &value) const
{
    QString html = markedParagraphs(text(value));
    const QString mark = fallbackMark(value);
    if (!mark.isEmpty() && html.endsWith(QStringLiteral("</p>")))
        html.insert(html.size() - 4, mark);
    return html;
}

QString EntryHtml::linkList(const EntryFields::ReferenceList &list) const
{
    QStringList items;
    items.reserve(list.items.size());
    for (const EntryFields::Reference &reference : list.items) {
        items += QStringLiteral("<a href=\"")
            + escape(QString::fromLatin1(internalLink(reference.id).toEncoded()))
            + QStringLiteral("\">") + data(isolated(reference.title)) + QStringLiteral("</a>")
            + (reference.label.isEmpty() ? QString()
                                         : QStringLiteral(" <span class=\"meta\">")
                       + escape(reference.label) + QStringLiteral("</span>"));
    }
    return element("h3", escape(list.heading)) + bulletList(items);
}

QString EntryHtml::sourceItem(const Source &source, bool shortAddress) const
{
    // The publisher and the address keep their own direction inside a line of the other
    // (JAM-news in Persian: without isolates the date's day moved to the far side of it, and an
    // address's closing "/" to its front).
    // A source's title is a title in its own language, not a text wanting a translation: it
    // carries no "in English" mark.
    QString item = data(isolated(text(source.title))) + QStringLiteral(" — ")
        + escape(TextList::isolated(TextList::keepTogether(source.publisher)));
    if (source.date.isValid())
        item += TextList::comma(m_dates.locale()) + escape(m_dates.format(source.date));
    const QUrl url(source.url, QUrl::StrictMode);
    if (WebLink::isWebAddress(url)) {
        const QString encoded = QString::fromLatin1(url.toEncoded());
        item += QStringLiteral("<br><a href=\"") + escape(encoded) + QStringLiteral("\">")
            + escape(TextList::isolated(shortAddress ? WebLink::shortened(url.toDisplayString())
                                                     : url.toDisplayString()))
            + QStringLiteral("</a>");
    }
    // How far the source is trusted, and the author's word on it, as for any entry.
    const EntryFields::MetaPart confidence = EntryFields::confidenceChip(source.confidence);
    if (!confidence.text.isEmpty())
        item += QStringLiteral("<br>") + ChipStyle::html(confidence.text, confidence.chip);
    if (!source.note.isEmpty())
        item += QStringLiteral("<br>") + element("span", phrase(source.note), "meta");
    return item;
}

QString EntryHtml::numberedList(const QStringList &items) const
{
    QStringList numbered;
    numbered.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        numbered += escape(m_dates.locale().toString(i + 1) + u'.') + u' ' + items.at(i);
    return bulletList(numbered, nullptr, "list-style-type:none;");
}

QString EntryHtml::sourceList(const QStringList &ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList items;
    for (const QString &id : ids) {
        if (const Source *source = m_briefing->source(id))
            items.append(sourceItem(*source));
    }
    return element("h3", escape(tr("Sources"))) + numberedList(items);
}

QString EntryHtml::page(const QString &body) const
{
    // Colours stay soft so the page reads well in light and dark palettes alike.
    static const QString style = QStringLiteral(
        "<style>"
        "h1 { font-size: x-large; margin-bottom: 2px; }"
        "h2 { font-size: large; margin-bottom: 2px; }"
        "h3 { font-size: medium; margin-top: 14px; margin-bottom: 4px; }"
        "h4 { font-size: medium; font-weight: normal; margin-top: 8px; margin-bottom: 2px; }"
        ".meta { color: #6b7280; }"
        ".note { background-color: #fef3c7; color: #1f2937; }"
        // A search match: a stronger yellow than a note's, with dark text in any palette.
        ".match { background-color: #fcd34d; color: #111827; }"
        "td { padding: 2px 12px 2px 0; vertical-align: top; }"
        "</style>");
    // The page reads in its language's direction whatever its first letter is: a Persian
    // paragraph that opens with a Latin name must not turn left-to-right.
    const bool rightToLeft = QLocale(m_language).textDirection() == Qt::RightToLeft;
    return QStringLiteral("<html><head>") + style + QStringLiteral("</head><body dir=\"")
        + (rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr")) + QStringLiteral("\">")
        + body + QStringLiteral("</body></html>");
}

QString EntryHtml::overview() const
{
    m_firstMatch = true;
    const Briefing &b = *m_briefing;
    QString body = element("h1", phrase(b.title));
    if (!b.subtitle.isEmpty())
        body += element("p", data(text(b.subtitle)), "meta");
    if (!b.classification.isEmpty())
        body += element("p", element("b", escape(text(b.classification))));

    const auto countryName = [&](const QString &id) {
        const Country *country = b.country(id);
        return country ? text(country->name) : id;
    };
    const auto peopleNames = [&](const QStringList &ids) {
        QStringList names;
        for (const QString &id : ids) {
            if (const Person *person = b.person(id))
                names.append(text(person->name));
        }
        return TextList::join(names, m_dates.locale());
    };
    const auto party = [&](const QStringList &people, const QString &country) {
        const QString names = peopleNames(people);
        return names.isEmpty() ? countryName(country) : tr("%1 (%2)").arg(names, countryName(country));
    };
    const auto link = [this](const QString &id, const LocalizedText &title) -> QString {
        return QStringLiteral("<a href=\"")
            + escape(QString::fromLatin1(internalLink(id).toEncoded())) + QStringLiteral("\">")
            + data(isolated(text(title))) + QStringLiteral("</a>") + fallbackMark(title);
    };
    const QString separator = TextList::separator(m_dates.locale());

    // What matters before a meeting comes first: the visit in one line (who visits whom,
    // where, when), its programme, what it should bring, what stands in its way; then the
    // people, the purpose and the summary, and the sources.
    const Visit &visit = b.visit;
    const VisitProgramme programme(b, m_language);
    QStringList line;
    if (programme.groupsHosts()) {
        // A tour: every host country named, and who received the guest said per country.
        line << tr("%1 visits %2", nullptr, std::max(1, int(visit.visitors.size())))
                    .arg(party(visit.visitors, visit.guest),
                         TextList::join(programme.hostCountries(), m_dates.locale()));
    } else {
        // The verb agrees with the visitors: "A and B visit C"; a country alone visits.
        line << tr("%1 visits %2", nullptr, std::max(1, int(visit.visitors.size())))
                    .arg(party(visit.visitors, visit.guest), party(visit.hosts, visit.host));
    }
    if (const QStringList places = programme.places(); !places.isEmpty())
        line << TextList::join(places, m_dates.locale());
    if (visit.date.isValid())
        line << m_dates.format(visit.date);
    const QString kind = text(visit.kind);
    body += element("p", (kind.isEmpty() ? QString() : element("b", escape(kind)) + escape(separator))
                              + data(line.join(separator)),
                    "visit");
    if (programme.groupsHosts()) {
        body += element("p", element("b", escape(tr("Host countries:"))) + u' '
                                 + data(programme.hostCountries().join(
                                     TextList::comma(m_dates.locale()))),
                        "hosts");
        if (const QString received = programme.receivedBy(); !received.isEmpty()) {
            body += element("p", element("b", escape(tr("Received by:"))) + u' ' + data(received),
                            "hosts");
        }
    }

    // The programme: the itinerary day by day when the briefing has one (version 2); else the
    // visit's own event and every event within the visit's days.
    if (const QList<VisitProgramme::Day> days = programme.days(); !days.isEmpty()) {
        QString html;
        for (const VisitProgramme::Day &day : days) {
            QString items;
            for (const VisitProgramme::Step &step : day.steps) {
                QString item;
                if (!step.time.isEmpty())
                    item += element("b", escape(step.time)) + u' ';
                item += link(step.id, step.title);
                if (const QString details = programme.details(step); !details.isEmpty())
                    item += QStringLiteral("<br>") + element("span", data(details), "meta");
                items += element("li", item);
            }
            html += element("h4", escape(day.heading)) + element("ul", items);
        }
        body += element("h3", escape(tr("Programme"))) + html;
    } else {
        QList<const TimelineEvent *> events;
        for (const TimelineEvent &event : b.events) {
            const bool during = visit.date.isValid() && event.date.isValid()
                && event.date.firstDay() <= visit.date.lastDay()
                && event.date.lastDay() >= visit.date.firstDay();
            if (during || (!visit.event.isEmpty() && event.id == visit.event))
                events.append(&event);
        }
        std::stable_sort(events.begin(), events.end(),
                         [](const TimelineEvent *a, const TimelineEvent *c) {
                             return a->date.firstDay() < c->date.firstDay();
                         });
        if (!events.isEmpty()) {
            QString items;
            for (const TimelineEvent *event : std::as_const(events)) {
                items += element("li", element("span", escape(m_dates.format(event->date)), "meta")
                                           + u' ' + link(event->id, event->title));
            }
            body += element("h3", escape(tr("Programme"))) + element("ul", items);
        }
    }

    // How far each entry is verified, after its title, as in every list.
    const auto confidence = [](Confidence value) {
        const EntryFields::MetaPart chip = EntryFields::confidenceChip(value);
        return chip.text.isEmpty() ? QString() : u' ' + ChipStyle::html(chip.text, chip.chip);
    };
    if (!b.outcomes.isEmpty()) {
        QString outcomes;
        for (const Outcome &outcome : b.outcomes) {
            outcomes += element("li", ChipStyle::html(Vocabulary::name(outcome.status),
                                                      ChipStyle::of(outcome.status))
                                          + u' ' + link(outcome.id, outcome.title)
                                          + confidence(outcome.confidence));
        }
        body += element("h3", escape(tr("Expected outcomes"))) + element("ul", outcomes);
    }

    // The tensions not yet resolved, the most severe first; one that is easing says so.
    QList<const Tension *> open;
    for (const Tension &tension : b.tensions) {
        if (tension.status != Tension::Status::Resolved)
            open.append(&tension);
    }
    std::stable_sort(open.begin(), open.end(), [](const Tension *a, const Tension *c) {
        return int(a->severity) > int(c->severity);
    });
    if (!open.isEmpty()) {
        QString items;
        for (const Tension *tension : std::as_const(open)) {
            QString item = ChipStyle::html(Vocabulary::name(tension->severity),
                                           ChipStyle::of(tension->severity))
                + u' ' + link(tension->id, tension->title);
            if (tension->status != Tension::Status::Open) {
                item += u' ' + ChipStyle::html(Vocabulary::name(tension->status),
                                               ChipStyle::of(tension->status));
            }
            items += element("li", item + confidence(tension->confidence));
        }
        body += element("h3", escape(tr("Open tensions"))) + element("ul", items);
    }

    if (!b.people.isEmpty()) {
        // A list, not a table: Qt's rich text does not mirror a table's columns under a
        // right-to-left page, and the names stood at its far end.
        QString people;
        for (const Person &person : b.people) {
            people += element("li", element("b", phrase(person.name)) + u' '
                                        + element("span",
                                                  phrase(person.role)
                                                      + (person.country.isEmpty()
                                                             ? QString()
                                                             : TextList::comma(m_dates.locale())
                                                                 + escape(countryName(person.country))),
                                                  "meta"));
        }
        body += element("h3", escape(tr("People"))) + element("ul", people);
    }

    body += element("h3", escape(tr("Purpose"))) + markedParagraphs(visit.purpose);
    if (!b.summary.isEmpty())
        body += element("h3", escape(tr("Summary"))) + markedParagraphs(b.summary);

    QStringList sources;
    for (const Source &source : b.sources)
        sources.append(sourceItem(source, true));
    body += element("h3", escape(tr("Sources"))) + numberedList(sources);
    return page(body);
}

QString EntryHtml::entry(const QString &id) const
{
    m_firstMatch = true;
    const std::optional<EntryFields::Fields> fields = EntryFields(*m_briefing, m_language).of(id);
    if (!fields)
        return {};
    QString body = element("h2", phrase(fields->title));
    QString meta;
    for (const EntryFields::MetaPart &part : fields->meta)
        meta += ChipStyle::html(part.text, part.chip);
    if (!meta.isEmpty())
        body += element("p", meta, "meta");
    for (const QString &detail : fields->details)
        body += element("p", data(detail), "meta");
    body += markedParagraphs(fields->text);
    if (!fields->note.isEmpty()) {
        const QString heading = fields->noteHeading.isEmpty()
            ? QString()
            : element("p", element("b", escape(fields->noteHeading)));
        body += element("div", heading + markedParagraphs(fields->note), "note");
    }
    for (const EntryFields::ReferenceList &list : fields->references)
        body += linkList(list);
    body += sourceList(fields->sources);
    return page(body);
}
