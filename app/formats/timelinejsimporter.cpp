#include "formats/timelinejsimporter.h"

#include "document/entryid.h"
#include "document/htmltext.h"
#include "document/jsonscanner.h"
#include "formats/importedbriefing.h"

#include <QJsonArray>
#include <QHash>

#include <algorithm>

#include <cmath>

namespace {

QString field(const QString &path, const QString &key)
{
    return path + u'/' + JsonScanner::pointerToken(key);
}

// TimelineJS writes date parts as numbers or as strings of digits ("2012").
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e9)
            return static_cast<int>(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// TimelineJS spreadsheets write "" or null for a part they do not give.
bool present(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull()
        && !(value.isString() && value.toString().trimmed().isEmpty());
}

struct Text
{
    QString headline;
    QString text;
    QString note;
};

// Reads a slide's `text` object to plain text, turning its links into sources.
Text readText(const QJsonObject &slide, const QString &path, ImportedBriefing &import,
              QStringList *sourceIds)
{
    Text result;
    const QJsonObject text = slide.value(u"text").toObject();
    const QString textPath = field(path, QStringLiteral("text"));
    const auto take = [&](const QString &key, QString *plain, QString *note) {
        const QJsonValue value = text.value(key);
        if (value.isUndefined())
            return;
        if (!value.isString()) {
            import.warning(field(textPath, key),
                           TimelineJsImporter::tr("\"%1\" should be text; it is left out").arg(key));
            return;
        }
        // The exporter's note and source paragraphs go back where they came from: the note to
        // the note, the sources' text nowhere (their links become the event's sources).
        const HtmlText::Result html = HtmlText::toPlainText(
            value.toString(), {QStringLiteral("briefing-note"), QStringLiteral("briefing-sources")});
        *plain = html.text;
        if (note)
            *note = html.classed.value(QStringLiteral("briefing-note"));
        for (const HtmlText::Link &link : html.links) {
            const QString id = import.addSource(link.href, link.label, {}, field(textPath, key));
            if (!id.isEmpty() && !sourceIds->contains(id))
                sourceIds->append(id);
        }
    };
    take(QStringLiteral("headline"), &result.headline, nullptr);
    take(QStringLiteral("text"), &result.text, &result.note);
    return result;
}

void readMedia(const QJsonObject &slide, const QString &path, const QString &headline,
               ImportedBriefing &import, QStringList *sourceIds)
{
    const QJsonValue mediaValue = slide.value(u"media");
    if (!mediaValue.isObject())
        return;
    const QJsonObject media = mediaValue.toObject();
    const QString mediaPath = field(path, QStringLiteral("media"));
    const QString caption = HtmlText::toPlainText(media.value(u"caption").toString()).text;
    const QString credit = HtmlText::toPlainText(media.value(u"credit").toString()).text;
    for (const QString &key : {u"url"_qs, u"link"_qs}) {
        const QString url = media.value(key).toString().trimmed();
        if (url.isEmpty())
            continue;
        const QString id = import.addSource(url, caption.isEmpty() ? headline : caption, credit,
                                            field(mediaPath, key));
        if (!id.isEmpty() && !sourceIds->contains(id))
            sourceIds->append(id);
    }
}

} // namespace

bool TimelineJsImporter::recognises(const QJsonObject &root)
{
    if (root.contains(u"format") || root.contains(u"storymap") || !root.value(u"events").isArray())
        return false;
    if (root.value(u"title").isObject())
        return true;
    const QJsonArray events = root.value(u"events").toArray();
    for (const QJsonValue &event : events) {
        const QJsonObject object = event.toObject();
        if (object.contains(u"start_date") || object.value(u"text").isObject())
            return true;
    }
    return false;
}

std::optional<FuzzyDate::Point> TimelineJsImporter::readDate(const QJsonValue &value,
                                                             const QString &path,
                                                             ImportedBriefing &import,
                                                             QString *time)
{
    if (!value.isObject()) {
        import.warning(path, tr("a date should be an object such as {\"year\": 2025}"));
        return std::nullopt;
    }
    const QJsonObject date = value.toObject();
    const std::optional<int> year = wholeNumber(date.value(u"year"));
    if (!year) {
        import.warning(date.contains(u"year") ? field(path, QStringLiteral("year")) : path,
                       tr("the date has no year as a whole number"));
        return std::nullopt;
    }
    if (*year < 1 || *year > 9999) {
        import.warning(field(path, QStringLiteral("year")),
                       tr("the year %1 is outside 1 to 9999, the years a briefing can show")
                           .arg(*year));
        return std::nullopt;
    }
    FuzzyDate::Point point;
    point.precision = FuzzyDate::Precision::Year;
    int month = 1;
    int day = 1;
    if (present(date.value(u"month"))) {
        const std::optional<int> m = wholeNumber(date.value(u"month"));
        if (!m || *m < 1 || *m > 12) {
            import.warning(field(path, QStringLiteral("month")),
                           tr("the month must be a number from 1 to 12"));
            return std::nullopt;
        }
        month = *m;
        point.precision = FuzzyDate::Precision::Month;
    }
    if (present(date.value(u"day"))) {
        const std::optional<int> d = wholeNumber(date.value(u"day"));
        if (point.precision != FuzzyDate::Precision::Month) {
            import.warning(field(path, QStringLiteral("day")),
                           tr("a day without a month says nothing; only the year is kept"));
        } else if (!d || !QDate(*year, month, *d).isValid()) {
            import.warning(field(path, QStringLiteral("day")),
                           tr("the day does not exist in %1-%2")
                               .arg(*year, 4, 10, QChar(u'0'))
                               .arg(month, 2, 10, QChar(u'0')));
            return std::nullopt;
        } else {
            day = *d;
            point.precision = FuzzyDate::Precision::Day;
        }
    }
    point.date = QDate(*year, month, day);
    if (time && point.precision == FuzzyDate::Precision::Day) {
        const std::optional<int> hour = wholeNumber(date.value(u"hour"));
        if (hour && *hour >= 0 && *hour < 24) {
            const int minute = wholeNumber(date.value(u"minute")).value_or(0);
            *time = QStringLiteral("%1:%2").arg(*hour, 2, 10, QChar(u'0')).arg(minute, 2, 10, QChar(u'0'));
        }
    }
    return point;
}

BriefingReader::Result TimelineJsImporter::read(const BriefingReader::Parsed &parsed,
                                                const QString &fileName, const QString &language)
{
    const QJsonObject root = parsed.json.object();
    ImportedBriefing import(QStringLiteral("TimelineJS"), language);

    const QJsonArray events = root.value(u"events").toArray();
    // Ids the file gives are kept, so a round trip keeps them; reserve them before any
    // generated id can take one.
    QList<QString> eventIds(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString uniqueId = events.at(i).toObject().value(u"unique_id").toString();
        if (EntryId::isValid(uniqueId))
            eventIds[i] = import.uniqueId(uniqueId, QStringLiteral("event"));
    }

    if (root.value(u"title").isObject()) {
        const QJsonObject title = root.value(u"title").toObject();
        QStringList ignored;
        const Text text = readText(title, QStringLiteral("/title"), import, &ignored);
        readMedia(title, QStringLiteral("/title"), text.headline, import, &ignored);
        if (!text.headline.isEmpty())
            import.top.insert(u"title"_qs, text.headline);
        if (!text.text.isEmpty())
            import.top.insert(u"summary"_qs, text.text);
    }

    QHash<QString, QString> laneByGroup;
    struct Read
    {
        QDate start;
        QJsonObject json;
        QString path; // in the file
    };
    QList<Read> read;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString path = u"/events/"_qs + QString::number(i);
        if (!events.at(i).isObject()) {
            import.warning(path, tr("this event is not an object { … } and is left out"));
            continue;
        }
        const QJsonObject event = events.at(i).toObject();
        QStringList sourceIds;
        const Text text = readText(event, path, import, &sourceIds);
        readMedia(event, path, text.headline, import, &sourceIds);
        const QString name = text.headline.isEmpty() ? text.text.left(60) : text.headline;

        if (!event.contains(u"start_date")) {
            import.warning(path, tr("the event \"%1\" has no start_date, so it cannot be placed on "
                                    "the timeline; it is left out")
                                     .arg(name));
            continue;
        }
        QString time;
        const auto start = readDate(event.value(u"start_date"), field(path, u"start_date"_qs),
                                    import, &time);
        if (!start) {
            import.warning(path, tr("the event \"%1\" cannot be placed on the timeline; it is "
                                    "left out")
                                     .arg(name));
            continue;
        }
        QString date = start->toIsoString();
        if (event.contains(u"end_date")) {
            const auto end = readDate(event.value(u"end_date"), field(path, u"end_date"_qs), import,
                                      nullptr);
            if (end) {
                const QString span = date + u'/' + end->toIsoString();
                QString problem;
                if (FuzzyDate::parse(span, &problem).isValid()) {
                    date = span;
                } else {
                    import.warning(field(path, u"end_date"_qs),
                                   tr("the end date is not used: %1").arg(problem));
                }
            }
        }
        const QString own = event.value(u"briefing_date").toString();
        if (!own.isEmpty()) {
            const FuzzyDate ownDate = FuzzyDate::parse(own);
            const FuzzyDate fieldsDate = FuzzyDate::parse(date);
            const auto same = [](const FuzzyDate::Point &a, const FuzzyDate::Point &b) {
                return a.date == b.date && a.precision == b.precision;
            };
            if (ownDate.isValid() && ownDate.isSpan() == fieldsDate.isSpan()
                && same(ownDate.start(), fieldsDate.start()) && same(ownDate.end(), fieldsDate.end()))
                date = ownDate.toIsoString();
            else
                import.warning(field(path, u"briefing_date"_qs),
                               tr("\"briefing_date\" disagrees with start_date and end_date, "
                                  "which are used"));
        }

        QJsonObject out{{u"id"_qs, eventIds.at(i).isEmpty() ? import.uniqueId({}, u"event"_qs)
                                                             : eventIds.at(i)},
                        {u"date"_qs, date},
                        {u"title"_qs, text.headline.isEmpty() ? tr("Untitled event") : text.headline}};
        if (!text.text.isEmpty())
            out.insert(u"text"_qs, text.text);
        QStringList notes;
        if (!text.note.isEmpty())
            notes.append(text.note);
        if (!time.isEmpty())
            notes.append(tr("The timeline gives the time %1.").arg(time));
        const QString display = event.value(u"display_date").toString().trimmed();
        if (!display.isEmpty() && own.isEmpty())
            notes.append(tr("The timeline shows the date as \"%1\".").arg(display));
        if (!notes.isEmpty())
            out.insert(u"note"_qs, notes.join(u"\n\n"_qs));

        const QString group = HtmlText::toPlainText(event.value(u"group").toString()).text;
        if (!group.isEmpty()) {
            if (!laneByGroup.contains(group)) {
                const QString laneId = import.uniqueId({}, QStringLiteral("lane"));
                import.mapPath(u"/lanes/"_qs + QString::number(import.lanes.size()),
                               field(path, u"group"_qs));
                import.lanes.append(QJsonObject{{u"id"_qs, laneId}, {u"title"_qs, group}});
                laneByGroup.insert(group, laneId);
            }
            out.insert(u"lane"_qs, laneByGroup.value(group));
        }
        if (!sourceIds.isEmpty())
            out.insert(u"sources"_qs, QJsonArray::fromStringList(sourceIds));
        read.append({FuzzyDate::parse(date).start().date, out, path});
    }
    // TimelineJS shows its events by date, whatever their order in the file; so does the
    // briefing (events of one day keep the file's order).
    std::stable_sort(read.begin(), read.end(), [](const Read &a, const Read &b) {
        return a.start < b.start;
    });
    for (const Read &event : std::as_const(read)) {
        import.mapPath(u"/events/"_qs + QString::number(import.events.size()), event.path);
        import.events.append(event.json);
    }
    if (!events.isEmpty() && import.events.isEmpty()) {
        import.error(u"/events"_qs,
                     tr("none of the %n event(s) in the file can be placed on the timeline (the "
                        "warnings say why for each), so it is not opened: it would show nothing",
                        "", int(events.size())));
    }

    const QJsonValue erasValue = root.value(u"eras");
    if (!erasValue.isUndefined() && !erasValue.isArray())
        import.warning(QStringLiteral("/eras"), tr("\"eras\" should be a list; it is left out"));
    const QJsonArray eras = erasValue.toArray();
    for (qsizetype i = 0; i < eras.size(); ++i) {
        const QString path = u"/eras/"_qs + QString::number(i);
        const QJsonObject era = eras.at(i).toObject();
        QStringList sourceIds;
        const Text text = readText(era, path, import, &sourceIds);
        const QString title = text.headline.isEmpty() ? tr("Era %1").arg(i + 1) : text.headline;
        if (!era.contains(u"start_date") || !era.contains(u"end_date")) {
            import.warning(path, tr("the era \"%1\" needs a start_date and an end_date; it is "
                                    "left out")
                                     .arg(title));
            continue;
        }
        const auto start = readDate(era.value(u"start_date"), field(path, u"start_date"_qs),
                                    import, nullptr);
        const auto end = readDate(era.value(u"end_date"), field(path, u"end_date"_qs), import,
                                  nullptr);
        QString problem;
        const QString span = start && end ? start->toIsoString() + u'/' + end->toIsoString()
                                          : QString();
        if (span.isEmpty() || !FuzzyDate::parse(span, &problem).isValid()) {
            import.warning(path, problem.isEmpty()
                                     ? tr("the era \"%1\" cannot be placed; it is left out").arg(title)
                                     : tr("the era \"%1\" is left out: %2").arg(title, problem));
            continue;
        }
        import.mapPath(u"/periods/"_qs + QString::number(import.periods.size()), path);
        import.periods.append(QJsonObject{{u"id"_qs, import.uniqueId({}, QStringLiteral("era"))},
                                          {u"title"_qs, title},
                                          {u"date"_qs, span}});
    }

    return import.finish(parsed, fileName);
}
