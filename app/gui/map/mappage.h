#pragma once

#include "document/briefing.h"
#include "export/exportoptions.h"
#include "formats/geojsonlayer.h"

#include <QWidget>

class BriefingSelection;
class EntryListPage;
class MapCanvas;
class MapFeatureModel;
class MapLegend;
class QAction;
class QLabel;
class QToolButton;
class ZoomToSelectionAction;

// The map tab: where the briefing happens. The map (MapCanvas) with its zoom buttons and the
// position under the pointer, and beside it the legend and the list of places and lines with
// the details of the selected entry.
//
// It follows the shared selection both ways: clicking a place or line on the map selects it;
// selecting a place or line anywhere marks it on the map, and selecting an agenda item,
// tension or event marks its places and lines and brings them into view.
class MapPage : public QWidget
{
    Q_OBJECT

public:
    explicit MapPage(BriefingSelection *selection, QWidget *parent = nullptr);

    // Called for a new document and again whenever the content language changes.
    void setBriefing(BriefingPtr briefing, const QString &language);

    // Extra layers from GeoJSON files, drawn over the map until the next document.
    void setLayers(QList<std::shared_ptr<const GeoJsonLayer>> layers);

    // Paints the map as it is on screen into a page, as vectors: for the export.
    // `language`: see MapCanvas::figurePainter().
    ExportOptions::Figure figurePainter(const QString &language = {}) const;

    // Zooms the map to the places and lines of the shared selection (see
    // MapFeatures::idsToShow); false when it has none.
    bool zoomToSelection();

    MapCanvas *canvas() const { return m_canvas; }
    MapLegend *legend() const { return m_legend; }
    EntryListPage *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelection(const QString &id);
    void showPointer(const GeoPoint &position);
    void retranslate();
    void updateZoomToSelection();

    BriefingSelection *m_selection;
    BriefingPtr m_briefing;
    MapFeatureModel *m_features;
    MapCanvas *m_canvas;
    MapLegend *m_legend;
    EntryListPage *m_list;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
    QToolButton *m_zoomToSelection;
    ZoomToSelectionAction *m_zoomToSelectionAction;
    QLabel *m_status;
    GeoPoint m_pointer;
    bool m_pointerInside = false;
};
