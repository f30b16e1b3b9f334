#include "gui/overviewpage.h"

#include "gui/entrydetailview.h"
#include "models/briefingselection.h"

#include <QHBoxLayout>
#include <QSplitter>

OverviewPage::OverviewPage(BriefingSelection *selection, QWidget *parent)
    : QWidget(parent),
      m_selection(selection),
      m_overview(new EntryDetailView(selection, EntryDetailView::Role::Overview, this)),
      m_detail(new EntryDetailView(selection, EntryDetailView::Role::Details, this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_overview);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_detail->hide();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);
    connect(selection, &BriefingSelection::currentChanged, this, &OverviewPage::showSelection);
}

void OverviewPage::setBriefing(BriefingPtr briefing, const QString &language)
{
    m_overview->setBriefing(briefing, language);
    m_detail->setBriefing(briefing, language);
    m_overview->showOverview();
    showSelection(m_selection->currentId());
}

void OverviewPage::showSelection(const QString &id)
{
    m_detail->showEntry(id);
    m_detail->setVisible(!id.isEmpty());
}
