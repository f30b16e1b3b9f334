#include "formats/briefingloader.h"

#include "formats/geojsonlayer.h"
#include "formats/storymapimporter.h"
#include "formats/timelinejsimporter.h"

BriefingReader::Result BriefingLoader::readFile(const QString &fileName, const QString &language)
{
    Problems problems;
    const std::optional<QByteArray> data = BriefingReader::readBytes(fileName, &problems);
    if (!data)
        return {nullptr, problems};
    return readData(*data, fileName, language);
}

BriefingReader::Result BriefingLoader::readData(const QByteArray &data, const QString &fileName,
                                                const QString &language)
{
    const BriefingReader::Parsed parsed =
        BriefingReader::parse(data, fileName, BriefingReader::RepeatedKeys::List);
    if (!parsed.problems.isEmpty())
        return {nullptr, parsed.problems};
    if (auto imported = importForeign(parsed, fileName, language))
        return *imported;
    if (!parsed.repeatedKeys.isEmpty())
        return {nullptr, BriefingReader::repeatedKeyErrors(parsed, fileName)};
    return BriefingReader::fromJson(parsed, fileName);
}

std::optional<BriefingReader::Result> BriefingLoader::readForeign(const QByteArray &data,
                                                                  const QString &fileName,
                                                                  const QString &language)
{
    const BriefingReader::Parsed parsed =
        BriefingReader::parse(data, fileName, BriefingReader::RepeatedKeys::List);
    if (!parsed.problems.isEmpty())
        return std::nullopt;
    return importForeign(parsed, fileName, language);
}

std::optional<BriefingReader::Result> BriefingLoader::importForeign(
    const BriefingReader::Parsed &parsed, const QString &fileName, const QString &language)
{
    if (!parsed.json.isObject())
        return std::nullopt;
    const QJsonObject root = parsed.json.object();
    if (TimelineJsImporter::recognises(root))
        return TimelineJsImporter::read(parsed, fileName, language);
    if (StoryMapImporter::recognises(root))
        return StoryMapImporter::read(parsed, fileName, language);
    if (GeoJsonLayer::recognises(root)) {
        Problems problems{Problem{
            Problem::Severity::Error,
            tr("this is a GeoJSON map layer, not a briefing: add it to a briefing's map with File "
               "> Add Map Layer, or name the file *.geojson or *.geo.json to open it as a layer"),
            {}, fileName, 0, 0}};
        BriefingReader::locate(problems, parsed, fileName);
        return BriefingReader::Result{nullptr, problems};
    }
    return std::nullopt;
}
