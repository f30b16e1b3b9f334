#include "formats/timelinejsexporter.h"

#include "document/atomicfile.h"
#include "document/dateformatter.h"
#include "document/htmltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QJsonObject dateObject(const FuzzyDate::Point &point)
{
    QJsonObject object{{u"year"_qs, point.date.year()}};
    if (point.precision != FuzzyDate::Precision::Year)
        object.insert(u"month"_qs, point.date.month());
    if (point.precision == FuzzyDate::Precision::Day)
        object.insert(u"day"_qs, point.date.day());
    // The local time as written; its offset, which TimelineJS cannot hold, goes in
    // briefing_date and display_date.
    if (point.hasTime()) {
        object.insert(u"hour"_qs, point.time.hour());
        object.insert(u"minute"_qs, point.time.minute());
    }
    return object;
}

} // namespace

QByteArray TimelineJsExporter::toJson(const Briefing &briefing, const QString &language)
{
    const auto text = [&](const LocalizedText &value) { return briefing.text(value, language).text; };
    const DateFormatter dates{QLocale(language)};

    // A headline is one line of escaped text, without a paragraph around it.
    const auto headline = [&](const LocalizedText &value) {
        return HtmlText::escape(text(value).simplified());
    };
    const QJsonObject title{
        {u"text"_qs, QJsonObject{{u"headline"_qs, headline(briefing.title)},
                                 {u"text"_qs, HtmlText::fromPlainText(text(briefing.summary))}}}};

    QJsonArray events;
    for (const TimelineEvent &event : briefing.events) {
        QJsonObject out{{u"unique_id"_qs, event.id},
                        {u"start_date"_qs, dateObject(event.date.start())}};
        if (event.date.isSpan())
            out.insert(u"end_date"_qs, dateObject(event.date.end()));
        const auto offsetGiven = [](const FuzzyDate::Point &p) {
            return p.hasTime() && !p.offsetUnknown;
        };
        if (event.date.isApproximate() || offsetGiven(event.date.start())
            || offsetGiven(event.date.end())) {
            out.insert(u"display_date"_qs, dates.formatGregorian(event.date));
            out.insert(u"briefing_date"_qs, event.date.toIsoString());
        }
        QString body = HtmlText::fromPlainText(text(event.text));
        if (!event.note.isEmpty())
            body += HtmlText::fromPlainText(text(event.note), QStringLiteral("briefing-note"));
        QStringList links;
        for (const QString &id : event.sources) {
            const Source *source = briefing.source(id);
            if (!source)
                continue;
            // Addresses were checked by the validator; escaping keeps the attribute closed.
            links.append(u"<a href=\""_qs + HtmlText::escape(source->url) + u"\">"_qs
                         + HtmlText::escape(text(source->title).simplified()) + u"</a> ("_qs
                         + HtmlText::escape(source->publisher.simplified()) + u')');
        }
        if (!links.isEmpty()) {
            body += u"<p class=\"briefing-sources\">"_qs + tr("Sources:") + u' '
                + links.join(u"; "_qs) + u"</p>"_qs;
        }
        out.insert(u"text"_qs,
                   QJsonObject{{u"headline"_qs, headline(event.title)}, {u"text"_qs, body}});
        if (!event.lane.isEmpty())
            out.insert(u"group"_qs, text(briefing.laneTitle(event.lane)));
        events.append(out);
    }

    QJsonArray eras;
    for (const Period &period : briefing.periods) {
        eras.append(QJsonObject{{u"start_date"_qs, dateObject(period.date.start())},
                                {u"end_date"_qs, dateObject(period.date.end())},
                                {u"text"_qs, QJsonObject{{u"headline"_qs, headline(period.title)}}}});
    }

    QJsonObject root{{u"title"_qs, title}, {u"events"_qs, events}};
    if (!eras.isEmpty())
        root.insert(u"eras"_qs, eras);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool TimelineJsExporter::write(const Briefing &briefing, const QString &language,
                               const QString &fileName, QString *error)
{
    return AtomicFile::write(fileName, toJson(briefing, language), error);
}
