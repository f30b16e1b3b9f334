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

// TimelineJS writes date parts as numbers or as strings of digits ("2012"); its years reach
// back to the Big Bang ("-13798000000"), so that they can be named in a message.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
            return static_cast<qint64>(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok && std::abs(number) < 1'000'000'000'000'000)
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

// Where the two versions of the format keep the same things. TimelineJS 3 puts a slide's
// words in a "text" object and its picture in "media"; TimelineJS 2 (still the files of many
// timelines made before 2015) writes them on the slide itself and in "asset", its dates as
// text ("2011,9,1") and its groups as "tag", all inside one "timeline" object.
struct Layout
{
    bool older = false;
    QString title;     // the slide with the timeline's title
    QString events;
    QString eras;
    QString start;
    QString end;
    QString group;
    QString media;
    QStringList mediaUrls;
};

const Layout &layout(bool older)
{
    static const Layout current{false, u"/title"_qs, u"/events"_qs, u"/eras"_qs,
                                u"start_date"_qs, u"end_date"_qs, u"group"_qs, u"media"_qs,
                                {u"url"_qs, u"link"_qs}};
    static const Layout second{true, u"/timeline"_qs, u"/timeline/date"_qs, u"/timeline/era"_qs,
                               u"startDate"_qs, u"endDate"_qs, u"tag"_qs, u"asset"_qs,
                               {u"media"_qs}};
    return older ? second : current;
}

bool isOlderFormat(const QJsonObject &root)
{
    const QJsonObject timeline = root.value(u"timeline").toObject();
    return !root.contains(u"format") && !root.contains(u"events")
        && (timeline.value(u"date").isArray() || timeline.value(u"era").isArray());
}

// The value at a JSON Pointer of the layout ("/timeline/date") in `root`.
QJsonValue at(const QJsonObject &root, const QString &pointer)
{
    QJsonValue value = root;
    for (const QString &key : pointer.split(u'/', Qt::SkipEmptyParts))
        value = value.toObject().value(key);
    return value;
}

// A date that says something: TimelineJS writes an end date it does not have as "" or as an
// object of empty parts, and shows none.
bool given(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(),
                           [](const QJsonValue &part) { return present(part); });
    }
    return present(value);
}

struct Text
{
    QString headline;
    QString text;
    QString note;
};

// Reads a slide's headline and text to plain text, turning their links into sources.
Text readText(const QJsonObject &slide, const QString &path, const Layout &layout,
              ImportedBriefing &import, QStringList *sourceIds)
{
    Text result;
    const QJsonObject text = layout.older ? slide : slide.value(u"text").toObject();
    const QString textPath = layout.older ? path : field(path, QStringLiteral("text"));
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

void readMedia(const QJsonObject &slide, const QString &path, const Layout &layout,
               const QString &headline, ImportedBriefing &import, QStringList *sourceIds)
{
    const QJsonValue mediaValue = slide.value(layout.media);
    if (!mediaValue.isObject())
        return;
    const QJsonObject media = mediaValue.toObject();
    const QString mediaPath = field(path, layout.media);
    const QString caption = HtmlText::toPlainText(media.value(u"caption").toString()).text;
    const QString credit = HtmlText::toPlainText(media.value(u"credit").toString()).text;
    for (const QString &key : layout.mediaUrls) {
        const QString url = media.value(key).toString().trimmed();
        if (url.isEmpty())
            continue;
        const QString id = import.addSource(url, caption.isEmpty() ? headline : caption, credit,
                                            field(mediaPath, key));
        if (!id.isEmpty() && !sourceIds->contains(id))
            sourceIds->append(id);
    }
}

// A TimelineJS 2 date ("2011,9,1,14,30", "9/1/2011 14:30", "2011" or "-500") as the date
// object of TimelineJS 3, read the way TimelineJS 2 read it: parts left empty or 0 are not
// given. Nothing when the text is in none of those forms.
std::optional<QJsonObject> olderDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto number = [](const QString &part) -> QJsonValue {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        return ok && value != 0 ? QJsonValue(value) : QJsonValue();
    };
    QJsonObject date;
    const auto put = [&date](const char16_t *key, const QJsonValue &value) {
        if (!value.isNull())
            date.insert(QString::fromUtf16(key), value);
    };
    if (trimmed.contains(u',')) {
        const QStringList parts = trimmed.split(u',');
        const char16_t *keys[] = {u"year", u"month", u"day", u"hour", u"minute"};
        for (qsizetype i = 0; i < std::min<qsizetype>(parts.size(), 5); ++i)
            put(keys[i], number(parts.at(i)));
    } else if (trimmed.contains(u'/')) {
        const QStringList dateAndTime = trimmed.split(u' ', Qt::SkipEmptyParts);
        const QStringList parts = dateAndTime.value(0).split(u'/');
        put(u"month", number(parts.value(0)));
        // "9/2011" gives a month and a year.
        if (parts.size() == 2 && parts.at(1).trimmed().size() > 2) {
            put(u"year", number(parts.at(1)));
        } else {
            put(u"day", number(parts.value(1)));
            put(u"year", number(parts.value(2)));
        }
        const QStringList time = dateAndTime.value(1).split(u':');
        if (dateAndTime.size() > 1) {
            put(u"hour", number(time.value(0)));
            put(u"minute", number(time.value(1)));
        }
    } else if (!trimmed.isEmpty() && trimmed.size() <= 8) {
        put(u"year", number(trimmed));
    } else {
        return std::nullopt;
    }
    if (!date.contains(u"year")) {
        // Year 0, or no number at all: the object's own check says so.
        date.insert(u"year"_qs, trimmed.section(u',', 0, 0));
    }
    return date;
}

} // namespace

bool TimelineJsImporter::recognises(const QJsonObject &root)
{
    if (isOlderFormat(root))
        return true;
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
                                                             qint64 *withinDay)
{
    // TimelineJS 2 wrote a date as text; its parts then have no path of their own.
    std::optional<QJsonObject> fromText;
    if (value.isString()) {
        fromText = olderDate(value.toString());
        if (!fromText) {
            import.warning(path, tr("\"%1\" is not a date of the TimelineJS 2 format, which "
                                    "writes \"2011,9,1\", \"9/1/2011\" or \"2011\"")
                                     .arg(value.toString().left(100)));
            return std::nullopt;
        }
    } else if (!value.isObject()) {
        import.warning(path, tr("a date should be an object such as {\"year\": 2025}"));
        return std::nullopt;
    }
    const QJsonObject date = fromText ? *fromText : value.toObject();
    const auto partPath = [&](const QString &key) {
        return fromText ? path : field(path, key);
    };
    const std::optional<qint64> year = wholeNumber(date.value(u"year"));
    if (!year) {
        import.warning(date.contains(u"year") ? partPath(QStringLiteral("year")) : path,
                       tr("the date has no year as a whole number"));
        return std::nullopt;
    }
    if (*year < 1 || *year > 9999) {
        import.warning(partPath(QStringLiteral("year")),
                       tr("the year %1 is outside 1 to 9999, the years a briefing can show")
                           .arg(*year));
        return std::nullopt;
    }
    FuzzyDate::Point point;
    point.precision = FuzzyDate::Precision::Year;
    int month = 1;
    int day = 1;
    if (present(date.value(u"month"))) {
        const std::optional<qint64> m = wholeNumber(date.value(u"month"));
        if (!m || *m < 1 || *m > 12) {
            import.warning(partPath(QStringLiteral("month")),
                           tr("the month must be a number from 1 to 12"));
            return std::nullopt;
        }
        month = int(*m);
        point.precision = FuzzyDate::Precision::Month;
    }
    if (present(date.value(u"day"))) {
        const std::optional<qint64> d = wholeNumber(date.value(u"day"));
        if (point.precision != FuzzyDate::Precision::Month) {
            import.warning(partPath(QStringLiteral("day")),
                           tr("a day without a month says nothing; only the year is kept"));
        } else if (!d || *d < 1 || *d > 31 || !QDate(int(*year), month, int(*d)).isValid()) {
            import.warning(partPath(QStringLiteral("day")),
                           tr("the day does not exist in %1-%2")
                               .arg(*year, 4, 10, QChar(u'0'))
                               .arg(month, 2, 10, QChar(u'0')));
            return std::nullopt;
        } else {
            day = int(*d);
            point.precision = FuzzyDate::Precision::Day;
        }
    }
    point.date = QDate(int(*year), month, day);
    if (withinDay && point.precision == FuzzyDate::Precision::Day
        && present(date.value(u"hour"))) {
        // TimelineJS gives no time zone: the time is kept as written, its offset unknown.
        // Seconds and milliseconds order the events of one minute; the time shows minutes.
        const auto part = [&](const char16_t *key, qint64 limit) -> std::optional<qint64> {
            const QJsonValue v = date.value(QStringView(key));
            if (!present(v))
                return 0;
            const std::optional<qint64> n = wholeNumber(v);
            return n && *n >= 0 && *n < limit ? n : std::nullopt;
        };
        const std::optional<qint64> hour = part(u"hour", 24);
        const std::optional<qint64> minute = part(u"minute", 60);
        const std::optional<qint64> second = part(u"second", 60);
        const std::optional<qint64> millisecond = part(u"millisecond", 1000);
        if (hour && minute && second && millisecond) {
            point.time = QTime(int(*hour), int(*minute));
            point.offsetUnknown = true;
            *withinDay = ((*hour * 60 + *minute) * 60 + *second) * 1000 + *millisecond;
        } else {
            import.warning(path, tr("the time of day is not one (hours 0 to 23, minutes and "
                                    "seconds 0 to 59, milliseconds 0 to 999); only the day "
                                    "is kept"));
        }
    }
    return point;
}

BriefingReader::Result TimelineJsImporter::read(const BriefingReader::Parsed &parsed,
                                                const QString &fileName, const QString &language)
{
    const QJsonObject root = parsed.json.object();
    const Layout &layout = ::layout(isOlderFormat(root));
    ImportedBriefing import(QStringLiteral("TimelineJS"), language);
    if (layout.older) {
        import.warning(u"/timeline"_qs,
                       tr("this file is in the older TimelineJS 2 format (a \"timeline\" object "
                          "with \"date\" and \"era\" lists): its slides, eras and title are "
                          "read as TimelineJS 2 shows them"));
    }

    const QJsonArray events = at(root, layout.events).toArray();
    // Ids the file gives are kept, so a round trip keeps them; reserve them before any
    // generated id can take one.
    QList<QString> eventIds(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString uniqueId = events.at(i).toObject().value(u"unique_id").toString();
        if (EntryId::isValid(uniqueId))
            eventIds[i] = import.uniqueId(uniqueId, QStringLiteral("event"));
    }

    if (at(root, layout.title).isObject()) {
        const QJsonObject title = at(root, layout.title).toObject();
        QStringList ignored;
        const Text text = readText(title, layout.title, layout, import, &ignored);
        readMedia(title, layout.title, layout, text.headline, import, &ignored);
        if (!text.headline.isEmpty())
            import.top.insert(u"title"_qs, text.headline);
        if (!text.text.isEmpty())
            import.top.insert(u"summary"_qs, text.text);
    }

    QHash<QString, QString> laneByGroup;
    bool timesSaid = false; // the warning that times have no zone, once per file
    struct Read
    {
        QDate start;
        qint64 withinDay = -1; // milliseconds into the day, -1 without a time
        QJsonObject json;
        QString path; // in the file
    };
    QList<Read> read;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString path = layout.events + u'/' + QString::number(i);
        if (!events.at(i).isObject()) {
            import.warning(path, tr("this event is not an object { … } and is left out"));
            continue;
        }
        const QJsonObject event = events.at(i).toObject();
        QStringList sourceIds;
        const Text text = readText(event, path, layout, import, &sourceIds);
        readMedia(event, path, layout, text.headline, import, &sourceIds);
        const QString name = text.headline.isEmpty() ? text.text.left(60) : text.headline;

        if (!event.contains(layout.start)) {
            import.warning(path, layout.older
                                     ? tr("the slide \"%1\" has no startDate (TimelineJS 2 "
                                          "format), so it cannot be placed on the timeline; it "
                                          "is left out")
                                           .arg(name)
                                     : tr("the event \"%1\" has no start_date, so it cannot be "
                                          "placed on the timeline; it is left out")
                                           .arg(name));
            continue;
        }
        qint64 withinDay = -1;
        const auto start = readDate(event.value(layout.start), field(path, layout.start),
                                    import, &withinDay);
        if (!start) {
            import.warning(path, tr("the event \"%1\" cannot be placed on the timeline; it is "
                                    "left out")
                                     .arg(name));
            continue;
        }
        QString date = start->toIsoString();
        if (given(event.value(layout.end))) {
            qint64 endWithinDay = -1;
            const auto end = readDate(event.value(layout.end), field(path, layout.end), import,
                                      &endWithinDay);
            if (end) {
                const QString span = date + u'/' + end->toIsoString();
                QString problem;
                if (FuzzyDate::parse(span, &problem, FuzzyDate::Offsets::MayBeUnknown)
                        .isValid()) {
                    date = span;
                } else {
                    import.warning(field(path, layout.end),
                                   tr("the end date is not used: %1").arg(problem));
                }
            }
        }
        const QString own = event.value(u"briefing_date").toString();
        if (!own.isEmpty()) {
            const FuzzyDate ownDate = FuzzyDate::parse(own);
            const FuzzyDate fieldsDate = FuzzyDate::parse(date, nullptr,
                                                          FuzzyDate::Offsets::MayBeUnknown);
            // The briefing's date adds the time's offset, which TimelineJS cannot hold.
            const auto same = [](const FuzzyDate::Point &a, const FuzzyDate::Point &b) {
                return a.date == b.date && a.precision == b.precision && a.time == b.time;
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
        const FuzzyDate kept = FuzzyDate::parse(date, nullptr, FuzzyDate::Offsets::MayBeUnknown);
        if (!timesSaid && (kept.start().offsetUnknown || kept.end().offsetUnknown)) {
            timesSaid = true;
            import.warning(field(path, layout.start),
                           tr("the timeline gives times of day without a time zone; they are "
                              "shown as written, e.g. \"15:30 (time zone not given)\", and no "
                              "time zone is assumed"));
        }
        const QString display = event.value(u"display_date").toString().trimmed();
        if (!display.isEmpty() && own.isEmpty())
            notes.append(tr("The timeline shows the date as \"%1\".").arg(display));
        if (!notes.isEmpty())
            out.insert(u"note"_qs, notes.join(u"\n\n"_qs));

        const QString group = HtmlText::toPlainText(event.value(layout.group).toString()).text;
        if (!group.isEmpty()) {
            if (!laneByGroup.contains(group)) {
                const QString laneId = import.uniqueId({}, QStringLiteral("lane"));
                import.mapPath(u"/lanes/"_qs + QString::number(import.lanes.size()),
                               field(path, layout.group));
                import.lanes.append(QJsonObject{{u"id"_qs, laneId}, {u"title"_qs, group}});
                laneByGroup.insert(group, laneId);
            }
            out.insert(u"lane"_qs, laneByGroup.value(group));
        }
        if (!sourceIds.isEmpty())
            out.insert(u"sources"_qs, QJsonArray::fromStringList(sourceIds));
        read.append({start->date, withinDay, out, path});
    }
    // TimelineJS shows its events by date and time, whatever their order in the file; so
    // does the briefing (a day without a time comes before the day's hours; events of one
    // moment keep the file's order).
    std::stable_sort(read.begin(), read.end(), [](const Read &a, const Read &b) {
        return a.start != b.start ? a.start < b.start : a.withinDay < b.withinDay;
    });
    for (const Read &event : std::as_const(read)) {
        import.mapPath(u"/events/"_qs + QString::number(import.events.size()), event.path);
        import.events.append(event.json);
    }
    if (!events.isEmpty() && import.events.isEmpty()) {
        import.error(layout.events,
                     tr("none of the %n event(s) in the file can be placed on the timeline (the "
                        "warnings say why for each), so it is not opened: it would show nothing",
                        "", int(events.size())));
    }

    const QJsonValue erasValue = at(root, layout.eras);
    if (!erasValue.isUndefined() && !erasValue.isArray() && !layout.older)
        import.warning(QStringLiteral("/eras"), tr("\"eras\" should be a list; it is left out"));
    const QJsonArray eras = erasValue.toArray();
    for (qsizetype i = 0; i < eras.size(); ++i) {
        const QString path = layout.eras + u'/' + QString::number(i);
        const QJsonObject era = eras.at(i).toObject();
        QStringList sourceIds;
        const Text text = readText(era, path, layout, import, &sourceIds);
        const QString title = text.headline.isEmpty() ? tr("Era %1").arg(i + 1) : text.headline;
        if (!given(era.value(layout.start)) || !given(era.value(layout.end))) {
            import.warning(path, layout.older
                                     ? tr("the era \"%1\" needs a startDate and an endDate "
                                          "(TimelineJS 2 format); it is left out")
                                           .arg(title)
                                     : tr("the era \"%1\" needs a start_date and an end_date; "
                                          "it is left out")
                                           .arg(title));
            continue;
        }
        const auto start = readDate(era.value(layout.start), field(path, layout.start),
                                    import, nullptr);
        const auto end = readDate(era.value(layout.end), field(path, layout.end), import,
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
