// The importers on arbitrary bytes: TimelineJS and StoryMapJS (BriefingLoader::readForeign), the
// GeoJSON layer reader, and the HTML-to-text conversion they use. Each returns a result or
// problems and never crashes; HtmlText's plain text never keeps a tag's angle brackets from
// markup it parsed, and its HTML output escapes what it is given.
#include "document/htmltext.h"
#include "document/weblink.h"
#include "formats/briefingloader.h"
#include "formats/geojsonlayer.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.json");
    if (const auto imported = BriefingLoader::readForeign(bytes, name)) {
        if (bool(imported->briefing) == hasErrors(imported->problems))
            std::abort();
    }
    const GeoJsonLayer::Result layer = GeoJsonLayer::read(bytes, name);
    if (bool(layer.layer) == hasErrors(layer.problems))
        std::abort();

    const QString text = QString::fromUtf8(bytes);
    const HtmlText::Result plain = HtmlText::toPlainText(text, {QStringLiteral("caption")});
    const QString html = HtmlText::fromPlainText(plain.text);
    if (html.contains(QLatin1String("<img"), Qt::CaseInsensitive)
        || html.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        std::abort();
    (void)WebLink::isWebAddress(text);
    return 0;
}
