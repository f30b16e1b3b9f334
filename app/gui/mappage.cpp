#include "mappage.h"

#include "entrylistpage.h"
#include "placemodel.h"

#include <QTreeView>
#include <QVBoxLayout>

MapPage::MapPage(BriefingSelection *selection, QWidget *parent)
    : QWidget(parent),
      m_places(new PlaceModel(this)),
      m_list(new EntryListPage(m_places, {}, selection, this))
{
    m_list->setEmptyText(tr("This briefing lists no places."));
    m_list->list()->setAccessibleName(tr("Places"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

void MapPage::setBriefing(BriefingPtr briefing, const QString &language)
{
    m_places->setBriefing(briefing);
    m_places->setLanguage(language);
    m_list->setBriefing(std::move(briefing), language);
}
