#pragma once

#include "briefing.h"

#include <QWidget>

class BriefingSelection;
class EntryListPage;
class PlaceModel;

// The map tab: where the briefing happens, its places and lines.
class MapPage : public QWidget
{
    Q_OBJECT

public:
    explicit MapPage(BriefingSelection *selection, QWidget *parent = nullptr);

    // Called for a new document and again whenever the content language changes.
    void setBriefing(BriefingPtr briefing, const QString &language);

private:
    PlaceModel *m_places;
    EntryListPage *m_list;
};
