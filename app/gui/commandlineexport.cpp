#include "gui/commandlineexport.h"

#include "document/briefingreader.h"
#include "export/briefingexporter.h"
#include "formats/briefingloader.h"
#include "map/mapfigure.h"
#include "map/mappainter.h"
#include "models/itineraryevents.h"
#include "timeline/timelinefigure.h"

#include <QApplication>
#include <QPalette>

bool CommandLineExport::run(Problems *problems, QString *error) const
{
    // A GeoJSON file has no briefing in it: as in the window, it goes on the built-in one's map.
    QList<std::shared_ptr<const GeoJsonLayer>> layers;
    QString briefingFile = file.isEmpty() ? BriefingReader::builtInFileName() : file;
    if (GeoJsonLayer::isLayerFileName(briefingFile)) {
        const GeoJsonLayer::Result layer = GeoJsonLayer::readFile(briefingFile);
        if (!layer.layer) {
            *problems = layer.problems;
            return false;
        }
        layers.append(layer.layer);
        briefingFile = BriefingReader::builtInFileName();
    }
    const BriefingReader::Result read = BriefingLoader::readFile(briefingFile);
    if (!read.briefing) {
        *problems = read.problems;
        return false;
    }
    const BriefingExporter exporter(read.briefing, options(read.briefing, language, layers));
    return format == Format::Pdf ? exporter.writePdf(output, error)
                                 : exporter.writeHtml(output, error);
}

ExportOptions CommandLineExport::options(const BriefingPtr &briefing, const QString &language,
                                         const QList<std::shared_ptr<const GeoJsonLayer>> &layers)
{
    ExportOptions options;
    options.language = language;
    // The journey's steps are on the timeline as on its page (ItineraryEvents).
    if (!briefing->events.isEmpty() || !briefing->itinerary.isEmpty())
        options.timelineFigure =
            TimelineFigure(ItineraryEvents::withItinerary(briefing, language), language);
    // As the map page draws it when it opens: country names in the interface's language, which
    // is the export's here, in the application's font.
    MapPainter map;
    map.setCountryLanguage(language);
    map.setFont(QApplication::font(), QApplication::palette().color(QPalette::WindowText));
    map.setBriefing(briefing, language);
    map.setLayers(layers);
    options.mapFigure = MapFigure(std::move(map));
    return options;
}
