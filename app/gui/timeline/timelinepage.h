#pragma once

#include "document/briefing.h"
#include "export/exportoptions.h"

#include <QWidget>

class BriefingSelection;
class QAction;
class EntryListPage;
class EventModel;
class QSplitter;
class QToolButton;
class ZoomToSelectionAction;
class TimelineLegend;
class TimelineView;

// The timeline tab: the briefing's events in time (TimelineView), with its zoom buttons and
// legend beside it, and below them the list of events with the selected event's details. The
// chart, the list and the details follow one shared selection; the list and the details also
// follow the event the keyboard is on in the chart.
class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    TimelinePage(EventModel *events, BriefingSelection *selection, QWidget *parent = nullptr);

    // Called for a new document and again whenever the content language changes.
    void setBriefing(BriefingPtr briefing, const QString &language);
    EntryListPage *list() const { return m_list; }
    TimelineView *view() const { return m_view; }
    // Paints the timeline as it is on screen (its window of time) for an export's figure; empty
    // when the briefing has no events.
    ExportOptions::Figure figurePainter() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    BriefingPtr m_source;   // the document as it was given
    BriefingPtr m_briefing; // with its itinerary as events (ItineraryEvents)
    QString m_language;
    TimelineView *m_view;
    EntryListPage *m_list;
    QWidget *m_chartPane;
    QSplitter *m_splitter;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fitAll;
    QToolButton *m_zoomToSelection;
    ZoomToSelectionAction *m_zoomToSelectionAction;
    TimelineLegend *m_legend;
};
