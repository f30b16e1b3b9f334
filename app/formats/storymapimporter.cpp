#include "formats/storymapimporter.h"

#include "document/htmltext.h"
#include "document/jsonscanner.h"
#include "document/programlanguages.h"
#include "formats/importedbriefing.h"

#include <QJsonArray>

#include <cmath>

namespace {

QString field(const QString &path, const QString &key)
{
    return path + u'/' + JsonScanner::pointerToken(key);
}

} // namespace

bool StoryMapImporter::recognises(const QJsonObject &root)
{
    return !root.contains(u"format") && root.value(u"storymap").isObject()
        && root.value(u"storymap").toObject().value(u"slides").isArray();
}

BriefingReader::Result StoryMapImporter::read(const BriefingReader::Parsed &parsed,
                                              const QString &fileName, const QString &language)
{
    const QJsonObject root = parsed.json.object();
    const QJsonObject storymap = root.value(u"storymap").toObject();
    // StoryMapJS does store the language of its interface; it is the best guess for the text.
    // A briefing is written only in the program's languages; any other stays a guess not taken.
    const QString stated = storymap.value(u"language").toString().section(u'-', 0, 0).toLower();
    ImportedBriefing import(QStringLiteral("StoryMapJS"),
                            ProgramLanguages::codes().contains(stated) ? stated : language);

    // A story told on a picture (a painting, a game's map) gives positions on that picture,
    // not on Earth: its slides are kept, in order, but nothing of it is put on the world map.
    const bool onPicture = storymap.value(u"map_as_image").toBool()
        || storymap.value(u"map_type").toString() == u"zoomify";
    if (onPicture) {
        import.warning(u"/storymap"_qs,
                       tr("the story map is drawn on a picture (\"map_as_image\" or a zoomify "
                          "image), not on Earth: its positions are not coordinates, so its "
                          "slides are kept without places on the map"));
    }

    const QJsonArray slides = storymap.value(u"slides").toArray();
    QJsonArray items;
    // The slides whose location has "line": true, in order: StoryMapJS joins them with a line.
    QJsonArray linePoints;
    for (qsizetype i = 0; i < slides.size(); ++i) {
        const QString path = u"/storymap/slides/"_qs + QString::number(i);
        if (!slides.at(i).isObject()) {
            import.warning(path, tr("this slide is not an object { … } and is left out"));
            continue;
        }
        const QJsonObject slide = slides.at(i).toObject();
        const QJsonObject text = slide.value(u"text").toObject();
        QStringList sourceIds;
        const auto plain = [&](const QString &key) {
            const HtmlText::Result html = HtmlText::toPlainText(text.value(key).toString());
            for (const HtmlText::Link &link : html.links) {
                const QString id = import.addSource(link.href, link.label, {},
                                                    field(field(path, u"text"_qs), key));
                if (!id.isEmpty() && !sourceIds.contains(id))
                    sourceIds.append(id);
            }
            return html.text;
        };
        const QString headline = plain(QStringLiteral("headline"));
        const QString body = plain(QStringLiteral("text"));

        const QJsonObject media = slide.value(u"media").toObject();
        const QString mediaUrl = media.value(u"url").toString().trimmed();
        if (!mediaUrl.isEmpty()) {
            const QString caption = HtmlText::toPlainText(media.value(u"caption").toString()).text;
            const QString credit = HtmlText::toPlainText(media.value(u"credit").toString()).text;
            const QString id = import.addSource(mediaUrl, caption.isEmpty() ? headline : caption,
                                                credit, field(field(path, u"media"_qs), u"url"_qs));
            if (!id.isEmpty() && !sourceIds.contains(id))
                sourceIds.append(id);
        }

        if (i == 0 && slide.value(u"type").toString() == u"overview") {
            if (!headline.isEmpty())
                import.top.insert(u"title"_qs, headline);
            if (!body.isEmpty())
                import.top.insert(u"summary"_qs, body);
            continue;
        }

        const QString title = headline.isEmpty() ? tr("Slide %1").arg(i + 1) : headline;
        QJsonObject item{{u"id"_qs, import.uniqueId({}, QStringLiteral("slide"))},
                         {u"title"_qs, title},
                         {u"text"_qs, body.isEmpty() ? tr("The slide has no text.") : body}};
        const QString date = slide.value(u"date").toString().trimmed();
        if (!date.isEmpty())
            item.insert(u"note"_qs, tr("The story map dates this slide \"%1\".").arg(date));

        const QJsonValue locationValue = slide.value(u"location");
        if (onPicture) {
            // Said once for the whole story, above.
        } else if (locationValue.isObject()) {
            const QJsonObject location = locationValue.toObject();
            const QString locationPath = field(path, u"location"_qs);
            const QJsonValue lat = location.value(u"lat");
            const QJsonValue lon = location.value(u"lon");
            // StoryMapJS saves coordinates as numbers, but hand-made files often quote them.
            bool latOk = lat.isDouble();
            bool lonOk = lon.isDouble();
            const double latitude = lat.isString() ? lat.toString().toDouble(&latOk) : lat.toDouble();
            const double longitude = lon.isString() ? lon.toString().toDouble(&lonOk) : lon.toDouble();
            if (!latOk || !lonOk) {
                import.warning(locationPath, tr("the slide \"%1\" has no usable \"lat\" and "
                                                "\"lon\"; it is not placed on the map")
                                                 .arg(title));
            } else if (!std::isfinite(latitude) || std::abs(latitude) > 90) {
                import.warning(field(locationPath, u"lat"_qs),
                               tr("lat %1 is out of range (-90 to 90); the slide \"%2\" is not "
                                  "placed on the map")
                                   .arg(latitude)
                                   .arg(title));
            } else if (!std::isfinite(longitude) || std::abs(longitude) > 180) {
                import.warning(field(locationPath, u"lon"_qs),
                               tr("lon %1 is out of range (-180 to 180); the slide \"%2\" is not "
                                  "placed on the map")
                                   .arg(longitude)
                                   .arg(title));
            } else {
                const QString placeId = import.uniqueId({}, QStringLiteral("place"));
                // StoryMapJS's editor fills "name" with the word "location" until the author
                // searches for a place: that is no name, the slide's title is.
                QString name = location.value(u"name").toString().trimmed();
                if (name.isEmpty() || name.compare(u"location", Qt::CaseInsensitive) == 0)
                    name = title;
                import.mapPath(u"/places/"_qs + QString::number(import.places.size()), locationPath);
                import.places.append(QJsonObject{{u"id"_qs, placeId},
                                                 {u"name"_qs, name},
                                                 {u"kind"_qs, u"site"_qs},
                                                 {u"lat"_qs, latitude},
                                                 {u"lon"_qs, longitude}});
                item.insert(u"places"_qs, QJsonArray{placeId});
                if (location.value(u"line").toBool())
                    linePoints.append(QJsonObject{{u"lat"_qs, latitude}, {u"lon"_qs, longitude}});
            }
        } else {
            import.warning(path, tr("the slide \"%1\" has no location; it is not placed on the map")
                                     .arg(title));
        }
        if (!sourceIds.isEmpty())
            item.insert(u"sources"_qs, QJsonArray::fromStringList(sourceIds));
        import.mapPath(u"/agenda/0/items/"_qs + QString::number(items.size()), path);
        items.append(item);
    }

    if (linePoints.size() >= 2) {
        import.mapPath(u"/lines/0"_qs, u"/storymap/slides"_qs);
        import.lines.append(QJsonObject{
            {u"id"_qs, import.uniqueId(QStringLiteral("story-line"), {})},
            {u"name"_qs, tr("The story's line")},
            {u"kind"_qs, u"route"_qs},
            {u"points"_qs, linePoints},
            {u"approximate"_qs, true},
            {u"note"_qs, tr("StoryMapJS joins the slides in their order with straight lines; "
                            "this is not the course taken.")}});
    }

    const QString title = import.top.value(u"title").toString();
    import.agenda.append(QJsonObject{{u"id"_qs, import.uniqueId(QStringLiteral("story"), u"story"_qs)},
                                     {u"title"_qs, title.isEmpty() ? tr("Story") : title},
                                     {u"items"_qs, items}});
    return import.finish(parsed, fileName);
}
