#include "foreignformats.h"

#include "importedbriefing.h"
#include "storymapimporter.h"
#include "timelinejsimporter.h"

std::optional<BriefingReader::Result> ForeignFormats::tryRead(const QByteArray &data,
                                                              const QString &fileName,
                                                              const QString &language)
{
    // Cheap refusals first: the reader applies the size limit to files, and anything that is
    // not an object cannot be either format.
    if (data.size() > BriefingReader::MaxFileBytes
        || (!data.contains("\"events\"") && !data.contains("\"storymap\""))) {
        return std::nullopt;
    }
    const ImportedBriefing::Parsed parsed = ImportedBriefing::parse(data, fileName);
    if (!parsed.problems.isEmpty() || !parsed.json.isObject())
        return std::nullopt; // broken JSON: the normal reader says where
    return tryImport(parsed.json.object(), parsed.data, fileName, language);
}

std::optional<BriefingReader::Result> ForeignFormats::tryImport(const QJsonObject &root,
                                                                const QByteArray &data,
                                                                const QString &fileName,
                                                                const QString &language)
{
    if (TimelineJsImporter::recognises(root))
        return TimelineJsImporter::read(root, data, fileName, language);
    if (StoryMapImporter::recognises(root))
        return StoryMapImporter::read(root, data, fileName, language);
    return std::nullopt;
}
