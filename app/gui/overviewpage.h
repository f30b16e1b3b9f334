#pragma once

#include "document/briefing.h"

#include <QWidget>

class BriefingSelection;
class EntryDetailView;

// The visit at a glance, what matters before a meeting first (see EntryHtml::overview()); the
// selected entry's details open beside it.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(BriefingSelection *selection, QWidget *parent = nullptr);

    void setBriefing(BriefingPtr briefing, const QString &language);
    EntryDetailView *overview() const { return m_overview; }
    EntryDetailView *detail() const { return m_detail; }

private:
    void showSelection(const QString &id);

    BriefingSelection *m_selection;
    EntryDetailView *m_overview;
    EntryDetailView *m_detail;
};
