#include "entrydetailview.h"

#include "briefingselection.h"
#include "entryhtml.h"
#include "linkgate.h"

EntryDetailView::EntryDetailView(BriefingSelection *selection, QWidget *parent)
    : QTextBrowser(parent), m_selection(selection)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setObjectName(QStringLiteral("detail"));
    connect(this, &QTextBrowser::anchorClicked, this, &EntryDetailView::followLink);
}

void EntryDetailView::setBriefing(BriefingPtr briefing, const QString &language)
{
    m_briefing = std::move(briefing);
    m_language = language;
}

void EntryDetailView::showEntry(const QString &id)
{
    const QString html = m_briefing && !id.isEmpty()
        ? EntryHtml(m_briefing, m_language).entry(id)
        : QString();
    if (html.isEmpty())
        setPlainText(m_placeholder);
    else
        setHtml(html);
}

void EntryDetailView::showOverview()
{
    if (m_briefing)
        setHtml(EntryHtml(m_briefing, m_language).overview());
    else
        setPlainText(m_placeholder);
}

void EntryDetailView::followLink(const QUrl &url)
{
    const QString id = EntryHtml::idFromLink(url);
    if (!id.isEmpty())
        m_selection->select(id);
    else
        LinkGate::open(this, url);
}
