#include "gui/timeline/timelinepage.h"

#include "gui/entrylistpage.h"
#include "gui/timeline/timelinelegend.h"
#include "gui/timeline/timelineview.h"
#include "gui/zoomtoselectionaction.h"
#include "models/briefingselection.h"
#include "models/eventmodel.h"
#include "models/itineraryevents.h"
#include "timeline/timelinefigure.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

TimelinePage::TimelinePage(EventModel *events, BriefingSelection *selection, QWidget *parent)
    : QWidget(parent),
      m_view(new TimelineView(selection, this)),
      m_list(new EntryListPage(events, {}, selection, this)),
      m_chartPane(new QWidget(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_zoomIn(new QToolButton(this)),
      m_zoomOut(new QToolButton(this)),
      m_fitAll(new QToolButton(this)),
      m_zoomToSelection(new QToolButton(this)),
      m_zoomToSelectionAction(new ZoomToSelectionAction(this, m_zoomToSelection)),
      m_legend(new TimelineLegend(this))
{
    m_list->setEmptyText(tr("This briefing lists no events."));
    m_list->setStretchColumn(EventModel::TitleColumn);

    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_fitAll->setObjectName(QStringLiteral("fitAll"));
    connect(m_zoomToSelectionAction, &QAction::triggered, m_view, &TimelineView::zoomToSelection);
    connect(selection, &BriefingSelection::currentChanged, this, &TimelinePage::updateButtons);
    for (QToolButton *button : {m_zoomIn, m_zoomOut, m_fitAll, m_zoomToSelection}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
        button->setMinimumWidth(30);
    }
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomOut->setText(QStringLiteral("\u2212"));
    connect(m_zoomIn, &QToolButton::clicked, m_view, &TimelineView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &TimelineView::zoomOut);
    connect(m_fitAll, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_view, &TimelineView::viewChanged, this, &TimelinePage::updateButtons);
    // The list and the details follow the event the keyboard walks to in the chart; Enter then
    // makes it the shared selection, so walking does not move the map or fill the history.
    connect(m_view, &TimelineView::currentEventChanged, m_list, &EntryListPage::showEntry);

    // Beside the chart, on the side the reader's direction puts it: zoom, then the legend.
    auto *side = new QWidget(m_chartPane);
    side->setObjectName(QStringLiteral("timelineControls"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 6, 8, 6);
    auto *zoomRow = new QHBoxLayout;
    zoomRow->setSpacing(4);
    zoomRow->addWidget(m_zoomIn);
    zoomRow->addWidget(m_zoomOut);
    zoomRow->addSpacing(4);
    zoomRow->addWidget(m_fitAll);
    zoomRow->addStretch(1);
    sideLayout->addLayout(zoomRow);
    auto *selectionRow = new QHBoxLayout;
    selectionRow->addWidget(m_zoomToSelection);
    selectionRow->addStretch(1);
    sideLayout->addLayout(selectionRow);
    sideLayout->addSpacing(10);
    sideLayout->addWidget(m_legend);
    sideLayout->addStretch(1);
    side->setFixedWidth(200);

    auto *chartLayout = new QHBoxLayout(m_chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    chartLayout->addWidget(m_view, 1);
    chartLayout->addWidget(side);

    m_splitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_chartPane);
    m_splitter->addWidget(m_list);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // The chart first, then the list: the order keyboard users meet them.
    setTabOrder(m_view, m_zoomIn);
    setTabOrder(m_zoomIn, m_zoomOut);
    setTabOrder(m_zoomOut, m_fitAll);
    setTabOrder(m_fitAll, m_zoomToSelection);
    setTabOrder(m_zoomToSelection, m_list->filter());
    retranslate();
    updateButtons();
}

void TimelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelinePage::retranslate()
{
    m_list->list()->setAccessibleName(tr("Events"));
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setToolTip(tr("Zoom out (\u2212)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_fitAll->setText(tr("Fit all"));
    m_fitAll->setToolTip(tr("Show the whole timeline"));
    m_fitAll->setAccessibleName(tr("Fit all"));
    m_zoomToSelectionAction->setText(tr("Zoom to selection"));
    updateButtons();
}

void TimelinePage::updateButtons()
{
    m_zoomIn->setEnabled(m_view->canZoomIn());
    m_zoomOut->setEnabled(m_view->canZoomOut());
    const bool possible = m_view->canZoomToSelection();
    m_zoomToSelectionAction->setPossible(possible,
                                         tr("Show the events of the selection, all in the window"),
                                         tr("The selection has no event on the timeline"));
}

ExportOptions::Figure TimelinePage::figurePainter() const
{
    if (!m_briefing || m_briefing->events.isEmpty())
        return {};
    return TimelineFigure(m_briefing, m_language, m_view->scale().start(),
                          m_view->scale().end());
}

void TimelinePage::setBriefing(BriefingPtr briefing, const QString &language)
{
    // The journey's stops and legs are shown as events of their own lane.
    if (briefing != m_source || language != m_language) {
        m_source = briefing;
        briefing = ItineraryEvents::withItinerary(briefing, language);
    } else {
        briefing = m_briefing;
    }
    m_briefing = briefing;
    m_language = language;
    // Without events there is nothing to chart: the list says so on its own.
    m_chartPane->setVisible(briefing && !briefing->events.isEmpty());
    m_view->setBriefing(briefing, language);
    m_list->setBriefing(std::move(briefing), language);
    updateButtons();
}
