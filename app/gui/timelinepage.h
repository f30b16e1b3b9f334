#pragma once

#include "briefing.h"

#include <QWidget>

class BriefingSelection;
class EntryListPage;
class EventModel;

// The timeline tab: the briefing's events in time, with the selected event's details.
class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    TimelinePage(EventModel *events, BriefingSelection *selection, QWidget *parent = nullptr);

    // Called for a new document and again whenever the content language changes.
    void setBriefing(BriefingPtr briefing, const QString &language);
    EntryListPage *list() const { return m_list; }

private:
    EntryListPage *m_list;
};
