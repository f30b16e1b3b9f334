#include "timelinepage.h"

#include "entrylistpage.h"
#include "eventmodel.h"

#include <QTreeView>
#include <QVBoxLayout>

TimelinePage::TimelinePage(EventModel *events, BriefingSelection *selection, QWidget *parent)
    : QWidget(parent), m_list(new EntryListPage(events, {}, selection, this))
{
    m_list->setEmptyText(tr("This briefing lists no events."));
    m_list->setStretchColumn(EventModel::TitleColumn);
    m_list->list()->setAccessibleName(tr("Events"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

void TimelinePage::setBriefing(BriefingPtr briefing, const QString &language)
{
    m_list->setBriefing(std::move(briefing), language);
}
