#include "gui/map/mappage.h"

#include "document/coordinateformatter.h"
#include "gui/entrydetailview.h"
#include "gui/entrylistpage.h"
#include "gui/map/mapcanvas.h"
#include "gui/map/maplegend.h"
#include "gui/zoomtoselectionaction.h"
#include "models/briefingselection.h"
#include "models/mapfeaturemodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// Enough decimals that neighbouring pixels read differently, and no more.
int coordinateDecimals(double worldWidth)
{
    const double degreesPerPixel = 360.0 / worldWidth;
    return std::clamp(int(std::ceil(-std::log10(degreesPerPixel))), 1, 5);
}

} // namespace

MapPage::MapPage(BriefingSelection *selection, QWidget *parent)
    : QWidget(parent),
      m_selection(selection),
      m_features(new MapFeatureModel(this)),
      m_canvas(new MapCanvas(this)),
      m_legend(new MapLegend(this)),
      m_list(new EntryListPage(m_features, {}, selection, this)),
      m_zoomIn(new QToolButton(this)),
      m_zoomOut(new QToolButton(this)),
      m_fit(new QToolButton(this)),
      m_zoomToSelection(new QToolButton(this)),
      m_zoomToSelectionAction(new ZoomToSelectionAction(this, m_zoomToSelection)),
      m_status(new QLabel(this))
{
    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_fit->setObjectName(QStringLiteral("fitRegion"));
    connect(m_zoomToSelectionAction, &QAction::triggered, this, &MapPage::zoomToSelection);
    for (QToolButton *button : {m_zoomIn, m_zoomOut, m_fit, m_zoomToSelection}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
    }
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumWidth(120);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_zoomIn);
    controls->addWidget(m_zoomOut);
    controls->addWidget(m_fit);
    controls->addWidget(m_zoomToSelection);
    controls->addSpacing(12);
    controls->addWidget(m_status, 1);

    auto *mapArea = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapArea);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addLayout(controls);
    mapLayout->addWidget(m_canvas, 1);

    m_list->setEmptyText(tr("This briefing lists no places or lines."));
    m_list->setStretchColumn(MapFeatureModel::NameColumn);
    // In the narrow side panel the list sits above the details, not beside them.
    if (auto *inner = m_list->findChild<QSplitter *>())
        inner->setOrientation(Qt::Vertical);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_legend);
    sideLayout->addWidget(m_list, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mapSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(mapArea);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({880, 380});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_zoomIn, &QToolButton::clicked, m_canvas, &MapCanvas::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_canvas, &MapCanvas::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_canvas, &MapCanvas::fitRegion);
    connect(m_canvas, &MapCanvas::featureClicked, m_selection, &BriefingSelection::select);
    connect(m_canvas, &MapCanvas::pointerMoved, this, &MapPage::showPointer);
    connect(m_canvas, &MapCanvas::hoveredChanged, this, [this] { showPointer(m_pointer); });
    connect(m_canvas, &MapCanvas::viewChanged, this, [this] {
        if (m_pointerInside)
            showPointer(m_pointer);
    });
    connect(m_canvas, &MapCanvas::pointerLeft, this, [this] {
        m_pointerInside = false;
        m_status->clear();
    });
    connect(m_selection, &BriefingSelection::currentChanged, this, &MapPage::showSelection);
    retranslate();
}

void MapPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapPage::retranslate()
{
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Zoom out (−)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_fit->setText(tr("Fit region"));
    m_fit->setToolTip(tr("Show the briefing's region again (Home)"));
    m_fit->setAccessibleName(tr("Fit region"));
    m_zoomToSelectionAction->setText(tr("Zoom to selection"));
    updateZoomToSelection();
    m_canvas->setAccessibleName(tr("Map"));
    m_canvas->setAccessibleDescription(
        tr("Map of the briefing's region with its places and lines. Arrow keys pan, plus and "
           "minus zoom, Home shows the whole region. The list beside the map reaches every "
           "place and line."));
    m_status->setAccessibleName(tr("Position under the pointer"));
    m_list->list()->setAccessibleName(tr("Places and lines"));
}

void MapPage::setBriefing(BriefingPtr briefing, const QString &language)
{
    m_briefing = briefing;
    m_features->setBriefing(briefing);
    m_features->setLanguage(language);
    m_canvas->setBriefing(briefing, language);
    m_legend->setBriefing(briefing);
    m_list->setBriefing(std::move(briefing), language);
    showSelection(m_selection->currentId());
}

void MapPage::setLayers(QList<std::shared_ptr<const GeoJsonLayer>> layers)
{
    QStringList names;
    for (const auto &layer : layers)
        names.append(layer->name);
    m_legend->setLayerNames(names);
    m_canvas->setLayers(std::move(layers));
}

ExportOptions::Figure MapPage::figurePainter(const QString &language) const
{
    return m_canvas->figurePainter(language);
}

void MapPage::showSelection(const QString &id)
{
    const QStringList ids = m_briefing ? MapFeatures::idsToShow(*m_briefing, id) : QStringList();
    const QString selected =
        m_briefing && MapFeatures::isFeature(*m_briefing, id) ? id : QString();
    m_canvas->setHighlight(ids, selected);
    if (!ids.isEmpty())
        m_canvas->bringIntoView(ids);
    updateZoomToSelection();
}

bool MapPage::zoomToSelection()
{
    return m_briefing
        && m_canvas->zoomTo(MapFeatures::idsToShow(*m_briefing, m_selection->currentId()));
}

void MapPage::updateZoomToSelection()
{
    const bool possible = m_briefing
        && !MapFeatures::idsToShow(*m_briefing, m_selection->currentId()).isEmpty();
    m_zoomToSelectionAction->setPossible(
        possible, tr("Show the places and lines of the selection, filling the map"),
        tr("The selection names no place or line"));
}

void MapPage::showPointer(const GeoPoint &position)
{
    m_pointer = position;
    m_pointerInside = true;
    const QLocale locale;
    const int decimals = coordinateDecimals(m_canvas->worldWidth());
    const QString coordinates = CoordinateFormatter::format(position, locale, decimals);
    const QString hovered = m_canvas->describe(m_canvas->hoveredId());
    m_status->setText(hovered.isEmpty() ? coordinates
                                        : tr("%1 · %2").arg(hovered, coordinates));
}
