#include "gui/entrydetailview.h"

#include "gui/linkgate.h"
#include "models/briefingselection.h"
#include "models/entryhtml.h"

#include <QEvent>

EntryDetailView::EntryDetailView(BriefingSelection *selection, Role role, QWidget *parent)
    : QTextBrowser(parent), m_selection(selection), m_role(role)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setObjectName(role == Role::Overview ? QStringLiteral("overview") : QStringLiteral("detail"));
    connect(this, &QTextBrowser::anchorClicked, this, &EntryDetailView::followLink);
    retranslate();
}

void EntryDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTextBrowser::changeEvent(event);
}

void EntryDetailView::retranslate()
{
    if (m_role == Role::Overview) {
        setAccessibleName(tr("Overview"));
        setAccessibleDescription(tr("The visit at a glance: who visits whom, where and when, "
                                    "the programme, the expected outcomes, the open tensions, "
                                    "the people, the purpose and the sources"));
        return;
    }
    setAccessibleName(tr("Details"));
    setAccessibleDescription(tr("The selected entry: its text, places, related entries and "
                                "sources"));
    setPlaceholderText(tr("Select an entry to read it here."));
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
    m_id = html.isEmpty() ? QString() : id;
    if (html.isEmpty())
        setPlainText(m_placeholder);
    else
        setHtml(html);
}

void EntryDetailView::showOverview()
{
    m_id.clear();
    if (m_briefing)
        setHtml(EntryHtml(m_briefing, m_language).overview());
    else
        setPlainText(m_placeholder);
}

void EntryDetailView::followLink(const QUrl &url)
{
    const QString id = EntryHtml::idFromLink(url);
    if (!id.isEmpty()) {
        // A page may show an entry the reader never chose (its first); it goes into the
        // history first, so that Back returns to it from wherever the link leads.
        if (!m_id.isEmpty())
            m_selection->select(m_id);
        m_selection->select(id);
    }
    else
        LinkGate::open(this, url);
}
